/**
 * Decisions about top-level domains that the data cannot make by itself
 * (research: /work/shared/research/data-sources.md §1.3). Kept in one place so the host
 * classifier and the search designer agree.
 */

/**
 * Country-code TLDs used mostly as generic names, so a bare `example.io` says nothing about
 * where a source is from. Evidence: Google's documented list of ccTLDs it treats as generic
 * ("may change"): ad ai as bz cc cd co dj fm io la me ms nu sc sr su tk tv ws; plus ccTLDs
 * widely sold as domain hacks (ly, to, gg, sh, vc) and `.ac` (Ascension Island, ISO-reserved,
 * sold worldwide and easily confused with the academic label `ac.*`).
 *
 * A registry-run second level under one of these (`gov.co`, `edu.ly`, `com.co`) is still local,
 * so `countryOfHost` only treats the bare TLD as generic.
 */
export const GENERIC_USE_CCTLDS: ReadonlySet<string> = new Set([
  'ad', 'ai', 'as', 'bz', 'cc', 'cd', 'co', 'dj', 'fm', 'io', 'la', 'me', 'ms', 'nu', 'sc', 'sr',
  'su', 'tk', 'tv', 'ws', 'ly', 'to', 'gg', 'sh', 'vc', 'ac',
]);

/**
 * TLDs of a region, not a country (`.eu`, Cyrillic `.ею`, Greek `.ευ`): reported as generic,
 * because no single country's perspective is meant.
 */
export const REGION_TLDS: ReadonlySet<string> = new Set(['eu', 'xn--e1a4c', 'xn--qxa6a']);

/**
 * gTLDs restricted by policy to one country's institutions: `.gov` (US government, registry
 * requires it) and `.mil` (US military). `.edu` is NOT here: about one in ten `.edu` universities
 * in the Hipo list is outside the US (monash.edu, palermo.edu), and we never guess.
 */
export const COUNTRY_GTLDS: Readonly<Record<string, string>> = { gov: 'US', mil: 'US' };
