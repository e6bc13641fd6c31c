/** Markup -> text, as the adapters and the analysis depend on it. */
import { afterAll, describe, expect, it } from 'vitest';
import { elementText, htmlToText, editorHtml, normalizeText, MAX_TEXT_CHARS } from '../../../lib/lms/text.ts';
import { closeHappyWindows, parseHappy, parseLinkedom } from './helpers.ts';

afterAll(closeHappyWindows);

const URL_ = new URL('https://example.edu/');
const docs = [
  ['linkedom', (html: string) => parseLinkedom(html)],
  ['happy-dom', (html: string) => parseHappy(html, URL_)],
] as const;

describe.each(docs)('elementText (%s)', (_name, parse) => {
  const body = (inner: string) => parse(`<!DOCTYPE html><html><body><div id="r">${inner}</div></body></html>`).querySelector('#r')!;

  it('turns blocks and <br> into line breaks and collapses whitespace', () => {
    expect(elementText(body('<h3>Task</h3><p>Read   the\n  article.</p><p>Then<br>write.</p>'))).toBe('Task\nRead the article.\nThen\nwrite.');
  });

  it('keeps list items on their own lines', () => {
    expect(elementText(body('<ul><li>one</li><li>two <b>bold</b></li></ul><ol><li>three</li></ol>'))).toBe('one\ntwo bold\nthree');
  });

  it('keeps table cells apart on one line per row', () => {
    expect(elementText(body('<table><tr><th>Criterion</th><th>Points</th></tr><tr><td>Sources</td><td>30</td></tr></table>'))).toBe('Criterion | Points\nSources | 30');
  });

  it('leaves out scripts, styles, templates, controls and screen-reader duplicates', () => {
    const text = elementText(body('<p>Visible <a href="https://x.org">link<span class="screenreader-only">Links to an external site.</span></a></p><script>var secret = 1;</script><style>p{color:red}</style><noscript>Enable JS</noscript><template><p>tpl</p></template><button>Submit</button><textarea>draft</textarea><span class="sr-only">skip</span><div hidden>hidden</div><div style="display: none">gone</div><span aria-hidden="true">icon</span>'));
    expect(text).toBe('Visible link');
  });

  it('treats non-breaking and odd spaces as spaces', () => {
    expect(elementText(body('<p>a&nbsp;&nbsp;b\u2003c\u200bd</p>'))).toBe('a b c d');
  });

  it('survives nesting deeper than the call stack', () => {
    const depth = 15_000;
    const el = body('<b>'.repeat(depth) + 'deep' + '</b>'.repeat(depth));
    expect(elementText(el)).toBe('deep');
  });

  it('stops at the character limit', () => {
    const text = elementText(body(`<p>${'x'.repeat(50)}</p>`.repeat(5_000)), { maxChars: 1_000 });
    expect(text.length).toBeLessThanOrEqual(1_000);
  });

  it('returns an empty string for nothing', () => {
    expect(elementText(null)).toBe('');
    expect(elementText(body(''))).toBe('');
  });
});

describe.each(docs)('htmlToText (%s)', (_name, parse) => {
  it('reads HTML given as data without inserting it into the page', () => {
    const doc = parse('<!DOCTYPE html><html><body><main id="m"><p>page</p></main></body></html>');
    const before = doc.querySelectorAll('*').length;
    const text = htmlToText('<p>Hi <b>there</b></p><script>globalThis.__lmsPwned = true</script><img src="x" onerror="globalThis.__lmsPwned = true"><a href="javascript:globalThis.__lmsPwned=true">click</a>', doc);
    expect(text).toBe('Hi there\nclick');
    expect(doc.querySelectorAll('*').length).toBe(before);
    expect((globalThis as Record<string, unknown>).__lmsPwned).toBeUndefined();
  });

  it('caps what it returns for huge input', () => {
    const doc = parse('<html><body></body></html>');
    const text = htmlToText(`<p>${'word '.repeat(200)}</p>`.repeat(3_000), doc);
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(text.startsWith('word word')).toBe(true);
  });

  it('returns an empty string for empty or broken HTML', () => {
    const doc = parse('<html><body></body></html>');
    expect(htmlToText('', doc)).toBe('');
    expect(htmlToText('<p>unclosed <b>bold', doc)).toBe('unclosed bold');
  });
});

describe('editorHtml', () => {
  it('decodes a textarea value a parser left encoded, and leaves decoded ones alone', () => {
    const doc = parseLinkedom('<html><body></body></html>');
    expect(editorHtml('&lt;p&gt;A &amp;amp; B&lt;/p&gt;', doc)).toBe('<p>A &amp; B</p>');
    expect(editorHtml('<p>A &amp; B</p>', doc)).toBe('<p>A &amp; B</p>');
    expect(editorHtml('plain text', doc)).toBe('plain text');
  });
});

describe('normalizeText', () => {
  it('keeps line breaks, drops empty lines, trims', () => {
    expect(normalizeText('  a  \r\n\r\n\t b \n')).toBe('a\nb');
  });
});
