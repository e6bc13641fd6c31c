/**
 * The registry and the manifest patterns stay in step with the reader files: every reader is
 * listed, accepts its own example URLs and no other reader's, and the content script's match
 * patterns cover every example; home pages read as `home`, not as errors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINES, READERS, readerFor, readSerp } from '../../../lib/serp/index.ts';
import { SERP_EXAMPLE_URLS, SERP_MATCHES } from '../../../lib/serp/hosts.ts';
import { linkedomDoc, REPO_ROOT } from './fixtures.ts';

/** WebExtension match pattern → test (scheme, host with optional `*.`, path with `*`). */
function matchPattern(pattern: string): (url: URL) => boolean {
  const m = /^(\*|https?):\/\/(\*\.)?([^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`bad pattern ${pattern}`);
  const [, scheme, anySub, host, p] = m as unknown as [string, string, string | undefined, string, string];
  const pathRe = new RegExp('^' + p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
  return (url) =>
    (scheme === '*' ? ['http:', 'https:'].includes(url.protocol) : url.protocol === `${scheme}:`) &&
    (url.hostname === host || (!!anySub && url.hostname.endsWith(`.${host}`))) &&
    pathRe.test(url.pathname + url.search);
}
const patterns = SERP_MATCHES.map(matchPattern);
const covered = (u: string) => patterns.some((t) => t(new URL(u)));

describe('registry', () => {
  it('lists every reader file under lib/serp/ exactly once, one per engine id', () => {
    const dir = path.join(REPO_ROOT, 'lib/serp');
    const readerFiles = readdirSync(dir).filter((f) => /export const \w+: SerpReader\b/.test(readFileSync(path.join(dir, f), 'utf8')));
    expect(readerFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(READERS.map((r) => r.id).sort());
    expect(READERS.map((r) => r.id).sort()).toEqual([...ENGINES].sort());
  });

  for (const reader of READERS) {
    it(`${reader.id}: accepts its example URLs, and no other reader does`, () => {
      expect(reader.exampleUrls.length).toBeGreaterThan(0);
      for (const u of reader.exampleUrls) {
        expect(reader.matchUrl(new URL(u)), u).toBe(true);
        expect(readerFor(new URL(u))?.id, u).toBe(reader.id);
      }
    });
    it(`${reader.id}: the manifest patterns cover its result-page examples`, () => {
      for (const u of reader.exampleUrls.filter((x) => !x.includes('/sorry/'))) expect(covered(u), u).toBe(true);
    });
  }

  it('SERP_EXAMPLE_URLS are result URLs of a known engine, with a query, inside the manifest patterns', () => {
    const engines = new Set<string>();
    for (const u of SERP_EXAMPLE_URLS) {
      const url = new URL(u);
      const reader = readerFor(url);
      expect(reader, u).not.toBeNull();
      engines.add(reader!.id);
      expect(covered(u), u).toBe(true);
      expect(['q', 'p', 'text', 'wd', 'query'].some((k) => url.searchParams.get(k)), u).toBe(true);
    }
    expect([...engines].sort()).toEqual([...ENGINES].sort());
  });

  it('lists the Google ccTLD hosts people actually use, and no pattern is malformed', () => {
    for (const host of ['www.google.co.uk', 'www.google.de', 'www.google.com.mx', 'www.google.co.in', 'www.google.com.tr', 'www.google.ru', 'www.google.iq']) {
      expect(covered(`https://${host}/search?q=x`), host).toBe(true);
    }
    expect(covered('https://www.google.example/search?q=x')).toBe(false);
    expect(covered('https://www.google.com/maps')).toBe(false);
    expect(new Set(SERP_MATCHES).size).toBe(SERP_MATCHES.length);
  });

  it('leaves other sites and other pages of the engines alone', () => {
    for (const u of ['https://example.com/search?q=x', 'https://mail.google.com/mail/u/0/', 'https://www.bing.com/images/search?q=x', 'https://duckduckgo.com/settings', 'https://google.com.evil.example/search?q=x', 'https://classroom.google.com/c/abc']) {
      expect(readerFor(new URL(u)), u).toBeNull();
    }
  });

  it("reads each engine's home page as home, and a search path without a query as no-query", () => {
    const empty = linkedomDoc('<html><body><form><input name="q"></form></body></html>');
    expect(readSerp(new URL('https://www.google.com/'), empty)).toMatchObject({ engine: 'google', isResultPage: false, reason: 'home', results: [] });
    expect(readSerp(new URL('https://duckduckgo.com/'), empty)).toMatchObject({ engine: 'duckduckgo', reason: 'home' });
    expect(readSerp(new URL('https://www.bing.com/search'), empty)).toMatchObject({ engine: 'bing', reason: 'no-query' });
  });

  it('never throws on an empty or broken document, for any reader', () => {
    const broken = [linkedomDoc(''), linkedomDoc('<html>'), linkedomDoc('<<<>>>&&&'), {} as Document, null as unknown as Document];
    for (const reader of READERS) {
      for (const doc of broken) {
        const r = reader.read(new URL(reader.exampleUrls[0]!), doc);
        expect(r.engine).toBe(reader.id);
        expect(r.isResultPage).toBe(false);
        expect(r.results).toEqual([]);
      }
    }
  });
});
