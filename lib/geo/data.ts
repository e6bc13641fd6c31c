/**
 * The generated country table (scripts/gen-geo.ts → data/countries.json) and the lookups built
 * from it once, on first use.
 */
import table from './data/countries.json' with { type: 'json' };
import type { CountryRecord, CountryTable } from './types.ts';

/** The committed table, typed. */
export const COUNTRY_TABLE = table as CountryTable;

/** The record for an ISO alpha-2 code (any case), or undefined. */
export function recordOf(code: string): CountryRecord | undefined {
  if (typeof code !== 'string' || !/^[A-Za-z]{2}$/.test(code)) return undefined;
  return COUNTRY_TABLE.countries[code.toUpperCase()];
}

let tldIndex: Map<string, string> | null = null;

/** ccTLD label (ASCII or punycode) → ISO code, built lazily from the table. */
export function countryOfTld(tld: string): string | undefined {
  if (!tldIndex) {
    tldIndex = new Map();
    for (const [code, rec] of Object.entries(COUNTRY_TABLE.countries)) {
      for (const t of rec.tlds) if (!tldIndex.has(t)) tldIndex.set(t, code);
      for (const t of Object.keys(rec.idn ?? {})) if (!tldIndex.has(t)) tldIndex.set(t, code);
    }
  }
  return tldIndex.get(tld);
}
