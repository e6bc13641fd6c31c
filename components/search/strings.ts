/**
 * The search designer's own UI strings (en, es). Kept beside the components so they can be
 * mounted anywhere (popup, overlay) with just a `lang` prop.
 */
export type DesignerLang = 'en' | 'es';

const en = {
  topicLabel: 'Topic',
  topicPlaceholder: 'e.g. Iranian hostage crisis',
  design: 'Design searches',
  perspectives: 'Countries to hear from',
  noPerspectives: 'No countries yet. Add one below.',
  remove: (name: string) => `Remove ${name}`,
  addLabel: 'Add a country (name or code)',
  addPlaceholder: 'e.g. Iran, Irán, ir',
  add: 'Add',
  unknownCountry: (text: string) => `"${text}" is not a country Vantage knows.`,
  designs: 'Search designs',
  noDesigns: 'Type a topic to get search designs.',
  why: 'Why',
  lookFor: 'Look for',
  openIn: (engine: string) => `Search with ${engine} (opens a new tab)`,
  copy: 'Copy',
  copyLabel: (query: string) => `Copy the search ${query}`,
  copied: 'Copied',
  termsTitle: "The other side's words",
  termsOff: 'Look up what people in these countries call this topic. This sends only the topic to Wikipedia.',
  termsLookup: 'Look up on Wikipedia',
  termsLoading: 'Asking Wikipedia…',
  termsNone: 'Wikipedia had no other names for this topic.',
  termsRetry: 'Try again',
  kinds: {
    cctld: 'Country websites',
    academic: 'Universities',
    government: 'Government',
    news: 'News',
    combined: 'Several countries',
    'country-restrict': 'Country filter',
    terms: "Their words",
  } as Record<string, string>,
};

const es: typeof en = {
  topicLabel: 'Tema',
  topicPlaceholder: 'p. ej. crisis de los rehenes en Irán',
  design: 'Diseñar búsquedas',
  perspectives: 'Países que escuchar',
  noPerspectives: 'Todavía no hay países. Agrega uno abajo.',
  remove: (name) => `Quitar ${name}`,
  addLabel: 'Agregar un país (nombre o código)',
  addPlaceholder: 'p. ej. Irán, Iran, ir',
  add: 'Agregar',
  unknownCountry: (text) => `"${text}" no es un país que Vantage conozca.`,
  designs: 'Diseños de búsqueda',
  noDesigns: 'Escribe un tema para obtener diseños de búsqueda.',
  why: 'Por qué',
  lookFor: 'Fíjate en',
  openIn: (engine) => `Buscar con ${engine} (se abre en una pestaña nueva)`,
  copy: 'Copiar',
  copyLabel: (query) => `Copiar la búsqueda ${query}`,
  copied: 'Copiado',
  termsTitle: 'Las palabras del otro lado',
  termsOff: 'Busca cómo llaman a este tema en esos países. Solo se envía el tema a Wikipedia.',
  termsLookup: 'Buscar en Wikipedia',
  termsLoading: 'Consultando Wikipedia…',
  termsNone: 'Wikipedia no tenía otros nombres para este tema.',
  termsRetry: 'Reintentar',
  kinds: {
    cctld: 'Sitios del país',
    academic: 'Universidades',
    government: 'Gobierno',
    news: 'Noticias',
    combined: 'Varios países',
    'country-restrict': 'Filtro de país',
    terms: 'Sus palabras',
  },
};

/** Strings for a language (English for anything else). */
export function strings(lang: string) {
  return lang === 'es' ? es : en;
}
