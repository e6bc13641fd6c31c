import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatName } from '../../../lib/cli/audit-package.ts';
import type { PackageFormat } from '../../../lib/package/types.ts';
import { fromCsv } from '../../../lib/records/csv.ts';
import { writeZip } from '../../../scripts/make-packages.ts';
import { FIXTURES, fixture, withBigMedia, writeSparse } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A real export checked in unzipped (fixtures/packages/real/), zipped with its manifest first. */
function zipRealFolder(name: string): Uint8Array {
  const root = `${FIXTURES}real/${name}/`;
  const names = readdirSync(root).filter((n) => statSync(root + n).isFile()).sort((a, b) => (a === 'imsmanifest.xml' ? -1 : b === 'imsmanifest.xml' ? 1 : a < b ? -1 : 1));
  return writeZip(names.map((n) => ({ name: n, data: new Uint8Array(readFileSync(root + n)) })));
}

function vantage(...args: Array<string | Record<string, string>>) {
  const env = args.find((a): a is Record<string, string> => typeof a === 'object');
  const argv = args.filter((a): a is string => typeof a === 'string');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', 'audit-package', ...argv], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('vantage audit-package (spawned)', () => {
  it('--json: one document with the package, every item with its questions, the errors and a summary; exit 0 despite item errors', () => {
    const r = vantage(`${FIXTURES}broken-item.imscc`, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.package).toBe('World History 10 (Period 3)');
    expect(doc.items.map((i: { title: string; kind: string }) => [i.kind, i.title])).toEqual([
      ['assignment', 'The 1979 Embassy Takeover: Two Sides of One Story'],
      ['page', 'Week 2 Project Brief: Local History Podcast'],
    ]);
    const item = doc.items[0];
    expect(item).toMatchObject({ id: 'i8f2c4a61d3b9e0f7a5c2d8e4b6f1a3c9', key: 'pkg:World History 10 (Period 3)/i8f2c4a61d3b9e0f7a5c2d8e4b6f1a3c9', language: 'en' });
    expect(item.questions.map((q: { id: number }) => q.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(item.score).toBe(item.questions.filter((q: { status: string }) => q.status === 'evident').length);
    expect(doc.errors.map((e: { item: string; message: string }) => e.item)).toEqual(['i1b7d9e3f5a2c4e6f8091a3b5c7d9e1f2', 'i6c0e2a4b8d1f3e5a7c9b2d4f6e8a0c1b']);
    expect(doc.errors[1].message).toMatch(/^missing file/);
    expect(doc.summary).toMatchObject({ items: 2, errors: 2, byKind: { assignment: 1, page: 1, discussion: 0 } });
  });

  it('--csv: the dashboard’s CSV (BOM, escaped cells) with package records, one row per item, importable back', () => {
    const r = vantage(`${FIXTURES}canvas-cc11.imscc`, '--csv');
    expect(r.code).toBe(0);
    expect(r.out.startsWith('\ufeffid,created,updated,')).toBe(true);
    const back = fromCsv(r.out);
    if (!back.ok) throw new Error(back.error);
    expect(back.records.map((x) => x.assignment.title)).toEqual([
      'The 1979 Embassy Takeover: Two Sides of One Story',
      'Week 2 Project Brief: Local History Podcast',
      'What counts as a reliable source?',
      'Water on the Nile: Position Paper',
      'Lab 4: Measuring Reaction Rates',
    ]);
    expect(back.records.every((x) => x.assignment.packageName === 'World History 10 (Period 3)')).toBe(true);
  });

  it('default: a readable summary with per-question counts and the error list', () => {
    const r = vantage(`${FIXTURES}broken-item.imscc`);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^World History 10 \(Period 3\) — Common Cartridge 1\.1\.0\nAudited 2 items \(1 assignment, 1 page\)/);
    expect(r.out).toMatch(/1\. Critical thinking on the web\s+\d+\s+\d+\s+\d+/);
    expect(r.out).toContain('2 items could not be read (the rest were audited):');
    expect(r.out).toContain('✗ Water on the Nile: Position Paper [i1b7d9e3f5a2c4e6f8091a3b5c7d9e1f2/assignment_settings.xml]: ');
  });

  it('exit 3 for a package without assignments, 2 with a message for files that are not course exports', () => {
    const none = vantage(`${FIXTURES}no-assignments.imscc`);
    expect(none.code).toBe(3);
    expect(none.out).toContain('No assignments found');
    for (const [file, message] of [
      ['bad-zip-bomb-ratio.imscc', /likely zip bomb: “web_resources\/padding\.txt”/],
      ['bad-wrong-kind.docx', /This is a Word document \(\.docx\), not a course export/],
    ] as const) {
      const r = vantage(`${FIXTURES}${file}`, '--json');
      expect(r.code, file).toBe(2);
      expect(r.out, file).toBe('');
      expect(r.err, file).toMatch(new RegExp(`^vantage: .*${file.replace('.', '\\.')}: `));
      expect(r.err, file).toMatch(message);
    }
    expect(vantage('/no/such/course.imscc').err).toMatch(/Cannot read \/no\/such\/course\.imscc: ENOENT/);
    expect(vantage(`${FIXTURES}canvas-cc11.imscc`, '--json', '--csv').code).toBe(2);
  });

  it('gives the same JSON with the analysis in worker threads as in one thread', () => {
    const one = vantage(`${FIXTURES}canvas-cc11.imscc`, '--json', '--jobs', '1');
    const two = vantage(`${FIXTURES}canvas-cc11.imscc`, '--json', '--jobs', '2');
    expect(two.code).toBe(0);
    expect(two.out).toBe(one.out);
  });

  it('a 2 GB export (its lecture video) is audited with memory to spare: the video is never read', () => {
    // Written sparse: the video's 2 GB are a hole in the file, on no disk.
    const parts = withBigMedia(fixture('cc13-plain.imscc'), 'web_resources/media/lecture.mp4', 2 * 1024 * 1024 * 1024);
    const big = join(mkdtempSync(join(tmpdir(), 'vantage-big-')), 'course-with-video.imscc');
    writeSparse(big, parts);
    const small = vantage(`${FIXTURES}cc13-plain.imscc`, '--json');
    const r = vantage(big, '--json', { VANTAGE_REPORT_RSS: '1' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).summary).toEqual(JSON.parse(small.out).summary);
    const rssKb = Number(/maxRSS=(\d+)/.exec(r.err)?.[1]);
    expect(rssKb).toBeGreaterThan(0);
    expect(rssKb).toBeLessThan(400 * 1024);
  });

  it('an export over the 16 GB limit: exit 2, the size in MB and what to do, before reading it', () => {
    // A sparse file: its size is real to stat, but it takes no disk and is never read.
    const big = join(mkdtempSync(join(tmpdir(), 'vantage-big-')), 'course.imscc');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 17 * 1024 * 1024 * 1024);
    closeSync(fd);
    const r = vantage(big, '--json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/course\.imscc is 17408 MB; the limit for a course export is 16384 MB\. Export the course without its media files/);
    expect(r.out).toBe('');
  });
});

describe('the origin named in the summary', () => {
  it('a Brightspace export in D2L’s own format is named as one, not left without a version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vantage-d2l-'));
    const file = join(dir, 'D2LExport_2939842.zip');
    writeFileSync(file, zipRealFolder('d2l-com216'));
    const r = vantage(file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^26FA DIGITAL MEDIA\/INFO IN SOCIETY COM216-01- 1594 — Brightspace \(D2L\) export\nAudited 2 items \(0 assignments, 2 discussions\)/);
  });

  it('a Blackboard Learn export in Blackboard’s own format is audited and named as one', () => {
    const r = vantage(join(ROOT, 'tests/fixtures/packages/blackboard-learn.zip'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^HIST 210: The Modern Middle East \(Spring 2026\) — Blackboard Learn export\nAudited 4 items \(1 assignment, 2 pages, 1 discussion\)/);
  });

  it('formatName: each kind of export by its own name', () => {
    expect(formatName({ version: null, root: '', kind: 'd2l-export' } as PackageFormat)).toBe('Brightspace (D2L) export');
    expect(formatName({ version: null, root: '', kind: 'blackboard-export' } as PackageFormat)).toBe('Blackboard Learn export');
    expect(formatName({ version: '4.3', root: '', kind: 'moodle-backup', container: 'tar.gz' } as PackageFormat)).toBe('Moodle 4.3 backup');
    expect(formatName({ version: '1.3.0', root: '' })).toBe('Common Cartridge 1.3.0');
    expect(formatName({ version: null, root: '' })).toBeNull();
  });
});
