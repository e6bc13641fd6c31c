/**
 * The one place a result host becomes a country: lib/geo's `countryOfHost` (ICANN public
 * suffix; generic-use ccTLDs such as `.io` and regions such as `.eu` give null). Kept apart from
 * the readers so the result-page content script ships without the suffix list and country table:
 * the page reads links, the background worker adds countries.
 */
import { countryOfHost } from '../geo/index.ts';
import type { SerpReading } from './types.ts';

export { displayDomain } from './url.ts';

/** ISO 3166-1 alpha-2 country of a host name, or null when the name says nothing about a country. */
export function countryOf(hostname: string): string | null {
  try {
    return hostname ? countryOfHost(hostname).country : null;
  } catch {
    return null;
  }
}

/** The reading with each result's country filled in from its domain (in place; returned for chaining). */
export function withCountries<T extends SerpReading>(reading: T): T {
  for (const r of reading.results) r.country = countryOf(r.domain);
  return reading;
}
