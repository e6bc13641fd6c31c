import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, crc32, normaliseName, openZip } from '../../../lib/package/zip.ts';
import { writeZip } from '../../../scripts/make-packages.ts';
import { fixture } from './helpers.ts';

const text = (s: string) => new TextEncoder().encode(s);

/** Cross-check with Python's zipfile when it is installed: the writer's ZIP64 must be real ZIP64. */
function python3Lists(bytes: Uint8Array): string[] | null | false {
  const r = spawnSync('python3', ['-c', 'import sys,io,zipfile;print("\\n".join(zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())).namelist()))'], { input: bytes });
  if (r.error) return null;
  return r.status === 0 ? r.stdout.toString().trim().split('\n') : false;
}
const open = (bytes: Uint8Array, limits = DEFAULT_LIMITS) => openZip(bytes, limits);

describe('openZip: checks made before anything is inflated', () => {
  it('lists the files of a well-formed package and reads one back', () => {
    const r = open(writeZip([{ name: 'imsmanifest.xml', data: text('<manifest/>') }, { name: 'a/b.html', data: text('<p>hi</p>') }]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.zip.names).toEqual(['imsmanifest.xml', 'a/b.html']);
    const read = r.zip.read('a/b.html', 1000);
    expect(read.ok && new TextDecoder().decode(read.data)).toBe('<p>hi</p>');
  });

  it('reads ZIP64 directories, as exporters write them for very large courses', () => {
    const bytes = writeZip([{ name: 'imsmanifest.xml', data: text('<manifest/>') }, { name: 'a.html', data: text('<p>x</p>'.repeat(50)) }], { zip64: true });
    expect(python3Lists(bytes)).not.toBe(false);
    const r = open(bytes);
    if (!r.ok) throw new Error(r.error);
    expect(r.zip.names).toEqual(['imsmanifest.xml', 'a.html']);
    const read = r.zip.read('a.html', 1000);
    expect(read.ok && read.data.length).toBe(400);
  });

  it('refuses a truncated download, saying the directory at the end is missing', () => {
    const r = open(fixture('bad-truncated.imscc'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/incomplete.*directory at the end.*cut off/);
  });

  it('refuses a text file that declares more than the per-file cap, naming it', () => {
    const r = open(writeZip([{ name: 'imsmanifest.xml', data: text('<manifest/>') }, { name: 'a/page.xml', data: text('<x/>'), declaredSize: 260 * 1024 * 1024 }]));
    expect(!r.ok && r.error).toMatch(/“a\/page\.xml” declares 260 MB uncompressed; the limit for one file is 250 MB/);
  });

  it('refuses a highly compressed entry as a likely zip bomb, with the ratio and where', () => {
    const r = open(fixture('bad-zip-bomb-ratio.imscc'));
    expect(!r.ok && r.error).toMatch(/likely zip bomb: “web_resources\/padding\.txt” \(entry 5 of 5\) would expand 1,0\d\d times to 20\.0 MB/);
  });

  it('stops inflating an entry whose data outgrows its declared size', () => {
    const r = open(fixture('bad-zip-bomb-lying.imscc'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const read = r.zip.read('imsmanifest.xml', DEFAULT_LIMITS.maxReadBytes);
    expect(!read.ok && read.error).toMatch(/expands past its declared 2,\d{3} bytes \(a zip bomb\?\)/);
  });

  it('catches the same lie in a large entry read in slices', () => {
    const big = new Uint8Array(3 * 1024 * 1024).fill(0x61);
    for (let i = 0; i < big.length; i += 7) big[i] = 0x30 + (i % 10);
    const r = open(writeZip([{ name: 'x.html', data: big, declaredSize: 1000 }]));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.zip.read('x.html', 10_000)).toEqual({ ok: false, error: expect.stringMatching(/expands past its declared 1,000 bytes/) });
  });

  it('refuses names that climb out of the package', () => {
    const r = open(fixture('bad-path-traversal.imscc'));
    expect(!r.ok && r.error).toMatch(/unsafe: entry 5 of 5 is named “\.\.\/\.\.\/\.\.\/home\/teacher\/\.bashrc”/);
    for (const name of ['/etc/passwd', 'C:\\Windows\\x.html', 'a/../../b', 'a\\..\\..\\b']) {
      expect(open(writeZip([{ name, data: text('x') }])).ok, name).toBe(false);
    }
  });

  it('refuses a package that holds the same name twice', () => {
    const r = open(fixture('bad-duplicate-names.imscc'));
    expect(!r.ok && r.error).toMatch(/“imsmanifest\.xml” appears twice \(entry 5 of 5\)/);
  });

  it('refuses more entries than the cap, and a total over the cap', () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({ name: `f${i}.txt`, data: text('x'.repeat(100)) }));
    expect(open(writeZip(entries), { ...DEFAULT_LIMITS, maxEntries: 10 })).toEqual({ ok: false, error: expect.stringMatching(/lists 12 files; Vantage accepts up to 10/) });
    expect(open(writeZip(entries), { ...DEFAULT_LIMITS, maxTotalBytes: 1000 })).toEqual({ ok: false, error: expect.stringMatching(/more than 1 KB uncompressed \(reached at “f10\.txt”, entry 11 of 12\)/) });
  });

  it('reports a damaged entry (checksum) and an unsupported compression method as that file’s problem', () => {
    const bytes = writeZip([{ name: 'a.txt', data: text('hello world'), method: 0 }]);
    bytes[30 + 5] = bytes[30 + 5]! ^ 0xff; // flip the first data byte (after the 30-byte header and "a.txt")
    const r = open(bytes);
    expect(r.ok && r.zip.read('a.txt', 100)).toEqual({ ok: false, error: '“a.txt” is damaged (its checksum does not match)' });

    const lzma = writeZip([{ name: 'b.txt', data: text('hello'), method: 0 }]);
    const view = new DataView(lzma.buffer);
    view.setUint16(8, 14, true); // local header method
    const cd = lzma.length - 22 - (46 + 'b.txt'.length);
    view.setUint16(cd + 10, 14, true); // central directory method
    const r2 = open(lzma);
    expect(r2.ok && r2.zip.read('b.txt', 100)).toEqual({ ok: false, error: expect.stringMatching(/uses LZMA compression, which Vantage cannot read/) });
  });

  it('normalises names the way Windows and Mac zippers write them', () => {
    expect(normaliseName('a\\b\\c.html')).toBe('a/b/c.html');
    expect(normaliseName('./a//b.html')).toBe('a/b.html');
    expect(normaliseName('a/./b.html')).toBe('a/b.html');
    expect(normaliseName('../x')).toBeNull();
    expect(normaliseName('a\0b')).toBeNull();
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});
