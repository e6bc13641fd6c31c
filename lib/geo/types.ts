/** Shapes of the generated country table (lib/geo/data/countries.json) and of host lookups. */

/** One country in the generated table. Short keys: the file ships in the extension. */
export interface CountryRecord {
  /** ISO 3166-1 alpha-3 code (`IRN`). */
  a3: string;
  /** ASCII ccTLDs that belong to the country (`["uk","gb"]` for GB). */
  tlds: string[];
  /** IDN ccTLDs, punycode → Unicode (`{"xn--p1ai":"рф"}`). */
  idn?: Record<string, string>;
  /** `site:` targets for a country-wide design; empty when none works (US). */
  site: string[];
  /** Academic suffixes most of the country's universities use (`ac.ir`), best first. */
  acad: string[];
  /** Academic suffixes that exist but few universities use (`edu.br`, `edu.es`). */
  acadWeak?: string[];
  /** Government suffixes (`gov.ir`, `gob.mx`, `go.jp`, `gouv.fr`); empty = the country has none. */
  gov: string[];
  /** Main languages, BCP 47, most spoken first (official / de-facto official first). */
  langs: string[];
  /** Wikipedia edition codes for those languages. */
  wiki: string[];
  /** Capitals, English names, as world-countries lists them. */
  capital: string[];
  /** Capital names for topic matching, beyond what `capital` and the country names cover. */
  capitalNames?: string[];
  /** Demonyms/adjectives, base forms: en, es, fr, de (adjective), deN (German noun), pt. */
  dem: { en?: string[]; es?: string[]; fr?: string[]; de?: string[]; deN?: string[]; pt?: string[] };
  /** Names Intl.DisplayNames does not give (old names, constituent nations, other spellings). */
  alias?: string[];
  /** All-capital abbreviations (USA, UK, DRC), matched only when written in capitals. */
  abbr?: string[];
}

/** The generated file. */
export interface CountryTable {
  meta: { generatedBy: string; sources: Record<string, string>; licence: string };
  countries: Record<string, CountryRecord>;
}

/** What `countryOfHost` tells about a host name. */
export interface HostCountry {
  /** ISO 3166-1 alpha-2 code, or null when the host says nothing about a country. */
  country: string | null;
  /** Registrable domain (`bbc.co.uk`; `foo.blogspot.com`, since private suffixes count), or null. */
  domain: string | null;
  /**
   * `cctld`: the ICANN suffix ends in a country's TLD; `generic`: no country (gTLDs, generic-use
   * ccTLDs such as `.io`, regions such as `.eu`; `.gov`/`.mil` are generic with country US);
   * `ip`: an IP address; `invalid`: not a public internet name (empty, malformed, `localhost`,
   * `.onion`, `.test`, unknown TLD).
   */
  kind: 'cctld' | 'generic' | 'ip' | 'invalid';
  /** ICANN public suffix (`ac.ir`, `co.uk`, `com`), or null. */
  suffix: string | null;
}

/** A country with everything the search designer needs, names resolved for one language. */
export interface CountryInfo extends CountryRecord {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Name in English (Intl.DisplayNames). */
  name: string;
}
