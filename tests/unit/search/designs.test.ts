import { describe, expect, it } from 'vitest';
import { designSearches, searchReport } from '../../../lib/search/index.ts';
import type { SearchDesign } from '../../../lib/search/index.ts';

const q = (designs: SearchDesign[]) => designs.map((d) => d.query);
const param = (url: string, name: string) => new URL(url).searchParams.get(name);

describe('designSearches', () => {
  it('gives November’s designs for Iran, in the order cctld, academic, government, news', () => {
    const { designs, messages } = designSearches('Iranian hostage crisis', ['IR'], { knownTerms: false });
    expect(designs.map((d) => [d.kind, d.query])).toEqual([
      ['cctld', 'site:ir Iranian hostage crisis'],
      ['academic', 'site:ac.ir Iranian hostage crisis'],
      ['government', 'site:gov.ir Iranian hostage crisis'],
      ['news', 'site:ir Iranian hostage crisis'],
    ]);
    expect(messages).toEqual([]);
    for (const d of designs) {
      expect(d.countries).toEqual(['IR']);
      expect(d.why.length).toBeGreaterThan(20);
      expect(d.lookFor.length).toBeGreaterThan(20);
      expect(d.why.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBe(1);
      expect(param(d.engines.google, 'q')).toBe(d.query);
      expect(param(d.engines.bing, 'q')).toBe(d.query);
      expect(param(d.engines.duckduckgo, 'q')).toBe(d.query);
    }
    expect(new Set(designs.map((d) => d.id)).size).toBe(designs.length);
  });

  it('explains the designs in plain words, in English and Spanish', () => {
    const en = designSearches('Iranian hostage crisis', ['IR']).designs;
    expect(en[0]!.why).toBe('Websites from Iran usually end in .ir, so this search shows pages from Iran instead of pages from near you.');
    expect(en[1]!.why).toContain('.ac.ir');
    const es = designSearches('crisis de los rehenes en Irán', ['IR'], { lang: 'es' }).designs;
    expect(es[0]!.why).toBe('Los sitios web de Irán suelen terminar en .ir, así que esta búsqueda te muestra páginas de Irán y no solo de cerca de ti.');
    expect(es[2]!.why).toContain('gobierno de Irán');
    expect(param(es[0]!.engines.google, 'hl')).toBe('es');
  });

  it('uses each country’s own academic and government domains', () => {
    expect(q(designSearches('history', ['GB']).designs).slice(0, 3)).toEqual(['site:uk history', 'site:ac.uk history', 'site:gov.uk history']);
    expect(q(designSearches('history', ['JP']).designs).slice(1, 3)).toEqual(['site:ac.jp history', 'site:go.jp history']);
    expect(q(designSearches('historia', ['MX']).designs).slice(1, 3)).toEqual(['site:edu.mx historia', 'site:gob.mx historia']);
    expect(q(designSearches('histoire', ['FR']).designs)[2]).toBe('site:gouv.fr histoire');
    expect(q(designSearches('história', ['BR']).designs)[2]).toBe('site:gov.br história');
    expect(q(designSearches('history', ['IN']).designs)[1]).toBe('site:ac.in history');
  });

  it('falls back to the local word for university where universities share no domain', () => {
    const de = designSearches('Mauerfall', ['DE']).designs.find((d) => d.kind === 'academic')!;
    expect(de.query).toBe('site:de Universität Mauerfall');
    expect(de.why).toContain('Universität');
    // edu.br exists but few Brazilian universities use it (Hipo): not offered as the filter.
    expect(designSearches('história', ['BR']).designs.find((d) => d.kind === 'academic')!.query).toBe('site:br universidade história');
  });

  it('uses .edu and .gov for the United States and says why there is no .us design', () => {
    const { designs, messages } = designSearches('civil rights', ['US']);
    expect(designs.map((d) => [d.kind, d.query])).toEqual([
      ['academic', 'site:edu civil rights'],
      ['government', 'site:gov civil rights'],
      ['news', 'civil rights'],
    ]);
    expect(param(designs[2]!.engines.google, 'cr')).toBe('countryUS');
    expect(param(designs[2]!.engines.google, 'tbm')).toBe('nws');
    expect(messages[0]).toMatch(/\.us/);
  });

  it('does not send students to a generic-use ccTLD', () => {
    const co = designSearches('historia', ['CO']).designs;
    expect(co[0]!.query).toBe('(site:com.co OR site:org.co) historia');
    expect(co.some((d) => /site:co\b(?!m)/.test(d.query))).toBe(false);
  });

  it('says so when a country has no government domain', () => {
    const { designs, messages } = designSearches('history', ['SE']);
    expect(designs.some((d) => d.kind === 'government')).toBe(false);
    expect(messages.some((m) => m.includes('government'))).toBe(true);
  });

  it('combines several countries with OR', () => {
    const { designs } = designSearches('Iran–Iraq War', ['IR', 'IQ']);
    const combined = designs.filter((d) => d.kind === 'combined');
    expect(combined.map((d) => d.query)).toEqual(['(site:ir OR site:iq) Iran–Iraq War', '(site:ac.ir OR site:edu.iq) Iran–Iraq War']);
    expect(combined[0]!.countries).toEqual(['IR', 'IQ']);
    expect(combined[0]!.why).toContain('Iran and Iraq');
    // single-country designs first, per country
    expect(designs.slice(0, 8).map((d) => d.countries.join())).toEqual(['IR', 'IR', 'IR', 'IR', 'IQ', 'IQ', 'IQ', 'IQ']);
    expect(designSearches('x y', ['ES', 'IT'], { lang: 'es' }).designs.find((d) => d.kind === 'combined')!.why).toContain('España e Italia');
  });

  it('adds Google’s country restriction only when asked, and says Google may loosen it', () => {
    expect(designSearches('Iranian hostage crisis', ['IR']).designs.some((d) => d.kind === 'country-restrict')).toBe(false);
    const d = designSearches('Iranian hostage crisis', ['IR'], { includeCountryRestrict: true }).designs.find((x) => x.kind === 'country-restrict')!;
    expect(d.query).toBe('Iranian hostage crisis');
    expect(param(d.engines.google, 'cr')).toBe('countryIR');
    expect(d.why).toMatch(/loosen/);
    expect(designSearches('x', ['IR'], { includeCountryRestrict: true, lang: 'es' }).designs.at(-1)!.why).toMatch(/relajar/);
  });

  it('searches the other side’s own words on its academic domain', () => {
    const { designs } = designSearches('Iranian hostage crisis', ['IR'], { terms: { fa: ['تسخیر لانه جاسوسی آمریکا', '"quoted" site:evil.com'] } });
    const terms = designs.filter((d) => d.kind === 'terms');
    // The look-up's words first; the table's are added after, without repeating one.
    expect(terms.map((d) => d.query)).toEqual([
      'site:ac.ir "تسخیر لانه جاسوسی آمریکا"',
      'site:ac.ir "quoted"',
      'site:ac.ir "conquest of the American spy den"',
    ]);
    expect(terms[0]!.why).toContain('تسخیر لانه جاسوسی آمریکا');
    expect(param(terms[0]!.engines.google, 'q')).toBe('site:ac.ir "تسخیر لانه جاسوسی آمریکا"');
    expect(terms[0]!.engines.google).toContain('%D8%AA%D8%B3%D8%AE%DB%8C%D8%B1');
  });

  it('searches terms in a language none of the countries speaks with Google’s language filter', () => {
    const { designs } = designSearches('Falklands War', ['GB'], { terms: { es: ['Guerra de las Malvinas'] } });
    const t = designs.find((d) => d.kind === 'terms')!;
    expect(t.query).toBe('"Guerra de las Malvinas"');
    expect(param(t.engines.google, 'lr')).toBe('lang_es');
    expect(t.why).toContain('Spanish');
  });

  it('accepts country names and reports unknown countries without failing', () => {
    const { designs, messages } = designSearches('history', ['Irán', 'zz', 'Atlantis']);
    expect(designs[0]!.query).toBe('site:ir history');
    expect(messages).toEqual([expect.stringContaining('"zz"'), expect.stringContaining('"Atlantis"')]);
  });

  it('returns a clear message, not designs, for an empty topic or no countries', () => {
    expect(designSearches('', ['IR'])).toEqual({ designs: [], messages: [expect.stringMatching(/topic/)] });
    expect(designSearches('   "" ', ['IR']).designs).toEqual([]);
    expect(designSearches('history', []).messages).toEqual([expect.stringMatching(/country/)]);
    expect(designSearches('history', undefined as unknown as string[]).designs).toEqual([]);
  });

  it('keeps hostile topics inert: no injected operators, everything encoded in URLs', () => {
    const { designs } = designSearches('<script>alert("x")</script> site:evil.com \u202E Iran', ['IR']);
    for (const d of designs) {
      expect(d.query).not.toContain('evil.com');
      expect(d.query).not.toContain('"');
      expect(d.query).not.toContain('\u202E');
      for (const url of Object.values(d.engines)) {
        expect(url).not.toMatch(/[<>"\s]/);
        expect(() => new URL(url)).not.toThrow();
      }
    }
  });

  it('caps the number of countries', () => {
    const many = ['FR', 'DE', 'IT', 'ES', 'PT', 'PL', 'GR', 'SE', 'NO', 'FI'];
    const { designs, messages } = designSearches('history', many);
    expect(new Set(designs.flatMap((d) => d.countries)).size).toBe(8);
    expect(messages.some((m) => m.includes('8'))).toBe(true);
  });
});

describe('searchReport', () => {
  it('returns the CLI shape: topic, perspectives with reasons, designs with engines and why', () => {
    const r = searchReport('Iranian hostage crisis', []);
    expect(r.topic).toBe('Iranian hostage crisis');
    expect(r.perspectives).toEqual([
      { country: 'IR', name: 'Iran', reason: 'one side in the Iran hostage crisis', source: 'topic' },
      { country: 'US', name: 'United States', reason: 'one side in the Iran hostage crisis', source: 'place' },
    ]);
    expect(r.designs.map((d) => d.query)).toEqual(expect.arrayContaining(['site:ir Iranian hostage crisis', 'site:ac.ir Iranian hostage crisis']));
    for (const d of r.designs) expect(Object.keys(d)).toEqual(expect.arrayContaining(['countries', 'query', 'engines', 'why']));
  });

  it('adds picked countries and the default set', () => {
    expect(searchReport('Iranian hostage crisis', ['us']).perspectives.map((p) => p.country)).toEqual(['IR', 'US']);
    expect(searchReport('photosynthesis').perspectives.map((p) => p.source)).toEqual(['default', 'default', 'default']);
  });

  it('reports an empty topic with a message and no designs', () => {
    expect(searchReport('')).toMatchObject({ topic: '', designs: [], messages: [expect.stringMatching(/topic/)] });
  });
});
