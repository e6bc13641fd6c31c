/**
 * Accent- and case-insensitive text folding and word splitting, shared by the country-name
 * index and the topic matcher so that both sides of a comparison are folded the same way.
 */

// Letters that Unicode decomposition does not split into base + mark, mapped to what a person
// typing without the key would write. Arabic-script variants are unified because Persian and
// Arabic keyboards produce different code points for the same letter (ي/ی, ك/ک).
const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
  ي: 'ی', ى: 'ی', ك: 'ک', ة: 'ه',
};
const SPECIAL_RE = /[ßæœøłđðþıħيىكة]/g;
const MARKS_RE = /\p{M}/gu;
// Zero-width joiners/non-joiners sit inside Persian words; bidi controls are invisible.
const INVISIBLE_RE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const PRINTABLE_ASCII_RE = /^[\x20-\x7e]*$/;

/** Lower-cases, removes accents and invisible characters: `Algérie` → `algerie`. */
export function fold(text: string): string {
  // Most index entries and topics are plain ASCII: skip the Unicode work (it dominates the
  // one-time index build).
  if (PRINTABLE_ASCII_RE.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(INVISIBLE_RE, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}

/** A word of the original text with its folded form. */
export interface Token {
  /** Folded form used for matching. */
  key: string;
  /** The word as written (for case checks and for quoting it back to the person). */
  raw: string;
  /** True when the word is directly followed by a hyphen or dash (`Franco-` in `Franco-Prussian`). */
  hyphenAfter: boolean;
}

const WORD_RE = /[\p{L}\p{N}\p{M}\u200C\u200D]+/gu;
const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014']);

/**
 * Splits text into words (letters, digits, marks); apostrophes and hyphens separate words, so
 * `d'Algérie` gives `d`, `algerie` and `Guinea-Bissau` gives `guinea`, `bissau`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const raw = m[0];
    const key = fold(raw);
    if (!key) continue;
    const next = text[m.index + raw.length];
    tokens.push({ key, raw, hyphenAfter: next !== undefined && HYPHENS.has(next) });
  }
  return tokens;
}

const NON_WORD_RE = /[^\p{L}\p{N}\p{M}\u200C\u200D]+/u;

/** The folded words of a name joined by single spaces: `Côte d’Ivoire` → `cote d ivoire`. */
export function foldPhrase(text: string): string {
  // Same words as `tokenize` (which splits before folding); folding once per phrase is faster.
  return fold(text)
    .split(NON_WORD_RE)
    .filter(Boolean)
    .join(' ');
}
