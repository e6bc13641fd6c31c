/**
 * Real-world abuse: a 100-result page padded to 5 MB, hostile titles and links, redesigned
 * markup, pages whose results arrive after the first read.
 */
import { describe, expect, it } from 'vitest';
import { readSerp } from '../../../lib/serp/index.ts';
import { MAX_TITLE_CHARS } from '../../../lib/serp/text.ts';
import { linkedomDoc, loadExpected, OWN_DIR, readFixture } from './fixtures.ts';

const TLDS = ['ir', 'com', 'co.uk', 'de', 'org', 'ac.ir', 'fr', 'io', 'gov', 'mx'];

/** A Google 2023-shaped page: `n` results in #rso, padded with inline script to about `bytes`. */
function bigGooglePage(n: number, bytes: number): string {
  const results = Array.from(
    { length: n },
    (_, i) =>
      `<div class="MjjYud"><div class="g"><div class="yuRUbf"><div><a href="https://site${i}.example.${TLDS[i % TLDS.length]}/page/${i}" data-ved="x"><br><h3 class="LC20lb MBeuO DKV0Md">Result ${i} &amp; more</h3><div class="notranslate"><cite>site${i}.example</cite></div></a></div></div><div class="VwiC3b">Snippet ${i}</div></div></div>`,
  ).join('');
  const head = '<!DOCTYPE html><html><head><title>q - Google Search</title></head><body><form><textarea name="q">big page</textarea></form><div id="search"><div id="rso">';
  const tail = '</div></div></body></html>';
  const pad = Math.max(0, bytes - head.length - results.length - tail.length);
  const chunk = `<script>var x="${'a'.repeat(1000)}";</script>`;
  return head + results + chunk.repeat(Math.ceil(pad / chunk.length)) + tail;
}

describe('huge pages', () => {
  it('reads all 100 results of a 5 MB page, in order, with their countries', () => {
    const html = bigGooglePage(100, 5_000_000);
    expect(html.length).toBeGreaterThanOrEqual(5_000_000);
    const r = readSerp(new URL('https://www.google.com/search?q=big+page&num=100'), linkedomDoc(html))!;
    expect(r.isResultPage).toBe(true);
    expect(r.results).toHaveLength(100);
    expect(r.results[0]).toMatchObject({ url: 'https://site0.example.ir/page/0', domain: 'site0.example.ir', country: 'IR', title: 'Result 0 & more' });
    expect(r.results[2]!.country).toBe('GB');
    expect(r.results[1]!.country).toBeNull();
    expect(r.results[99]!.url).toBe('https://site99.example.mx/page/99');
  });

  it('caps a page that claims thousands of results', () => {
    const r = readSerp(new URL('https://www.google.com/search?q=big+page'), linkedomDoc(bigGooglePage(2000, 0)))!;
    expect(r.results.length).toBe(500);
  });
});

describe('hostile titles and links (google-desktop-reconstructed-hostile.html)', () => {
  const e = loadExpected(OWN_DIR).find((x) => x.file === 'google-desktop-reconstructed-hostile.html')!;
  const r = readSerp(new URL(e.url!), linkedomDoc(readFixture(OWN_DIR, e.file)))!;

  it('keeps titles as plain text: no script text, entities shown literally, bidi overrides gone', () => {
    expect(r.results[0]!.title).toBe('Safe title <b>not bold</b> & more');
    for (const x of r.results) expect(x.title).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F]/);
    expect(r.query).toBe('hostile test');
  });
  it('drops javascript:, data:, href-less, duplicate, ad, "People also ask" and internal links', () => {
    const urls = r.results.map((x) => x.url);
    expect(urls.some((u) => /^(javascript|data):/.test(u))).toBe(false);
    expect(urls.filter((u) => u === 'https://www.irna.ir/news/1')).toHaveLength(1);
    expect(urls.some((u) => u.includes('googleadservices') || u.includes('/search?') || u.includes('paa.example'))).toBe(false);
  });
  it('cuts a very long title and strips credentials from a link', () => {
    expect(r.results.find((x) => x.domain === 'bbc.co.uk')!.title.length).toBe(MAX_TITLE_CHARS);
    expect(r.results.find((x) => x.domain === 'news.example.de')!.url).toBe('https://news.example.de/artikel');
  });
});

describe('redesigns and late results', () => {
  it('says unknown-markup for a result URL with a query but nothing readable and no "no results" marker', () => {
    const doc = linkedomDoc('<html><body><form><input name="q" value="iran"></form><main><section class="NewDesign2027"><a href="https://www.ut.ac.ir/">University of Tehran</a></section></main></body></html>');
    expect(readSerp(new URL('https://www.bing.com/search?q=iran'), doc)).toMatchObject({ isResultPage: false, reason: 'unknown-markup', query: 'iran', results: [] });
  });
  it('reads a no-results page as a result page with no results', () => {
    const doc = linkedomDoc('<html><body><input name="q" value="zzqx"><ol id="b_results"><li class="b_no"><h1>There are no results for zzqx</h1></li></ol></body></html>');
    expect(readSerp(new URL('https://www.bing.com/search?q=zzqx'), doc)).toMatchObject({ isResultPage: true, results: [] });
  });
  it('reads more results after the page appends them (DuckDuckGo "More results")', () => {
    const article = (i: number, host: string) =>
      `<article data-testid="result"><h2><a data-testid="result-title-a" href="https://${host}/${i}"><span>R${i}</span></a></h2></article>`;
    const doc = linkedomDoc(`<html><body><input name="q" value="iran"><ol id="list">${article(1, 'a.ir')}</ol></body></html>`);
    const url = new URL('https://duckduckgo.com/?q=iran');
    expect(readSerp(url, doc)!.results).toHaveLength(1);
    doc.getElementById('list')!.insertAdjacentHTML('beforeend', article(2, 'b.de') + article(3, 'c.com'));
    const again = readSerp(url, doc)!;
    expect(again.results.map((x) => x.country)).toEqual(['IR', 'DE', null]);
  });
  it('prefers the search box over the URL, and falls back to the URL when the box is empty', () => {
    const withBox = linkedomDoc('<textarea name="q">edited query</textarea><div id="rso"><a href="https://a.ir/"><h3>A</h3></a></div>');
    expect(readSerp(new URL('https://www.google.com/search?q=url+query'), withBox)!.query).toBe('edited query');
    const noBox = linkedomDoc('<input id="searchbox" name="q" value=""><div id="results"><div class="snippet" data-type="web"><a href="https://a.ir/"><div class="title">A</div></a></div></div>');
    expect(readSerp(new URL('https://search.brave.com/search?q=url+query'), noBox)!.query).toBe('url query');
  });
});
