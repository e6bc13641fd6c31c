import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../lib/cli/io.ts';
import { decodeHtmlEntities, htmlToText } from '../../../lib/package/html-text.ts';
import { oneLine } from '../../../lib/package/mbz/backup.ts';
import { cleanTitle } from '../../../lib/package/readers/common.ts';
import { FIXTURES } from './helpers.ts';

describe('htmlToText', () => {
  it('turns a Canvas-exported assignment page into lines, with the title kept apart', () => {
    const html = readFileSync(`${FIXTURES}src/canvas-cc11/i8f2c4a61d3b9e0f7a5c2d8e4b6f1a3c9/the-1979-embassy-takeover-two-sides-of-one-story.html`, 'utf8');
    const r = htmlToText(html);
    expect(r.title).toBe('Assignment: The 1979 Embassy Takeover: Two Sides of One Story');
    const lines = r.text.split('\n');
    expect(lines[0]).toBe('In this assignment you will investigate how the 1979 takeover of the U.S. Embassy in Tehran is remembered in the United States and in Iran.');
    expect(lines).toContain('Instructions');
    expect(lines).toContain('Compare the words each side uses: American sources say “hostage crisis”; Iranian sources often say “conquest of the American spy den”.');
    expect(lines).toContain('Write a 600–800 word essay that explains why the two accounts differ.');
    // Alt text is content a reader gets; &nbsp; is a space.
    expect(r.text).toContain('Submit your essay as a PDF by Friday. It will be graded');
    expect(r.text).toContain('Crowd outside the embassy gates, November 1979');
  });

  it('keeps every character of a DOM’s body textContent (linkedom and happy-dom), in order, for the fixture pages', () => {
    // textContent glues blocks together ("mapCreate"); we break them into lines, so compare without whitespace.
    const squash = (s: string) => s.replace(/\s+/g, '');
    for (const file of [
      'src/canvas-cc11/wiki_content/week-2-project-brief-local-history-podcast.html',
      'src/moodle-cc11/i_6a3b0d2f/silk_road_trade_map.html',
      'src/blackboard-cc12/res00002/Research_Paper_Renewable_Energy_in_Kenya.html',
    ]) {
      const html = readFileSync(FIXTURES + file, 'utf8');
      const ours = squash(htmlToText(html).text);
      const linked = parseHtmlDocument(html).querySelector('body')!.textContent ?? '';
      expect(ours, file).toBe(squash(linked));
      const w = new Window({ url: 'https://example.org/' });
      const doc = new w.DOMParser().parseFromString(html, 'text/html');
      expect(ours, file).toBe(squash(doc.querySelector('body')!.textContent ?? ''));
      w.close();
    }
  });

  it('drops scripts, styles, comments and the head, and never runs anything', () => {
    const r = htmlToText(`<!DOCTYPE html><html lang="es-MX"><head><title>T</title><style>p{color:red}</style>
      <script>document.write("<p>injected</p>")</script></head>
      <body><!-- teacher note: hide --><p>Lee el capítulo 3.</p><script>alert(1)</script><noscript>Enable JS</noscript>
      <template><p>hidden</p></template><p>Escribe un resumen.</p></body></html>`);
    expect(r).toEqual({ title: 'T', text: 'Lee el capítulo 3.\nEscribe un resumen.', lang: 'es-MX' });
  });

  it('copes with unclosed tags, bare “<” and a script that never ends', () => {
    expect(htmlToText('<p>Compare a < b and b > c<p>next').text).toBe('Compare a < b and b > c\nnext');
    expect(htmlToText('<p>Before</p><script>var x = "</p>";').text).toBe('Before');
    expect(htmlToText('<head><title>x</title><p>Body without a body tag</p>').text).toBe('Body without a body tag');
    expect(htmlToText('').text).toBe('');
  });

  it('leaves out what no student sees (display:none, hidden) but keeps content a show/hide control opens', () => {
    // DesignPLUS pages in Canvas (andrewpetraccabc/Formacion-Testing, wiki_content/dia-primero.html).
    const kl = '<div id="kl_content_block_1"><p class="kl_module_progress_icons" style="display: none;">Icon Progress Bar/Navigation (built in browser, hidden in app)</p><h3>Descripción</h3><p>Toma tu tiempo.</p></div>';
    expect(htmlToText(kl).text).toBe('Descripción\nToma tu tiempo.');
    expect(htmlToText('<div style="color:red;display:none"><div>a</div><div>b</div></div><p hidden>c</p><p class="hidden-xs" title="hidden">kept</p>').text).toBe('kept');
    // Canvas's element_toggler: the target has an id and opens on a click.
    expect(htmlToText('<a class="element_toggler" aria-controls="rubric">Rubric</a><div id="rubric" style="display: none;">4 points: two sources</div>').text).toBe('Rubric\n4 points: two sources');
    expect(htmlToText('<div style="display:none">never closed<p>rest</p>').text).toBe('never closed\nrest');
  });

  it('drops zero-width spaces that editors leave at the ends of lines and titles', () => {
    // LINCS/course-universal-design-for-learning-making-math-matter (Moodle 3.9), page_9710: the
    // page's name is "\u200b\u200bModule Goals" and its paragraphs end in a zero-width space.
    expect(htmlToText('<p>Our Purpose: improve math instruction. \u200b</p><p>\u200bYour Task: explore strategies.</p>').text).toBe(
      'Our Purpose: improve math instruction.\nYour Task: explore strategies.',
    );
    expect(oneLine('\u200b\u200bModule Goals')).toBe('Module Goals');
    expect(cleanTitle('\u200bModule Goals\u200b')).toBe('Module Goals');
  });

  it('keeps an image’s alternative text, but not the file name Canvas fills in when the teacher wrote none', () => {
    // As in a real Canvas course (nelsonlopezjimenez/2025-question-banks-export): "logo_medium.png" opened the prompt.
    const html = '<p><img src="a.png" alt="logo_medium.png"><img src="b.png" alt="Course Evaluation Certificate.PNG">Week 1 - Introduce Yourself</p><p><img src="c.png" alt="A map of the Nile basin"></p>';
    expect(htmlToText(html).text.split('\n')).toEqual(['Week 1 - Introduce Yourself', 'A map of the Nile basin']);
  });

  it('separates table cells and list items', () => {
    expect(htmlToText('<table><tr><td>Week 1</td><td>Essay</td></tr><tr><td>Week 2</td><td>Podcast</td></tr></table><ul><li>one</li><li>two</li></ul>').text).toBe(
      'Week 1 Essay\nWeek 2 Podcast\none\ntwo',
    );
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes the references teachers’ editors write, and leaves unknown ones alone', () => {
    expect(decodeHtmlEntities('caf&eacute; &amp; t&#233; &#x1F30D; &ntilde; &hellip; &bogus; &constructor;')).toBe('café & té 🌍 ñ … &bogus; &constructor;');
    expect(decodeHtmlEntities('AT&T &copy 2024')).toBe('AT&T © 2024');
    expect(decodeHtmlEntities('&#0; &#xD800;')).toBe('\uFFFD \uFFFD');
  });
});
