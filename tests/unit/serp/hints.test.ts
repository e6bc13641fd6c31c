/** Sentences that name what a page lacks, and searches that reach it. */
import { describe, expect, it } from 'vitest';
import { diversity } from '../../../lib/serp/diversity.ts';
import { hints, stripSiteOperators } from '../../../lib/serp/hints.ts';
import type { SerpReading, SerpResult } from '../../../lib/serp/types.ts';

const res = (country: string | null, domain = 'x.example'): SerpResult => ({ url: `https://${domain}/`, title: 't', domain, country });
const page = (query: string, results: SerpResult[], engine: SerpReading['engine'] = 'google'): SerpReading => ({ engine, query, isResultPage: true, results });

describe('stripSiteOperators', () => {
  it('removes site: and -site: operators and the ORs between them', () => {
    expect(stripSiteOperators('site:ac.ir OR site:gov.ir iran hostage crisis -site:cnn.com')).toBe('iran hostage crisis');
    expect(stripSiteOperators('(site:ir | site:iq) oil')).toBe('oil');
    expect(stripSiteOperators('website design')).toBe('website design');
  });
});

describe('hints', () => {
  const generic10 = Array.from({ length: 10 }, () => res(null));

  it('names what is missing in plain words and offers searches for the named country', () => {
    const reading = page('iran hostage crisis', generic10);
    const h = hints(reading, diversity(generic10), 'en');
    expect(h.sentences[0]).toBe('All 10 results are from sites with no country; none from Iran.');
    expect(h.designs.length).toBeGreaterThan(0);
    expect(h.designs.length).toBeLessThanOrEqual(3);
    // The other side's own words first (November's example), then Iran's sites.
    expect(h.designs[0]!.query).toBe('site:ac.ir "conquest of the American spy den"');
    expect(h.designs.map((d) => d.query)).toContain('site:ir iran hostage crisis');
    expect(h.designs.every((d) => d.countries.includes('IR') && d.url.startsWith('https://www.google.com/search?'))).toBe(true);
  });

  it('speaks Spanish', () => {
    const h = hints(page('crisis de los rehenes en Irán', generic10), diversity(generic10), 'es');
    expect(h.sentences[0]).toBe('Los 10 resultados son de sitios sin país; ninguno de Irán.');
    expect(h.designs[0]!.why).toMatch(/Irán/);
  });

  it('designs from the query without its site: operators, linked on the same engine', () => {
    const results = [res('US', 'state.gov'), res(null)];
    const h = hints(page('site:gov iraq war', results, 'yandex'), diversity(results), 'en');
    // Every side of the war the query names; "the" before the United States and the United Kingdom.
    expect(h.sentences[0]).toBe('2 results: 1 from the United States, 1 from sites with no country; none from Iraq or the United Kingdom.');
    expect(h.designs[0]!.query).not.toMatch(/site:gov\b/);
    expect(h.designs[0]!.url.startsWith('https://yandex.com/search/?text=')).toBe(true);
  });

  it('a place or conflict the query names brings in every side: a page from one side hears of the other', () => {
    const results = [res('GB', 'bbc.co.uk'), res('GB', 'iwm.org.uk'), res(null)];
    const h = hints(page('Falklands War', results), diversity(results), 'en');
    // Every side in the place table: Argentina, the United Kingdom and the islanders.
    expect(h.sentences[0]).toBe('3 results: 2 from the United Kingdom, 1 from sites with no country; none from Argentina or the Falkland Islands.');
    // Argentina's own name for the war comes first, then its sites.
    expect(h.designs[0]!.query).toBe('site:edu.ar "Guerra de Malvinas"');
    expect(h.designs.map((d) => d.query)).toContain('site:ar Falklands War');
    const es = hints(page('guerra de las Malvinas', [res(null), res(null)]), diversity([res(null), res(null)]), 'es');
    expect(es.sentences[0]).toBe('Los 2 resultados son de sitios sin país; ninguno de Argentina, del Reino Unido ni de las Islas Malvinas.');
  });

  it('when every named country is present, suggests its universities and government instead', () => {
    const results = [res('IR', 'irna.ir'), res(null)];
    const h = hints(page('iran oil', results), diversity(results), 'en');
    expect(h.sentences[0]).not.toMatch(/none from/);
    expect(h.designs.map((d) => d.id)).toEqual(['academic-ir', 'government-ir']);
  });

  it('asks for a country when the query names none and one group dominates', () => {
    const h = hints(page('coffee', generic10), diversity(generic10), 'en');
    expect(h.sentences).toEqual(['All 10 results are from sites with no country.', 'Your search names no country. Add one to hear from it, for example "site:ir" for Iran.']);
    expect(h.designs).toEqual([]);
  });

  it('says nothing on pages that are not result pages or have no results', () => {
    const notRead: SerpReading = { engine: 'google', query: 'x', isResultPage: false, reason: 'captcha', results: [] };
    expect(hints(notRead, diversity([]), 'en')).toEqual({ sentences: [], designs: [] });
    expect(hints(page('iran', []), diversity([]), 'en')).toEqual({ sentences: [], designs: [] });
  });
});
