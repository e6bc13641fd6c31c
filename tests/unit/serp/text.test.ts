/** Titles and queries are untrusted text: what the reader keeps of them. */
import { describe, expect, it } from 'vitest';
import { cleanText, elementText, MAX_TITLE_CHARS } from '../../../lib/serp/text.ts';
import { boxQuery, decodeEntities, isCleanText, paramQuery } from '../../../lib/serp/dom.ts';
import { linkedomDoc, happyDoc } from './fixtures.ts';

describe('cleanText', () => {
  it('removes bidi overrides, isolates, marks and zero-width characters', () => {
    expect(cleanText('\u202Egnp.exe\u202C safe\u2066x\u2069 \u200Bz\u200F')).toBe('gnp.exe safex z');
  });
  it('collapses whitespace and caps the length with an ellipsis', () => {
    expect(cleanText('  a \n\t b  ')).toBe('a b');
    const long = cleanText('x'.repeat(1000));
    expect(long.length).toBe(MAX_TITLE_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('elementText', () => {
  const html = '<h3 id="t">Title<script>alert(1)</script><style>.a{}</style> &lt;b&gt;x&lt;/b&gt;</h3><h3 id="c"><em>number</em>是什么意思<div>第二行</div></h3>';
  it('skips scripts and styles, keeps entities as text, never markup', () => {
    const doc = linkedomDoc(html);
    expect(elementText(doc.getElementById('t'))).toBe('Title <b>x</b>');
  });
  it('adds spaces at block boundaries but not around inline tags (CJK titles)', () => {
    const doc = linkedomDoc(html);
    expect(elementText(doc.getElementById('c'))).toBe('number是什么意思 第二行');
  });
  it('reads the same through happy-dom', async () => {
    const { doc, close } = happyDoc(html, 'https://x.test/');
    expect(elementText(doc.getElementById('t'))).toBe('Title <b>x</b>');
    await close();
  });
});

describe('search box', () => {
  it('decodes the textarea text linkedom leaves encoded, once', () => {
    const doc = linkedomDoc('<textarea name="q">a&amp;b &#x202E;c&lt;</textarea>');
    expect(boxQuery(doc, ['textarea[name="q"]'])).toBe('a&b c<');
    expect(decodeEntities('&amp;amp; &#0; &#xD800; &bogus;')).toBe('&amp; &#0; &#xD800; &bogus;');
  });
  it('skips hidden inputs (Google puts a captcha token in one named q)', () => {
    const doc = linkedomDoc('<input type="hidden" name="q" value="TOKEN"><input type="text" name="q" value="real query">');
    expect(boxQuery(doc, ['input[name="q"]'])).toBe('real query');
  });
});

describe('isCleanText: the fast path that skips cleanText for a query that needs no cleaning', () => {
  // The result-page script trusts a query isCleanText accepts as it is; it must never accept one
  // that cleanText would change, or a bidi override in the address would reach the summary.
  it('accepts a text only when cleanText would return it unchanged, for every single UTF-16 unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `${ch}${ch}`]) {
        if (isCleanText(text, 500)) expect(cleanText(text, 500), `U+${c.toString(16)} in ${JSON.stringify(text)}`).toBe(text);
      }
    }
  });
  it('accepts ordinary queries and refuses the length cap, edge spaces and double spaces', () => {
    expect(isCleanText('iran hostage crisis', 500)).toBe(true);
    expect(isCleanText('crisis de los rehenes en Irán', 500)).toBe(true);
    expect(isCleanText('x'.repeat(501), 500)).toBe(false);
    expect(isCleanText(' iran', 500)).toBe(false);
    expect(isCleanText('iran ', 500)).toBe(false);
    expect(isCleanText('iran  crisis', 500)).toBe(false);
    expect(isCleanText('', 500)).toBe(false);
  });
  it('leaves the query read from an address the same as cleanText makes it', () => {
    const url = new URL('https://www.google.com/search?q=%E2%80%AEgnp.exe%E2%80%AC+iran&hl=en');
    expect(paramQuery(url, ['q'])).toBe('gnp.exe iran');
    expect(paramQuery(new URL('https://www.google.com/search?q=iran+hostage+crisis'), ['q'])).toBe('iran hostage crisis');
  });
});
