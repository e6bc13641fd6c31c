/**
 * Builds the test course packages in tests/fixtures/packages/ from the source folders in
 * tests/fixtures/packages/src/ (one folder per package, files exactly as they sit in the zip), and
 * derives the deliberately bad packages (truncated, zip bombs, unsafe names, wrong kinds) from them.
 * Output is byte-for-byte reproducible: fixed timestamps, manifest first, then sorted names.
 *
 *   node --import tsx scripts/make-packages.ts          # rewrite the fixtures
 *   node --import tsx scripts/make-packages.ts --check  # exit 1 if a committed fixture differs
 *
 * Also exports the zip writer and a Canvas-shaped course generator for bench/records.ts.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync, gzipSync } from 'fflate';
import type { ByteSource } from '../lib/package/source.ts';
import { crc32 } from '../lib/package/zip.ts';

export const FIXTURES = fileURLToPath(new URL('../tests/fixtures/packages/', import.meta.url));
const SRC = join(FIXTURES, 'src');

export interface ZipInput {
  name: string;
  data: Uint8Array;
  /** 0 = stored, 8 = deflate (default). */
  method?: 0 | 8;
  /** Size written in both headers instead of the real one: how the bomb fixtures lie. */
  declaredSize?: number;
}

// 2025-01-20 00:00 in MS-DOS format, so rebuilt zips are identical.
const DOS_TIME = 0;
const DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 20;

/**
 * A zip: local headers, data, central directory, end record. With `zip64`, the central directory
 * and end record use the ZIP64 forms (what exporters write for very large courses).
 */
export function writeZip(entries: readonly ZipInput[], opts: { zip64?: boolean } = {}): Uint8Array {
  const z64 = opts.zip64 ?? false;
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const method = e.method ?? 8;
    const body = method === 8 ? deflateSync(e.data, { level: 6 }) : e.data;
    const size = e.declaredSize ?? e.data.length;
    const crc = crc32(e.data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x800, true);
    lv.setUint16(8, method, true);
    lv.setUint16(10, DOS_TIME, true);
    lv.setUint16(12, DOS_DATE, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, size >>> 0, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const extra = z64 ? 28 : 0;
    const cd = new Uint8Array(46 + name.length + extra);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x800, true);
    cv.setUint16(10, method, true);
    cv.setUint16(12, DOS_TIME, true);
    cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, z64 ? 0xffffffff : body.length, true);
    cv.setUint32(24, z64 ? 0xffffffff : size >>> 0, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extra, true);
    cv.setUint32(42, z64 ? 0xffffffff : offset, true);
    cd.set(name, 46);
    if (z64) {
      const at = 46 + name.length;
      cv.setUint16(at, 0x0001, true);
      cv.setUint16(at + 2, 24, true);
      cv.setBigUint64(at + 4, BigInt(size), true);
      cv.setBigUint64(at + 12, BigInt(body.length), true);
      cv.setBigUint64(at + 20, BigInt(offset), true);
    }
    chunks.push(local, body);
    central.push(cd);
    offset += local.length + body.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, z64 ? 0xffff : entries.length, true);
  ev.setUint16(10, z64 ? 0xffff : entries.length, true);
  ev.setUint32(12, z64 ? 0xffffffff : cdSize, true);
  ev.setUint32(16, z64 ? 0xffffffff : offset, true);
  if (!z64) return concat([...chunks, ...central, end]);
  const record = new Uint8Array(56);
  const rv = new DataView(record.buffer);
  rv.setUint32(0, 0x06064b50, true);
  rv.setBigUint64(4, 44n, true);
  rv.setUint16(12, 45, true);
  rv.setUint16(14, 45, true);
  rv.setBigUint64(24, BigInt(entries.length), true);
  rv.setBigUint64(32, BigInt(entries.length), true);
  rv.setBigUint64(40, BigInt(cdSize), true);
  rv.setBigUint64(48, BigInt(offset), true);
  const locator = new Uint8Array(20);
  const lv2 = new DataView(locator.buffer);
  lv2.setUint32(0, 0x07064b50, true);
  lv2.setBigUint64(8, BigInt(offset + cdSize), true);
  lv2.setUint32(16, 1, true);
  return concat([...chunks, ...central, record, locator, end]);
}

/**
 * A package with one more, big, stored file appended (a lecture video): the bytes before it, the
 * size of its data, and the bytes after it. The data itself is never built: a test reads the
 * three parts as one source (zeros in the gap) or writes them to a sparse file.
 */
export function withBigMedia(bytes: Uint8Array, name: string, size: number): { head: Uint8Array; gap: number; tail: Uint8Array } {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.length - 22;
  if (v.getUint32(eocd, true) !== 0x06054b50) throw new Error('withBigMedia: the package has a zip comment or ZIP64 end');
  const count = v.getUint16(eocd + 10, true);
  const cdSize = v.getUint32(eocd + 12, true);
  const cdOffset = v.getUint32(eocd + 16, true);
  const n = new TextEncoder().encode(name);
  const local = new Uint8Array(30 + n.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint32(18, size, true); // stored: compressed size = size
  lv.setUint32(22, size, true);
  lv.setUint16(26, n.length, true);
  local.set(n, 30);
  const central = new Uint8Array(46 + n.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint32(20, size, true);
  cv.setUint32(24, size, true);
  cv.setUint16(28, n.length, true);
  cv.setUint32(42, cdOffset, true);
  central.set(n, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, count + 1, true);
  ev.setUint16(10, count + 1, true);
  ev.setUint32(12, cdSize + central.length, true);
  ev.setUint32(16, cdOffset + local.length + size, true);
  const head = new Uint8Array(cdOffset + local.length);
  head.set(bytes.subarray(0, cdOffset));
  head.set(local, cdOffset);
  const tail = new Uint8Array(cdSize + central.length + 22);
  tail.set(bytes.subarray(cdOffset, cdOffset + cdSize));
  tail.set(central, cdSize);
  tail.set(end, cdSize + central.length);
  return { head, gap: size, tail };
}

/**
 * `withBigMedia`'s parts as a source that makes up the gap's zeros as they are read (nothing of
 * its size is held), logging each read as [from, to) so a test can say what was read of it.
 */
export function virtualSource(parts: { head: Uint8Array; gap: number; tail: Uint8Array }, log: Array<[number, number]> = []): ByteSource {
  const { head, gap, tail } = parts;
  const length = head.length + gap + tail.length;
  return {
    length,
    read(offset, want) {
      const n = Math.max(0, Math.min(want, length - offset));
      log.push([offset, offset + n]);
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const at = offset + i;
        out[i] = at < head.length ? head[at]! : at < head.length + gap ? 0 : tail[at - head.length - gap]!;
      }
      return out;
    },
  };
}

/** Bytes of [from, to) that the reads in `log` covered. */
export function bytesReadOf(log: ReadonlyArray<[number, number]>, from: number, to: number): number {
  return log.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0);
}

/** Writes `withBigMedia`'s parts to `file` as a sparse file: the gap is a hole, on no disk. */
export function writeSparse(file: string, parts: { head: Uint8Array; gap: number; tail: Uint8Array }): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, parts.head, 0, parts.head.length, 0);
    writeSync(fd, parts.tail, 0, parts.tail.length, parts.head.length + parts.gap);
  } finally {
    closeSync(fd);
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A source folder's files as zip entries: imsmanifest.xml first, the rest sorted, under `prefix`. */
export function folderEntries(name: string, prefix = ''): ZipInput[] {
  const dir = join(SRC, name);
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  files.sort((a, b) => (a === 'imsmanifest.xml' ? -1 : b === 'imsmanifest.xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return files.map((f) => ({ name: prefix + f, data: new Uint8Array(readFileSync(join(dir, f))) }));
}

const text = (s: string) => new TextEncoder().encode(s);

/** Every fixture, by file name. */
export function buildFixtures(): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const name of ['canvas-cc11', 'canvas-cc13', 'moodle-cc11', 'schoology-cc12', 'blackboard-cc12', 'brightspace-cc13', 'cc13-plain', 'broken-item', 'no-assignments']) {
    out[`${name}.imscc`] = writeZip(folderEntries(name));
  }
  // Blackboard's own export is a plain .zip ("ExportFile_<course id>_<date>.zip").
  for (const name of ['blackboard-learn', 'blackboard-ultra']) out[`${name}.zip`] = writeZip(folderEntries(name));
  out['zipped-folder.imscc'] = writeZip(folderEntries('cc13-plain', 'History and Media/'));

  const canvas = out['canvas-cc11.imscc']!;
  out['bad-truncated.imscc'] = canvas.slice(0, Math.floor(canvas.length * 0.6));

  const plain = folderEntries('cc13-plain');
  // Honest headers, but 20 MB of zeros squeezed into ~20 KB: refused by the ratio check.
  out['bad-zip-bomb-ratio.imscc'] = writeZip([...plain, { name: 'web_resources/padding.txt', data: new Uint8Array(20 * 1024 * 1024) }]);
  // A "video" that declares 3.5 GB: refused from the directory alone, nothing inflated.
  out['bad-zip-bomb-declared.imscc'] = writeZip([...plain, { name: 'media/lecture.mp4', data: text('not really a video'), method: 0, declaredSize: 3_500_000_000 }]);
  // The manifest's headers say 2 KB; it inflates to 20 MB: caught while inflating, at the declared size.
  const manifest = plain[0]!;
  const padded = concat([manifest.data, new Uint8Array(20 * 1024 * 1024).fill(0x20)]);
  out['bad-zip-bomb-lying.imscc'] = writeZip([{ name: 'imsmanifest.xml', data: padded, declaredSize: manifest.data.length }, ...plain.slice(1)]);

  out['bad-path-traversal.imscc'] = writeZip([...plain, { name: '../../../home/teacher/.bashrc', data: text('echo pwned\n') }]);
  out['bad-duplicate-names.imscc'] = writeZip([...plain, { name: 'imsmanifest.xml', data: text('<manifest identifier="evil"/>') }]);
  out['bad-no-manifest.imscc'] = writeZip([
    { name: 'notes/week1.html', data: text('<html><body><p>Week 1 notes</p></body></html>') },
    { name: 'notes/week2.html', data: text('<html><body><p>Week 2 notes</p></body></html>') },
  ]);
  out['bad-wrong-kind.docx'] = writeZip([
    { name: '[Content_Types].xml', data: text('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>') },
    { name: '_rels/.rels', data: text('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>') },
    { name: 'word/document.xml', data: text('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Essay assignment: write 500 words.</w:t></w:r></w:p></w:body></w:document>') },
  ]);
  out['bad-wrong-kind.pdf'] = readFileSync(join(SRC, 'cc13-plain/a1/rubrica.pdf'));
  return out;
}

/** Assignment texts for generated courses: the corpus when it exists, else the fixture texts. */
export function sampleTexts(): string[] {
  const corpus = fileURLToPath(new URL('../tests/fixtures/assignments/', import.meta.url));
  try {
    const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
    const texts = files.map((f) => readFileSync(join(corpus, f), 'utf8').trim()).filter((t) => t.length > 200);
    if (texts.length >= 5) return texts;
  } catch {
    /* no corpus yet */
  }
  const html: string[] = [];
  for (const f of ['canvas-cc11', 'canvas-cc13']) {
    for (const e of folderEntries(f)) {
      if (e.name.endsWith('.html') && !e.name.startsWith('course_settings/')) {
        const body = /<body>([\s\S]*)<\/body>/.exec(new TextDecoder().decode(e.data))?.[1]?.trim();
        if (body && body.length > 150) html.push(body);
      }
    }
  }
  return html;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A Canvas-shaped CC 1.1 course with `count` assignments (each a folder with its HTML page and
 * assignment_settings.xml, as Canvas exports them), spread over modules of 20.
 */
export function makeCanvasCourse(count: number, texts: readonly string[], title = 'Generated course'): Uint8Array {
  const entries: ZipInput[] = [];
  const items: string[] = [];
  const resources: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `i${(i + 1).toString(16).padStart(32, '0')}`;
    const raw = texts[i % texts.length]!;
    const body = raw.includes('<') ? raw : raw.split(/\n\s*\n|\n/).map((p) => `<p>${esc(p)}</p>`).join('\n');
    const name = `Assignment ${i + 1}`;
    const page = `<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>\n<title>Assignment: ${name}</title>\n</head>\n<body>\n${body}\n</body>\n</html>`;
    const settings = `<?xml version="1.0" encoding="UTF-8"?>\n<assignment identifier="${id}" xmlns="http://canvas.instructure.com/xsd/cccv1p0">\n  <title>${name}</title>\n  <workflow_state>published</workflow_state>\n  <points_possible>10.0</points_possible>\n  <submission_types>online_upload</submission_types>\n  <position>${i + 1}</position>\n</assignment>\n`;
    entries.push({ name: `${id}/assignment-${i + 1}.html`, data: text(page) }, { name: `${id}/assignment_settings.xml`, data: text(settings) });
    if (i % 20 === 0) items.push(`${i ? '        </item>\n' : ''}        <item identifier="m${i}">\n          <title>Module ${i / 20 + 1}</title>`);
    items.push(`          <item identifier="t${i}" identifierref="${id}"><title>${name}</title></item>`);
    resources.push(
      `    <resource identifier="${id}" type="associatedcontent/imscc_xmlv1p1/learning-application-resource" href="${id}/assignment-${i + 1}.html">\n      <file href="${id}/assignment-${i + 1}.html"/>\n      <file href="${id}/assignment_settings.xml"/>\n    </resource>`,
    );
  }
  if (count) items.push('        </item>');
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="igenerated" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest">
  <metadata>
    <schema>IMS Common Cartridge</schema>
    <schemaversion>1.1.0</schemaversion>
    <lomimscc:lom><lomimscc:general><lomimscc:title><lomimscc:string>${esc(title)}</lomimscc:string></lomimscc:title></lomimscc:general></lomimscc:lom>
  </metadata>
  <organizations>
    <organization identifier="org_1" structure="rooted-hierarchy">
      <item identifier="LearningModules">
${items.join('\n')}
      </item>
    </organization>
  </organizations>
  <resources>
${resources.join('\n')}
  </resources>
</manifest>
`;
  return writeZip([{ name: 'imsmanifest.xml', data: text(manifest) }, ...entries]);
}


// ---- Moodle course backups (.mbz): tests/fixtures/packages/mbz/ ----

export const MBZ_FIXTURES = join(FIXTURES, 'mbz');
const MBZ_SRC = join(MBZ_FIXTURES, 'src');

/** One tar entry; a folder when `data` is absent. */
export interface TarInput {
  name: string;
  data?: Uint8Array;
}

/**
 * How long names are written: `prefix` splits them into ustar's prefix and name fields at a "/"
 * (what Moodle's tgz_packer does); `gnu` writes a `././@LongLink` entry before any name over 100
 * bytes (GNU tar's default); names in `pax` get a pax extended header with `path=` (bsdtar, GNU
 * tar --format=pax).
 */
export interface TarOptions {
  longNames?: 'prefix' | 'gnu';
  pax?: ReadonlySet<string>;
  /** Seconds since 1970 for every entry; tgz_packer writes 2013-01-01 when it does not know. */
  mtime?: number;
}

/** One ustar header block (checksum filled in); `type` "0" file, "5" folder, "L" GNU long name, "x" pax. */
export function tarHeader(name: string, size: number, type: string, mtime: number, prefix = ''): Uint8Array {
  const h = new Uint8Array(512);
  const put = (s: string, at: number) => h.set(new TextEncoder().encode(s), at);
  const octal = (n: number, width: number) => n.toString(8).padStart(width, '0');
  put(name.slice(0, 100), 0);
  put(type === '5' ? '0000755\0' : '0000644\0', 100);
  put('0000000\0', 108);
  put('0000000\0', 116);
  put(`${octal(size, 11)}\0`, 124);
  put(`${octal(mtime, 11)}\0`, 136);
  put('        ', 148);
  put(type, 156);
  put('ustar\0' + '00', 257);
  put(prefix, 345);
  let sum = 0;
  for (const b of h) sum += b;
  put(`${octal(sum, 6)}\0 `, 148);
  return h;
}

function padded(data: Uint8Array): Uint8Array[] {
  const rest = (512 - (data.length % 512)) % 512;
  return rest ? [data, new Uint8Array(rest)] : [data];
}

/** A tar archive ending with the two zero blocks of its end marker. */
export function writeTar(entries: readonly TarInput[], opts: TarOptions = {}): Uint8Array {
  const mtime = opts.mtime ?? 1356998400;
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    const data = e.data ?? new Uint8Array(0);
    const type = e.data ? '0' : '5';
    let name = e.name;
    let prefix = '';
    if (opts.pax?.has(e.name)) {
      const record = (key: string, value: string) => {
        // The record's length counts its own digits: grow it until it is stable.
        const body = enc.encode(` ${key}=${value}\n`).length;
        let len = body;
        while (String(len).length + body !== len) len = String(len).length + body;
        return `${len} ${key}=${value}\n`;
      };
      const pax = enc.encode(record('path', e.name));
      parts.push(tarHeader(`PaxHeaders/${e.name.split('/').pop()}`.slice(0, 100), pax.length, 'x', mtime), ...padded(pax));
      name = e.name.slice(-100);
    } else if (enc.encode(name).length > 100) {
      if (opts.longNames === 'gnu') {
        const long = enc.encode(`${e.name}\0`);
        parts.push(tarHeader('././@LongLink', long.length, 'L', 0), ...padded(long));
        name = e.name.slice(0, 100);
      } else {
        // Leading folders move to the prefix one at a time until the name fits.
        while (enc.encode(name).length > 100) {
          const slash = name.indexOf('/');
          if (slash < 0) throw new Error(`writeTar: “${e.name}” cannot be split to fit ustar`);
          prefix = prefix ? `${prefix}/${name.slice(0, slash)}` : name.slice(0, slash);
          name = name.slice(slash + 1);
        }
      }
    }
    parts.push(tarHeader(name, data.length, type, mtime, prefix), ...padded(data));
  }
  parts.push(new Uint8Array(1024));
  return concat(parts);
}

/** gzip as PHP's gzopen writes it for tgz_packer: no file name, no timestamp. */
export function gzip(data: Uint8Array): Uint8Array {
  return gzipSync(data, { level: 6, mtime: 0 });
}

/**
 * A backup source folder as tar entries, in tgz_packer's order: `.ARCHIVE_INDEX` (its file list,
 * "Moodle archive file index. Count: N" then one `path\ttype\tsize\tmtime` line each) first, then
 * every folder and file, sorted, under `prefix`.
 */
export function backupEntries(name: string, prefix = '', index = true): TarInput[] {
  const dir = join(MBZ_SRC, name);
  const out: TarInput[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      const rel = relative(dir, p).split(sep).join('/');
      if (statSync(p).isDirectory()) {
        out.push({ name: `${prefix}${rel}/` });
        walk(p);
      } else out.push({ name: prefix + rel, data: new Uint8Array(readFileSync(p)) });
    }
  };
  walk(dir);
  if (!index) return out;
  const lines = out.map((e) => `${e.name}\t${e.data ? 'f' : 'd'}\t${e.data?.length ?? 0}\t${e.data ? 1710167520 : '?'}\n`);
  const list = text(`Moodle archive file index. Count: ${out.length}\n${lines.join('')}`);
  return [{ name: `${prefix}.ARCHIVE_INDEX`, data: list }, ...out];
}

/** A file a Moodle backup stores (`files/ab/abcdef…`) and lists in `files.xml`. */
export interface StoredFile {
  contextId: number;
  component: string;
  area: string;
  name: string;
  data: Uint8Array;
  /** Moodle's `filepath`; "/" by default. */
  path?: string;
  /** The size files.xml declares, when a test needs one other than the data's. */
  declaredSize?: number;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sha1 = (data: Uint8Array) => createHash('sha1').update(data).digest('hex');

/**
 * A backup source folder whose activities' HTML fields are replaced (`fields`: XML file → new
 * HTML for its `<intro>`, or `<content>` for a page) and which stores `stored` instead of its own
 * files, in Moodle's order: the files (one copy per content) before `files.xml`. Without
 * `filesXml`, the backup has no `files.xml` at all.
 */
export function backupWithFiles(name: string, fields: Record<string, string>, stored: readonly StoredFile[], opts: { filesXml?: boolean } = {}): TarInput[] {
  const row = (f: StoredFile, id: number) =>
    `<file id="${id}"><contenthash>${sha1(f.data)}</contenthash><contextid>${f.contextId}</contextid><component>${f.component}</component><filearea>${f.area}</filearea><itemid>0</itemid><filepath>${xmlEscape(f.path ?? '/')}</filepath><filename>${xmlEscape(f.name)}</filename><filesize>${f.declaredSize ?? f.data.length}</filesize></file>`;
  const entries = backupEntries(name, '', false).flatMap((e): TarInput[] => {
    if (!e.data || e.name.startsWith('files/')) return e.data ? [] : [e];
    if (e.name === 'files.xml') {
      return opts.filesXml === false ? [] : [{ name: e.name, data: text(`<?xml version="1.0" encoding="UTF-8"?>\n<files>${stored.map(row).join('')}</files>`) }];
    }
    const html = fields[e.name];
    if (html === undefined) return [e];
    const tag = e.name.endsWith('/page.xml') ? 'content' : 'intro';
    const xml = new TextDecoder().decode(e.data).replace(new RegExp(`<${tag}>[^]*?</${tag}>`), `<${tag}>${xmlEscape(html)}</${tag}>`);
    return [{ name: e.name, data: text(xml) }];
  });
  const files = [...new Map(stored.map((f) => [sha1(f.data), f.data])).entries()].map(([hash, data]) => ({ name: `files/${hash.slice(0, 2)}/${hash}`, data }));
  const at = entries.findIndex((e) => e.name === 'files/');
  return at < 0 ? [...files, ...entries] : [...entries.slice(0, at + 1), ...files, ...entries.slice(at + 1)];
}

/** Every .mbz fixture, by file name (written to tests/fixtures/packages/mbz/). */
export function buildMbzFixtures(): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  const rivers = backupEntries('moodle43-rivers');
  out['moodle43-rivers.mbz'] = gzip(writeTar(rivers, { longNames: 'prefix' }));
  // Moodle's default container: a zip (zip_packer), folders as entries, no index file.
  out['moodle39-civics.mbz'] = writeZip(backupEntries('moodle39-civics', '', false).map((e) => (e.data ? { name: e.name, data: e.data } : { name: e.name, data: new Uint8Array(0), method: 0 })));
  const folder = 'backup-moodle2-course-58-geo_agua-20240312-0915-nu/';
  const agua = backupEntries('moodle41-agua-es', folder, false);
  out['moodle41-agua-es.mbz'] = gzip(writeTar(agua, { longNames: 'gnu', pax: new Set([`${folder}course/course.xml`]), mtime: 1710235200 }));

  const riversTgz = out['moodle43-rivers.mbz'];
  out['bad-truncated.mbz'] = riversTgz.slice(0, Math.floor(riversTgz.length * 0.6));
  // 300 MB of zeros as a "video" in files/: the whole .mbz is a few hundred KB.
  const zeros = new Uint8Array(300 * 1024 * 1024);
  out['bad-gzip-bomb.mbz'] = gzipSync(writeTar([...rivers, { name: 'files/00/0000000000000000000000000000000000000000', data: zeros }]), { level: 9, mtime: 0 });
  out['bad-path-traversal.mbz'] = gzip(writeTar([...rivers, { name: '../../../home/teacher/.bashrc', data: text('echo pwned\n') }]));
  out['bad-not-moodle.mbz'] = gzip(
    writeTar([
      { name: 'site/' },
      { name: 'site/index.html', data: text('<!doctype html><title>Photos</title><p>Summer trip</p>') },
      { name: 'site/style.css', data: text('body { font-family: sans-serif; }') },
    ]),
  );
  out['bad-not-tar.mbz'] = gzip(text('Lesson notes, week 3: the Nile floods every summer.\n'));
  return out;
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const built: Record<string, Uint8Array> = { ...buildFixtures() };
  for (const [name, bytes] of Object.entries(buildMbzFixtures())) built[`mbz/${name}`] = bytes;
  let differs = 0;
  for (const [name, bytes] of Object.entries(built)) {
    const path = join(FIXTURES, name);
    if (check) {
      let same: boolean;
      try {
        same = Buffer.compare(readFileSync(path), Buffer.from(bytes)) === 0;
      } catch {
        same = false;
      }
      if (!same) {
        differs++;
        process.stdout.write(`differs: ${name}\n`);
      }
    } else {
      writeFileSync(path, bytes);
      process.stdout.write(`${name}  ${bytes.length.toLocaleString('en')} bytes\n`);
    }
  }
  return differs ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
