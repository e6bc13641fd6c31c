/**
 * The result-page UI's own words (en, es) and the badge's look. Geo-free data: the content
 * script shows them; the background worker fills in country names (./view.ts).
 */

export type SerpUiLang = 'en' | 'es';

const en = {
  noCountry: 'no country',
  hidden: 'address hidden',
  title: 'Where these results come from',
  line: (countries: number, generic: number) =>
    `${countries === 1 ? '1 country' : `${countries} countries`} · ${generic} with no country`,
  index: (n: string) => `Diversity ${n}`,
  results: (n: number) => (n === 1 ? '1 result' : `${n} results`),
  turnOff: (engine: string) => `Turn off on ${engine}`,
  unreadable: 'Vantage could not read this result page',
  unreadableWhy: (engine: string) =>
    `${engine} may have changed how its results look. Your search works as usual; only the country badges are missing.`,
};
const es: typeof en = {
  noCountry: 'sin país',
  hidden: 'dirección oculta',
  title: 'De dónde vienen estos resultados',
  line: (countries, generic) => `${countries === 1 ? '1 país' : `${countries} países`} · ${generic} sin país`,
  index: (n) => `Diversidad ${n}`,
  results: (n) => (n === 1 ? '1 resultado' : `${n} resultados`),
  turnOff: (engine) => `Desactivar en ${engine}`,
  unreadable: 'Vantage no pudo leer esta página de resultados',
  unreadableWhy: (engine) =>
    `Puede que ${engine} haya cambiado el aspecto de sus resultados. Tu búsqueda funciona como siempre; solo faltan las etiquetas de país.`,
};

/** Strings for a language. */
export function serpStrings(lang: SerpUiLang) {
  return lang === 'es' ? es : en;
}

/** What a badge shows: the country code, or a dash for sites with no country. */
export function badgeText(country: string | null): string {
  return country ?? '–';
}

