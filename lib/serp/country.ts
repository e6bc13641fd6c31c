/**
 * The one place a result host becomes a country: lib/geo's `countryOfHost` (ICANN public
 * suffix; generic-use ccTLDs such as `.io` and regions such as `.eu` give null).
 */
import { countryOfHost } from '../geo/index.ts';

/** ISO 3166-1 alpha-2 country of a host name, or null when the name says nothing about a country. */
export function countryOf(hostname: string): string | null {
  try {
    return countryOfHost(hostname).country;
  } catch {
    return null;
  }
}

/** The host as people read it in a result: lower case, no trailing dot, no leading `www.`. */
export function displayDomain(hostname: string): string {
  return hostname.toLowerCase().replace(/\.+$/, '').replace(/^www\./, '');
}
