/**
 * Pages as they arrive in the wild: descriptions missing, HTML cut off mid-download, a 5 MB
 * description, and hostile markup in the teacher's text. Adapters never throw, text stays text.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ADAPTERS, detect } from '../../../lib/lms/index.ts';
import { MAX_TEXT_CHARS } from '../../../lib/lms/text.ts';
import { closeHappyWindows, loadFixtures, parseHappy, parseLinkedom, type Fixture } from './helpers.ts';

afterAll(closeHappyWindows);

interface Case {
  platform: string;
  /** A positive fixture of the platform. */
  file: string;
  /** Source text inside the description, after which test content is inserted. */
  marker: string;
  /** The description is HTML-escaped inside an attribute (Brightspace's d2l-html-block). */
  escaped?: boolean;
  /** Selector of the element holding the description, removed for the "missing" case. */
  description: string;
}

const CASES: Case[] = [
  { platform: 'canvas', file: 'classic-student.html', marker: 'In this assignment you will compare', description: '.description.user_content' },
  { platform: 'canvas', file: 'a2-student.html', marker: 'Watch the two short news clips', description: '[data-testid="assignments-2-assignment-description"]' },
  { platform: 'moodle', file: 'v41-boost-teacher.html', marker: 'Pick one poster', description: '#intro' },
  { platform: 'moodle', file: 'v3-classic-student-pl.html', marker: 'Sieć Petriego</a> to', description: '#intro' },
  { platform: 'classroom', file: 'student-details.html', marker: 'In 1979 newspapers', description: '[jsname="rQC7Ie"]' },
  { platform: 'schoology', file: 'student.html', marker: 'Choose <strong>one</strong>', description: '.info-body' },
  { platform: 'blackboard', file: 'original-upload-student.html', marker: 'Buscarán el módulo 12.', description: '#instructionId' },
  { platform: 'blackboard', file: 'ultra-peek-student.html', marker: 'Norway and Nigeria are both', description: '.assessment-instructions' },
  { platform: 'brightspace', file: 'student-submit.html', marker: 'explore techniques', escaped: true, description: 'd2l-html-block' },
  { platform: 'brightspace', file: 'student-submit-template.html', marker: 'Pick a news story', description: 'd2l-html-block' },
];

const HOSTILE =
  '<script>globalThis.__lmsPwned = true; document.title = "pwned"</script>' +
  '<img src="x" onerror="globalThis.__lmsPwned = true">' +
  '<a href="javascript:globalThis.__lmsPwned = true">hostile link</a>' +
  '<style>body{display:none}</style><iframe srcdoc="&lt;script&gt;parent.__lmsPwned=1&lt;/script&gt;"></iframe>';

function fixture(c: Case): Fixture {
  const f = loadFixtures(c.platform).find((x) => x.file === c.file);
  if (!f) throw new Error(`missing fixture ${c.platform}/${c.file}`);
  if (!f.html.includes(c.marker)) throw new Error(`marker "${c.marker}" not in ${c.platform}/${c.file}`);
  return f;
}

function inject(c: Case, html: string, payload: string): string {
  const text = c.escaped ? payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;') : payload;
  return html.replace(c.marker, `${c.marker} ${text}`);
}

describe.each(CASES)('$platform/$file', (c) => {
  const f = fixture(c);
  const expected = f.expected!;

  it('reads an empty description when the description is missing', () => {
    const doc = parseLinkedom(f.html);
    doc.querySelectorAll(c.description).forEach((el) => el.remove());
    const reading = detect(f.url, doc);
    if (reading) {
      expect(reading.platform).toBe(c.platform);
      expect(reading.title).toBe(expected.title);
      expect(reading.description).not.toContain(expected.descriptionStartsWith.slice(0, 30));
    }
  });

  it('never throws on HTML cut off at any point', () => {
    for (const cut of [0, 0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95]) {
      const html = f.html.slice(0, Math.floor(f.html.length * cut));
      for (const doc of [parseLinkedom(html), parseHappy(html, f.url)]) {
        for (const a of ADAPTERS) expect(() => a.read(f.url, doc)).not.toThrow();
        const reading = detect(f.url, doc);
        if (reading) expect(reading.platform).toBe(c.platform);
      }
    }
  });

  it('caps a 5 MB description and keeps its beginning', () => {
    const html = inject(c, f.html, 'word '.repeat(1_000_000));
    const reading = detect(f.url, parseLinkedom(html));
    expect(reading).not.toBeNull();
    expect(reading!.title).toBe(expected.title);
    expect(reading!.description.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    // The teacher's opening words come first, then the inserted flood.
    expect(reading!.description.startsWith(expected.descriptionStartsWith.slice(0, 8))).toBe(true);
    expect(reading!.description.slice(0, 300)).toContain('word word word');
  }, 60_000);

  it('reads hostile markup as text and runs none of it', () => {
    const html = inject(c, f.html, HOSTILE);
    for (const doc of [parseLinkedom(html), parseHappy(html, f.url)]) {
      const count = doc.querySelectorAll('*').length;
      const reading = detect(f.url, doc);
      expect(reading).not.toBeNull();
      expect(reading!.description).toContain('hostile link');
      expect(reading!.description).not.toMatch(/__lmsPwned|onerror|<script|body\{/);
      expect(doc.querySelectorAll('*').length).toBe(count);
      expect(doc.title).not.toBe('pwned');
    }
    expect((globalThis as Record<string, unknown>).__lmsPwned).toBeUndefined();
  });
});

describe('documents that are barely documents', () => {
  const urls = ADAPTERS.flatMap((a) => a.exampleUrls.map((u) => new URL(u)));
  const pages = ['', '<html>', '<html><head></head></html>', '\u0000\u0001binary\uFFFD', '<body>' + '<div>'.repeat(5_000) + 'x', '<!DOCTYPE html><html><body><c-wiz></c-wiz></body></html>'];

  it.each(pages.map((p, i) => [i, p]))('page #%i reads as null for every adapter URL', (_i, page) => {
    for (const doc of [parseLinkedom(page as string), parseHappy(page as string, new URL('https://example.org/'))]) {
      for (const url of urls) {
        expect(() => detect(url, doc)).not.toThrow();
        expect(detect(url, doc)).toBeNull();
      }
    }
  });
});

describe('the "no description" placeholder', () => {
  it("is read as an empty description on Canvas (it is Canvas's text, not the teacher's)", () => {
    const f = loadFixtures('canvas').find((x) => x.file === 'classic-teacher.html')!;
    const doc = parseLinkedom(f.html);
    doc.querySelector('.description.user_content')!.textContent = 'No additional details were added for this assignment.';
    const reading = detect(f.url, doc);
    expect(reading?.description).toBe('');
    expect(reading?.descriptionRoot).toBeUndefined();
  });
});
