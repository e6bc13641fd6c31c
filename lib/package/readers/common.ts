/** Helpers the resource readers share: picking files, instruction text, titles, item fields. */
import type { CcResource } from '../manifest.ts';
import { readDocument } from '../../documents/read.ts';
import { withHandoutText } from '../../lms/handouts.ts';
import { decodeHtmlEntities, hasTags, richText, type RichText } from '../html-text.ts';
import type { PackageItem, PackageItemKind } from '../types.ts';
import { attr, collapseSpace, textOf, type XmlElement } from '../xml.ts';
import type { Handout, ReadContext } from './types.ts';

export const HTML_FILE = /\.(?:x?html?)$/i;
export const XML_FILE = /\.xml$/i;
/** What every reader says of an assignment with no instructions: skipped, since there is nothing to audit. */
export const NOTHING_TO_AUDIT = { skip: 'an assignment without a description (nothing to audit)' } as const;

/** The resource's launch file when it matches, else its only (or first) listed file that does. */
export function pickFile(resource: CcResource, pattern: RegExp): string | undefined {
  if (resource.href && pattern.test(resource.href)) return resource.href;
  return resource.files.find((f) => pattern.test(f));
}

/**
 * Text of a CC `<text texttype="text/html">` (or plain) element as plain text, plus the HTML when
 * it was HTML. Exporters escape the HTML or wrap it in CDATA; both arrive here as a string.
 */
export function instructionText(el: XmlElement | undefined): RichText {
  const raw = textOf(el);
  return richText(raw, (attr(el, 'texttype') ?? '').toLowerCase() === 'text/plain' && !hasTags(raw));
}

/** Collapses whitespace in a title; a zero-width space counts as one. */
export function cleanTitle(raw: string | undefined): string {
  return collapseSpace(raw ?? '');
}

/** "week-3/The Nile's Water.html" → "The Nile's Water", a last-resort title. */
export function titleFromPath(path: string): string {
  const base = path.split('/').pop() ?? path;
  let name = base.replace(/\.[a-z0-9]+$/i, '');
  try {
    name = decodeURIComponent(name);
  } catch {
    /* keep as written */
  }
  return name.replace(/[_-]+/g, ' ').trim() || base;
}

/** Builds the item with the outline's module and the language fallbacks applied. */
export function makeItem(
  resource: CcResource,
  ctx: ReadContext,
  fields: { title: string; kind: PackageItemKind; description: string; html?: string; path: string; language?: string },
): PackageItem {
  const outline = ctx.manifest.outline.get(resource.id);
  const language = fields.language ?? ctx.manifest.language;
  return {
    id: resource.id,
    title: fields.title || outline?.title || titleFromPath(fields.path),
    kind: fields.kind,
    description: fields.description,
    ...(ctx.includeHtml && fields.html !== undefined ? { html: fields.html } : {}),
    path: fields.path,
    ...(language ? { language } : {}),
    ...(outline?.module ? { module: outline.module } : {}),
  };
}

/** "Missing file …" / "… is not well-formed XML" with the file named. */
export function fileProblem(path: string, error: string): { error: string; path: string } {
  return { error, path };
}

/** Largest linked handout read (a Word file with its pictures). */
export const MAX_HANDOUT_BYTES = 10 * 1024 * 1024;
/** Handouts read per assignment: the brief and perhaps a worksheet, not a course's whole file list. */
const MAX_HANDOUTS = 3;
const HANDOUT_LINK = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const HANDOUT_FILE = /\.(?:docx|odt|pdf)$/i;
const PDF_FILE = /\.pdf$/i;

/**
 * The assignment's instructions with the Word, OpenDocument or PDF handouts they link to inside
 * the package ("Answer all questions in Submission 3 - Site Map.docx"; "Instructions are in the
 * attached PDF"): there, the file is where the task is written. A link to a file outside the
 * package is never fetched; a handout that cannot be read is left out, never an error of the
 * assignment.
 */
export function withLinkedHandouts(description: string, html: string | undefined, from: string, ctx: ReadContext): Described {
  if (!html || !/\.(?:docx|odt|pdf)\b/i.test(html)) return { description };
  return withHandouts(description, linkedHandouts(html, from, ctx));
}

function* linkedHandouts(html: string, from: string, ctx: ReadContext): Generator<Handout> {
  const seen = new Set<string>();
  for (const m of html.matchAll(HANDOUT_LINK)) {
    const path = packagePath(decodeHtmlEntities(m[1] ?? m[2] ?? ''), from);
    if (!path || !HANDOUT_FILE.test(path) || seen.has(path)) continue;
    seen.add(path);
    yield { name: path.split('/').pop()!, read: () => ctx.readBytes(path, MAX_HANDOUT_BYTES) };
  }
}

/** An item's text as read, and its PDF handouts, whose text is read after the reader (asynchronously). */
export interface Described {
  description: string;
  pdfs?: Handout[];
}

/** File names that say the file is the brief: "Project Instructions.pdf", "L10_Exercise.docx", "Consignas.odt". */
const BRIEF_NAME =
  /\b(?:instructions|directions|assignments?|brief|prompt|tasks?|guidelines|requirements|project|submission|exercises?|activity|worksheet|lab|homework|consignas?|instrucciones|tarea|actividad|enunciado|pr[áa]ctica|pautas|gu[íi]a|taller|proyecto|trabajo|ejercicios?)\b/i;
/** A description this short only points at the file ("Answer all questions in Site Map.docx"). */
const POINTER_WORDS = 50;
/** A description that says the task is in the file it attaches. */
const POINTS_TO_FILE =
  /\b(?:see|in|on|per|follow|complete|use|download|open|fill (?:in|out)) the attached\b|\battached (?:file|document|pdf|word|instructions|sheet|worksheet|template|assignment|brief)\b|\binstructions (?:are |can be found )?(?:in|attached)\b|(?<![\p{L}])(?:archivo|documento) adjunto(?![\p{L}])|(?<![\p{L}])instrucciones (?:est[áa]n )?en (?:el|la) (?:archivo|documento)(?![\p{L}])/iu;

/**
 * True when a handout is part of the task rather than material for it: its name says it is the
 * brief, or the description only points at it. Readings, checklists and samples that a full
 * description links ("Read the chapter…", "Review the student work in…") are not read: their
 * words would be taken for the assignment's.
 */
export function isBrief(name: string, description: string): boolean {
  return namedAsBrief(name) || description.split(/\s+/).filter(Boolean).length < POINTER_WORDS || POINTS_TO_FILE.test(description);
}

/** True when a file's name says it is a brief. */
export function namedAsBrief(name: string): boolean {
  // "L10_Exercise_LegalPolicyIssues.docx", "ProjectBrief.pdf": words apart before the test.
  return BRIEF_NAME.test(name.replace(/\.[a-z0-9]+$/i, '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.+]+/g, ' '));
}

/**
 * `description` with the text of the first three `handouts` that are briefs (`isBrief`) and can be
 * read appended, each after its file name (one reading shared by every export format). A Word or
 * OpenDocument file is read here; a PDF is handed on in `pdfs`, unread, for `withPdfHandouts`.
 * One that cannot be read is passed over; the rest are never opened.
 */
export function withHandouts(description: string, handouts: Iterable<Handout>): Described {
  const parts: { name: string; text: string }[] = [];
  const pdfs: Handout[] = [];
  for (const h of handouts) {
    if (parts.length + pdfs.length >= MAX_HANDOUTS) break;
    if (!isBrief(h.name, description)) continue;
    if (PDF_FILE.test(h.name)) {
      pdfs.push(h);
      continue;
    }
    const file = h.read();
    if (!file.ok) continue;
    const doc = readDocument(h.name, file.data);
    if (doc.ok) parts.push({ name: h.name, text: doc.text });
  }
  return { description: withHandoutText(description, parts), ...(pdfs.length ? { pdfs } : {}) };
}

/** A reader's item, carrying the PDF handouts its description still waits for. */
export function itemWith(described: Described, item: PackageItem): { item: PackageItem; pdfs?: Handout[] } {
  return described.pdfs ? { item, pdfs: described.pdfs } : { item };
}

/**
 * A link in an item's HTML as a path in the package, or null when it leaves the package:
 * Canvas's `$IMS-CC-FILEBASE$/Project/Brief%20v2.docx?canvas_download=1` (also inside a full
 * course address) is `web_resources/Project/Brief v2.docx`; a relative link is taken from the
 * page's own folder.
 */
export function packagePath(href: string, from: string): string | null {
  const raw = href.trim().replace(/[?#].*$/, '');
  const base = /(?:\$|%24)IMS(?:-|%2D)CC(?:-|%2D)FILEBASE(?:\$|%24)\/?(.*)$/i.exec(raw);
  let rel: string;
  let dir: string[];
  if (base) {
    rel = base[1]!;
    dir = ['web_resources'];
  } else {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(raw) || raw.startsWith('/')) return null;
    rel = raw;
    dir = from.split('/').slice(0, -1);
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    decoded = rel;
  }
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (!dir.length) return null;
      dir.pop();
    } else dir.push(seg);
  }
  return dir.length ? dir.join('/') : null;
}
