/**
 * Opens a course export (IMS Common Cartridge `.imscc`, a zip; a Moodle backup `.mbz` is handed to
 * mbz/) and reads its assignments, assignment-like pages and discussion prompts. Package-level problems (not a zip, truncated, zip
 * bomb, unsafe names, no manifest) refuse the whole file with a message that says what and where;
 * problems with one item (a missing file, broken XML) go to `errors` and the rest is still read.
 */
import { decodeText } from '../decode-text.ts';
import { isMoodleBackupZip, openMoodleBackup } from './mbz/index.ts';
import { toSource, type PackageInput } from './source.ts';
import { readManifest, type CcManifest, type CcResource } from './manifest.ts';
import { blackboardCourseTitle } from './readers/blackboard.ts';
import { ASSIGNMENT_READERS, READERS } from './readers/index.ts';
import type { FileBytes, FileText, FileXml, Handout, ReadContext, ReaderOutcome, ResourceReader } from './readers/types.ts';
import { describeNonZip, describeZipWithoutManifest, notAZipMessage } from './sniff.ts';
import type { BlackboardExportFormat, D2lExportFormat, ItemError, PackageFormat, PackageItem, PackageLimits, ReadPackageOptions, ReadPackageResult } from './types.ts';
import { parseXml } from './xml.ts';
import { DEFAULT_LIMITS, openZip, type ZipArchive } from './zip.ts';

/** Re-exported: callers of the package reader decode its files the same way. */
export { decodeText };

/** A resource some reader will read, known before any item file is opened. */
export interface Candidate {
  resource: CcResource;
  reader: ResourceReader;
}

/**
 * An opened package: its name and format, the items it will yield, and a reader for each. `C` is
 * the format's own handle on one item (a cartridge's resource and reader); callers only pass the
 * candidates back to `read`.
 */
export interface OpenedPackage<C = unknown> {
  name: string;
  format: PackageFormat;
  /** In course-outline order, then manifest order for resources outside the outline. */
  candidates: C[];
  /** Reads one candidate. Never throws: an unexpected failure becomes that item's error. */
  read(candidate: C): ItemRead;
}

/**
 * One candidate read: an item (with the PDF handouts its description still waits for, which
 * `withPdfHandouts` reads), or why it is no item.
 */
export type ItemRead = { item: PackageItem; pdfs?: Handout[] } | { skip: string } | { error: ItemError };

export type OpenPackageResult = { ok: true; pkg: OpenedPackage } | { ok: false; error: string };

/** Opens and checks a package and lists what it will read, without reading the items yet. */
export function openPackage(input: PackageInput, opts: ReadPackageOptions = {}): OpenPackageResult {
  const limits: PackageLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const source = toSource(input);
  const head = source.read(0, 1024);
  // Moodle's own backup (.mbz): a gzip-compressed tar where the site enables it, else a zip.
  if (head[0] === 0x1f && head[1] === 0x8b) return openMoodleBackup(source, opts);
  const kind = describeNonZip(head);
  if (kind) return { ok: false, error: notAZipMessage(kind) };
  const opened = openZip(source, limits, opts.inflateRaw);
  let zip: ZipArchive;
  if (opened.ok) zip = opened.zip;
  else {
    // A Moodle backup keeps its media as files/<xx>/<sha1>, names without an extension, so a big
    // video counts against the cartridge caps; the backup reader holds only its XML to them.
    const relaxed = openZip(source, { ...limits, maxEntryBytes: Number.MAX_SAFE_INTEGER, maxTotalBytes: Number.MAX_SAFE_INTEGER }, opts.inflateRaw);
    if (relaxed.ok && isMoodleBackupZip(relaxed.zip.names)) return openMoodleBackup(source, opts);
    // A Blackboard course archive holds the students' submitted files (csfiles/, any kind of file)
    // beside the course; only its .dat files are read, each held to maxReadBytes.
    if (!relaxed.ok || !isBlackboardZip(relaxed.zip.names)) return opened;
    zip = relaxed.zip;
  }
  if (isMoodleBackupZip(zip.names)) return openMoodleBackup(source, opts);

  const root = findManifestRoot(zip.names);
  if (root === null) return { ok: false, error: describeZipWithoutManifest(zip.names) };
  const manifestPath = `${root}imsmanifest.xml`;
  const manifestBytes = zip.read(manifestPath, limits.maxReadBytes);
  if (!manifestBytes.ok) return { ok: false, error: `The package’s imsmanifest.xml cannot be read: ${manifestBytes.error}.` };
  const parsed = parseXml(decodeText(manifestBytes.data));
  if (!parsed.ok) return { ok: false, error: `The package’s imsmanifest.xml is not well-formed XML (${parsed.error}), so its contents cannot be listed.` };
  const read = readManifest(parsed.root, root);
  if (!read.ok) return read;
  const manifest = read.manifest;

  const ctx = makeContext(zip, manifest, limits, opts.includeHtml ?? false);
  const candidates = listCandidates(manifest, ctx);
  // Blackboard's manifest names no course: its title is in the course's settings object.
  const ownTitle = manifest.title || (manifest.blackboard ? blackboardCourseTitle(ctx) : '');
  const name = ownTitle || stripExtension(opts.fileName) || manifest.identifier || 'Course package';
  const d2l: D2lExportFormat = { version: null, root, kind: 'd2l-export' };
  const bb: BlackboardExportFormat = { version: null, root, kind: 'blackboard-export' };
  const format: PackageFormat = manifest.d2l ? d2l : manifest.blackboard ? bb : { version: manifest.version, root };
  const pkg: OpenedPackage<Candidate> = {
    name,
    format,
    candidates,
    read(candidate) {
      let outcome: ReaderOutcome;
      try {
        outcome = candidate.reader.read(candidate.resource, ctx);
      } catch (e) {
        outcome = { error: `could not be read (${e instanceof Error ? e.message : String(e)})` };
      }
      if ('error' in outcome) {
        const res = candidate.resource;
        const title = manifest.outline.get(res.id)?.title;
        const path = outcome.path ?? res.href ?? res.files[0];
        return { error: { item: res.id, ...(title ? { title } : {}), ...(path ? { path } : {}), message: outcome.error } };
      }
      return outcome;
    },
  };
  return { ok: true, pkg };
}

/**
 * Reads every assignment, assignment-like page and discussion prompt of a course export.
 * `{ ok: false, error }` when the file itself cannot be used; per-item problems are in `errors`.
 * Synchronous, so PDF handouts are not read into the descriptions here (`auditPackage` reads them).
 */
export function readPackage(input: PackageInput, opts: ReadPackageOptions = {}): ReadPackageResult {
  const opened = openPackage(input, opts);
  if (!opened.ok) return opened;
  const { pkg } = opened;
  const items: PackageItem[] = [];
  const errors: ItemError[] = [];
  for (const c of pkg.candidates) {
    const r = pkg.read(c);
    if ('item' in r) items.push(r.item);
    else if ('error' in r) errors.push(r.error);
  }
  return { ok: true, name: pkg.name, format: pkg.format, items, errors };
}

/** Blackboard's own export or archive: its package marker, or its manifest beside resNNNNN.dat files. */
function isBlackboardZip(names: readonly string[]): boolean {
  return names.includes('.bb-package-info') || (names.includes('imsmanifest.xml') && names.some((n) => /^res\d{5}\.dat$/.test(n)));
}

/** "" when imsmanifest.xml is at the top; "Folder/" when someone zipped the export's folder; else null. */
function findManifestRoot(names: readonly string[]): string | null {
  if (names.includes('imsmanifest.xml')) return '';
  const nested = names.filter((n) => /^[^/]+\/imsmanifest\.xml$/.test(n));
  return nested.length === 1 ? nested[0]!.slice(0, -'imsmanifest.xml'.length) : null;
}

function listCandidates(manifest: CcManifest, ctx: ReadContext): Candidate[] {
  const out: Candidate[] = [];
  for (const resource of manifest.resources) {
    const reader = READERS.find((r) => r.claims(resource, ctx));
    if (reader?.expand) out.push(...reader.expand(resource, ctx));
    else if (reader) out.push({ resource, reader });
  }
  const rank = (c: Candidate) => manifest.outline.get(c.resource.id)?.order ?? Number.MAX_SAFE_INTEGER;
  // Stable sort: resources outside the outline keep manifest order after those in it.
  return out.map((c, i) => ({ c, i, r: rank(c) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.c);
}

function makeContext(zip: ZipArchive, manifest: CcManifest, limits: PackageLimits, includeHtml: boolean): ReadContext {
  const assignmentFiles = new Set<string>();
  const assignmentTitles = new Set<string>();
  const ctx: ReadContext = {
    manifest,
    assignmentFiles,
    carriesAssignments: false,
    assignmentTitles,
    includeHtml,
    readText(path: string): FileText {
      const name = findEntry(zip, path);
      if (!name) return { ok: false, error: `missing file “${path}” (the manifest lists it but the zip does not hold it)` };
      const r = zip.read(name, limits.maxReadBytes);
      if (!r.ok) return r;
      return { ok: true, text: decodeText(r.data), path: name };
    },
    readBytes(path: string, maxBytes: number): FileBytes {
      const name = findEntry(zip, path);
      if (!name) return { ok: false, error: `missing file “${path}”` };
      const r = zip.read(name, maxBytes);
      return r.ok ? { ok: true, data: r.data, path: name } : r;
    },
    readXml(path: string): FileXml {
      const text = ctx.readText(path);
      if (!text.ok) return text;
      const parsed = parseXml(text.text);
      return parsed.ok ? { ok: true, root: parsed.root, path: text.path } : { ok: false, error: `“${path}” is not well-formed XML: ${parsed.error}` };
    },
  };
  for (const res of manifest.resources) {
    const owned = ASSIGNMENT_READERS.some((r) => r.claims(res, ctx));
    if (owned) {
      for (const f of res.files) assignmentFiles.add(f);
      if (res.href) assignmentFiles.add(res.href);
    }
    if (owned || (res.type === 'webcontent' && res.intendedUse === 'assignment')) {
      ctx.carriesAssignments = true;
      const title = manifest.outline.get(res.id)?.title;
      if (title) assignmentTitles.add(title.toLowerCase());
    }
  }
  return ctx;
}

/** Manifest hrefs are URL-ish ("My%20Essay.html") while zip names are raw, or the other way round. */
function findEntry(zip: ZipArchive, path: string): string | null {
  if (zip.entries.has(path)) return path;
  try {
    const decoded = decodeURIComponent(path);
    if (zip.entries.has(decoded)) return decoded;
  } catch {
    /* not percent-encoded */
  }
  const encoded = encodeURI(path);
  if (zip.entries.has(encoded)) return encoded;
  // Canvas keeps "|" in file names ("case-study-|-ch2-week-1.html"); an export unzipped on Windows
  // and zipped again holds them with each character Windows refuses turned into "_".
  const windows = path.replace(/[<>:"|?*]/g, '_');
  return windows !== path && zip.entries.has(windows) ? windows : null;
}

function stripExtension(fileName: string | undefined): string {
  if (!fileName) return '';
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.(?:imscc|zip|cc)$/i, '').trim();
}
