/**
 * Language of an assignment text from stopword profiles. Only English and Spanish are analysed;
 * French, Portuguese, German and Italian are profiled too so that a Portuguese or Italian text is
 * reported as such instead of being read as (bad) Spanish.
 */

const PROFILES: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'you', 'that', 'for', 'your', 'with', 'are', 'be', 'on', 'this', 'will', 'as', 'it', 'or', 'by', 'an', 'from', 'what', 'how', 'which', 'should', 'students', 'their', 'have', 'at', 'not', 'can', 'each', 'write', 'about'],
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'un', 'una', 'por', 'para', 'con', 'se', 'es', 'su', 'sus', 'al', 'lo', 'como', 'más', 'pero', 'deben', 'cada', 'sobre', 'tu', 'alumnos', 'estudiantes', 'también', 'qué', 'cómo', 'muy', 'hay', 'este', 'esta'],
  pt: ['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'não', 'um', 'uma', 'para', 'com', 'em', 'no', 'na', 'você', 'seu', 'sua', 'que', 'é', 'ao', 'pelo', 'pela', 'são', 'também', 'isso', 'alunos', 'será', 'mais', 'deve'],
  fr: ['le', 'les', 'des', 'du', 'et', 'est', 'une', 'un', 'pour', 'dans', 'vous', 'que', 'qui', 'sur', 'au', 'aux', 'pas', 'avec', 'ce', 'cette', 'vos', 'votre', 'élèves', 'sont', 'être', 'il', 'elle', 'ne', 'leur'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'mit', 'sie', 'zu', 'den', 'von', 'auf', 'für', 'im', 'dem', 'ich', 'es', 'auch', 'wie', 'oder', 'werden', 'ihr', 'ihre', 'schüler'],
  it: ['il', 'gli', 'della', 'delle', 'degli', 'che', 'di', 'per', 'con', 'non', 'una', 'sono', 'nel', 'nella', 'alla', 'questo', 'questa', 'anche', 'studenti', 'ogni', 'essere', 'più', 'come', 'ed'],
};

// A word may belong to several profiles ("que", "para"); it then counts for each, and the
// distinctive words decide.
const WORD_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(PROFILES)) {
  for (const w of words) {
    const list = WORD_LANGS.get(w);
    if (list) list.push(lang);
    else WORD_LANGS.set(w, [lang]);
  }
}

const SUPPORTED = new Set(['en', 'es']);
/** Enough words to overrule a declared language that the text clearly is not. */
const OVERRULE_MIN_HITS = 6;
/** Enough words to overrule a declared language of which the text has none. */
const SHORT_OVERRULE_MIN_HITS = 2;
/** Words looked at; a verdict on the first 4,000 is as good as on 5 MB. */
const MAX_WORDS = 4000;
/** How far "¿", "¡" and "ñ" are counted. */
const INVERTED_HEAD = 20000;
const LANGS = Object.keys(PROFILES);
const ES = LANGS.indexOf('es');

// A word is a run of `\p{L}` code points. The stopwords sit in a small open-addressing table
// keyed by their char codes, so a word written in ASCII or Latin-1 letters is looked up
// without making a string; anything else takes the `toLowerCase()` path.
const TABLE_SIZE = 1024;
const MAX_STOPWORD = Math.max(...[...WORD_LANGS.keys()].map((w) => w.length));
const slotWord: (string | undefined)[] = new Array(TABLE_SIZE);
const slotLangs: number[][] = new Array(TABLE_SIZE);
/** Each slot's word hash, compared before the word itself. */
const slotHash = new Int32Array(TABLE_SIZE);
for (const [w, langs] of WORD_LANGS) {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = (h * 31 + w.charCodeAt(k)) | 0;
  let slot = h & (TABLE_SIZE - 1);
  while (slotWord[slot] !== undefined) slot = (slot + 1) & (TABLE_SIZE - 1);
  slotWord[slot] = w;
  slotHash[slot] = h;
  slotLangs[slot] = langs.map((l) => LANGS.indexOf(l));
}
const WORD_LANG_INDEX = new Map([...WORD_LANGS].map(([w, langs]) => [w, langs.map((l) => LANGS.indexOf(l))]));

/** Lower case of a code unit below U+0100 (what `toLowerCase` gives there, one unit to one). */
function lowerLatin1(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

const LETTER = /\p{L}/u;
/** 0 not asked yet, 1 no, 2 yes. */
const bmpLetter = new Uint8Array(0x10000);
function isLetterCode(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  if (cp >= 0x10000) return LETTER.test(String.fromCodePoint(cp));
  let v = bmpLetter[cp]!;
  if (v === 0) v = bmpLetter[cp] = LETTER.test(String.fromCharCode(cp)) ? 2 : 1;
  return v === 2;
}

/**
 * A code unit below U+0100 lower-cased when it is a letter, 0 when it is not: the one look-up
 * per character that reads English and Spanish text (ASCII and Latin-1 letters).
 */
const LATIN = new Uint16Array(0x100);
for (let c = 0; c < 0x100; c++) LATIN[c] = isLetterCode(c) ? lowerLatin1(c) : 0;
/** Lower case of a Latin-1 letter, 0 for any other unit below U+0100 (shared with the scan). */
export const LATIN_LOWER: Readonly<Uint16Array> = LATIN;

/** Counts stopword hits per language in the first words of `text`. */
export function languageScores(text: string): Record<string, number> {
  const counts = countStopwords(text);
  const scores: Record<string, number> = {};
  LANGS.forEach((l, k) => (scores[l] = counts[k]!));
  return scores;
}

/** `languageScores` as counts in LANGS order. */
function countStopwords(text: string): Int32Array {
  const tally = newTally();
  const i = countRange(text, 0, text.length, tally);
  // Spanish-only punctuation is a strong cue on short texts ("¿Qué opinas?"). The words may have
  // stopped short of the head (MAX_WORDS): the rest of it is counted here.
  const head = Math.min(text.length, INVERTED_HEAD);
  for (let k = i; k < head; k++) {
    const u = text.charCodeAt(k);
    if (u === 0xbf || u === 0xa1 || u === 0xf1) tally.inverted++;
  }
  return finish(tally);
}

/**
 * Stopword counts being gathered: per language, the words read so far, and "¿", "¡", "ñ" in the
 * first INVERTED_HEAD units. The scan (engine.ts) fills one while it reads a text's words, which
 * spares a pass of its own over the text; `countStopwords` gives the same counts.
 */
export interface Tally {
  counts: Int32Array;
  seen: number;
  inverted: number;
}

/** An empty tally. */
export function newTally(): Tally {
  return { counts: new Int32Array(LANGS.length), seen: 0, inverted: 0 };
}

/** The counts of a finished tally, "¿ ¡ ñ" weighed in. */
function finish(tally: Tally): Int32Array {
  tally.counts[ES]! += tally.inverted * 2;
  return tally.counts;
}

/** Words looked at before the verdict is made (see MAX_WORDS). */
export const TALLY_WORDS = MAX_WORDS;
/** How far "¿", "¡" and "ñ" count (see INVERTED_HEAD). */
export const TALLY_HEAD = INVERTED_HEAD;

/**
 * Counts one word made only of Latin-1 letters: `len` units from `start`, hashed as
 * `h = h * 31 + LATIN_LOWER[unit]` (int32) over them. The caller checks `seen < TALLY_WORDS`.
 */
export function countLatinWord(text: string, start: number, len: number, h: number, tally: Tally): void {
  tally.seen++;
  if (len > MAX_STOPWORD) return;
  const langs = stopwordLangs(text, start, len, h);
  if (langs) for (let j = 0; j < langs.length; j++) tally.counts[langs[j]!]! += 1;
}

/**
 * The languages of the stopword at `start` (`len` Latin-1 letters, hashed as in
 * `countLatinWord`), or undefined: one open-addressing probe, no string built.
 */
function stopwordLangs(text: string, start: number, len: number, h: number): readonly number[] | undefined {
  for (let slot = h & (TABLE_SIZE - 1); ; slot = (slot + 1) & (TABLE_SIZE - 1)) {
    const w = slotWord[slot];
    if (w === undefined) return undefined;
    if (slotHash[slot] !== h || w.length !== len) continue;
    let k = 0;
    while (k < len && w.charCodeAt(k) === LATIN[text.charCodeAt(start + k)]) k++;
    if (k === len) return slotLangs[slot];
  }
}

/**
 * Reads the words of `text` from `from` to `to` into `tally` (both ends must be word edges: no
 * letter on the other side), until TALLY_WORDS words are seen; returns where it stopped. Counts
 * "¿", "¡" and "ñ" met on the way (up to where it stops).
 */
export function countRange(text: string, from: number, to: number, tally: Tally): number {
  const counts = tally.counts;
  const n = to;
  let seen = tally.seen;
  let i = from;
  let inverted = 0;
  while (i < n && seen < MAX_WORDS) {
    // Skip to the next letter (a surrogate pair is one code point, as with a /u regex).
    let c = text.charCodeAt(i);
    let width = 1;
    if (c < 0x100) {
      if (LATIN[c] === 0) {
        // Spanish-only punctuation, counted below.
        if ((c === 0xbf || c === 0xa1) && i < INVERTED_HEAD) inverted++;
        i++;
        continue;
      }
    } else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          width = 2;
        }
      }
      if (!isLetterCode(c)) {
        i += width;
        continue;
      }
    }
    const start = i;
    let simple = true;
    let h = 0;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c < 0x100) {
        const lower = LATIN[c]!;
        if (lower === 0) break;
        h = (h * 31 + lower) | 0;
        if (c === 0xf1 && i < INVERTED_HEAD) inverted++;
        i++;
        continue;
      }
      width = 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          width = 2;
        }
      }
      if (!isLetterCode(c)) break;
      simple = false;
      i += width;
    }
    seen++;
    const len = i - start;
    let langs: readonly number[] | undefined;
    if (!simple) {
      langs = WORD_LANG_INDEX.get(text.slice(start, i).toLowerCase());
    } else if (len <= MAX_STOPWORD) {
      langs = stopwordLangs(text, start, len, h);
    }
    if (langs) for (let k = 0; k < langs.length; k++) counts[langs[k]!]! += 1;
  }
  tally.seen = seen;
  tally.inverted += inverted;
  return i;
}

/**
 * The language of `text`: 'en' or 'es' when it is one of those, another ISO 639-1 code when it
 * is clearly French, Portuguese, German or Italian, 'und' when it cannot tell.
 *
 * A declared language (the page's `lang`, first subtag) of en/es wins, except when the text has
 * plenty of evidence for another language: LMS pages often declare the interface's language
 * ("en") around an assignment the teacher wrote in Spanish. Any other declared language is
 * checked against the text the same way, so a Spanish assignment on a page declared "fr" is
 * still analysed.
 */
export function detectLanguage(text: string, declared?: string): string {
  return decide(countStopwords(text), text, declared);
}

/** `detectLanguage` from a tally the scan filled while reading `text` (the same verdict). */
export function languageFromTally(tally: Tally, text: string, declared?: string): string {
  return decide(finish(tally), text, declared);
}

function decide(counts: Int32Array, text: string, declared?: string): string {
  const decl = (declared ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  // The two highest scores, ties to the alphabetically first language.
  const ahead = (a: number, b: number) => counts[a]! > counts[b]! || (counts[a] === counts[b] && LANGS[a]! < LANGS[b]!);
  let first = 0;
  for (let k = 1; k < LANGS.length; k++) if (ahead(k, first)) first = k;
  let second = first === 0 ? 1 : 0;
  for (let k = 0; k < LANGS.length; k++) if (k !== first && ahead(k, second)) second = k;
  const best = LANGS[first]!;
  const bestScore = counts[first]!;
  const secondScore = counts[second]!;
  if (decl) {
    const scores: Record<string, number> = {};
    LANGS.forEach((l, k) => (scores[l] = counts[k]!));
    const declScore = scores[decl] ?? 0;
    // A short English or Spanish text overrules it too when nothing in it is of the declared
    // language, one whose words are counted: Moodle and Canvas declare their interface's language,
    // and an English assignment on a German-language Moodle ("Identifying elements and styling
    // them with CSS.") has no German word to keep. (Russian or Japanese words are not counted, so a
    // score of 0 says nothing there.)
    const shortOther = declScore === 0 && Object.hasOwn(scores, decl) && SUPPORTED.has(best) && bestScore >= SHORT_OVERRULE_MIN_HITS && bestScore > secondScore;
    const clearlyOther = best !== decl && ((bestScore >= OVERRULE_MIN_HITS && bestScore > 3 * declScore) || shortOther);
    if (!clearlyOther) return decl;
    return best;
  }
  if (bestScore === 0) return text.trim() ? 'und' : 'en';
  // On a tie between English and Spanish (mixed or very short text) English is the safer read:
  // the English rules also cover URLs and operators that appear in either.
  if (bestScore === secondScore && SUPPORTED.has(LANGS[second]!) && SUPPORTED.has(best)) return 'en';
  return best;
}

/** True for the languages the analyzer has rules for. */
export function isSupportedLanguage(lang: string): boolean {
  return SUPPORTED.has(lang);
}
