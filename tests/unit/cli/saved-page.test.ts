/**
 * Pages as people save them from the browser, read by `vantage audit` and `vantage serp` without
 * `--url`: Chromium's "Webpage, Single File" (MHTML, written here by Chromium's own serializer:
 * scripts/make-mhtml.ts), and "Webpage, Complete", whose first line records the address.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readMhtml, savedFromUrl } from '../../../lib/cli/saved-page.ts';
import { encodeCodePage } from '../code-page.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SAVED = join(ROOT, 'tests/fixtures/saved');
const TMP = mkdtempSync(join(tmpdir(), 'vantage-saved-'));

function vantage(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('a page saved as "Webpage, Single File" (MHTML)', () => {
  it('vantage audit reads the page, not its frames, at the address the archive records', () => {
    const r = vantage('audit', join(SAVED, 'canvas-demo.mhtml'), '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { platform: string; url: string; title: string; description: string };
    expect(doc).toMatchObject({
      platform: 'canvas',
      url: 'https://vantage-demo.instructure.com/courses/101/assignments/2001',
      title: 'The Iranian Hostage Crisis: Two Sides of 444 Days',
    });
    expect(doc.description).toMatch(/^On November 4, 1979, students in Tehran/);
    // Quoted-printable undone: no "=3D" or soft line breaks in the text.
    expect(doc.description).not.toMatch(/=3D|=\n/);
    expect(doc.description).not.toContain('Text of a frame inside the page');
  });

  it('gives the same audit as the HTML it was saved from', () => {
    const fromHtml = JSON.parse(vantage('audit', join(ROOT, 'scripts/demo/assignment.html'), '--url', 'https://vantage-demo.instructure.com/courses/101/assignments/2001', '--json').out);
    const fromMhtml = JSON.parse(vantage('audit', join(SAVED, 'canvas-demo.mhtml'), '--json').out);
    expect(fromMhtml.questions).toEqual(fromHtml.questions);
    expect(fromMhtml.description).toBe(fromHtml.description);
  });

  it('vantage serp reads a saved Google page the same as its HTML', () => {
    const fromHtml = JSON.parse(vantage('serp', join(ROOT, '../shared/fixtures/serp/google-nojs-zlurad-google-nojs.html'), '--url', 'https://www.google.com/search?q=google', '--json').out);
    const r = vantage('serp', join(SAVED, 'google-nojs.mhtml'), '--json');
    expect(r.code).toBe(0);
    const fromMhtml = JSON.parse(r.out);
    expect(fromMhtml.results.length).toBeGreaterThan(5);
    expect(fromMhtml).toEqual(fromHtml);
  });

  it('--url still wins over the recorded address', () => {
    const r = vantage('audit', join(SAVED, 'canvas-demo.mhtml'), '--url', 'https://example.org/notes', '--json');
    expect(r.code).toBe(3);
    expect(JSON.parse(r.out)).toMatchObject({ platform: null, url: 'https://example.org/notes' });
  });

  it('an archive cut before its page: exit 2 with a message', () => {
    const whole = readFileSync(join(SAVED, 'canvas-demo.mhtml'), 'latin1');
    const file = join(TMP, 'cut.mhtml');
    writeFileSync(file, whole.slice(0, whole.indexOf('Content-Type: text/html')), 'latin1');
    const r = vantage('audit', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('is a web archive (MHTML) with no HTML page in it: it may be cut short.');
  });

  it('base64 parts and the charset a part declares', () => {
    const page = '<html><head><title>Работа</title></head><body><p>Лабораторная работа</p></body></html>';
    const bytes = encodeCodePage(page, 'windows-1251');
    const mhtml = [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://edu.example.ru/mod/assign/view.php?id=7',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      '\tboundary="----B--x----"',
      '',
      '',
      '------B--x----',
      'Content-Type: text/html; charset=windows-1251',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://edu.example.ru/mod/assign/view.php?id=7',
      '',
      Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\r\n'),
      '------B--x------',
      '',
    ].join('\r\n');
    const r = readMhtml(new TextEncoder().encode(mhtml));
    expect(r).toEqual({ html: page, url: 'https://edu.example.ru/mod/assign/view.php?id=7' });
  });

  it('is not mistaken for a page that merely begins with a header-like line', () => {
    expect(readMhtml(new TextEncoder().encode('Title: notes\n\n<html><body>x</body></html>'))).toBeNull();
    expect(readMhtml(new TextEncoder().encode('<!doctype html><html></html>'))).toBeNull();
  });
});

describe('a page saved as "Webpage, Complete" or "HTML only"', () => {
  it('its "saved from url" line gives the address, so --url may be left out', () => {
    const file = join(ROOT, 'tests/fixtures/lms/moodle/v43-student-es.html');
    expect(savedFromUrl(readFileSync(file, 'utf8'))).toBe('https://campus.ejemplo.edu.ar/moodle/mod/assign/view.php?id=8812');
    const r = vantage('audit', file, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ platform: 'moodle', url: 'https://campus.ejemplo.edu.ar/moodle/mod/assign/view.php?id=8812', language: 'es' });
  });

  it('a page that records no address still needs --url, and says why', () => {
    const r = vantage('audit', join(ROOT, 'scripts/demo/assignment.html'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--url <page url> is needed: adapters recognise a page by its address and its markup (this saved page does not record the address it was saved from).');
  });
});
