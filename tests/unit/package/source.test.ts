/**
 * Exports read piece by piece (lib/package/source.ts): the same readings as from bytes in memory,
 * a course with its lecture video opened without reading the video, and the zip-bomb checks
 * unchanged for everything Vantage inflates.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditPackage, readPackage } from '../../../lib/package/index.ts';
import { DEFAULT_LIMITS, openZip } from '../../../lib/package/zip.ts';
import { bytesReadOf, virtualSource, writeZip } from '../../../scripts/make-packages.ts';
import { FIXTURES, fixture, withBigMedia } from './helpers.ts';

/** A source that copies every piece, as a file handle does, and logs what was read. */
describe('packages read piece by piece', () => {
  it('give every fixture exactly the reading they give from bytes in memory', () => {
    const names = readdirSync(FIXTURES).filter((n) => /\.(imscc|docx|pdf)$/.test(n));
    expect(names.length).toBeGreaterThan(15);
    for (const name of names) {
      const bytes = fixture(name);
      const fromSource = readPackage(virtualSource({ head: bytes, gap: 0, tail: new Uint8Array(0) }), { fileName: name });
      expect(fromSource, name).toEqual(readPackage(bytes, { fileName: name }));
    }
  });

  it('open a course with a 3 GB lecture video, audit its assignment, and never read the video', async () => {
    const plain = await auditPackage(fixture('cc13-plain.imscc'), { records: false });
    const parts = withBigMedia(fixture('cc13-plain.imscc'), 'web_resources/media/lecture.mp4', 3_000_000_000);
    const log: Array<[number, number]> = [];
    const big = await auditPackage(virtualSource(parts, log), { records: false });
    if (!big.ok || !plain.ok) throw new Error(big.ok ? 'plain failed' : big.error);
    expect(big.summary).toEqual(plain.summary);
    expect(big.summary.items).toBeGreaterThan(0);
    // Of the video, only what the search for the zip's end record reads (its last 64 KB at most).
    expect(bytesReadOf(log, parts.head.length, parts.head.length + parts.gap)).toBeLessThanOrEqual(22 + 0xffff);
    // What was read is a few kilobytes: the directory and the text files.
    expect(log.reduce((sum, [a, b]) => sum + (b - a), 0)).toBeLessThan(200_000);
  });

  it('still refuse a text file that declares more than the per-file cap', () => {
    const r = openZip(writeZip([{ name: 'imsmanifest.xml', data: new TextEncoder().encode('<manifest/>') }, { name: 'page.html', data: new Uint8Array(10), declaredSize: 300 * 1024 * 1024 }]), DEFAULT_LIMITS);
    expect(!r.ok && r.error).toMatch(/“page\.html” declares 300 MB uncompressed; the limit for one file is 250 MB/);
  });

  it('still refuse a "video" that would expand from a few bytes to gigabytes, as a zip bomb', () => {
    const r = openZip(fixture('bad-zip-bomb-declared.imscc'), DEFAULT_LIMITS);
    expect(!r.ok && r.error).toMatch(/likely zip bomb: “media\/lecture\.mp4” \(entry 5 of 5\) would expand [\d,]+ times to 3,338 MB/);
  });
});
