/**
 * The few files of a Moodle backup that Vantage reads, behind one interface for both of Moodle's
 * containers: a gzip-compressed tar (streamed once; the wanted XML is kept, everything else
 * dropped as it passes) and a zip (read on demand through its directory).
 */
import type { ByteSource } from '../source.ts';
import type { PackageLimits } from '../types.ts';
import { mb, openZip } from '../zip.ts';
import { scanTarGz, type KeptFile } from './tar.ts';

/** The backup's XML files Vantage may read, and what else it holds (for messages). */
export interface BackupFiles {
  /** Names of the files Vantage may read (the wanted XML present in the backup). */
  readonly wanted: readonly string[];
  /** Every file in the backup: how many, the first few names, and whether one is a cartridge manifest. */
  readonly count: number;
  readonly sample: readonly string[];
  readonly cartridge: boolean;
  has(name: string): boolean;
  read(name: string): KeptFile;
  /**
   * A stored file (`files/ab/abcdef…`, a handout) by name, up to `maxBytes`. A zip reads it on
   * demand; a compressed tar holds only what `fetchStored` brought in.
   */
  readStored(name: string, maxBytes: number): KeptFile;
  /**
   * Brings `names` in before `readStored` asks for them: a compressed tar's second pass (the
   * first cannot know them: `files.xml` comes after the files). Nothing for a zip. Returns the
   * pass's refusal, if any; the files are then simply not there.
   */
  fetchStored(names: ReadonlySet<string>, maxBytes: number): string | null;
}

/** Where a backup keeps a file's bytes: `files/<first two hex digits>/<SHA-1 of the content>`. */
const STORED = /^(?:[^/]+\/)?files\/[0-9a-f]{2}\/[0-9a-f]{40}$/;

const MANIFEST = /^(?:[^/]+\/)?imsmanifest\.xml$/;

/**
 * True when a zip's file names are a Moodle backup's: `moodle_backup.xml` at the top (or one
 * folder down) and no cartridge manifest. For routing a zip before the cartridge caps apply.
 */
export function isMoodleBackupZip(names: readonly string[]): boolean {
  return !names.some((n) => MANIFEST.test(n)) && names.some((n) => /^(?:[^/]+\/)?moodle_backup\.xml$/.test(n));
}

const MAIN_XML = /^(?:[^/]+\/)?(?:moodle_backup\.xml|files\.xml|course\/course\.xml|sections\/section_\d+\/section\.xml|activities\/(assign|workshop|forum|page|journal|wiki)_\d+\/(?:module|assign|workshop|forum|page|journal|wiki)\.xml)$/;

/**
 * The files worth keeping: the contents list, the list of stored files, the course, its sections,
 * and the main and module XML of the activity kinds Vantage audits (a folder level above them is
 * allowed, for a backup someone unpacked and re-packed with its folder).
 */
export function isWanted(name: string): boolean {
  const m = MAIN_XML.exec(name);
  if (!m) return false;
  if (!m[1]) return true;
  const file = name.slice(name.lastIndexOf('/') + 1);
  return file === 'module.xml' || file === `${m[1]}.xml`;
}

/** One pass over a gzip-compressed tar, keeping only the wanted XML. */
export function tarFiles(
  source: ByteSource,
  limits: PackageLimits,
  onScan?: (done: number, total: number) => void,
): { ok: true; files: BackupFiles } | { ok: false; error: string } {
  const scanned = scanTarGz(source, limits, isWanted, onScan);
  if (!scanned.ok) return scanned;
  const { files, count, sample, cartridge } = scanned.scan;
  const stored = new Map<string, KeptFile>();
  const absent = (name: string): KeptFile => ({ ok: false, error: `the backup does not hold “${name}”` });
  return {
    ok: true,
    files: {
      wanted: [...files.keys()],
      count,
      sample,
      cartridge,
      has: (name) => files.has(name),
      read: (name) => files.get(name) ?? absent(name),
      readStored: (name) => stored.get(name) ?? absent(name),
      fetchStored(names, maxBytes) {
        const wanted = [...names].filter((n) => !stored.has(n));
        if (!wanted.length) return null;
        const want = new Set(wanted);
        const second = scanTarGz(source, { ...limits, maxReadBytes: maxBytes }, (n) => want.has(n), undefined, want.size);
        if (!second.ok) return second.error;
        for (const [name, file] of second.scan.files) stored.set(name, file);
        return null;
      },
    },
  };
}

/**
 * A zip-form backup. Moodle names the media in `files/` by content hash, with no extension, so
 * the zip reader cannot tell them from text: its per-file and total caps are lifted for the
 * directory and applied here to the files Vantage reads. Its ratio check (zip bombs) stays on.
 */
export function zipFiles(
  source: ByteSource,
  limits: PackageLimits,
  inflateRaw?: (data: Uint8Array, size: number) => Uint8Array | null,
): { ok: true; files: BackupFiles } | { ok: false; error: string } {
  const opened = openZip(source, { ...limits, maxEntryBytes: Number.MAX_SAFE_INTEGER, maxTotalBytes: Number.MAX_SAFE_INTEGER }, inflateRaw);
  if (!opened.ok) return opened;
  const zip = opened.zip;
  let total = 0;
  for (const name of zip.names) {
    if (!isWanted(name)) continue;
    const size = zip.entries.get(name)!.size;
    if (size <= limits.maxReadBytes) total += size;
    if (total > limits.maxTotalBytes) {
      return { ok: false, error: `The backup is refused: the course files Vantage reads add up to more than ${mb(limits.maxTotalBytes)} (reached at “${name}”).` };
    }
  }
  return {
    ok: true,
    files: {
      wanted: zip.names.filter(isWanted),
      count: zip.names.length,
      sample: zip.names.slice(0, 3),
      cartridge: zip.names.some((n) => MANIFEST.test(n)),
      has: (name) => isWanted(name) && zip.entries.has(name),
      read: (name) => (isWanted(name) ? zip.read(name, limits.maxReadBytes) : { ok: false, error: `the backup does not hold “${name}”` }),
      readStored: (name, maxBytes) => (STORED.test(name) && zip.entries.has(name) ? zip.read(name, maxBytes) : { ok: false, error: `the backup does not hold “${name}”` }),
      fetchStored: () => null,
    },
  };
}
