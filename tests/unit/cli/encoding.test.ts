/**
 * The command line reads files as people have them, not only UTF-8: a text saved by Windows
 * Notepad as "Unicode" (UTF-16 with a byte-order mark), one saved as "ANSI" (Windows-1252), and a
 * page saved from a site that serves Windows-1251 and says so in its <meta>. Read as UTF-8, the
 * first was refused as binary and the others lost every accented letter and their language.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encodeCodePage } from '../code-page.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'vantage-enc-'));

function vantage(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const SPANISH =
  'Investigación sobre la Revolución Mexicana\n' +
  'Busca fuentes en sitios de México (site:mx) y compáralas con fuentes de otros países. ' +
  'Escribe una reflexión sobre cómo cambió tu opinión y publícala en el blog de la clase.';

describe('vantage reads files in the encodings people save them in', () => {
  it('a Notepad "Unicode" text (UTF-16LE with a byte-order mark) is audited, not refused as binary', () => {
    const file = join(TMP, 'utf16.txt');
    const body = Buffer.from(SPANISH, 'utf16le');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
    const r = vantage('audit', '--text', file, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { language: string; description: string; title: string };
    expect(doc.language).toBe('es');
    expect(`${doc.title}\n${doc.description}`).toContain('Revolución Mexicana');
  });

  it('a Windows-1252 ("ANSI") text keeps its accents and its language', () => {
    const file = join(TMP, 'ansi.txt');
    writeFileSync(file, encodeCodePage(SPANISH, 'windows-1252'));
    const r = vantage('audit', '--text', file, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { language: string; description: string; title: string };
    expect(doc.language).toBe('es');
    expect(`${doc.title}\n${doc.description}`).toContain('reflexión sobre cómo cambió');
    expect(r.out).not.toContain('\uFFFD');
  });

  it('a saved Moodle page in the Windows-1251 its <meta> declares reads as the same assignment', () => {
    const utf8 = readFileSync(join(ROOT, 'tests/fixtures/lms/moodle/real-stankin-v41-ru.html'), 'utf8');
    expect(utf8).toContain('charset=utf-8');
    const file = join(TMP, 'cp1251.html');
    writeFileSync(file, encodeCodePage(utf8.replace('charset=utf-8', 'charset=windows-1251'), 'windows-1251'));
    const r = vantage('audit', file, '--url', 'https://edu.stankin.ru/mod/assign/view.php?id=380903', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { platform: string; title: string; language: string };
    expect(doc).toMatchObject({ platform: 'moodle', title: 'Лабораторная работа № 3 «Регулярные выражения. Работа с Git»', language: 'ru' });
  });

  it('binary data is still refused with a message', () => {
    const file = join(TMP, 'image.txt');
    writeFileSync(file, Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52));
    const r = vantage('audit', '--text', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot be read as a text file: it contains binary data, not text.');
  });
});

describe('vantage audit --text reads handouts as the dashboard does', () => {
  const fixture = (name: string) => join(ROOT, 'tests/fixtures/documents', name);

  it('a teacher’s PDF and Word handouts are audited on their text; a PDF with no text says why, exit 2', () => {
    const pdf = vantage('audit', '--text', fixture('dataone-l10-legal-policy-exercise.pdf'), '--json');
    expect(pdf.code).toBe(0);
    const doc = JSON.parse(pdf.out) as { title: string; description: string; questions: Array<{ evidence: Array<{ text: string }> }> };
    expect(doc.title).toBe('Hands-on Activity 10: Legal and Policy Issues');
    expect(doc.description).toContain('\n2. Identify at least 3 issues which may limit your ability to share data.');
    expect(doc.questions.some((q) => q.evidence.length > 0)).toBe(true);
    const word = vantage('audit', '--text', fixture('espol-solid-instrucciones.docx'), '--json');
    expect(word.code).toBe(0);
    expect((JSON.parse(word.out) as { title: string }).title).toBe('Taller Principios SOLID');

    const junk = join(TMP, 'junk.pdf');
    writeFileSync(junk, '%PDF-1.4\nnothing else');
    const bad = vantage('audit', '--text', junk);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/junk\.pdf: junk\.pdf (?:is damaged|has no text)/);
  });
});
