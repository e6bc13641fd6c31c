/**
 * Every saved page against its expectations, file by file: the shared real pages
 * (shared/fixtures/serp/expected.json) must be matched EXACTLY — query, result count, links in
 * order, domains, whether it is a result page — and so must this area's pages
 * (tests/fixtures/serp/expected.json). One fixture per reader is also read through happy-dom.
 */
import { describe, expect, it } from 'vitest';
import { readSerp, type SerpReading } from '../../../lib/serp/index.ts';
import { stripInertMarkup } from '../../../lib/serp/prepare.ts';
import { useNativeSelectors } from '../../../lib/serp/dom.ts';
import { happyDoc, linkedomDoc, loadExpected, OWN_DIR, readFixture, SHARED_DIR, sharedUrl, type Expected } from './fixtures.ts';

function expectMatches(reading: SerpReading | null, e: Expected): void {
  expect(reading).not.toBeNull();
  const r = reading!;
  expect(r.query).toBe(e.query);
  expect(r.isResultPage).toBe(e.is_result_page);
  if (e.reason) expect(r.reason).toBe(e.reason);
  if (r.isResultPage) expect(r.reason).toBeUndefined();
  expect(r.results.map((x) => x.url)).toEqual(e.links);
  expect(r.results.map((x) => x.domain)).toEqual(e.domains);
  expect(r.results).toHaveLength(e.result_count);
  expect(new Set(r.results.map((x) => x.domain)).size).toBe(e.distinct_domains);
}

describe('shared real pages (shared/fixtures/serp/expected.json)', () => {
  const expected = loadExpected(SHARED_DIR);
  it('has the 25 pages the README lists', () => expect(expected.length).toBe(25));
  for (const e of expected) {
    it(`${e.file}: ${e.result_count} results for ${JSON.stringify(e.query)}`, () => {
      expectMatches(readSerp(sharedUrl(e), linkedomDoc(readFixture(SHARED_DIR, e.file))), e);
    });
  }
});

describe('pages of the other engines (tests/fixtures/serp/expected.json)', () => {
  const expected = loadExpected(OWN_DIR);
  for (const e of expected) {
    it(`${e.file}: ${e.result_count} results for ${JSON.stringify(e.query)}`, () => {
      expectMatches(readSerp(new URL(e.url!), linkedomDoc(readFixture(OWN_DIR, e.file))), e);
    });
  }
});

describe('the same readings through happy-dom (one page per reader)', () => {
  const shared = loadExpected(SHARED_DIR);
  const own = loadExpected(OWN_DIR);
  const cases: Array<[string, Expected, URL]> = [
    ...['google-desktop-2023-zlurad-matrix.html', 'google-mobile-zlurad-matrix.html', 'google-nojs-zlurad-matrix-nojs.html', 'bing-nojs-zlurad-matrix-nojs.html'].map(
      (f): [string, Expected, URL] => {
        const e = shared.find((x) => x.file === f)!;
        return [SHARED_DIR, e, sharedUrl(e)];
      },
    ),
    ...[
      'bing-js-2026-wsm-javascript.html',
      'duckduckgo-js-2019-sescraper-cloud-service.html',
      'yahoo-2015-googlescraper-snow.html',
      'yandex-2015-googlescraper-game.html',
      'baidu-2015-googlescraper-number.html',
      'ecosia-2026-wsm-javascript.html',
      'brave-2026-wsm-javascript.html',
      'startpage-2026-wsm-javascript.html',
      'google-desktop-reconstructed-hostile.html',
      'google-desktop-2025-starify-react-github-be.html',
      'duckduckgo-html-2026-celina-caffeine-sleep.html',
      'ecosia-2021-aql-coding-freelancing-ads.html',
      'yahoo-2022-aql-dating-sites-ads.html',
      'brave-2022-aql-captcha.html',
    ].map((f): [string, Expected, URL] => {
      const e = own.find((x) => x.file === f)!;
      return [OWN_DIR, e, new URL(e.url!)];
    }),
  ];
  for (const [dir, e, url] of cases) {
    it(`${e.file}`, async () => {
      const { doc, close } = happyDoc(readFixture(dir, e.file), url.href);
      try {
        expectMatches(readSerp(url, doc), e);
      } finally {
        await close();
      }
    });
    // The extension's content script reads with the DOM's own selector engine (useNativeSelectors).
    it(`${e.file} (native selectors, as in the browser)`, async () => {
      const { doc, close } = happyDoc(readFixture(dir, e.file), url.href);
      useNativeSelectors(true);
      try {
        expectMatches(readSerp(url, doc), e);
      } finally {
        useNativeSelectors(false);
        await close();
      }
    });
  }
});

describe("the command line's faster path (scripts, styles, SVG and comments stripped before parsing) reads the same", () => {
  const cases: Array<[string, Expected, URL]> = [
    ...loadExpected(SHARED_DIR).map((e): [string, Expected, URL] => [SHARED_DIR, e, sharedUrl(e)]),
    ...loadExpected(OWN_DIR).map((e): [string, Expected, URL] => [OWN_DIR, e, new URL(e.url!)]),
  ];
  for (const [dir, e, url] of cases) {
    it(e.file, () => expectMatches(readSerp(url, linkedomDoc(stripInertMarkup(readFixture(dir, e.file)))), e));
  }
});
