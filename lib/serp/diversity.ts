/**
 * How many places a result page's sources come from. Countries come from the result hosts'
 * country-code domains (lib/geo); `.com`, `.org` and the like say nothing about a country and
 * are counted together as "no country".
 */
import type { SerpResult } from './types.ts';

/** The country mix of one result page. */
export interface Diversity {
  /** Results per ISO country code, most results first. */
  countries: Record<string, number>;
  /** Results on domains that name no country (`.com`, `.org`, `.io` …). */
  generic: number;
  /** Results whose address the engine hid (Baidu redirects with no readable source line). */
  unknown: number;
  total: number;
  /** `generic / total` (0 for an empty page). */
  genericShare: number;
  /** The country with the most results and its share of all results, or null when none has a country. */
  dominant: { country: string; share: number } | null;
  /**
   * The chance that two different results, picked at random, come from different countries
   * (all sites with no country count as one group): 0 = every result from the same place,
   * 1 = every result from a different country. It is 1 − Simpson's index, without replacement.
   */
  index: number;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Counts the countries of a page's results. Pure; any input order, any length. */
export function diversity(results: readonly Pick<SerpResult, 'country' | 'domain'>[]): Diversity {
  const counts = new Map<string, number>();
  let generic = 0;
  let unknown = 0;
  for (const r of results) {
    if (r.country) counts.set(r.country, (counts.get(r.country) ?? 0) + 1);
    else if (r.domain) generic++;
    else unknown++;
  }
  const total = results.length;
  // Stable: ties keep first-seen order (Map insertion order), so the summary does not flicker.
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const countries = Object.fromEntries(sorted);
  const top = sorted[0];
  const groups = [...counts.values(), generic + unknown].filter((n) => n > 0);
  const same = groups.reduce((sum, n) => sum + n * (n - 1), 0);
  const index = total < 2 ? 0 : round(1 - same / (total * (total - 1)));
  return {
    countries,
    generic,
    unknown,
    total,
    genericShare: total ? round(generic / total) : 0,
    dominant: top ? { country: top[0], share: round(top[1] / total) } : null,
    index,
  };
}

/** One sentence, per interface language, that says what `index` means. */
export const INDEX_EXPLAINED = {
  en: 'Diversity is the chance that two results picked at random come from different countries (sites with no country count as one group).',
  es: 'La diversidad es la probabilidad de que dos resultados elegidos al azar sean de países distintos (los sitios sin país cuentan como un solo grupo).',
} as const;
