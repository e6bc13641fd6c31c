/**
 * The extension reads a result page in two halves: the page's script scans (query, page kind, the
 * candidate links as written) and the background worker finishes the links (unwrap, filter,
 * de-duplicate, domains) and places them. The two halves together must give exactly what `read`
 * gives — and so exactly the shared expectations — on every saved page, through the message the
 * page really sends and the background really validates.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readerFor } from '../../../lib/serp/readers.ts';
import { rawLink, MAX_SERP_LINKS, type Candidate } from '../../../lib/serp/read.ts';
import { useNativeSelectors } from '../../../lib/serp/dom.ts';
import { withCountries } from '../../../lib/serp/country.ts';
import { serpView } from '../../../lib/serp/view.ts';
import { SerpToBackground } from '../../../lib/messages.ts';
import { pageMessage } from '../../../entrypoints/serp.content/controller.ts';
import { pageReply } from '../../../entrypoints/background/serp.ts';
import { happyDoc, linkedomDoc, loadExpected, OWN_DIR, readFixture, SHARED_DIR, sharedUrl, type Expected } from './fixtures.ts';

afterEach(() => useNativeSelectors(false));

const pages: Array<[string, Expected, URL]> = [
  ...loadExpected(SHARED_DIR).map((e): [string, Expected, URL] => [SHARED_DIR, e, sharedUrl(e)]),
  ...loadExpected(OWN_DIR).map((e): [string, Expected, URL] => [OWN_DIR, e, new URL(e.url!)]),
];

/** Scan + finish, as the extension does it, checked against `read` and the expectations. */
function expectSplitMatchesRead(url: URL, doc: Document, e: Expected): { native: boolean } {
  const reader = readerFor(url)!;
  const read = reader.read(url, doc, { titles: false });
  let { candidates, unchecked, ...scan } = reader.scan(url, doc);
  let finished = reader.finish(candidates.map(rawLink), url);
  const native = unchecked === true && finished.length > 0;
  if (unchecked && !finished.length) {
    // What the page does when the native candidates finish into nothing: scan the structural way.
    useNativeSelectors(false);
    ({ candidates, unchecked, ...scan } = reader.scan(url, doc));
    expect(unchecked).toBeUndefined();
    finished = reader.finish(candidates.map(rawLink), url);
  }
  expect(scan).toEqual({ engine: read.engine, query: read.query, isResultPage: read.isResultPage, ...(read.reason ? { reason: read.reason } : {}) });
  expect(scan.query).toBe(e.query);
  expect(scan.isResultPage).toBe(e.is_result_page);
  expect(finished.map((r) => r.url)).toEqual(e.links);
  expect(finished.map((r) => r.domain)).toEqual(e.domains);
  expect(finished.map((r) => r.url)).toEqual(read.results.map((r) => r.url));
  // Each result points back at the same title link `read` found.
  expect(finished.map((r) => candidates[r.index]!.anchor)).toEqual(read.results.map((r) => r.anchor));
  return { native };
}

describe('scan in the page + finish in the background = read (linkedom, every saved page)', () => {
  for (const [dir, e, url] of pages) {
    it(e.file, () => expectSplitMatchesRead(url, linkedomDoc(readFixture(dir, e.file)), e));
  }
});

describe('the same in a browser-like DOM with native selectors (happy-dom, every saved page)', () => {
  for (const [dir, e, url] of pages) {
    it(e.file, async () => {
      const { doc, close } = happyDoc(readFixture(dir, e.file), url.href);
      useNativeSelectors(true);
      try {
        const { native } = expectSplitMatchesRead(url, doc, e);
        // The fast path is what the current desktop layout gets (a broken native query would
        // pass the checks above through the fallback, only slower).
        if (/^google-desktop-(2023|older)/.test(e.file) && e.links.length) expect(native, 'native query used').toBe(true);
      } finally {
        await close();
      }
    });
  }
});

describe('the page → background message', () => {
  /** What the page sends for a saved page, validated as the background validates it. */
  function roundTrip(dir: string, e: Expected, url: URL) {
    const doc = linkedomDoc(readFixture(dir, e.file));
    const reader = readerFor(url)!;
    const scan = reader.scan(url, doc);
    const message = SerpToBackground.parse(JSON.parse(JSON.stringify(pageMessage(reader, 'en', url.href, scan.query, scan.candidates))));
    return { doc, reader, scan, message, reply: message.type === 'content:serp' ? pageReply(message) : null };
  }

  it('carries hrefs as written and no titles or page text, and gets back the view of `read` with each result tied to its link', () => {
    const e = loadExpected(SHARED_DIR).find((x) => x.file === 'google-desktop-2023-zlurad-google-100.html')!;
    const url = sharedUrl(e);
    const { doc, reader, scan, message, reply } = roundTrip(SHARED_DIR, e, url);
    expect(Object.keys(message).sort()).toEqual(['engine', 'hrefs', 'lang', 'page', 'query', 'type']);
    expect(message.type === 'content:serp' && message.hrefs).toEqual(scan.candidates.map((c) => c.anchor.getAttribute('href')));
    const read = withCountries(reader.read(url, doc));
    const { at, ...view } = reply!;
    expect(view).toEqual(serpView(read, 'en'));
    expect(at.map((i) => scan.candidates[i]!.anchor)).toEqual(read.results.map((r) => r.anchor));
    expect(at).toHaveLength(e.result_count);
  });

  it('carries the host Baidu shows for its opaque redirects, and the background keeps "address hidden" apart', () => {
    const e = loadExpected(OWN_DIR).find((x) => x.file === 'baidu-2015-googlescraper-number.html')!;
    const url = new URL(e.url!);
    const { doc, reader, message, reply } = roundTrip(OWN_DIR, e, url);
    expect(message.type === 'content:serp' && message.shown?.some((s) => typeof s === 'string')).toBe(true);
    const read = withCountries(reader.read(url, doc));
    const { at: _at, ...view } = reply!;
    expect(view).toEqual(serpView(read, 'en'));
  });

  it('drops hrefs no result can have (data: blobs) and caps a runaway page, so the message always validates', () => {
    const url = new URL('https://www.google.com/search?q=x');
    const reader = readerFor(url)!;
    const doc = linkedomDoc('<html><body></body></html>');
    const anchor = (href: string): Candidate => {
      const a = doc.createElement('a');
      a.setAttribute('href', href);
      return { anchor: a };
    };
    const candidates = [anchor(`data:text/plain,${'x'.repeat(20_000)}`), ...Array.from({ length: MAX_SERP_LINKS + 50 }, (_, i) => anchor(`https://e${i}.example/`))];
    const message = pageMessage(reader, 'es', url.href, 'x', candidates);
    expect(SerpToBackground.safeParse(message).success).toBe(true);
    expect(message.hrefs[0]).toBeNull();
    expect(message.hrefs).toHaveLength(MAX_SERP_LINKS);
  });

  it('is refused when it does not fit its page: another engine, or a page that is no result page', () => {
    const base = { type: 'content:serp' as const, lang: 'en' as const, query: 'x', hrefs: ['https://irna.ir/'] };
    expect(pageReply({ ...base, engine: 'google', page: 'https://www.google.com/search?q=x' })?.countries).toEqual(['IR']);
    expect(pageReply({ ...base, engine: 'bing', page: 'https://www.google.com/search?q=x' })).toBeNull();
    expect(pageReply({ ...base, engine: 'google', page: 'javascript:alert(1)' })).toBeNull();
    expect(pageReply({ ...base, engine: 'google', page: 'https://www.google.com/search?q=x', hrefs: ['https://www.google.com/search?q=y'] })).toBeNull();
  });
});
