/**
 * Everything the result page shows, computed from a geo-free reading in one place (the background
 * worker, which keeps the country table and the designer's name index warm for every page): each
 * result's country and spoken badge label, the page's diversity, and the hints.
 */
import { countryName } from '../geo/index.ts';
import { countryOf } from './country.ts';
import { diversity, type Diversity } from './diversity.ts';
import { hints, type SerpHints } from './hints.ts';
import { serpStrings, type SerpUiLang } from './strings.ts';
import type { SerpReading } from './types.ts';

/** One reading, ready to show. `countries` and `labels` follow the reading's result order. */
export interface SerpView {
  countries: Array<string | null>;
  labels: string[];
  /** The spoken label of every country in `diversity.countries` ("IR — Iran"). */
  countryLabels: Record<string, string>;
  diversity: Diversity;
  hints: SerpHints;
}

/** The badge's accessible name: "IR — Iran", "no country", "address hidden". */
export function badgeLabel(country: string | null, lang: SerpUiLang, hidden = false): string {
  if (country) return `${country} — ${countryName(country, lang)}`;
  return hidden ? serpStrings(lang).hidden : serpStrings(lang).noCountry;
}

/** Countries, labels, diversity and hints for a reading whose countries are not yet known. */
export function serpView(reading: SerpReading, lang: SerpUiLang): SerpView {
  const results = reading.results.map((r) => ({ ...r, country: countryOf(r.domain) }));
  const d = diversity(results);
  return {
    countries: results.map((r) => r.country),
    labels: results.map((r) => badgeLabel(r.country, lang, r.redirect === true && !r.domain)),
    countryLabels: Object.fromEntries(Object.keys(d.countries).map((c) => [c, badgeLabel(c, lang)])),
    diversity: d,
    hints: hints({ ...reading, results }, d, lang),
  };
}
