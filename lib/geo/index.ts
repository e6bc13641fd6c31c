/**
 * Geography for Vantage: which country a host belongs to, and what we know about each country
 * (ccTLDs, academic and government domains, languages, Wikipedia editions, names, demonyms,
 * capitals). Pure; the data is generated at build time by scripts/gen-geo.ts.
 */
import { COUNTRY_TABLE, recordOf } from './data.ts';
import { countryName } from './names.ts';
import type { CountryInfo } from './types.ts';

export { countryOfHost, countryOfUrl } from './host.ts';
export { countryName, findCountries, nameIndex, MATCH_LANGUAGES } from './names.ts';
export type { NameHit, NameIndex } from './names.ts';
export { fold, foldPhrase, tokenize } from './fold.ts';
export type { Token } from './fold.ts';
export { GENERIC_USE_CCTLDS, REGION_TLDS, COUNTRY_GTLDS } from './tlds.ts';
export type { CountryInfo, CountryRecord, HostCountry } from './types.ts';

const infoCache = new Map<string, CountryInfo>();

/**
 * Everything the table holds for an ISO alpha-2 code (any case), with its English name; null
 * for unknown codes. The returned object is shared: do not modify it.
 */
export function countryInfo(code: string): CountryInfo | null {
  const rec = recordOf(code);
  if (!rec) return null;
  const cc = code.toUpperCase();
  let info = infoCache.get(cc);
  if (!info) {
    info = Object.freeze({ ...rec, code: cc, name: countryName(cc, 'en') }) as CountryInfo;
    infoCache.set(cc, info);
  }
  return info;
}

/** Every country in the table (250, ISO 3166-1 incl. territories), ordered by code. */
export function allCountries(): CountryInfo[] {
  return Object.keys(COUNTRY_TABLE.countries)
    .sort()
    .map((cc) => countryInfo(cc)!);
}

/** True when the code is an ISO 3166-1 alpha-2 code in the table (any case). */
export function isCountryCode(code: string): boolean {
  return recordOf(code) !== undefined;
}
