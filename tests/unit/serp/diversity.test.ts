/** The country mix of a result page, and what the index means in numbers. */
import { describe, expect, it } from 'vitest';
import { diversity } from '../../../lib/serp/diversity.ts';
import { readSerp } from '../../../lib/serp/index.ts';
import { linkedomDoc, loadExpected, OWN_DIR, readFixture } from './fixtures.ts';

const r = (country: string | null, domain = 'x.example') => ({ country, domain });

describe('diversity', () => {
  it('all generic: one group, index 0, no dominant country', () => {
    expect(diversity(Array.from({ length: 10 }, () => r(null)))).toEqual({
      countries: {},
      generic: 10,
      unknown: 0,
      total: 10,
      genericShare: 1,
      dominant: null,
      index: 0,
    });
  });
  it('every result from a different country: index 1', () => {
    const d = diversity(['IR', 'IQ', 'US', 'GB', 'DE'].map((c) => r(c)));
    expect(d.index).toBe(1);
    expect(d.dominant).toEqual({ country: 'IR', share: 0.2 });
  });
  it('counts countries most first, keeps page order on ties, and computes 1 − Simpson without replacement', () => {
    const d = diversity([r('GB'), r('IR'), r('IR'), r(null), r(null), r(null), r(null)]);
    expect(Object.entries(d.countries)).toEqual([
      ['IR', 2],
      ['GB', 1],
    ]);
    // same-group pairs: IR 2·1 + GB 0 + generic 4·3 = 14 of 7·6 = 42 → 1 − 1/3
    expect(d.index).toBe(0.667);
    expect(d.genericShare).toBe(0.571);
    expect(d.dominant).toEqual({ country: 'IR', share: 0.286 });
  });
  it('keeps hidden addresses (Baidu redirects) apart from generic domains', () => {
    const d = diversity([r(null, ''), r(null), r('CN')]);
    expect(d).toMatchObject({ generic: 1, unknown: 1, total: 3 });
  });
  it('an empty or one-result page has index 0', () => {
    expect(diversity([]).index).toBe(0);
    expect(diversity([r('IR')]).index).toBe(0);
  });
  it('a Swiss Bing page is dominated by Switzerland', () => {
    const e = loadExpected(OWN_DIR).find((x) => x.file.startsWith('bing-js-2019'))!;
    const d = diversity(readSerp(new URL(e.url!), linkedomDoc(readFixture(OWN_DIR, e.file)))!.results);
    expect(d.countries).toEqual({ CH: 4, DE: 1 });
    expect(d.dominant).toEqual({ country: 'CH', share: 0.667 });
  });
});
