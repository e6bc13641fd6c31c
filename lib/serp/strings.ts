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

/**
 * The badge's box: fixed size, so a long or short label never moves anything; colours with
 * at least 4.5:1 contrast. `all: initial` first: the badge lives in the page's own DOM, so the
 * page's inherited styles must not reach it.
 */
export const BADGE_CSS =
  'all:initial;display:inline-block;box-sizing:border-box;width:28px;height:16px;padding:0;margin:0;border-radius:3px;' +
  'font:600 10px/16px system-ui,sans-serif;letter-spacing:0;text-align:center;white-space:nowrap;overflow:hidden;' +
  'vertical-align:middle;';
export const BADGE_COUNTRY_CSS = 'background:#1e3a8a;color:#ffffff;';
export const BADGE_GENERIC_CSS = 'background:#e2e8f0;color:#334155;';
