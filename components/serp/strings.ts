/**
 * The result-page UI's own strings (en, es) and the badge's look, shared by the Svelte
 * components and the content script's plain-DOM badges so both say and show the same thing.
 */
import { countryName } from '../../lib/geo/index.ts';

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
};
const es: typeof en = {
  noCountry: 'sin país',
  hidden: 'dirección oculta',
  title: 'De dónde vienen estos resultados',
  line: (countries, generic) => `${countries === 1 ? '1 país' : `${countries} países`} · ${generic} sin país`,
  index: (n) => `Diversidad ${n}`,
  results: (n) => (n === 1 ? '1 resultado' : `${n} resultados`),
  turnOff: (engine) => `Desactivar en ${engine}`,
};

/** Strings for a language. */
export function serpStrings(lang: SerpUiLang) {
  return lang === 'es' ? es : en;
}

/** What a badge shows: the country code, or a dash for sites with no country. */
export function badgeText(country: string | null): string {
  return country ?? '–';
}

/** The badge's accessible name: "IR — Iran", "no country", "address hidden". */
export function badgeLabel(country: string | null, lang: SerpUiLang, hidden = false): string {
  if (country) return `${country} — ${countryName(country, lang)}`;
  return hidden ? serpStrings(lang).hidden : serpStrings(lang).noCountry;
}

/**
 * The badge's box: fixed size, so a long or short label never moves anything; colours with
 * at least 4.5:1 contrast.
 */
export const BADGE_CSS =
  'display:inline-block;box-sizing:border-box;width:28px;height:16px;padding:0;margin:0;border-radius:3px;' +
  'font:600 10px/16px system-ui,sans-serif;letter-spacing:0;text-align:center;white-space:nowrap;overflow:hidden;' +
  'vertical-align:middle;';
export const BADGE_COUNTRY_CSS = 'background:#1e3a8a;color:#ffffff;';
export const BADGE_GENERIC_CSS = 'background:#e2e8f0;color:#334155;';
