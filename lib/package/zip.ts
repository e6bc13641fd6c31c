/**
 * A guarded zip reader. Everything the package declares is checked from the central directory
 * before a single byte is inflated (entry count, declared sizes, compression ratio, names), and
 * each entry that is read is inflated into a buffer of its declared size, so an entry that lies
 * about its size cannot grow past it. fflate does the inflating; the container parsing is here
 * because fflate's `unzipSync` trusts declared sizes and reads every entry.
 */
import { Inflate, inflateSync } from 'fflate';
import type { PackageLimits } from './types.ts';
import { toSource, type ByteSource, type PackageInput } from './source.ts';

/** Defaults sized for real course exports: media can be large, text files are small. */
export const DEFAULT_LIMITS: PackageLimits = {
  maxEntries: 100_000,
  maxTotalBytes: 500 * 1024 * 1024,
  maxEntryBytes: 250 * 1024 * 1024,
  maxReadBytes: 32 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipEntry {
  /** Normalised name: forward slashes, no leading "./". */
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  crc: number;
  localOffset: number;
}

export type ReadEntryResult = { ok: true; data: Uint8Array } | { ok: false; error: string };

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;

const METHOD_NAMES: Record<number, string> = { 1: 'Shrink', 6: 'Implode', 9: 'Deflate64', 12: 'BZIP2', 14: 'LZMA', 93: 'Zstandard', 95: 'XZ', 98: 'PPMd', 99: 'AES encryption' };

/** Files Vantage never inflates: media, documents and archives that exports carry along. */
const NEVER_READ = /\.(?:mp4|m4v|mov|webm|avi|mkv|wmv|flv|mpe?g|mp3|m4a|wav|ogg|oga|flac|aac|wma|jpe?g|png|gif|webp|bmp|tiff?|heic|psd|pdf|docx?|pptx?|xlsx?|od[tps]|key|epub|zip|rar|7z|gz|tgz|iso|dmg|exe|swf|ttf|otf|woff2?|eot)$/i;

/** Largest central directory read: 100,000 entries with long names take about 30 MB. */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

/** Entries are inflated in slices this big so one push cannot produce more than ~slice × 1032 bytes. */
const INFLATE_SLICE = 16 * 1024;

/** An opened archive: its directory, and a bounded reader for one entry at a time. */
export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  /** File names in directory order (folders left out). */
  readonly names: string[] = [];

  constructor(
    private readonly source: ByteSource,
    private readonly inflateRaw?: (data: Uint8Array, size: number) => Uint8Array | null,
  ) {}

  /** Inflates one entry, refusing it when it is bigger than `maxBytes` or does not match its header. */
  read(name: string, maxBytes: number): ReadEntryResult {
    const entry = this.entries.get(name);
    if (!entry) return { ok: false, error: `the file “${name}” is not in the package` };
    if (entry.encrypted) return { ok: false, error: `“${name}” is encrypted` };
    if (entry.size > maxBytes) return { ok: false, error: `“${name}” is ${mb(entry.size)}; Vantage reads text files up to ${mb(maxBytes)}` };
    const at = entry.localOffset;
    const header = this.source.read(at, 30);
    const view = dv(header);
    if (header.length < 30 || view.getUint32(0, true) !== SIG_LOCAL) {
      return { ok: false, error: `“${name}” is damaged: no file header at byte ${at}` };
    }
    // Deflate grows data by a few bytes per 64 KB block at worst: far more compressed data than
    // the largest file read is a damaged directory, and is not read into memory.
    if (entry.compressedSize > 2 * maxBytes + 1024 * 1024) {
      return { ok: false, error: `“${name}” is damaged: its compressed data is larger than the file it holds` };
    }
    const start = at + 30 + view.getUint16(26, true) + view.getUint16(28, true);
    const end = start + entry.compressedSize;
    if (end > this.source.length) return { ok: false, error: `“${name}” is cut off: the package ends before its data does (truncated download?)` };
    const raw = this.source.read(start, entry.compressedSize);
    let data: Uint8Array;
    if (entry.method === 0) {
      if (raw.length !== entry.size) return { ok: false, error: `“${name}” is damaged: stored size does not match its header` };
      data = raw;
    } else if (entry.method === 8) {
      const fast = this.fastInflate(raw, entry.size);
      const inflated = fast && fast.length === entry.size ? { ok: true as const, data: fast } : inflateBounded(raw, entry.size);
      if (!inflated.ok) return { ok: false, error: `“${name}” ${inflated.error}` };
      data = inflated.data;
    } else {
      const method = METHOD_NAMES[entry.method] ?? `method ${entry.method}`;
      return { ok: false, error: `“${name}” uses ${method} compression, which Vantage cannot read (re-zip the export with ordinary Deflate)` };
    }
    if (crc32(data) !== entry.crc) return { ok: false, error: `“${name}” is damaged (its checksum does not match)` };
    return { ok: true, data };
  }

  /** The caller's decoder, when given: its output only counts when it is exactly the declared size. */
  private fastInflate(raw: Uint8Array, size: number): Uint8Array | null {
    if (!this.inflateRaw || size <= 0) return null;
    try {
      return this.inflateRaw(raw, size);
    } catch {
      return null;
    }
  }
}

/**
 * Inflates into a buffer of exactly the declared size. Output past it means the header lied:
 * the classic zip-bomb shape, refused as soon as it is seen rather than after it has grown.
 */
function inflateBounded(raw: Uint8Array, size: number): { ok: true; data: Uint8Array } | { ok: false; error: string } {
  if (raw.length <= INFLATE_SLICE) {
    let out: Uint8Array;
    try {
      out = inflateSync(raw, { out: new Uint8Array(size + 1) });
    } catch {
      return { ok: false, error: 'is damaged (its compressed data is invalid)' };
    }
    if (out.length > size) return { ok: false, error: `expands past its declared ${size.toLocaleString('en')} bytes (a zip bomb?)` };
    if (out.length < size) return { ok: false, error: 'is damaged (it inflates to less than its declared size)' };
    return { ok: true, data: out };
  }
  const out = new Uint8Array(size);
  let written = 0;
  let overflow = false;
  const stream = new Inflate((chunk) => {
    if (overflow) return;
    if (written + chunk.length > size) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let p = 0; p < raw.length && !overflow; p += INFLATE_SLICE) {
      const next = Math.min(p + INFLATE_SLICE, raw.length);
      stream.push(raw.subarray(p, next), next === raw.length);
    }
  } catch {
    return { ok: false, error: 'is damaged (its compressed data is invalid)' };
  }
  if (overflow) return { ok: false, error: `expands past its declared ${size.toLocaleString('en')} bytes (a zip bomb?)` };
  if (written < size) return { ok: false, error: 'is damaged (it inflates to less than its declared size)' };
  return { ok: true, data: out };
}

/**
 * Reads and checks the central directory. Refuses the whole archive (with what and where) when
 * it is truncated, split, too big, too compressed, or names a file outside its own folder.
 */
export function openZip(
  input: PackageInput,
  limits: PackageLimits,
  inflateRaw?: (data: Uint8Array, size: number) => Uint8Array | null,
): { ok: true; zip: ZipArchive } | { ok: false; error: string } {
  const source = toSource(input);
  const fileSize = source.length;
  // The end record is in the last 22 bytes, after a comment of at most 64 KB.
  const tailStart = Math.max(0, fileSize - 22 - 0xffff);
  const tail = source.read(tailStart, fileSize - tailStart);
  const tailView = dv(tail);
  const end = findEndOfCentralDirectory(tail, tailView);
  if (end < 0) {
    return {
      ok: false,
      error: 'The zip is incomplete: its directory at the end of the file is missing (the download or copy was probably cut off). Download the export again.',
    };
  }
  if (tailView.getUint16(end + 4, true) !== 0 || tailView.getUint16(end + 6, true) !== 0) {
    return { ok: false, error: 'This is one part of a split (multi-volume) zip; join the parts into one file first.' };
  }
  let count = tailView.getUint16(end + 10, true);
  let cdSize = tailView.getUint32(end + 12, true);
  let cdOffset = tailView.getUint32(end + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = tailStart + end - 20;
    const locator = loc < 0 ? new Uint8Array(0) : source.read(loc, 20);
    const lv = dv(locator);
    if (locator.length < 20 || lv.getUint32(0, true) !== SIG_ZIP64_LOCATOR) {
      return { ok: false, error: 'The zip is damaged: it declares a ZIP64 directory that is not there.' };
    }
    const z64 = u64(lv, 8);
    const record = source.read(z64, 56);
    const rv = dv(record);
    if (record.length < 56 || rv.getUint32(0, true) !== SIG_ZIP64_EOCD) {
      return { ok: false, error: `The zip is damaged: no ZIP64 directory record at byte ${z64}.` };
    }
    count = u64(rv, 32);
    cdSize = u64(rv, 40);
    cdOffset = u64(rv, 48);
  }
  if (count > limits.maxEntries) {
    return { ok: false, error: `The package lists ${count.toLocaleString('en')} files; Vantage accepts up to ${limits.maxEntries.toLocaleString('en')}.` };
  }
  if (cdOffset + cdSize > fileSize) {
    return { ok: false, error: `The zip is incomplete: its directory points to byte ${cdOffset.toLocaleString('en')}, past the end of the file (truncated?).` };
  }
  if (cdSize > MAX_DIRECTORY_BYTES) {
    return { ok: false, error: `The package’s directory is ${mb(cdSize)}; Vantage reads directories up to ${mb(MAX_DIRECTORY_BYTES)} (an LMS export of ${limits.maxEntries.toLocaleString('en')} files needs far less).` };
  }

  // The whole directory is read at once: it is small, and every check below walks it.
  const directory = source.read(cdOffset, cdSize);
  const view = dv(directory);
  const zip = new ZipArchive(source, inflateRaw);
  let total = 0;
  let p = 0;
  for (let i = 0; i < count; i++) {
    const where = `entry ${i + 1} of ${count}`;
    if (p + 46 > directory.length || view.getUint32(p, true) !== SIG_CENTRAL) {
      return { ok: false, error: `The zip is damaged: its directory breaks off at ${where} (byte ${(cdOffset + p).toLocaleString('en')}).` };
    }
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const nameStart = p + 46;
    const extraStart = nameStart + nameLen;
    const next = extraStart + extraLen + commentLen;
    if (next > directory.length) return { ok: false, error: `The zip is damaged: ${where} runs past the end of the file’s directory.` };
    const rawName = decodeName(directory.subarray(nameStart, extraStart), (flags & 0x800) !== 0);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // ZIP64 extra field: only the fields whose 32-bit slot is saturated are present, in this order.
      for (let e = extraStart; e + 4 <= extraStart + extraLen; ) {
        const id = view.getUint16(e, true);
        const len = view.getUint16(e + 2, true);
        if (id === 0x0001) {
          let f = e + 4;
          if (size === 0xffffffff && f + 8 <= e + 4 + len) {
            size = u64(view, f);
            f += 8;
          }
          if (compressedSize === 0xffffffff && f + 8 <= e + 4 + len) {
            compressedSize = u64(view, f);
            f += 8;
          }
          if (localOffset === 0xffffffff && f + 8 <= e + 4 + len) localOffset = u64(view, f);
          break;
        }
        e += 4 + len;
      }
    }
    p = next;

    const name = normaliseName(rawName);
    if (name === null) {
      return { ok: false, error: `The package is unsafe: ${where} is named “${printable(rawName)}”, which points outside the package folder. Vantage does not open packages like this.` };
    }
    if (name === '' || name.endsWith('/')) continue;
    if (zip.entries.has(name)) {
      return { ok: false, error: `The package is ambiguous: “${printable(name)}” appears twice (${where}). An LMS export never does this; Vantage does not guess which one is meant.` };
    }
    // Media and documents are never inflated: they cost only their directory entry, so the size
    // caps leave them alone (a course with its lecture videos still opens). The ratio check
    // below still applies to them.
    const counted = !NEVER_READ.test(name);
    if (counted && size > limits.maxEntryBytes) {
      return { ok: false, error: `The package is refused: “${printable(name)}” declares ${mb(size)} uncompressed; the limit for one file is ${mb(limits.maxEntryBytes)}.` };
    }
    if (counted) total += size;
    if (total > limits.maxTotalBytes) {
      return { ok: false, error: `The package is refused: its files add up to more than ${mb(limits.maxTotalBytes)} uncompressed (reached at “${printable(name)}”, ${where}).` };
    }
    if (size >= limits.ratioFloorBytes && (compressedSize === 0 || size / compressedSize > limits.maxRatio)) {
      const ratio = compressedSize ? Math.round(size / compressedSize) : Infinity;
      return {
        ok: false,
        error: `The package is refused as a likely zip bomb: “${printable(name)}” (${where}) would expand ${ratio === Infinity ? 'from nothing' : `${ratio.toLocaleString('en')} times`} to ${mb(size)}.`,
      };
    }
    if (localOffset + 30 > fileSize) {
      return { ok: false, error: `The zip is damaged: “${printable(name)}” points to byte ${localOffset.toLocaleString('en')}, past the end of the file.` };
    }
    zip.entries.set(name, { name, method, encrypted: (flags & 1) !== 0, compressedSize, size, crc, localOffset });
    zip.names.push(name);
  }
  return { ok: true, zip };
}

function dv(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const last = bytes.length - 22;
  const stop = Math.max(0, last - 0xffff);
  let fallback = -1;
  for (let i = last; i >= stop; i--) {
    if (bytes[i] !== 0x50 || view.getUint32(i, true) !== SIG_EOCD) continue;
    // The comment length must reach exactly to the end; otherwise the signature sits inside a comment.
    if (i + 22 + view.getUint16(i + 20, true) === bytes.length) return i;
    if (fallback < 0) fallback = i;
  }
  return fallback;
}

function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x1_0000_0000;
}

const utf8 = new TextDecoder('utf-8');
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

function decodeName(raw: Uint8Array, isUtf8: boolean): string {
  if (isUtf8) return utf8.decode(raw);
  // Without the UTF-8 flag the name is CP437 in theory, but LMS exports write UTF-8 without setting it.
  try {
    return utf8Strict.decode(raw);
  } catch {
    return String.fromCharCode(...raw);
  }
}

/**
 * Forward slashes, no "./" segments. Null for anything that could land outside the package folder:
 * absolute paths, drive letters, ".." segments, NUL bytes.
 */
export function normaliseName(raw: string): string | null {
  if (raw.includes('\0')) return null;
  const name = raw.replace(/\\/g, '/');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return null;
  const parts = name.split('/');
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === '..') return null;
    if (part === '.' || (part === '' && i < parts.length - 1)) continue;
    kept.push(part);
  }
  return kept.join('/');
}

function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 120 ? `${clean.slice(0, 117)}…` : clean;
}

/** "12.3 MB" — sizes in messages people read. */
export function mb(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en')} KB`;
  const v = bytes / (1024 * 1024);
  return `${v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(1)} MB`;
}

/** Eight 256-entry tables: the checksum takes eight bytes per step (slicing-by-8). */
let crcTables: Uint32Array | null = null;

/** CRC-32 (IEEE), as zip stores it for every entry. */
export function crc32(data: Uint8Array): number {
  if (!crcTables) {
    crcTables = new Uint32Array(256 * 8);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTables[n] = c >>> 0;
    }
    for (let n = 0; n < 256; n++) {
      for (let t = 1; t < 8; t++) {
        const prev = crcTables[(t - 1) * 256 + n]!;
        crcTables[t * 256 + n] = (crcTables[prev & 0xff]! ^ (prev >>> 8)) >>> 0;
      }
    }
  }
  const T = crcTables;
  let c = 0xffffffff;
  let i = 0;
  const n = data.length;
  for (const stop = n - (n % 8); i < stop; i += 8) {
    const a = (c ^ (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24))) >>> 0;
    const b = data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24);
    c =
      T[7 * 256 + (a & 0xff)]! ^
      T[6 * 256 + ((a >>> 8) & 0xff)]! ^
      T[5 * 256 + ((a >>> 16) & 0xff)]! ^
      T[4 * 256 + (a >>> 24)]! ^
      T[3 * 256 + (b & 0xff)]! ^
      T[2 * 256 + ((b >>> 8) & 0xff)]! ^
      T[256 + ((b >>> 16) & 0xff)]! ^
      T[(b >>> 24) & 0xff]!;
  }
  for (; i < n; i++) c = T[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
