/**
 * Country names, demonyms and capitals: localized display names from Intl.DisplayNames (zero
 * bytes shipped), and one folded phrase index for matching topics and picker input, built
 * lazily on first use.
 */
import { COUNTRY_TABLE, recordOf } from './data.ts';
import { fold, foldPhrase, tokenize } from './fold.ts';
import { inflectDeAdjective, inflectDeNoun, inflectEn, inflectEs, inflectFr, inflectPt } from './inflect.ts';
import { SHARED_ALIASES } from './build/overrides.ts';

/** Languages whose country names, demonyms and capitals are always in the index. */
export const MATCH_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt'] as const;

const displayNamesCache = new Map<string, Intl.DisplayNames | null>();

function displayNames(lang: string, style: 'long' | 'short' = 'long'): Intl.DisplayNames | null {
  const key = `${lang}|${style}`;
  let dn = displayNamesCache.get(key);
  if (dn === undefined) {
    try {
      dn = new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' });
    } catch {
      dn = null;
    }
    displayNamesCache.set(key, dn);
  }
  return dn;
}

/**
 * The country's name in `lang` (BCP 47; `'fa'` gives `ایران`), from Intl.DisplayNames, falling
 * back to English and then to the code itself. Unknown codes give the input back unchanged.
 */
export function countryName(code: string, lang = 'en'): string {
  if (!recordOf(code)) return typeof code === 'string' ? code : '';
  const cc = code.toUpperCase();
  for (const l of [lang, 'en']) {
    try {
      const n = displayNames(l)?.of(cc);
      if (n && n !== cc) return n;
    } catch {
      // an invalid language tag: try English
    }
  }
  return cc;
}

/** What a matched phrase names. */
export interface NameHit {
  /** ISO codes, usually one; several for shared names (`Korea` → KR, KP). */
  codes: string[];
  kind: 'name' | 'demonym' | 'capital' | 'abbr';
  /**
   * The phrase only counts if written with a capital letter: `'lenient'` also in a topic typed
   * all in lower case (`china trade war`), `'strict'` never without it (`chili`, `damas`).
   */
  capitalized?: 'lenient' | 'strict';
  /** Only part of a longer name ("China" in "RAE de Hong Kong (China)"): yields to full names. */
  partial?: boolean;
}

/** The lookup the topic matcher and the picker share. */
export interface NameIndex {
  /** Folded phrase (`cote d ivoire`, `iranian`) → hit. */
  phrases: Map<string, NameHit>;
  /** Abbreviations as written, words joined by one space (`USA`, `U S`, `EE UU`) → hit. */
  abbr: Map<string, NameHit>;
  /** Longest phrase, in words. */
  maxWords: number;
}

// Names that are also common words in one of the languages: they count only when written with
// a capital letter ("turkey" the bird, "china" the porcelain, "chili" the pepper, Spanish "damas"
// = ladies, French "seul" = alone, "la ira" = anger; "Chad"/"Jordan" stay a risk as first names).
// English country names students also type in lower case ("china trade war") count in an
// all-lower-case topic; the others need the capital letter always.
const CAPITALIZED_ONLY = new Set(['turkey', 'china', 'japan', 'chad', 'jordan', 'jersey', 'guernsey', 'chile', 'lima', 'asuncion']);
const CAPITALIZED_ALWAYS = new Set(['chili', 'gales', 'suede', 'tunes', 'damas', 'seul', 'ira']);

// Folded forms that collide with everyday words and are never indexed: German nouns `Ire`/`Pole`
// ("ire", "pole"), Spanish/Portuguese "este", German "Island" (= Iceland; English "island"),
// "Mann" (man), "Oma" (grandma), "Rom"/"Roma" (the Romani people), Spanish "cocos" (coconuts),
// "reunion" (a meeting), "bermudas" (shorts), "Salvador" (Allende, Dalí, the Brazilian city).
const NEVER_INDEX = new Set(['este', 'ire', 'pole', 'poles', 'island', 'mann', 'oma', 'rom', 'roma', 'cocos', 'reunion', 'bermudas', 'salvador']);

let index: NameIndex | null = null;

/** Builds (once) and returns the name index. */
export function nameIndex(): NameIndex {
  if (index) return index;
  const phrases = new Map<string, NameHit>();
  const abbr = new Map<string, NameHit>();
  let maxWords = 1;
  const add = (text: string, code: string, kind: NameHit['kind'], partial = false) => {
    const key = foldPhrase(text);
    if (!key || NEVER_INDEX.has(key)) return;
    const words = key.split(' ').length;
    if (words > maxWords) maxWords = words;
    const hit = phrases.get(key);
    const capitalized = CAPITALIZED_ALWAYS.has(key) ? 'strict' : CAPITALIZED_ONLY.has(key) ? 'lenient' : undefined;
    const fresh: NameHit = { codes: [code], kind, ...(capitalized ? { capitalized } : {}), ...(partial ? { partial } : {}) };
    if (!hit) {
      phrases.set(key, fresh);
      return;
    }
    if (hit.codes.includes(code)) {
      if (hit.partial && !partial) delete hit.partial;
      return;
    }
    // A country's full name outranks part of another's ("China" in "Hong Kong SAR China"), and
    // a name outranks another country's demonym or capital for the same words.
    const rank = (h: { kind: NameHit['kind']; partial?: boolean }) => (h.kind === 'name' ? (h.partial ? 1 : 2) : 0);
    const a = rank(fresh);
    const b = rank(hit);
    if (a > b) phrases.set(key, fresh);
    else if (a === b && kind === hit.kind) hit.codes.push(code);
  };
  const addAbbr = (text: string, code: string) => {
    const key = tokenize(text)
      .map((t) => t.raw)
      .join(' ');
    if (!key) return;
    const hit = abbr.get(key);
    if (hit && !hit.codes.includes(code)) hit.codes.push(code);
    else if (!hit) abbr.set(key, { codes: [code], kind: 'abbr' });
  };

  for (const [code, rec] of Object.entries(COUNTRY_TABLE.countries)) {
    const langs = new Set<string>([...MATCH_LANGUAGES, ...rec.langs.slice(0, 1)]);
    for (const lang of langs) {
      for (const style of ['long', 'short'] as const) {
        let n: string | undefined;
        try {
          n = displayNames(lang, style)?.of(code);
        } catch {
          n = undefined;
        }
        if (!n || n === code) continue;
        if (/^[A-Z.\s]{2,6}$/.test(n)) {
          addAbbr(n, code);
          continue;
        }
        add(n, code, 'name');
        // "Myanmar (Burma)", "Congo - Kinshasa": the name without the brackets, what is inside
        // them, and each side of a dash name it too (as partial names, which yield to full ones).
        const parts = [n.replace(/\s*\([^)]*\)\s*/g, ' '), ...[...n.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!), ...n.split(' - ')];
        for (const part of parts) if (part.trim() && part.trim() !== n) add(part, code, 'name', true);
        // "Bosnia & Herzegovina": also with the language's own "and".
        if (n.includes('&')) add(n.replace('&', AND[lang] ?? 'and'), code, 'name');
      }
    }
    for (const a of rec.alias ?? []) add(a, code, 'name');
    for (const a of rec.abbr ?? []) addAbbr(a, code);
    for (const c of rec.capitalNames ?? rec.capital) add(c, code, 'capital');
    const d = rec.dem;
    for (const w of d.en ?? []) for (const f of inflectEn(w)) add(f, code, 'demonym');
    for (const w of d.fr ?? []) for (const f of inflectFr(w)) add(f, code, 'demonym');
    for (const w of d.es ?? []) for (const f of inflectEs(w)) add(f, code, 'demonym');
    for (const w of d.pt ?? []) for (const f of inflectPt(w)) add(f, code, 'demonym');
    for (const w of d.de ?? []) for (const f of inflectDeAdjective(w)) add(f, code, 'demonym');
    for (const w of d.deN ?? []) for (const f of inflectDeNoun(w)) add(f, code, 'demonym');
  }
  // Intl's short English name for the US is its own code, which the loop above skips.
  addAbbr('US', 'US');
  for (const shared of SHARED_ALIASES) {
    for (const n of shared.names) {
      const key = foldPhrase(n);
      if (key) phrases.set(key, { codes: [...shared.countries], kind: 'name' });
    }
  }
  index = { phrases, abbr, maxWords };
  return index;
}

const AND: Record<string, string> = { en: 'and', es: 'y', fr: 'et', de: 'und', pt: 'e' };

/**
 * The countries a short piece of text names as a whole: an ISO alpha-2 or alpha-3 code (`ir`,
 * `IRN`), a name in any of the indexed languages (`Irán`, `Allemagne`), a demonym (`Iranian`) or
 * a capital (`Tehran`). Several codes when the name is shared (`Korea`); empty when unknown.
 */
export function findCountries(input: string): string[] {
  if (typeof input !== 'string') return [];
  const text = input.trim();
  if (!text || text.length > 100) return [];
  if (/^[A-Za-z]{2}$/.test(text)) {
    const up = text.toUpperCase();
    if (recordOf(up)) return [up];
    if (up === 'UK') return ['GB'];
    return [];
  }
  if (/^[A-Za-z]{3}$/.test(text)) {
    const byAlpha3 = alpha3Index().get(text.toUpperCase());
    if (byAlpha3) return [byAlpha3];
  }
  const idx = nameIndex();
  const hit = idx.phrases.get(foldPhrase(text));
  if (hit) return [...hit.codes];
  const ab = idx.abbr.get(
    tokenize(text)
      .map((t) => t.raw.toUpperCase())
      .join(' '),
  );
  return ab ? [...ab.codes] : [];
}

let alpha3: Map<string, string> | null = null;

function alpha3Index(): Map<string, string> {
  if (!alpha3) {
    alpha3 = new Map();
    for (const [code, rec] of Object.entries(COUNTRY_TABLE.countries)) alpha3.set(rec.a3, code);
    // Codes sports and news use instead of ISO's.
    alpha3.set('GER', 'DE');
    alpha3.set('POR', 'PT');
  }
  return alpha3;
}

/** Folds a topic the same way the index is folded (exported for the matcher's stop phrases). */
export { fold, foldPhrase };
