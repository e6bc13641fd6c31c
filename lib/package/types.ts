/**
 * Shapes shared by the course-package reader (`readPackage`), the bulk auditor (`auditPackage`),
 * the command line and the dashboard.
 */

/** What a package item is: an assignment proper, a web page whose text reads as a task, or a discussion prompt. */
export type PackageItemKind = 'assignment' | 'page' | 'discussion';

/** One assignment (or assignment-like page / discussion) read from a course export. */
export interface PackageItem {
  /** The manifest's resource identifier: stable across re-exports of the same course in Canvas. */
  id: string;
  title: string;
  kind: PackageItemKind;
  /** The student-facing instructions as plain text: blocks become lines, whitespace collapsed. */
  description: string;
  /** The instructions as the package holds them (HTML), when asked for with `includeHtml`. */
  html?: string;
  /** Path inside the zip of the file the instructions were read from. */
  path: string;
  /** BCP-47 language declared by the item's page or by the course manifest. */
  language?: string;
  /** Title of the module / folder that holds the item in the course outline, when it has one. */
  module?: string;
}

/** A problem with one item; it never stops the others. */
export interface ItemError {
  /** The resource identifier (or the file path when the problem is not tied to a resource). */
  item: string;
  title?: string;
  path?: string;
  message: string;
}

/**
 * Largest course export read, in the dashboard and on the command line alike. Exports are read
 * piece by piece (lib/package/source.ts): their size is mostly media, which is never read.
 */
export const MAX_PACKAGE_BYTES = 16 * 1024 * 1024 * 1024;

/** Largest export read where it must be held in memory whole (the dashboard without a worker). */
export const MAX_PACKAGE_IN_MEMORY_BYTES = 512 * 1024 * 1024;

/** Caps checked against the zip's central directory before anything is inflated. */
export interface PackageLimits {
  /** Most entries (files and folders) a package may list. */
  maxEntries: number;
  /** Most bytes all entries together may declare uncompressed. */
  maxTotalBytes: number;
  /** Most bytes one entry may declare uncompressed (media files included). */
  maxEntryBytes: number;
  /** Most bytes of one XML/HTML file Vantage inflates to read it. */
  maxReadBytes: number;
  /** Highest uncompressed:compressed ratio accepted for entries above `ratioFloorBytes`. */
  maxRatio: number;
  /** Entries smaller than this are not ratio-checked: small files compress well and harm nothing. */
  ratioFloorBytes: number;
}

export interface ReadPackageOptions {
  /** The file's name, used as the package name when the manifest has no course title. */
  fileName?: string;
  /** Keep each item's HTML in `html` (the dashboard's preview); off saves memory on big packages. */
  includeHtml?: boolean;
  limits?: Partial<PackageLimits>;
  /**
   * A faster raw-DEFLATE decoder to try first (the command line passes Node's zlib). It returns
   * exactly `size` bytes, or null when it cannot; then the built-in decoder runs and names the
   * problem. Results do not depend on it: every entry's checksum is checked either way.
   */
  inflateRaw?: (data: Uint8Array, size: number) => Uint8Array | null;
  /**
   * Progress through opening, where opening reads the whole file: a Moodle backup written as a
   * gzip-compressed tar has no directory, so it is inflated front to back before its items are
   * known (bytes read, file size; after each megabyte). Not called where opening is one step.
   */
  onScan?: (done: number, total: number) => void;
}

/** The Common Cartridge profile the manifest declares, for the summary line. */
export interface PackageFormat {
  /** "1.1.0", "1.3.0"… from `<schemaversion>` or the manifest namespace; null when neither says. */
  version: string | null;
  /** Folder inside the zip that holds imsmanifest.xml ("" for the top level). */
  root: string;
}

export type ReadPackageResult =
  | { ok: true; name: string; format: PackageFormat; items: PackageItem[]; errors: ItemError[] }
  | { ok: false; error: string };

// ---- Moodle course backups (lib/package/mbz/) ----

/**
 * The format of a Moodle course backup (`.mbz`), as `openMoodleBackup` reports it: `version` is
 * the Moodle release that made it ("4.3"), `kind` tells it from a cartridge in summary lines, and
 * `container` is what the `.mbz` is inside (gzip-compressed tar, or zip).
 */
export interface MoodleBackupFormat extends PackageFormat {
  kind: 'moodle-backup';
  container: 'tar.gz' | 'zip';
}

// ---- Brightspace's own export format ----

/**
 * The format of a Brightspace (D2L) export in D2L's own package format ("Export Components"
 * without Common Cartridge: a manifest in the `d2l_2p0` namespace, `dropbox_d2l.xml`,
 * `discussion_d2l_*.xml`). `version` is null: the package names no version.
 */
export interface D2lExportFormat extends PackageFormat {
  kind: 'd2l-export';
}

// ---- Blackboard Learn's own export format ----

/**
 * The format of a Blackboard Learn course export or archive in Blackboard's own format (not
 * "Export Common Cartridge Package"): `bb:file` resources and `resNNNNN.dat` files. `version` is
 * null: the package names no version.
 */
export interface BlackboardExportFormat extends PackageFormat {
  kind: 'blackboard-export';
}
