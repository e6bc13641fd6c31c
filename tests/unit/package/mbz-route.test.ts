/**
 * A Moodle backup given where course exports are taken (readPackage, the command line) is read as
 * the backup it is: both containers, a zip whose media the cartridge caps would refuse, and the
 * command line's summary naming it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openMoodleBackup } from '../../../lib/package/mbz/index.ts';
import { readPackage } from '../../../lib/package/read.ts';
import { MBZ_FIXTURES, virtualSource, withBigMedia } from '../../../scripts/make-packages.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const mbz = (name: string) => new Uint8Array(readFileSync(`${MBZ_FIXTURES}/${name}`));

function direct(bytes: Uint8Array) {
  const r = openMoodleBackup(bytes);
  if (!r.ok) throw new Error(r.error);
  return r.pkg.candidates.map((c) => r.pkg.read(c)).flatMap((x) => ('item' in x ? [x.item] : []));
}

describe('readPackage on a Moodle backup', () => {
  it.each(['moodle43-rivers.mbz', 'moodle39-civics.mbz', 'moodle41-agua-es.mbz'])('%s: the backup reader’s items, in its order', (name) => {
    const bytes = mbz(name);
    const r = readPackage(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.format).toMatchObject({ kind: 'moodle-backup' });
    expect(r.items.length).toBeGreaterThan(0);
    expect(r.items).toEqual(direct(bytes));
  });

  it('a zip backup with a 3 GB video named by its hash (no extension, so the cartridge caps count it) is still read', () => {
    const parts = withBigMedia(mbz('moodle39-civics.mbz'), 'files/9f/9f3c1a2b4d5e6f708192a3b4c5d6e7f809a1b2c3', 3_000_000_000);
    const r = readPackage(virtualSource(parts));
    expect(r.ok && r.items).toEqual(direct(mbz('moodle39-civics.mbz')));
  });

  it('a cartridge with an over-cap file is still refused by the cartridge caps', () => {
    const parts = withBigMedia(readFileSync(join(ROOT, 'tests/fixtures/packages/cc13-plain.imscc')), 'course/notes-export.html', 300 * 1024 * 1024);
    const r = readPackage(virtualSource(parts));
    expect(r.ok ? 'read' : r.error).toMatch(/notes-export\.html.*declares .*the limit for one file is/);
  });
});

describe('vantage audit-package on a Moodle backup', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', 'audit-package', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

  it('names the backup and its Moodle release, and audits its assignments', () => {
    const r = run(join(MBZ_FIXTURES, 'moodle43-rivers.mbz'));
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Rivers and Empires (World History 10) — Moodle 4.3 backup');
    expect(r.stdout).toMatch(/Audited 5 items \(2 assignments, 1 page, 2 discussions\)/);
  });

  it('--json carries the items with their Moodle ids', () => {
    const r = run(join(MBZ_FIXTURES, 'moodle41-agua-es.mbz'), '--json');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { format: { kind: string }; items: { id: string; language: string }[] };
    expect(doc.format.kind).toBe('moodle-backup');
    expect(doc.items.map((i) => i.id).every((id) => /^[a-z]+_\d+$/.test(id))).toBe(true);
    expect(doc.items[0]!.language).toBe('es');
  });

  it('a gzip bomb: exit 2 with the reason', () => {
    const r = run(join(MBZ_FIXTURES, 'bad-gzip-bomb.mbz'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/refused as a likely gzip bomb/);
  });
});
