/**
 * A multi-gigabyte Moodle backup (gzip-compressed tar with a 2 GiB lecture video in `files/`,
 * before `moodle_backup.xml` in the archive) opened from a file in a separate process: the whole
 * stream is inflated once, the video dropped as it passes, and the reading is the small backup's,
 * with memory under the same cap as the 2 GB cartridge test.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupEntries, tarHeader, writeTar } from '../../../scripts/make-packages.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const VIDEO = 2 * 1024 * 1024 * 1024;
const VIDEO_NAME = 'files/5e/5e8f0c3a9b1d2e4f6a7b8c9d0e1f2a3b4c5d6e7f';

/**
 * Writes the backup through zlib as a stream: the video is a 32,000-byte block of noise repeated,
 * which deflate stores as back-references about 80× smaller (real video barely compresses; this
 * keeps the file at ~25 MB while every one of its 2 GiB still has to be inflated to be passed).
 */
async function writeBigBackup(file: string): Promise<void> {
  const entries = backupEntries('moodle43-rivers');
  const at = entries.findIndex((e) => e.name > VIDEO_NAME);
  const before = writeTar(entries.slice(0, at));
  const after = writeTar(entries.slice(at));
  const gz = createGzip({ level: 1 });
  const done = new Promise<void>((resolve, reject) => {
    gz.pipe(createWriteStream(file)).on('finish', resolve).on('error', reject);
  });
  const write = async (chunk: Uint8Array) => {
    if (!gz.write(chunk)) await new Promise((r) => gz.once('drain', r));
  };
  await write(before.subarray(0, before.length - 1024)); // without its end marker
  await write(tarHeader(VIDEO_NAME, VIDEO, '0', 1710167520));
  const block = new Uint8Array(32_000);
  let x = 2024;
  for (let i = 0; i < block.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    block[i] = x >>> 24;
  }
  const chunk = new Uint8Array(block.length * 64);
  for (let i = 0; i < 64; i++) chunk.set(block, i * block.length);
  let left = VIDEO;
  while (left > 0) {
    const n = Math.min(left, chunk.length);
    await write(n === chunk.length ? chunk : chunk.subarray(0, n));
    left -= n;
  }
  // 2 GiB is a whole number of 512-byte blocks: no padding after the video.
  await write(after);
  gz.end();
  await done;
}

/** Opens a backup file through a file-handle source in a fresh Node, reads every item, reports time and peak memory. */
const CHILD = `
import { openSync, readSync, fstatSync } from 'node:fs';
import { openMoodleBackup } from './lib/package/mbz/index.ts';
const fd = openSync(process.argv[1], 'r');
const size = fstatSync(fd).size;
const source = { length: size, read(offset, length) {
  const n = Math.max(0, Math.min(length, size - offset));
  const buf = Buffer.allocUnsafeSlow(n);
  let got = 0;
  while (got < n) { const r = readSync(fd, buf, got, n - got, offset + got); if (r === 0) break; got += r; }
  return got === n ? buf : buf.subarray(0, got);
} };
const started = performance.now();
const r = openMoodleBackup(source, {});
if (!r.ok) { console.log(JSON.stringify({ error: r.error })); process.exit(0); }
const items = [];
for (const c of r.pkg.candidates) { const x = r.pkg.read(c); if ('item' in x) items.push(x.item); }
console.log(JSON.stringify({ name: r.pkg.name, items, ms: Math.round(performance.now() - started), size, maxRssKb: process.resourceUsage().maxRSS }));
`;

function openInChild(file: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD, file], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

describe('a 2 GiB Moodle backup (gzip-compressed tar) opened from a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vantage-mbz-'));
  const big = join(dir, 'backup-with-video.mbz');
  beforeAll(() => writeBigBackup(big), 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams past the video once and reads the course as the small backup, with memory to spare', () => {
    const small = openInChild(join(ROOT, 'tests/fixtures/packages/mbz/moodle43-rivers.mbz'));
    const r = openInChild(big);
    expect(r.error).toBeUndefined();
    expect(r.size).toBeGreaterThan(10_000_000);
    expect(r.name).toBe(small.name);
    expect(r.items).toEqual(small.items);
    expect(r.items).toHaveLength(5);
    // Same cap as the 2 GB cartridge test: the 2 GiB are never held.
    expect(r.maxRssKb).toBeLessThan(400 * 1024);
    console.info(`2 GiB .mbz (${(r.size / 1e6).toFixed(1)} MB on disk): ${r.ms} ms, peak RSS ${Math.round(r.maxRssKb / 1024)} MB; small backup peak RSS ${Math.round(small.maxRssKb / 1024)} MB`);
  }, 300_000);
});
