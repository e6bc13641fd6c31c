/**
 * Classroom pages of the 2020 generation mount views as `div[data-view-id]` with no
 * `body > c-wiz`: the adapter reads the visible one, and nothing while the Drive file viewer hides
 * it. Pages built from tests/fixtures/lms/classroom/ (the real July 2020 announcement and the
 * assignment reconstructed from it).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { activeView, classroom } from '../../../lib/lms/classroom.ts';
import { closeHappyWindows, loadFixtures, parseHappy, parseLinkedom, type Fixture } from './helpers.ts';

afterAll(closeHappyWindows);

const fixtures = loadFixtures('classroom');
const assignment = fixtures.find((f) => f.file === 'details-2020.html')!;
const announcement = fixtures.find((f) => f.file === 'real-2020-announcement-details-viewer-open.html')!;

const parsers = [
  ['linkedom', (html: string) => parseLinkedom(html)],
  ['happy-dom', (html: string) => parseHappy(html, assignment.url)],
] as const;

/** The real page's file viewer, as Classroom opens it: the dialog last in body, every sibling aria-hidden. */
function withViewerOpen(f: Fixture, html: string): string {
  const dialog = announcement.html.slice(announcement.html.indexOf('<div class="ndfHFb-c4YZDc '), announcement.html.lastIndexOf('</body>'));
  expect(dialog).toContain('role="dialog"');
  const doc = parseLinkedom(html);
  for (const el of Array.from(doc.body.children)) el.setAttribute('aria-hidden', 'true');
  return `<!-- saved from url=(0000)${f.url.href} -->\n` + doc.documentElement.outerHTML.replace('</body>', `${dialog}</body>`);
}

describe.each(parsers)('Classroom 2020 views (%s)', (_name, parse) => {
  it('reads the assignment from the visible data-view-id view', () => {
    const doc = parse(assignment.html);
    expect(activeView(doc)?.getAttribute('data-view-id')).toBe('28');
    const reading = classroom.read(assignment.url, doc);
    expect(reading?.title).toBe('Partition of 1947: two newspapers, two stories');
    // The points and due line, the attachments and the comments box are not the instructions.
    expect(reading?.description).toMatch(/^Read the two attached articles[^]*and why\?$/);
  });

  it('reads nothing while the file viewer hides the view, so the page is read again later', () => {
    const doc = parse(withViewerOpen(assignment, assignment.html));
    expect(doc.querySelector('[data-view-id]')).not.toBeNull();
    expect(activeView(doc)).toBeNull();
    expect(classroom.read(assignment.url, doc)).toBeNull();
  });

  it('refuses the real announcement by its /p/ address, even once its view is visible', () => {
    const html = announcement.html.replace('<div class="v7wOcf ZGnOx" aria-hidden="true">', '<div class="v7wOcf ZGnOx">');
    const doc = parse(html);
    expect(activeView(doc)?.getAttribute('data-view-id')).toBe('28');
    expect(classroom.matchUrl(announcement.url)).toBe(false);
    expect(classroom.read(announcement.url, doc)).toBeNull();
    // At an assignment's address the same page would be read: the URL is what refuses it.
    expect(classroom.read(assignment.url, doc)?.title).toBe('Recording Link Of 22-July-20');
  });

  it('takes the last visible outermost view: a hidden later view and nested views do not count', () => {
    const page = (views: string) => parse(`<html><body><nav><h1>Course</h1></nav><div class="box">${views}</div></body></html>`);
    const details = '<div data-view-id="28"><h1>Two maps of Kashmir</h1><div data-view-id="9"><p>Compare the two maps in the attachments, one from each side.</p></div></div>';
    const stream = '<div data-view-id="3" aria-hidden="true"><h1>Stream</h1><p>An older view, still mounted but hidden from people.</p></div>';
    const doc = page(details + stream);
    expect(activeView(doc)?.getAttribute('data-view-id')).toBe('28');
    expect(classroom.read(assignment.url, doc)).toMatchObject({ title: 'Two maps of Kashmir', description: 'Compare the two maps in the attachments, one from each side.' });
  });

  it('keeps c-wiz first: with any body > c-wiz, data-view-id elements are not a fallback', () => {
    const cwiz = (hidden: boolean) => `<c-wiz${hidden ? ' aria-hidden="true"' : ''}><h1>From c-wiz</h1><p>The instructions as the current Classroom mounts them.</p></c-wiz>`;
    const older = '<div data-view-id="28"><h1>From data-view-id</h1><p>The instructions as Classroom mounted them in 2020.</p></div>';
    expect(classroom.read(assignment.url, parse(`<html><body>${older}${cwiz(false)}</body></html>`))?.title).toBe('From c-wiz');
    // Only hidden c-wiz: the page is still rendering, read again later.
    expect(classroom.read(assignment.url, parse(`<html><body>${older}${cwiz(true)}</body></html>`))).toBeNull();
  });
});
