import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designSearches } from '../../../lib/search/index.ts';
import {
  lookupTerms,
  parseQueryPages,
  parseWikidataTerms,
  wikipediaSitelinks,
  type FetchLike,
  type TermsSuccess,
} from '../../../lib/search/wikipedia.ts';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../fixtures/wikipedia/${name}`, import.meta.url), 'utf8'));

interface Call {
  url: URL;
  headers: Record<string, string>;
  credentials: string;
}

/** A fake fetch answering by host + request kind from recorded files; logs every call. */
function fakeFetch(routes: Array<[test: (u: URL) => boolean, file: string | (() => Promise<never>)]>): { fetch: FetchLike; calls: Call[] } {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    const u = new URL(url);
    calls.push({ url: u, headers: init.headers, credentials: init.credentials });
    for (const [test, file] of routes) {
      if (!test(u)) continue;
      if (typeof file === 'function') return file();
      const body = fixture(file);
      return { ok: true, status: 200, json: async () => body };
    }
    return { ok: false, status: 404, json: async () => ({}) };
  };
  return { fetch, calls };
}

const isSearch = (host: string) => (u: URL) => u.host === host && u.searchParams.get('generator') === 'search';
const isWikidata = (u: URL) => u.host === 'www.wikidata.org';
const isRedirects = (host: string) => (u: URL) => u.host === host && u.searchParams.get('prop') === 'redirects';

const iranRoutes = (): Parameters<typeof fakeFetch>[0] => [
  [isSearch('en.wikipedia.org'), 'iran-hostage-crisis.en-search.json'],
  [isWikidata, 'iran-hostage-crisis.wikidata.json'],
  [isRedirects('fa.wikipedia.org'), 'iran-hostage-crisis.fa-redirects.json'],
];

describe('lookupTerms', () => {
  it('finds the Persian names for the Iran hostage crisis: title, Wikidata aliases, redirects', async () => {
    const { fetch, calls } = fakeFetch(iranRoutes());
    const r = (await lookupTerms('Iranian hostage crisis', ['fa'], { fetch, userAgent: 'Vantage-test/1 (test@example.org)' })) as TermsSuccess;
    expect(r.ok).toBe(true);
    expect(r.source).toEqual({ lang: 'en', title: 'Iran hostage crisis', url: 'https://en.wikipedia.org/wiki/Iran_hostage_crisis', wikidataId: 'Q900000001' });
    expect(r.terms[0]).toMatchObject({ lang: 'fa', text: 'گروگان‌گیری سفارت آمریکا در تهران', source: 'title' });
    expect(r.terms[0]!.url).toMatch(/^https:\/\/fa\.wikipedia\.org\/wiki\//);
    expect(r.byLang.fa).toEqual([
      'گروگان‌گیری سفارت آمریکا در تهران',
      'تسخیر لانه جاسوسی آمریکا',
      'تسخیر سفارت آمریکا',
      'تسخیر لانه جاسوسی',
      'بحران گروگان‌گیری ایران',
    ]);
    expect(r.terms.find((t) => t.text === 'تسخیر لانه جاسوسی آمریکا')!.source).toBe('alias');
    expect(r.missing).toEqual([]);
    // One small set of requests: search+langlinks, Wikidata, one redirects call per language.
    expect(r.requests).toBe(3);
    expect(calls.map((c) => c.url.host)).toEqual(['en.wikipedia.org', 'www.wikidata.org', 'fa.wikipedia.org']);
  });

  it('sends only the topic, anonymously, with the etiquette header and CORS origin', async () => {
    const { fetch, calls } = fakeFetch(iranRoutes());
    await lookupTerms('Iranian hostage crisis', ['fa'], { fetch, userAgent: 'Vantage-test/1' });
    const first = calls[0]!;
    expect(first.url.searchParams.get('gsrsearch')).toBe('Iranian hostage crisis');
    expect(first.url.searchParams.get('lllang')).toBe('fa');
    expect(first.url.searchParams.get('formatversion')).toBe('2');
    expect(first.url.searchParams.get('redirects')).toBe('1');
    for (const c of calls) {
      expect(c.url.protocol).toBe('https:');
      expect(c.url.searchParams.get('origin')).toBe('*');
      expect(c.headers).toEqual({ 'Api-User-Agent': 'Vantage-test/1' });
      expect(c.credentials).toBe('omit');
    }
  });

  it('handles a Spanish topic: the British side’s words for the Malvinas war', async () => {
    const { fetch } = fakeFetch([
      [isSearch('es.wikipedia.org'), 'malvinas.es-search.json'],
      [isWikidata, 'malvinas.wikidata.json'],
      [isRedirects('en.wikipedia.org'), 'malvinas.en-redirects.json'],
    ]);
    const r = (await lookupTerms('Guerra de las Malvinas', ['en'], { fetch, sourceLang: 'es', lang: 'es' })) as TermsSuccess;
    expect(r.ok).toBe(true);
    expect(r.source.title).toBe('Guerra de las Malvinas');
    expect(r.byLang.en!.slice(0, 3)).toEqual(['Falklands War', 'Falklands Conflict', 'South Atlantic Conflict']);
    expect(r.byLang.en).toContain('Malvinas War');
    // the words feed straight into the designer
    const terms = designSearches('Guerra de las Malvinas', ['GB'], { lang: 'es', terms: r.byLang }).designs.filter((d) => d.kind === 'terms');
    expect(terms[0]!.query).toBe('site:ac.uk "Falklands War"');
  });

  it('caches answers by topic: the second look-up makes no request', async () => {
    const { fetch, calls } = fakeFetch(iranRoutes());
    const cache = new Map<string, TermsSuccess>();
    await lookupTerms('Iranian hostage crisis', ['fa'], { fetch, cache });
    const again = await lookupTerms('  iranian HOSTAGE crisis ', ['fa'], { fetch, cache });
    expect(calls).toHaveLength(3);
    expect(again).toMatchObject({ ok: true, cached: true, requests: 0 });
  });

  it('still returns the titles when Wikidata and redirects fail', async () => {
    const { fetch } = fakeFetch([[isSearch('en.wikipedia.org'), 'iran-hostage-crisis.en-search.json']]);
    const r = (await lookupTerms('Iranian hostage crisis', ['fa'], { fetch })) as TermsSuccess;
    expect(r.ok).toBe(true);
    expect(r.byLang.fa).toEqual(['گروگان‌گیری سفارت آمریکا در تهران']);
  });

  it('reports not-found when the search has no hit or no article in the language', async () => {
    const none = await lookupTerms('qwzx nonsense', ['fa'], { fetch: fakeFetch([[isSearch('en.wikipedia.org'), 'search-no-result.json']]).fetch });
    expect(none).toMatchObject({ ok: false, reason: 'not-found', requests: 1 });
    const noLinks = await lookupTerms('Photosynthesis', ['fa'], { fetch: fakeFetch([[isSearch('en.wikipedia.org'), 'search-no-langlinks.json']]).fetch });
    expect(noLinks).toMatchObject({ ok: false, reason: 'not-found' });
    expect((noLinks as { message: string }).message).toMatch(/no article/);
  });

  it('reports offline when fetch rejects (no network)', async () => {
    const fetch: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    const r = await lookupTerms('Iranian hostage crisis', ['fa'], { fetch, lang: 'es' });
    expect(r).toMatchObject({ ok: false, reason: 'offline' });
    expect((r as { message: string }).message).toMatch(/conexión/);
  });

  it('reports timeout when Wikipedia does not answer in time, even if fetch ignores the signal', async () => {
    const fetch: FetchLike = () => new Promise(() => {});
    const started = Date.now();
    const r = await lookupTerms('Iranian hostage crisis', ['fa'], { fetch, timeoutMs: 50 });
    expect(r).toMatchObject({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports bad-response for HTTP errors, API errors and non-JSON', async () => {
    const http: FetchLike = async () => ({ ok: false, status: 503, json: async () => ({}) });
    expect(await lookupTerms('x', ['fa'], { fetch: http })).toMatchObject({ reason: 'bad-response' });
    const apiError = fakeFetch([[isSearch('en.wikipedia.org'), 'api-error.json']]).fetch;
    expect(await lookupTerms('x', ['fa'], { fetch: apiError })).toMatchObject({ reason: 'bad-response' });
    const html: FetchLike = async () => ({ ok: true, status: 200, json: async () => JSON.parse('<html>') });
    expect(await lookupTerms('x', ['fa'], { fetch: html })).toMatchObject({ reason: 'bad-response' });
    const weird: FetchLike = async () => ({ ok: true, status: 200, json: async () => ({ query: { pages: 'nope' } }) });
    expect(await lookupTerms('x', ['fa'], { fetch: weird })).toMatchObject({ reason: 'bad-response' });
  });

  it('refuses without a request when there is nothing to look up', async () => {
    const { fetch, calls } = fakeFetch([]);
    expect(await lookupTerms('', ['fa'], { fetch })).toMatchObject({ ok: false, reason: 'not-found', requests: 0 });
    expect(await lookupTerms('x', [], { fetch })).toMatchObject({ ok: false });
    expect(await lookupTerms('x', ['../evil'], { fetch })).toMatchObject({ ok: false });
    expect(calls).toHaveLength(0);
  });
});

describe('response parsers', () => {
  it('read langlinks in formatversion 1 (pages keyed by id, links as "*")', () => {
    const pages = parseQueryPages(fixture('mediawiki-langlinks-fv1-ar-health.json'))!;
    expect(pages[0]!.title).toBe('صحة');
    expect(pages[0]!.langlinks).toHaveLength(10);
    expect(pages[0]!.langlinks[0]).toEqual({ lang: 'af', title: 'Gesondheid', url: null });
  });

  it('read langlinks in formatversion 2 (pages array, links as title)', () => {
    const pages = parseQueryPages(fixture('mediawiki-langlinks-fv2-fr-louvre.json'))!;
    expect(pages[0]!.langlinks).toEqual([{ lang: 'es', title: 'Museo del Louvre', url: null }]);
  });

  it('mark missing pages and reject what is not a query response', () => {
    expect(parseQueryPages({ query: { pages: { '-1': { ns: 0, title: 'Nope', missing: '' } } } })![0]!.missing).toBe(true);
    expect(parseQueryPages({ query: { pages: [{ ns: 0, title: 'Nope', missing: true }] } })![0]!.missing).toBe(true);
    expect(parseQueryPages('<html>')).toBeNull();
    expect(parseQueryPages(fixture('api-error.json'))).toBeNull();
    expect(parseQueryPages(fixture('search-no-result.json'))).toEqual([]);
  });

  it('map Wikidata sitelinks to Wikipedia editions and drop other projects', () => {
    const links = wikipediaSitelinks(fixture('wikidata-wbgetentities-sitelinks-Q11649-trimmed.json'))!;
    const langs = links.map((l) => l.lang);
    expect(langs).toEqual(expect.arrayContaining(['fa', 'zh-yue', 'be-tarask', 'en']));
    expect(links.find((l) => l.lang === 'zh-yue')!.title).toBe('涅槃樂隊');
    expect(langs.some((l) => l.includes('quote') || l.includes('news'))).toBe(false);
  });

  it('read Wikidata labels and aliases', () => {
    expect(parseWikidataTerms(fixture('iran-hostage-crisis.wikidata.json'))!.fa!.aliases).toContain('تسخیر لانه جاسوسی آمریکا');
    expect(parseWikidataTerms({ nonsense: true })).toBeNull();
  });
});
