import { readFileSync } from 'node:fs';
import { parse } from 'tldts';
import { describe, expect, it } from 'vitest';
import { allCountries, countryInfo, countryName } from '../../../lib/geo/index.ts';
import { DOMAIN_OVERRIDES } from '../../../lib/geo/build/overrides.ts';
import { IDN_CCTLDS } from '../../../lib/geo/build/idn-cctlds.ts';
import { build, serialize } from '../../../scripts/gen-geo.ts';

const usage = JSON.parse(readFileSync(new URL('../../../lib/geo/build/academic-usage.json', import.meta.url), 'utf8'));
const committed = readFileSync(new URL('../../../lib/geo/data/countries.json', import.meta.url), 'utf8');

/** True when tldts (the PSL it carries) has `suffix` as an ICANN or private public suffix. */
function inPsl(suffix: string): boolean {
  const p = parse(`zzqprobe.${suffix}`, { allowPrivateDomains: true });
  return p.publicSuffix === suffix;
}

describe('generated country table', () => {
  it('is what scripts/gen-geo.ts produces from the installed packages (a PSL or dataset change fails here)', () => {
    const fresh = serialize(build(usage));
    const data = (s: string) => s.slice(s.indexOf('\n'));
    expect(data(committed)).toBe(data(fresh));
  });

  it('holds only suffixes the installed tldts still knows', () => {
    for (const c of allCountries()) {
      const o = DOMAIN_OVERRIDES[c.code];
      for (const s of [...(o?.acad ? [] : c.acad), ...(c.acadWeak ?? []), ...(o?.gov ? [] : c.gov)]) {
        expect(inPsl(s), `${c.code} ${s}`).toBe(true);
      }
    }
    for (const [puny] of IDN_CCTLDS) expect(parse(`zzqprobe.${puny}`).isIcann, puny).toBe(true);
  });

  it('covers the ISO 3166-1 countries and stays small enough to ship', () => {
    expect(allCountries().length).toBeGreaterThanOrEqual(249);
    expect(Buffer.byteLength(committed)).toBeLessThan(100_000);
  });

  it.each([
    ['IR', ['ir'], ['ac.ir'], ['gov.ir'], 'fa'],
    ['GB', ['uk', 'gb'], ['ac.uk'], ['gov.uk'], 'en'],
    ['JP', ['jp'], ['ac.jp'], ['go.jp'], 'ja'],
    ['MX', ['mx'], ['edu.mx'], ['gob.mx'], 'es'],
    ['FR', ['fr'], [], ['gouv.fr'], 'fr'],
    ['BR', ['br'], [], ['gov.br'], 'pt'],
    ['AU', ['au'], ['edu.au'], ['gov.au'], 'en'],
    ['CN', ['cn'], ['edu.cn'], ['gov.cn'], 'zh'],
    ['ZA', ['za'], ['ac.za'], ['gov.za'], 'en'],
  ])('%s: ccTLD, academic and government domains, main language', (code, tlds, acad, gov, lang) => {
    const c = countryInfo(code)!;
    expect(c.tlds).toEqual(tlds);
    for (const a of acad) expect(c.acad).toContain(a);
    for (const g of gov) expect(c.gov).toContain(g);
    expect(c.langs[0]).toBe(lang);
  });

  it('knows Russia’s IDN ccTLD .рф and Iran’s .ایران', () => {
    expect(countryInfo('RU')!.idn).toMatchObject({ 'xn--p1ai': 'рф' });
    expect(Object.values(countryInfo('IR')!.idn!)).toContain('ایران');
  });

  it('marks academic suffixes that exist but few universities use (Hipo) as weak', () => {
    expect(countryInfo('BR')!.acadWeak).toContain('edu.br');
    expect(countryInfo('ES')!.acadWeak).toContain('edu.es');
    expect(countryInfo('BR')!.acad).not.toContain('edu.br');
  });

  it('says when a country has no government or academic suffix, and uses .edu/.gov for the US', () => {
    expect(countryInfo('SE')!.gov).toEqual([]);
    expect(countryInfo('DE')!.acad).toEqual([]);
    expect(countryInfo('US')).toMatchObject({ acad: ['edu'], gov: ['gov'], site: [] });
  });

  it('uses registry-run levels, not the bare generic-use ccTLD, for country-wide searches', () => {
    expect(countryInfo('CO')!.site).toEqual(['com.co', 'org.co']);
    expect(countryInfo('IR')!.site).toEqual(['ir']);
    expect(countryInfo('GB')!.site).toEqual(['uk']);
  });

  it('lists Wikipedia editions, mapping codes that differ from BCP 47', () => {
    expect(countryInfo('IR')!.wiki[0]).toBe('fa');
    expect(countryInfo('CH')!.wiki).toContain('als');
    expect(countryInfo('CH')!.langs).toContain('gsw');
  });

  it('has demonyms in en, es, fr, de and pt for the important countries', () => {
    expect(countryInfo('IR')!.dem).toMatchObject({ en: ['Iranian', 'Persian'], es: ['iraní', 'persa'], pt: ['iraniano', 'persa'] });
    expect(countryInfo('IR')!.dem.de).toContain('iranisch');
    expect(countryInfo('IR')!.dem.fr).toContain('iranien');
    expect(countryInfo('MX')!.dem).toMatchObject({ es: ['mexicano'], pt: ['mexicano'], de: ['mexikanisch'] });
    expect(countryInfo('DE')!.dem.es).toContain('alemán');
    expect(countryInfo('DE')!.dem.pt).toContain('alemão');
    expect(countryInfo('US')!.dem.es).toContain('estadounidense');
    expect(countryInfo('DZ')!.dem.fr).toContain('algérien');
    expect(countryInfo('GB')!.dem.en).toEqual(expect.arrayContaining(['British', 'English']));
  });

  it('has capitals', () => {
    expect(countryInfo('IR')!.capital).toEqual(['Tehran']);
    expect(countryInfo('DE')!.capital).toEqual(['Berlin']);
  });

  it('names countries in any language through Intl.DisplayNames', () => {
    expect(countryName('IR', 'en')).toBe('Iran');
    expect(countryName('IR', 'es')).toBe('Irán');
    expect(countryName('IR', 'fa')).toBe('ایران');
    expect(countryName('DE', 'pt')).toBe('Alemanha');
    expect(countryName('ir', 'not a language!')).toBe('Iran');
    expect(countryName('ZZ', 'en')).toBe('ZZ');
  });

  it('returns null for unknown codes', () => {
    expect(countryInfo('ZZ')).toBeNull();
    expect(countryInfo('')).toBeNull();
    expect(countryInfo('IRN')).toBeNull();
    expect(countryInfo('ir')!.code).toBe('IR');
  });
});
