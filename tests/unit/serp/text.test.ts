/** Titles and queries are untrusted text: what the reader keeps of them. */
import { describe, expect, it } from 'vitest';
import { cleanText, elementText, MAX_TITLE_CHARS } from '../../../lib/serp/text.ts';
import { boxQuery, decodeEntities } from '../../../lib/serp/dom.ts';
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
