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
/** Words looked at; a verdict on the first 4,000 is as good as on 5 MB. */
const MAX_WORDS = 4000;
const WORD = /[\p{L}]+/gu;

/** Counts stopword hits per language in the first words of `text`. */
export function languageScores(text: string): Record<string, number> {
  const scores: Record<string, number> = { en: 0, es: 0, pt: 0, fr: 0, de: 0, it: 0 };
  WORD.lastIndex = 0;
  let seen = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && seen < MAX_WORDS) {
    seen++;
    const langs = WORD_LANGS.get(m[0].toLowerCase());
    if (langs) for (const l of langs) scores[l]! += 1;
  }
  // Spanish-only punctuation is a strong cue on short texts ("¿Qué opinas?").
  const inverted = (text.slice(0, 20000).match(/[¿¡ñ]/g) ?? []).length;
  scores.es! += inverted * 2;
  return scores;
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
  const decl = (declared ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const scores = languageScores(text);
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [best, bestScore] = ranked[0]!;
  const secondScore = ranked[1]![1];
  if (decl) {
    const declScore = scores[decl] ?? 0;
    const clearlyOther = best !== decl && bestScore >= OVERRULE_MIN_HITS && bestScore > 3 * declScore;
    if (!clearlyOther) return decl;
    return best;
  }
  if (bestScore === 0) return text.trim() ? 'und' : 'en';
  // On a tie between English and Spanish (mixed or very short text) English is the safer read:
  // the English rules also cover URLs and operators that appear in either.
  if (bestScore === secondScore && SUPPORTED.has(ranked[1]![0]) && SUPPORTED.has(best)) return 'en';
  return best;
}

/** True for the languages the analyzer has rules for. */
export function isSupportedLanguage(lang: string): boolean {
  return SUPPORTED.has(lang);
}
