/**
 * A small table of countries that assignment topics name, with the country-code domains
 * November's search move uses (site:ir, site:ac.ir). Kept small on purpose: the full designer in
 * lib/search builds complete designs; this only lets question 1's suggestions stand on their own
 * without shipping a 1.4 MB country file into the content script.
 */

/** A country as question 1's suggestions need it. */
export interface CountryHint {
  code: string;
  name: { en: string; es: string };
  /** Lower-case words that name the country or its people in a topic ("iranian", "irán"). */
  words: readonly string[];
  /** Country-code top-level domain without the dot. */
  tld: string;
  /** Academic second-level domain where the country uses one ("ac.ir", "edu.mx"). */
  academic?: string;
  /** Main language, for "read the article in Persian" hints. */
  language?: { en: string; es: string };
}

const C = (
  code: string,
  en: string,
  es: string,
  words: string,
  tld: string,
  academic?: string,
  language?: [string, string],
): CountryHint => ({
  code,
  name: { en, es },
  words: words.split(','),
  tld,
  ...(academic ? { academic } : {}),
  ...(language ? { language: { en: language[0], es: language[1] } } : {}),
});

/** Countries with the words that name them in English and Spanish topics. */
export const COUNTRY_HINTS: readonly CountryHint[] = [
  C('IR', 'Iran', 'Irán', 'iran,iranian,irán,iraní,persia,persian,persa', 'ir', 'ac.ir', ['Persian', 'persa']),
  C('IQ', 'Iraq', 'Irak', 'iraq,iraqi,irak,iraquí', 'iq', 'edu.iq', ['Arabic', 'árabe']),
  C('AF', 'Afghanistan', 'Afganistán', 'afghanistan,afghan,afganistán,afgano', 'af', 'edu.af', ['Pashto', 'pastún']),
  C('IL', 'Israel', 'Israel', 'israel,israeli,israelí', 'il', 'ac.il', ['Hebrew', 'hebreo']),
  C('PS', 'Palestine', 'Palestina', 'palestine,palestinian,palestina,palestino,gaza', 'ps', 'edu.ps', ['Arabic', 'árabe']),
  C('EG', 'Egypt', 'Egipto', 'egypt,egyptian,egipto,egipcio', 'eg', 'edu.eg', ['Arabic', 'árabe']),
  C('SA', 'Saudi Arabia', 'Arabia Saudita', 'saudi', 'sa', 'edu.sa', ['Arabic', 'árabe']),
  C('TR', 'Turkey', 'Turquía', 'turkey,turkish,ottoman,turquía,turco,otomano', 'tr', 'edu.tr', ['Turkish', 'turco']),
  C('RU', 'Russia', 'Rusia', 'russia,russian,soviet,ussr,rusia,ruso,soviético,urss', 'ru', 'ac.ru', ['Russian', 'ruso']),
  C('UA', 'Ukraine', 'Ucrania', 'ukraine,ukrainian,ucrania,ucraniano', 'ua', 'edu.ua', ['Ukrainian', 'ucraniano']),
  C('CN', 'China', 'China', 'china,chinese,chino', 'cn', 'edu.cn', ['Chinese', 'chino']),
  C('TW', 'Taiwan', 'Taiwán', 'taiwan,taiwanese,taiwán', 'tw', 'edu.tw', ['Chinese', 'chino']),
  C('JP', 'Japan', 'Japón', 'japan,japanese,japón,japonés,hiroshima,nagasaki', 'jp', 'ac.jp', ['Japanese', 'japonés']),
  C('KR', 'South Korea', 'Corea del Sur', 'korea,korean,corea,coreano', 'kr', 'ac.kr', ['Korean', 'coreano']),
  C('KP', 'North Korea', 'Corea del Norte', 'pyongyang', 'kp'),
  C('VN', 'Vietnam', 'Vietnam', 'vietnam,vietnamese,vietnamita', 'vn', 'edu.vn', ['Vietnamese', 'vietnamita']),
  C('IN', 'India', 'India', 'india,indian,indio,hindú', 'in', 'ac.in', ['Hindi', 'hindi']),
  C('PK', 'Pakistan', 'Pakistán', 'pakistan,pakistani,pakistán,pakistaní', 'pk', 'edu.pk', ['Urdu', 'urdu']),
  C('GB', 'the United Kingdom', 'el Reino Unido', 'britain,british,england,uk,reino unido,británico,inglaterra', 'uk', 'ac.uk'),
  C('IE', 'Ireland', 'Irlanda', 'ireland,irish,irlanda,irlandés', 'ie'),
  C('FR', 'France', 'Francia', 'france,french,francia,francés,napoleon,napoleón', 'fr', undefined, ['French', 'francés']),
  C('DE', 'Germany', 'Alemania', 'germany,german,nazi,alemania,alemán', 'de', undefined, ['German', 'alemán']),
  C('ES', 'Spain', 'España', 'spain,spanish,españa,español,franco', 'es', 'edu.es', ['Spanish', 'español']),
  C('IT', 'Italy', 'Italia', 'italy,italian,italia,italiano', 'it', undefined, ['Italian', 'italiano']),
  C('GR', 'Greece', 'Grecia', 'greece,greek,grecia,griego', 'gr', undefined, ['Greek', 'griego']),
  C('PL', 'Poland', 'Polonia', 'poland,polish,polonia,polaco', 'pl', 'edu.pl', ['Polish', 'polaco']),
  C('US', 'the United States', 'Estados Unidos', 'united states,american,usa,u.s.,estados unidos,estadounidense,norteamericano', 'us', 'edu'),
  C('CA', 'Canada', 'Canadá', 'canada,canadian,canadá,canadiense', 'ca'),
  C('MX', 'Mexico', 'México', 'mexico,mexican,méxico,mexicano,azteca,aztec', 'mx', 'edu.mx', ['Spanish', 'español']),
  C('CU', 'Cuba', 'Cuba', 'cuba,cuban,cubano', 'cu', 'edu.cu', ['Spanish', 'español']),
  C('GT', 'Guatemala', 'Guatemala', 'guatemala,guatemalan,guatemalteco', 'gt', 'edu.gt', ['Spanish', 'español']),
  C('VE', 'Venezuela', 'Venezuela', 'venezuela,venezuelan,venezolano', 've', 'edu.ve', ['Spanish', 'español']),
  C('CO', 'Colombia', 'Colombia', 'colombia,colombian,colombiano', 'co', 'edu.co', ['Spanish', 'español']),
  C('PE', 'Peru', 'Perú', 'peru,peruvian,perú,peruano,inca', 'pe', 'edu.pe', ['Spanish', 'español']),
  C('BR', 'Brazil', 'Brasil', 'brazil,brazilian,brasil,brasileño', 'br', 'edu.br', ['Portuguese', 'portugués']),
  C('AR', 'Argentina', 'Argentina', 'argentina,argentine,argentinian,argentino,malvinas', 'ar', 'edu.ar', ['Spanish', 'español']),
  C('CL', 'Chile', 'Chile', 'chile,chilean,chileno', 'cl', 'uchile.cl', ['Spanish', 'español']),
  C('HT', 'Haiti', 'Haití', 'haiti,haitian,haití,haitiano,saint-domingue', 'ht', undefined, ['French', 'francés']),
  C('ZA', 'South Africa', 'Sudáfrica', 'south africa,south african,apartheid,sudáfrica,sudafricano', 'za', 'ac.za'),
  C('NG', 'Nigeria', 'Nigeria', 'nigeria,nigerian,nigeriano,biafra', 'ng', 'edu.ng'),
  C('KE', 'Kenya', 'Kenia', 'kenya,kenyan,kenia,keniano', 'ke', 'ac.ke'),
  C('RW', 'Rwanda', 'Ruanda', 'rwanda,rwandan,ruanda,ruandés', 'rw', 'ac.rw', ['Kinyarwanda', 'kinyarwanda']),
  C('CD', 'the Democratic Republic of the Congo', 'la República Democrática del Congo', 'congo,congolese,congoleño', 'cd', 'ac.cd', ['French', 'francés']),
  C('AU', 'Australia', 'Australia', 'australia,australian,australiano,aboriginal', 'au', 'edu.au'),
  C('NZ', 'New Zealand', 'Nueva Zelanda', 'new zealand,maori,māori,nueva zelanda', 'nz', 'ac.nz'),
  C('PH', 'the Philippines', 'Filipinas', 'philippines,filipino,filipinas', 'ph', 'edu.ph', ['Filipino', 'filipino']),
  C('ID', 'Indonesia', 'Indonesia', 'indonesia,indonesian,indonesio', 'id', 'ac.id', ['Indonesian', 'indonesio']),
];

/**
 * Terms the other side uses for events that assignments name, from November's own example.
 * Keys are lower-case topic fragments.
 */
export const OTHER_SIDE_TERMS: ReadonlyArray<{ topic: string; country: string; term: string }> = [
  { topic: 'hostage crisis', country: 'IR', term: 'conquest of the American spy den' },
  { topic: 'crisis de los rehenes', country: 'IR', term: 'conquest of the American spy den' },
];

/**
 * Each country's words grouped by their first two characters, so one pass over the text tries
 * only the words that can start at each position (instead of searching the text once per word).
 */
type Entry = { word: string; country: number };
const BY_PAIR = new Map<number, Entry[]>();
const ONE_CHAR = new Map<number, Entry[]>();
/**
 * Cheap filters on the first characters (low bits only) before the map is asked. Most words of
 * a text start with a pair that some country word starts with ("in", "co", "pe"); the third
 * character rules nearly all of them out. A pair flagged 2 is a whole word ("uk"): always tried.
 */
const PAIR_SEEN = new Uint8Array(0x10000);
const TRIPLE_SEEN = new Uint8Array(1 << 15);
/** First characters of country words (low byte). */
const FIRST_SEEN = new Uint8Array(0x100);
const pairBits = (c0: number, c1: number) => ((c0 & 0xff) << 8) | (c1 & 0xff);
const tripleBits = (c0: number, c1: number, c2: number) => ((c0 & 31) << 10) | ((c1 & 31) << 5) | (c2 & 31);
COUNTRY_HINTS.forEach((c, country) => {
  for (const word of c.words) {
    if (!word) continue;
    FIRST_SEEN[word.charCodeAt(0) & 0xff] = 1;
    if (word.length > 1) PAIR_SEEN[pairBits(word.charCodeAt(0), word.charCodeAt(1))]! |= word.length === 2 ? 2 : 1;
    if (word.length > 2) TRIPLE_SEEN[tripleBits(word.charCodeAt(0), word.charCodeAt(1), word.charCodeAt(2))] = 1;
    const index = word.length === 1 ? ONE_CHAR : BY_PAIR;
    const key = word.length === 1 ? word.charCodeAt(0) : word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
    const list = index.get(key);
    if (list) list.push({ word, country });
    else index.set(key, [{ word, country }]);
  }
});

const HAS_ONE_CHAR = ONE_CHAR.size > 0;

/** How much of a text is looked at. */
const HEAD = 2000;

/** Countries named in `text` (topic or title), in order of first mention; at most `max`. */
export function countriesIn(text: string, max = 2): CountryHint[] {
  // Only the start of a long text is looked at; outside it counts as a space.
  const hay = lowerHead(text);
  // A country is named where one of its words stands alone (no letter or digit on either side).
  // Scanning positions left to right meets countries in order of first mention; countries first
  // named at the same position keep the table's order.
  const seen = new Uint8Array(COUNTRY_HINTS.length);
  const found: number[] = [];
  const n = hay.length;
  const enough = max >= 1 ? max : Infinity;
  // Words are tried where the character before is no letter or digit: at the start of each word
  // of the text (whose rest is skipped), and at punctuation only where some country word could
  // start with it (none does today).
  let at = 0;
  while (at < n && found.length < enough) {
    const c = hay.charCodeAt(at);
    const inWord = isLetterOrDigit(c);
    if (!inWord && !FIRST_SEEN[c & 0xff]) {
      at++;
      continue;
    }
    const before = found.length;
    if (HAS_ONE_CHAR) tryWords(ONE_CHAR.get(c), hay, at, seen, found);
    if (at + 1 < n) {
      const c1 = hay.charCodeAt(at + 1);
      const pair = PAIR_SEEN[pairBits(c, c1)]!;
      if (pair && (pair & 2 || (at + 2 < n && TRIPLE_SEEN[tripleBits(c, c1, hay.charCodeAt(at + 2))]))) tryWords(BY_PAIR.get(c * 0x10000 + c1), hay, at, seen, found);
    }
    if (found.length - before > 1) found.splice(before, found.length - before, ...found.slice(before).sort((a, b) => a - b));
    at++;
    if (inWord) while (at < n && isLetterOrDigit(hay.charCodeAt(at))) at++;
  }
  return found.slice(0, max).map((i) => COUNTRY_HINTS[i]!);
}

/**
 * `text.toLowerCase().slice(0, HEAD)` without lower-casing the rest of a long text. Lower-casing
 * keeps every code point's length and needs no context except for "İ" (two units in lower case)
 * and "Σ" (final or not depends on what follows): with either in the head, the whole text is
 * lower-cased as before. One unit more than the head keeps a surrogate pair whole.
 */
function lowerHead(text: string): string {
  if (text.length <= HEAD + 1) return text.toLowerCase().slice(0, HEAD);
  const head = text.slice(0, HEAD + 1);
  if (head.includes('\u0130') || head.includes('\u03a3')) return text.toLowerCase().slice(0, HEAD);
  return head.toLowerCase().slice(0, HEAD);
}

function tryWords(words: Entry[] | undefined, hay: string, at: number, seen: Uint8Array, found: number[]): void {
  if (!words) return;
  for (const { word, country } of words) {
    if (seen[country] || !hay.startsWith(word, at)) continue;
    const after = at + word.length;
    if (after < hay.length && isLetterOrDigit(hay.charCodeAt(after))) continue;
    seen[country] = 1;
    found.push(country);
  }
}

/** `\p{L}` or `\p{N}` for one UTF-16 code unit (a lone surrogate is neither), cached per code unit. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** 0 not asked yet, 1 no, 2 yes. */
const letterOrDigit = new Uint8Array(0x10000);
// ASCII and Latin-1, where nearly every text unit falls, answered up front: one look-up each.
for (let c = 0; c < 0x100; c++) letterOrDigit[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 2 : 1;
function isLetterOrDigit(c: number): boolean {
  let v = letterOrDigit[c]!;
  if (v === 0) v = letterOrDigit[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 2 : 1;
  return v === 2;
}
