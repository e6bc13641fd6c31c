/** "Audit this page" on pages no adapter knows, and "pick the assignment text". */
import { afterAll, describe, expect, it } from 'vitest';
import { readGeneric, readSelection, MIN_GENERIC_CHARS } from '../../../lib/lms/generic.ts';
import { closeHappyWindows, loadFixtures, parseHappy, parseLinkedom, plain } from './helpers.ts';

afterAll(closeHappyWindows);

describe('readGeneric', () => {
  for (const f of loadFixtures('_generic')) {
    it(`${f.file} reads ${f.expected ? `"${f.expected.title}"` : 'as null'} with linkedom and happy-dom alike`, () => {
      const a = readGeneric(f.url, parseLinkedom(f.html));
      const b = readGeneric(f.url, parseHappy(f.html, f.url));
      expect(plain(b)).toEqual(plain(a));
      if (!f.expected) {
        expect(a).toBeNull();
        return;
      }
      expect(a).not.toBeNull();
      expect(a!.platform).toBeNull();
      expect(a!.view).toBe('view');
      expect(a!.url).toBe(f.url.href);
      expect(a!.title).toBe(f.expected.title);
      expect(a!.description.startsWith(f.expected.descriptionStartsWith), a!.description.slice(0, 200)).toBe(true);
      expect(a!.language).toBe(f.expected.language);
      expect(a!.descriptionRoot).toBeTruthy();
      // Navigation, footers and post metadata are not the assignment.
      expect(a!.description).not.toMatch(/Proudly powered|Skip to content|Previous post|Report abuse/);
    });
  }

  it('returns null for an empty page and never throws on junk', () => {
    const url = new URL('https://example.org/');
    for (const html of ['', '<html>', '<body>' + '<div>'.repeat(3_000), '\u0000garbage']) {
      expect(() => readGeneric(url, parseLinkedom(html))).not.toThrow();
      expect(readGeneric(url, parseLinkedom(html))).toBeNull();
    }
  });

  it('needs at least MIN_GENERIC_CHARS of text', () => {
    const url = new URL('https://example.org/a');
    const short = parseLinkedom(`<html><body><main><p>${'x'.repeat(MIN_GENERIC_CHARS - 1)}</p></main></body></html>`);
    const long = parseLinkedom(`<html><head><title>T</title></head><body><main><p>${'word '.repeat(MIN_GENERIC_CHARS)}</p></main></body></html>`);
    expect(readGeneric(url, short)).toBeNull();
    expect(readGeneric(url, long)?.title).toBe('T');
  });
});

describe('readSelection', () => {
  it('wraps selected text with the given title', () => {
    const r = readSelection('  Compare two newspapers\n\n from different countries.  ', 'https://example.org/page', 'My task');
    expect(r).toEqual({ platform: null, url: 'https://example.org/page', view: 'view', title: 'My task', description: 'Compare two newspapers\nfrom different countries.' });
  });

  it("titles an untitled selection with its first line, shortened", () => {
    const r = readSelection(`${'A very long first line '.repeat(10)}\nsecond`, new URL('https://example.org/'));
    expect(r!.title.length).toBeLessThanOrEqual(120);
    expect(r!.title.endsWith('…')).toBe(true);
  });

  it('returns null for a selection too short to be an assignment, and tolerates a bad URL', () => {
    expect(readSelection('ok', 'https://example.org/')).toBeNull();
    expect(readSelection('Write about two sources from two countries.', 'not a url')?.url).toBe('');
  });
});
