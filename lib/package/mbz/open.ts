/**
 * Opens a Moodle course backup (`.mbz`) as a course export: every assignment (mod_assign,
 * mod_workshop), and the forums and pages that read as tasks, with the same item shape, the same
 * caps and the same per-item errors as a Common Cartridge. Moodle writes the `.mbz` as a zip by
 * default and as a gzip-compressed tar where the site enables it (`enabletgzbackups`, Moodle 2.6+);
 * both are read here, the tar in one streamed pass that never holds its media.
 */
import type { ItemRead, OpenedPackage, OpenPackageResult } from '../read.ts';
import { describeNonZip } from '../sniff.ts';
import { toSource, type PackageInput } from '../source.ts';
import type { MoodleBackupFormat, PackageLimits, ReadPackageOptions } from '../types.ts';
import { child, parseXml, textOf, type XmlElement } from '../xml.ts';
import { DEFAULT_LIMITS } from '../zip.ts';
import { ACTIVITY_READERS } from './activities.ts';
import { clean, defaultSectionName, moodleLangToBcp47, readContents, readCourse, readSection, type BackupActivity, type BackupSection } from './backup.ts';
import { tarFiles, zipFiles, type BackupFiles } from './files.ts';
import { carriesHandouts, handoutsOf, listStoredHandouts, storedName, type StoredHandout } from './handouts.ts';
import { itemWith, MAX_HANDOUT_BYTES, namedAsBrief, withHandouts } from '../readers/common.ts';
import type { Handout } from '../readers/types.ts';

/** A backup's handle on one activity: the contents-list entry it was found under. */
export interface MbzCandidate {
  activity: BackupActivity;
}

/** The cartridge options (`onScan` hears the one pass a gzip-compressed backup needs). */
export type MoodleBackupOptions = ReadPackageOptions;

const HINT = 'Back the course up in Moodle (Course administration → Backup) and use the .mbz file it gives, or export the course as IMS Common Cartridge (.imscc).';

/**
 * Opens and checks a Moodle backup and lists the activities it will read, without reading them
 * yet. `{ ok: false, error }` when the file itself cannot be used (not a backup, cut off, a gzip
 * or zip bomb, unsafe names, over the caps); a missing or broken activity is that item's error.
 */
export function openMoodleBackup(input: PackageInput, opts: MoodleBackupOptions = {}): OpenPackageResult {
  const limits: PackageLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const source = toSource(input);
  const head = source.read(0, 4);
  let container: MoodleBackupFormat['container'];
  let opened: { ok: true; files: BackupFiles } | { ok: false; error: string };
  if (head[0] === 0x1f && head[1] === 0x8b) {
    container = 'tar.gz';
    opened = tarFiles(source, limits, opts.onScan);
  } else if (head[0] === 0x50 && head[1] === 0x4b) {
    container = 'zip';
    opened = zipFiles(source, limits, opts.inflateRaw);
  } else {
    const kind = describeNonZip(source.read(0, 1024)) ?? 'not a zip or gzip file';
    return { ok: false, error: `Not a Moodle course backup: this is ${kind}. ${HINT}` };
  }
  if (!opened.ok) return opened;
  const files = opened.files;

  const root = findBackupRoot(files.wanted);
  if (root === null) return { ok: false, error: describeNonBackup(files, container) };
  const contentsXml = readXml(files, `${root}moodle_backup.xml`);
  if (!contentsXml.ok) return { ok: false, error: `The backup’s moodle_backup.xml cannot be read: ${contentsXml.error}.` };
  const contents = readContents(contentsXml.root);
  if (!contents) return { ok: false, error: `The backup’s moodle_backup.xml is not Moodle’s contents list (its root is <${contentsXml.root.name}>). ${HINT}` };

  const courseXml = readXml(files, `${root}course/course.xml`);
  const course = readCourse(courseXml.ok ? courseXml.root : undefined);
  const sections = new Map<string, BackupSection>();
  for (const [id, dir] of contents.sectionDirs) {
    const s = readXml(files, `${root}${dir}/section.xml`);
    if (s.ok) sections.set(id, readSection(s.root, id));
  }

  const candidates: MbzCandidate[] = contents.activities.filter((a) => ACTIVITY_READERS.has(a.moduleName)).map((activity) => ({ activity }));
  const name = course.fullName || contents.courseName || stripExtension(opts.fileName) || 'Moodle course';
  const format: MoodleBackupFormat = { version: contents.release, root, kind: 'moodle-backup', container };
  const includeHtml = opts.includeHtml ?? false;
  const handouts = storedHandouts(files, root, container);

  const readOne = (c: MbzCandidate): ItemRead => {
    const a = c.activity;
    const id = `${a.moduleName}_${a.moduleId}`;
    const path = `${root}${a.directory}/${a.moduleName}.xml`;
    const fail = (message: string) => ({ error: { item: id, ...(a.title ? { title: a.title } : {}), path, message } });
    if (!files.has(path)) {
      return a.included ? fail(`missing file “${path}” (moodle_backup.xml lists the activity but the backup does not hold it)`) : { skip: 'left out when the backup was made' };
    }
    const doc = readXml(files, path);
    if (!doc.ok) return fail(doc.error);
    const el = child(doc.root, a.moduleName);
    if (doc.root.name !== 'activity' || !el) return fail(`“${path}” is not a Moodle ${a.moduleName} activity (no <activity><${a.moduleName}>)`);

    const moduleXml = readXml(files, `${root}${a.directory}/module.xml`);
    const module = moduleXml.ok ? moduleXml.root : undefined;
    if (clean(textOf(child(module, 'visible'))) === '0') return { skip: 'hidden from students in Moodle' };
    const sectionId = clean(textOf(child(module, 'sectionid'))) || a.sectionId;
    const section = sections.get(sectionId);
    if (section && !section.visible) return { skip: 'in a section hidden from students in Moodle' };

    const outcome = ACTIVITY_READERS.get(a.moduleName)!.read(el, a.title);
    if ('skip' in outcome) return outcome;
    if ('error' in outcome) return fail(outcome.error);
    const f = outcome.fields;
    const language = moodleLangToBcp47(clean(textOf(child(module, 'lang')))) ?? f.lang ?? course.language;
    // Whether it is a task was decided on its own text above; its handouts only add to what is read.
    const described = carriesHandouts(a.moduleName) ? withHandouts(f.description, handouts.of(a.moduleName, doc.root.attrs.contextid ?? '', el)) : { description: f.description };
    const moduleName = section ? section.name || defaultSectionName(section.number, course, contents.release) : undefined;
    return itemWith(described, {
      id,
      title: f.title,
      kind: f.kind,
      description: described.description,
      ...(includeHtml && f.html !== undefined ? { html: f.html } : {}),
      path: doc.path,
      ...(language ? { language } : {}),
      ...(moduleName ? { module: moduleName } : {}),
    });
  };

  const pkg: OpenedPackage<MbzCandidate> = {
    name,
    format,
    candidates,
    read(candidate) {
      try {
        return readOne(candidate);
      } catch (e) {
        const a = candidate.activity;
        return { error: { item: `${a.moduleName}_${a.moduleId}`, message: `could not be read (${e instanceof Error ? e.message : String(e)})` } };
      }
    },
  };
  return { ok: true, pkg };
}

/** Every audited activity's handouts together, at most this much (declared sizes) for a compressed tar's second pass. */
const MAX_FETCHED_HANDOUT_BYTES = 64 * 1024 * 1024;

/**
 * The backup's handouts (`handouts.ts`), each read when an activity reaches it. A compressed tar
 * is streamed once more, the first time one is needed, for all of them together: its first pass
 * meets the files before `files.xml` says what they are. A backup whose activities link no Word
 * or OpenDocument file never pays for that pass.
 */
function storedHandouts(files: BackupFiles, root: string, container: MoodleBackupFormat['container']): { of(moduleName: string, contextId: string, el: XmlElement): Handout[] } {
  // files.xml lists every file of the course: parsed when the first activity that can carry a
  // handout is read, not while the backup is opened, and never for a course without one.
  let stored: StoredHandout[] | null = null;
  const list = (): StoredHandout[] => {
    if (stored) return stored;
    const xml = readXml(files, `${root}files.xml`);
    return (stored = xml.ok ? listStoredHandouts(xml.root) : []);
  };
  let fetched = container === 'zip';
  const read = (h: StoredHandout): ReturnType<Handout['read']> => {
    if (!fetched) {
      fetched = true;
      const names = new Set<string>();
      let total = 0;
      // Within the budget, files named as briefs first, then the smallest: a course's readings
      // (LINCS Adult Numeracy links 128 MB of PDFs) must not crowd out the one brief.
      const byPriority = [...list()].sort((a, b) => Number(namedAsBrief(b.name)) - Number(namedAsBrief(a.name)) || a.size - b.size);
      for (const s of byPriority) {
        if (s.size > MAX_HANDOUT_BYTES || total + s.size > MAX_FETCHED_HANDOUT_BYTES) continue;
        if (!names.has(storedName(root, s.hash))) total += s.size;
        names.add(storedName(root, s.hash));
      }
      files.fetchStored(names, MAX_HANDOUT_BYTES);
    }
    return files.readStored(storedName(root, h.hash), MAX_HANDOUT_BYTES);
  };
  return {
    of: (moduleName, contextId, el) => handoutsOf(moduleName, contextId, el, list()).map((h) => ({ name: h.name, read: () => read(h) })),
  };
}

/** "" when moodle_backup.xml is at the top; "Folder/" when someone re-packed the unpacked backup with its folder; else null. */
function findBackupRoot(names: readonly string[]): string | null {
  if (names.includes('moodle_backup.xml')) return '';
  const nested = names.filter((n) => /^[^/]+\/moodle_backup\.xml$/.test(n));
  return nested.length === 1 ? nested[0]!.slice(0, -'moodle_backup.xml'.length) : null;
}

function describeNonBackup(files: BackupFiles, container: MoodleBackupFormat['container']): string {
  const what = container === 'zip' ? 'zip' : 'gzip-compressed tar archive';
  if (files.cartridge) {
    return `This ${what} is an IMS Common Cartridge course export, not a Moodle backup: open it as a course export (.imscc).`;
  }
  const sample = files.sample.map((n) => `“${n}”`).join(', ');
  const n = files.count;
  return (
    `This ${what} has no moodle_backup.xml, so it is not a Moodle course backup` +
    (n ? ` (it holds ${n.toLocaleString('en')} file${n === 1 ? '' : 's'}, e.g. ${sample}). ` : ' (it is empty). ') +
    HINT
  );
}

type XmlRead = { ok: true; root: XmlElement; path: string } | { ok: false; error: string };

function readXml(files: BackupFiles, path: string): XmlRead {
  if (!files.has(path)) return { ok: false, error: `missing file “${path}”` };
  const r = files.read(path);
  if (!r.ok) return r;
  const parsed = parseXml(decodeUtf8(r.data));
  return parsed.ok ? { ok: true, root: parsed.root, path } : { ok: false, error: `“${path}” is not well-formed XML: ${parsed.error}` };
}

const utf8 = new TextDecoder('utf-8');

/** Moodle 2+ writes every backup file as UTF-8 (backup_xml_transformer); a stray bad byte becomes U+FFFD rather than failing the item. */
function decodeUtf8(data: Uint8Array): string {
  return utf8.decode(data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data);
}

function stripExtension(fileName: string | undefined): string {
  if (!fileName) return '';
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.(?:mbz|zip|tgz|tar\.gz)$/i, '').trim();
}
