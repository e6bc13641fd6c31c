/**
 * The designer's sentences, in English and Spanish: each `why` and `lookFor` is one short plain
 * sentence a 12-year-old can follow. Country names come in through `Intl.DisplayNames`.
 */
import type { UiLang } from './types.ts';

/** "Iran and Iraq", "Iran, Iraq and Syria"; Spanish uses "e" before an /i/ sound ("Irán e Irak"). */
export function joinNames(names: string[], lang: UiLang): string {
  if (names.length <= 1) return names[0] ?? '';
  const last = names[names.length - 1]!;
  let and = lang === 'es' ? 'y' : 'and';
  if (lang === 'es' && /^h?[iíIÍ]/.test(last) && !/^hi[aeoáéó]/i.test(last)) and = 'e';
  return `${names.slice(0, -1).join(', ')} ${and} ${last}`;
}

/** ".ac.in or .edu.in" / ".ac.in o .edu.in". */
export function joinEndings(suffixes: string[], lang: UiLang): string {
  const dotted = suffixes.map((s) => `.${s}`);
  if (dotted.length <= 1) return dotted[0] ?? '';
  const or = lang === 'es' ? (/^\.?[oó]/i.test(dotted[dotted.length - 1]!) ? 'u' : 'o') : 'or';
  return `${dotted.slice(0, -1).join(', ')} ${or} ${dotted[dotted.length - 1]}`;
}

// Spanish country names that take an article after "de".
const ES_ARTICLE: Record<string, string> = {
  'Reino Unido': 'del Reino Unido',
  'Países Bajos': 'de los Países Bajos',
  'Emiratos Árabes Unidos': 'de los Emiratos Árabes Unidos',
};

/** "de Irán", "del Reino Unido", "de las Islas Malvinas". */
export function deName(name: string): string {
  return ES_ARTICLE[name] ?? (name.startsWith('Islas ') ? `de las ${name}` : `de ${name}`);
}

// English names said with "the" ("the United Kingdom", "the Philippines", "the Falkland Islands").
const EN_THE_RE = /^(United |Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Vatican|Central African|Dominican Republic|Czech Republic)|(Islands|Territories)$/;

/** "the United Kingdom", "Iran"; `capital` for the start of a sentence ("The United Kingdom"). */
export function theName(name: string, capital = false): string {
  if (!EN_THE_RE.test(name)) return name;
  return `${capital ? 'The' : 'the'} ${name}`;
}

// Spanish country names said with an article ("el Reino Unido").
const ES_THE: Record<string, string> = {
  'Reino Unido': 'el Reino Unido',
  'Países Bajos': 'los Países Bajos',
  'Emiratos Árabes Unidos': 'los Emiratos Árabes Unidos',
};

/** "el Reino Unido", "Irán"; `capital` for the start of a sentence ("El Reino Unido"). */
export function elName(name: string, capital = false): string {
  const n = ES_THE[name] ?? (name.startsWith('Islas ') ? `las ${name}` : undefined);
  if (!n) return name;
  return capital ? n[0]!.toUpperCase() + n.slice(1) : n;
}

/** Shortens untrusted text (a person's input) for quoting it back in a message. */
export function quote(text: unknown): string {
  const s = typeof text === 'string' ? text : String(text);
  const clean = s.replace(/[\p{Cc}\u200B-\u200F\u202A-\u202E\u2066-\u2069]/gu, '').trim();
  return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
}

/** Every sentence the designer writes, per language. */
export const DESIGN_TEXT = {
  en: {
    cctldWhy: (name: string, ends: string) =>
      `Websites from ${theName(name)} usually end in ${ends}, so this search shows pages from ${theName(name)} instead of pages from near you.`,
    cctldLook: 'Look at who wrote each page and how they tell the story differently from what you already know.',
    academicWhy: (name: string, ends: string) =>
      `Universities in ${theName(name)} use web addresses ending in ${ends}, so this finds what teachers and researchers there write.`,
    academicWordWhy: (name: string, end: string, word: string) =>
      `Universities in ${theName(name)} have no special web address, so this looks for pages ending in ${end} that use the word "${word}" (university).`,
    academicLook: 'Look for articles by professors and students, and notice which words they use for the topic.',
    governmentWhy: (name: string, ends: string) =>
      `Web addresses ending in ${ends} belong to the government of ${theName(name)}, so you see what that government says.`,
    governmentLook: 'Ask what the government wants readers to think, and compare it with other sources.',
    newsWhy: (name: string, ends: string) => `This opens the news tab with stories from websites in ${theName(name)} (ending in ${ends}).`,
    newsNoSiteWhy: (name: string) =>
      `This opens the news tab and asks for news from ${theName(name)}; the search engine may still show some news from other places.`,
    newsLook: 'Check the date and who published each story: news from different countries can tell the same event differently.',
    combinedWhy: (names: string) => `This searches websites from ${names} at the same time, so you can compare them side by side.`,
    combinedAcademicWhy: (names: string) =>
      `This searches university websites from ${names} at the same time, so you can compare what their researchers write.`,
    combinedLook: 'Look for what the sources from each country agree on, and where they disagree.',
    restrictWhy: (name: string) =>
      `This asks Google for pages from ${theName(name)} without changing your words; Google may loosen this request, so some pages may come from elsewhere.`,
    restrictLook: 'Check the end of each web address to see which country the page really comes from.',
    termsWhy: (name: string, term: string, academic: boolean) =>
      `People in ${theName(name)} may call this "${term}", so this searches for their own words on ${academic ? 'university websites' : 'websites'} in ${theName(name)}.`,
    termsAnyWhy: (term: string, language: string) =>
      `This searches for "${term}", the ${language} words for this topic, to find pages by people who speak ${language}.`,
    termsLook: "If the pages are in another language, use your browser's translate button, and notice how these words change the story.",
    noSite: (name: string) => `${theName(name, true)} has no web address ending that only its websites use, so there is no country-wide search for it.`,
    noSiteUS: 'Websites in the United States rarely end in .us, so the searches for it use .edu (universities) and .gov (government).',
    noAcademic: (name: string) => `${theName(name, true)} has no web address ending for its universities, so there is no university search for it.`,
    noGovernment: (name: string) => `${theName(name, true)} has no web address ending for its government, so there is no government search for it.`,
    tooManyCountries: (n: number) => `Only the first ${n} countries are used.`,
    noCountries: 'Add at least one country to get search designs.',
    unknownCountry: (w: string) => `"${quote(w)}" is not a country Vantage knows. Use a two-letter code such as IR, or a name such as Iran.`,
  },
  es: {
    cctldWhy: (name: string, ends: string) =>
      `Los sitios web ${deName(name)} suelen terminar en ${ends}, así que esta búsqueda te muestra páginas ${deName(name)} y no solo de cerca de ti.`,
    cctldLook: 'Fíjate en quién escribió cada página y en cómo cuenta la historia de otra manera.',
    academicWhy: (name: string, ends: string) =>
      `Las universidades ${deName(name)} usan direcciones que terminan en ${ends}, así que encuentras lo que escriben sus profesores e investigadores.`,
    academicWordWhy: (name: string, end: string, word: string) =>
      `Las universidades ${deName(name)} no tienen una dirección especial, así que esto busca páginas que terminan en ${end} y usan la palabra "${word}" (universidad).`,
    academicLook: 'Busca artículos de profesores y estudiantes, y fíjate en qué palabras usan para el tema.',
    governmentWhy: (name: string, ends: string) =>
      `Las direcciones que terminan en ${ends} son del gobierno ${deName(name)}, así que ves lo que dice ese gobierno.`,
    governmentLook: 'Pregúntate qué quiere el gobierno que pienses y compáralo con otras fuentes.',
    newsWhy: (name: string, ends: string) => `Esto abre la pestaña de noticias con historias de sitios web ${deName(name)} (que terminan en ${ends}).`,
    newsNoSiteWhy: (name: string) =>
      `Esto abre la pestaña de noticias y pide noticias ${deName(name)}; el buscador puede mostrar también algunas de otros lugares.`,
    newsLook: 'Mira la fecha y quién publicó cada noticia: medios de distintos países pueden contar el mismo hecho de otra forma.',
    combinedWhy: (names: string) => `Esto busca a la vez en sitios web de ${names}, para que puedas compararlos lado a lado.`,
    combinedAcademicWhy: (names: string) =>
      `Esto busca a la vez en sitios de universidades de ${names}, para que compares lo que escriben sus investigadores.`,
    combinedLook: 'Busca en qué están de acuerdo las fuentes de cada país y en qué no.',
    restrictWhy: (name: string) =>
      `Esto le pide a Google páginas ${deName(name)} sin cambiar tus palabras; Google puede relajar esta petición, así que algunas páginas pueden venir de otros lugares.`,
    restrictLook: 'Mira el final de cada dirección web para ver de qué país viene de verdad la página.',
    termsWhy: (name: string, term: string, academic: boolean) =>
      `En ${elName(name)} pueden llamar a esto "${term}", así que esto busca sus propias palabras en ${academic ? 'sitios de universidades' : 'sitios web'} ${deName(name)}.`,
    termsAnyWhy: (term: string, language: string) =>
      `Esto busca "${term}", las palabras en ${language} para este tema, para encontrar páginas de personas que hablan ${language}.`,
    termsLook: 'Si las páginas están en otro idioma, usa el botón de traducir del navegador y fíjate en cómo estas palabras cambian la historia.',
    noSite: (name: string) => `${elName(name, true)} no tiene una terminación de dirección web propia, así que no hay una búsqueda de todo el país.`,
    noSiteUS: 'Los sitios web de Estados Unidos casi nunca terminan en .us, así que sus búsquedas usan .edu (universidades) y .gov (gobierno).',
    noAcademic: (name: string) => `${elName(name, true)} no tiene una terminación de dirección web para sus universidades, así que no hay búsqueda de universidades.`,
    noGovernment: (name: string) => `${elName(name, true)} no tiene una terminación de dirección web para su gobierno, así que no hay búsqueda de gobierno.`,
    tooManyCountries: (n: number) => `Solo se usan los primeros ${n} países.`,
    noCountries: 'Agrega al menos un país para obtener diseños de búsqueda.',
    unknownCountry: (w: string) => `"${quote(w)}" no es un país que Vantage conozca. Usa un código de dos letras como IR, o un nombre como Irán.`,
  },
} as const;
