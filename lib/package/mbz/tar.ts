/**
 * A streaming reader for the gzip-compressed tar inside a Moodle `.mbz` (Moodle's `tgz_packer`
 * writes POSIX ustar, names split into prefix + name; archives re-packed with GNU tar or bsdtar
 * may carry GNU long-name entries or pax headers, read here too).
 *
 * A tar has no directory, so one pass through the whole stream decides everything: each entry's
 * bytes are either kept (the few XML files a caller asks for) or dropped as they pass, so memory
 * stays flat however large the backup's `files/` (its media) is. Inflated bytes are counted
 * against the compressed bytes consumed: a tiny file that inflates without end (a gzip bomb) is
 * refused while it inflates, not after.
 */
import { Gunzip } from 'fflate';
import type { ByteSource } from '../source.ts';
import type { PackageLimits } from '../types.ts';
import { mb, normaliseName } from '../zip.ts';

/** One kept entry: its bytes, or why they were not kept (the rest of the backup still reads). */
export type KeptFile = { ok: true; data: Uint8Array } | { ok: false; error: string };

export interface TarScan {
  /** Kept entries by normalised name. */
  files: Map<string, KeptFile>;
  /** Regular files in the archive, and the first three names (for messages about what it holds: names are not all kept). */
  count: number;
  sample: string[];
  /** True when it holds an imsmanifest.xml (at the top or one folder down): a cartridge someone tarred. */
  cartridge: boolean;
}

export type TarScanResult = { ok: true; scan: TarScan } | { ok: false; error: string };

/** Compressed bytes read from the source at a time. */
const READ_CHUNK = 1024 * 1024;
/** Compressed bytes pushed into the inflater at a time: deflate expands at most ~1032×, so one push yields ≤ ~16 MB. */
const PUSH_SLICE = 16 * 1024;
/**
 * Inflated bytes allowed before the ratio check starts. A backup that is mostly XML compresses
 * 10–30×, and media hardly at all; a whole stream above `maxRatio` past this point is a bomb.
 */
const RATIO_FLOOR = 64 * 1024 * 1024;
const BLOCK = 512;
const NOT_TAR = 'The file is gzip-compressed, but what it holds is not a tar archive, so it is not a Moodle course backup (Moodle’s .mbz is a zip or a gzip-compressed tar of the course’s XML files).';

/**
 * Inflates a gzip stream read piece by piece from `source` and walks the tar inside it, keeping
 * the regular files `keep` accepts. Refuses the whole file (with what and where) when it is not a
 * gzip-compressed tar, is cut off, names a path outside its folder, lists too many entries,
 * inflates past the ratio cap, or keeps more than `maxTotalBytes`. `onScan` hears how far the
 * pass has read after each megabyte (the pass is most of the time spent on a large backup).
 * With `stopAfter`, the pass ends once that many files are kept (a second pass for known files).
 */
export function scanTarGz(
  source: ByteSource,
  limits: PackageLimits,
  keep: (name: string) => boolean,
  onScan?: (done: number, total: number) => void,
  stopAfter = Number.POSITIVE_INFINITY,
): TarScanResult {
  const tar = new TarWalker(limits, keep, stopAfter);
  let inflated = 0;
  let consumed = 0;
  let failure: string | null = null;
  const gunzip = new Gunzip((chunk) => {
    if (failure || tar.done) return;
    inflated += chunk.length;
    failure = tar.push(chunk);
  });
  try {
    for (let offset = 0; offset < source.length && !failure && !tar.done; ) {
      const piece = source.read(offset, Math.min(READ_CHUNK, source.length - offset));
      if (piece.length === 0) break;
      offset += piece.length;
      onScan?.(offset, source.length);
      for (let p = 0; p < piece.length && !failure && !tar.done; p += PUSH_SLICE) {
        const slice = piece.subarray(p, Math.min(p + PUSH_SLICE, piece.length));
        consumed += slice.length;
        gunzip.push(slice, offset >= source.length && p + PUSH_SLICE >= piece.length);
        if (inflated > RATIO_FLOOR && inflated > consumed * limits.maxRatio) {
          failure = `The backup is refused as a likely gzip bomb: ${mb(consumed)} of it inflated to ${mb(inflated)} (more than ${limits.maxRatio} times), which no course backup does.`;
        }
      }
    }
  } catch (e) {
    if (!failure && !tar.done) {
      const why = e instanceof Error ? e.message : String(e);
      failure = /unexpected EOF/i.test(why)
        ? `The backup is incomplete: its compressed data stops after ${mb(consumed)}${tar.current ? `, inside “${tar.current}”` : ''} (the download or copy was probably cut off). Download the backup again.`
        : `The backup is damaged: its gzip data is invalid after ${mb(consumed)} (${why}).`;
    }
  }
  if (failure) return { ok: false, error: failure };
  if (!tar.done) {
    if (!tar.started) {
      return inflated === 0
        ? { ok: false, error: 'The file is gzip-compressed but holds nothing (an empty archive).' }
        : { ok: false, error: NOT_TAR };
    }
    return {
      ok: false,
      error: `The backup is incomplete: its archive ends${tar.current ? ` inside “${tar.current}”` : ' before its end marker'} (the download or copy was probably cut off). Download the backup again.`,
    };
  }
  return { ok: true, scan: { files: tar.files, count: tar.count, sample: tar.sample, cartridge: tar.cartridge } };
}

/** Where the walker is: reading a header, passing an entry's data, or passing its padding. */
type Phase = 'header' | 'data' | 'pad';

/** The tar state machine, fed inflated bytes in chunks of any size. */
class TarWalker {
  readonly files = new Map<string, KeptFile>();
  readonly sample: string[] = [];
  count = 0;
  cartridge = false;
  /** The last regular file's name, for "the entry after …" messages. */
  private last = '';
  /** True once the end marker (a zero block) is read: the rest of the stream is never inflated. */
  done = false;
  /** True once one header was read. */
  started = false;
  /** Name of the entry being passed, for "cut off inside …" messages. */
  current: string | null = null;

  private phase: Phase = 'header';
  private header = new Uint8Array(BLOCK);
  private headerFill = 0;
  private remaining = 0;
  private padding = 0;
  private entries = 0;
  private keptTotal = 0;
  /** Where the current entry's bytes go: a buffer of its exact size, or nowhere. */
  private sink: Uint8Array | null = null;
  private sinkFill = 0;
  /** What an entry's data means when it is not a file: a GNU long name or a pax header. */
  private meta: 'longname' | 'pax' | null = null;
  /** Name and size carried over from a GNU long-name entry or pax header to the next header. */
  private nextName: string | null = null;
  private nextSize: number | null = null;

  constructor(
    private readonly limits: PackageLimits,
    private readonly keep: (name: string) => boolean,
    private readonly stopAfter: number,
  ) {}

  /** Consumes one chunk; returns a refusal message, or null to go on. */
  push(chunk: Uint8Array): string | null {
    let i = 0;
    while (i < chunk.length && !this.done) {
      if (this.phase === 'header') {
        const take = Math.min(BLOCK - this.headerFill, chunk.length - i);
        this.header.set(chunk.subarray(i, i + take), this.headerFill);
        this.headerFill += take;
        i += take;
        if (this.headerFill === BLOCK) {
          this.headerFill = 0;
          const problem = this.startEntry();
          if (problem) return problem;
        }
      } else if (this.phase === 'data') {
        const take = Math.min(this.remaining, chunk.length - i);
        if (this.sink) this.sink.set(chunk.subarray(i, i + take), this.sinkFill);
        this.sinkFill += take;
        this.remaining -= take;
        i += take;
        if (this.remaining === 0) {
          const problem = this.finishEntry();
          if (problem) return problem;
        }
      } else {
        const take = Math.min(this.padding, chunk.length - i);
        this.padding -= take;
        i += take;
        if (this.padding === 0) this.phase = 'header';
      }
    }
    return null;
  }

  private startEntry(): string | null {
    const h = this.header;
    if (isZeroBlock(h)) {
      // The end marker is two zero blocks; one is enough to know no entry follows.
      if (!this.started) return NOT_TAR;
      this.done = true;
      this.current = null;
      return null;
    }
    if (!checksumMatches(h)) {
      return this.started
        ? `The backup is damaged: the archive entry after “${this.last || 'the start'}” has a broken header.`
        : NOT_TAR;
    }
    this.started = true;
    const type = String.fromCharCode(h[156]!);
    // Long-name and pax entries describe the next entry: only real entries count against the cap.
    if (type !== 'L' && type !== 'x' && type !== 'g' && ++this.entries > this.limits.maxEntries) {
      return `The backup lists more than ${this.limits.maxEntries.toLocaleString('en')} files; Vantage accepts up to ${this.limits.maxEntries.toLocaleString('en')}.`;
    }
    const size = this.nextSize ?? readNumber(h, 124, 12);
    if (size < 0) return `The backup is damaged: entry ${this.entries} has an unreadable size.`;
    const rawName = this.nextName ?? headerName(h);
    this.remaining = size;
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
    this.sink = null;
    this.sinkFill = 0;
    this.meta = null;

    if (type === 'L' || type === 'x') {
      // Long names and pax records are small; anything else is not a real archive.
      if (size > 1024 * 1024) return `The backup is damaged: entry ${this.entries + 1} declares a ${mb(size)} name header.`;
      this.meta = type === 'L' ? 'longname' : 'pax';
      this.sink = new Uint8Array(size);
      this.current = rawName;
      return this.afterHeader();
    }
    this.nextName = null;
    this.nextSize = null;
    const name = normaliseName(rawName);
    if (name === null) {
      return `The backup is unsafe: it holds a file named “${printable(rawName)}”, which points outside the backup folder. Vantage does not open backups like this.`;
    }
    this.current = name;
    const regular = type === '0' || type === '\0' || type === '7';
    if (regular && name !== '' && !name.endsWith('/')) {
      this.count++;
      this.last = name;
      if (this.sample.length < 3) this.sample.push(name);
      if (/^(?:[^/]+\/)?imsmanifest\.xml$/.test(name)) this.cartridge = true;
      if (this.keep(name)) {
        if (this.files.has(name)) {
          return `The backup is ambiguous: “${printable(name)}” appears twice. Moodle never writes this; Vantage does not guess which one is meant.`;
        }
        if (size > this.limits.maxReadBytes) {
          this.files.set(name, { ok: false, error: `“${name}” is ${mb(size)}; Vantage reads text files up to ${mb(this.limits.maxReadBytes)}` });
        } else if (this.keptTotal + size > this.limits.maxTotalBytes) {
          return `The backup is refused: the course files Vantage reads add up to more than ${mb(this.limits.maxTotalBytes)} (reached at “${printable(name)}”).`;
        } else {
          this.keptTotal += size;
          this.sink = new Uint8Array(size);
        }
      }
    }
    // Anything else (folders, links, pax global headers, media) has its data passed over.
    return this.afterHeader();
  }

  private afterHeader(): string | null {
    if (this.remaining === 0) return this.finishEntry();
    this.phase = 'data';
    return null;
  }

  private finishEntry(): string | null {
    const data = this.sink;
    this.sink = null;
    this.phase = this.padding ? 'pad' : 'header';
    if (this.meta === 'longname' && data) {
      this.nextName = cString(data, 0, data.length);
    } else if (this.meta === 'pax' && data) {
      const pax = parsePax(data);
      if (pax.path !== undefined) this.nextName = pax.path;
      if (pax.size !== undefined) this.nextSize = pax.size;
    } else if (data && this.current) {
      this.files.set(this.current, { ok: true, data });
      if (this.files.size >= this.stopAfter) this.done = true;
    }
    this.meta = null;
    return null;
  }
}

function isZeroBlock(h: Uint8Array): boolean {
  for (let i = 0; i < BLOCK; i++) if (h[i] !== 0) return false;
  return true;
}

/** The header checksum: the byte sum with the checksum field counted as spaces (some writers sum signed bytes). */
function checksumMatches(h: Uint8Array): boolean {
  const stored = readNumber(h, 148, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 32 : h[i]!;
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return stored === unsigned || stored === signed;
}

/** An octal field (NUL/space terminated), or GNU base-256 when its high bit is set; -1 when unreadable. */
function readNumber(h: Uint8Array, at: number, len: number): number {
  if (h[at]! & 0x80) {
    let v = h[at]! & 0x7f;
    for (let i = 1; i < len; i++) v = v * 256 + h[at + i]!;
    return Number.isSafeInteger(v) ? v : -1;
  }
  const text = cString(h, at, len).trim();
  if (text === '') return 0;
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : -1;
}

/** ustar name: prefix + "/" + name when the prefix field is used (Moodle splits long paths this way). */
function headerName(h: Uint8Array): string {
  const name = cString(h, 0, 100);
  const magic = cString(h, 257, 6);
  const prefix = magic.startsWith('ustar') ? cString(h, 345, 155) : '';
  return prefix ? `${prefix}/${name}` : name;
}

const utf8 = new TextDecoder('utf-8');

function cString(bytes: Uint8Array, at: number, len: number): string {
  let end = at;
  while (end < at + len && bytes[end] !== 0) end++;
  return utf8.decode(bytes.subarray(at, end));
}

/** pax records: "<length> <key>=<value>\n", repeated; the length counts bytes. Only `path` and `size` matter here. */
function parsePax(data: Uint8Array): { path?: string; size?: number } {
  const out: { path?: string; size?: number } = {};
  let i = 0;
  while (i < data.length) {
    let space = i;
    while (space < data.length && data[space] !== 32) space++;
    const len = parseInt(utf8.decode(data.subarray(i, space)), 10);
    if (!(len > 0) || i + len > data.length) break;
    const record = utf8.decode(data.subarray(space + 1, i + len - 1));
    const eq = record.indexOf('=');
    if (eq > 0) {
      const key = record.slice(0, eq);
      const value = record.slice(eq + 1);
      if (key === 'path') out.path = value;
      else if (key === 'size' && /^\d+$/.test(value)) out.size = Number(value);
    }
    i += len;
  }
  return out;
}

function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 120 ? `${clean.slice(0, 117)}…` : clean;
}
