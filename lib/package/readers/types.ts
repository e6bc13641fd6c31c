/**
 * One reader per resource shape (Canvas assignment, CC 1.3 assignment, discussion topic, web page),
 * all listed once in `readers/index.ts`. `claims` decides from the manifest alone, without opening
 * files, so the package can say up front how many items it will audit (the progress bar's total).
 */
import type { CcManifest, CcResource } from '../manifest.ts';
import type { PackageItem } from '../types.ts';
import type { XmlElement } from '../xml.ts';

/** `path` is the zip entry actually read (hrefs may be percent-encoded or differ in slashes). */
export type FileText = { ok: true; text: string; path: string } | { ok: false; error: string };
export type FileXml = { ok: true; root: XmlElement; path: string } | { ok: false; error: string };
export type FileBytes = { ok: true; data: Uint8Array; path: string } | { ok: false; error: string };

/** What a reader can reach: the package's files (bounded and decoded) and its manifest. */
export interface ReadContext {
  manifest: CcManifest;
  /** Files named by assignment resources: their HTML is not audited a second time as a page. */
  assignmentFiles: ReadonlySet<string>;
  /**
   * The export carries assignments as assignments (a resource an assignment reader claims, or web
   * content declared `intendeduse="assignment"`), so its other pages need more to count as tasks.
   */
  carriesAssignments: boolean;
  /** Outline titles of those assignments, lower-cased: a page with the same title is a copy of one. */
  assignmentTitles: ReadonlySet<string>;
  includeHtml: boolean;
  readText(path: string): FileText;
  readXml(path: string): FileXml;
  /** A file's bytes, refused past `maxBytes` (a handout an assignment links to: a Word file). */
  readBytes(path: string, maxBytes: number): FileBytes;
}

/** An item, a deliberate skip (a quiz-like or non-task page), or a problem with this one item. */
/** A handout by its file name, read only when it is reached. */
export interface Handout {
  name: string;
  read(): { ok: true; data: Uint8Array } | { ok: false; error: string };
}

/**
 * An item, with the PDF handouts still to be read into its description (`withPdfHandouts`: PDF
 * text is read asynchronously, after the reader), or why the resource is no item.
 */
export type ReaderOutcome = { item: PackageItem; pdfs?: Handout[] } | { skip: string } | { error: string; path?: string };

export interface ResourceReader {
  /** Short name for tests and error messages. */
  name: string;
  claims(resource: CcResource, ctx: ReadContext): boolean;
  read(resource: CcResource, ctx: ReadContext): ReaderOutcome;
  /**
   * For a resource that holds many items in one file (Brightspace's dropbox_d2l.xml holds every
   * submission folder): one resource and reader per item. Runs once when the package is opened;
   * when the file cannot be used it returns the resource itself, whose `read` then names the problem.
   */
  expand?(resource: CcResource, ctx: ReadContext): Array<{ resource: CcResource; reader: ResourceReader }>;
}
