/** Helpers the resource readers share: picking files, instruction text, titles, item fields. */
import type { CcResource } from '../manifest.ts';
import { readDocument } from '../../documents/read.ts';
import { decodeHtmlEntities, hasTags, richText, type RichText } from '../html-text.ts';
import type { PackageItem, PackageItemKind } from '../types.ts';
import { attr, collapseSpace, textOf, type XmlElement } from '../xml.ts';
import type { ReadContext } from './types.ts';

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
const HANDOUT_FILE = /\.(?:docx|odt)$/i;

/**
 * The assignment's instructions with the Word or OpenDocument handouts they link to inside the
 * package appended ("Answer all questions in Submission 3 - Site Map.docx"; "Instructions are in
 * the attached file"): there, the file is where the task is written. Each is introduced by its
 * file name. A link to a file outside the package is never fetched; a PDF is not read; a handout
 * that cannot be read is left out, never an error of the assignment.
 */
export function withLinkedHandouts(description: string, html: string | undefined, from: string, ctx: ReadContext): string {
  if (!html || !/\.(?:docx|odt)\b/i.test(html)) return description;
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

/** A handout by its file name, read only when it is reached. */
export interface Handout {
  name: string;
  read(): { ok: true; data: Uint8Array } | { ok: false; error: string };
}

/**
 * `description` with the text of the first three `handouts` that can be read appended, each after
 * its file name (one reading shared by every export format). One that cannot be read is passed
 * over; the rest are never opened.
 */
export function withHandouts(description: string, handouts: Iterable<Handout>): string {
  const parts: string[] = [];
  for (const h of handouts) {
    if (parts.length >= MAX_HANDOUTS) break;
    const file = h.read();
    if (!file.ok) continue;
    const doc = readDocument(h.name, file.data);
    if (doc.ok) parts.push(`${h.name}\n${doc.text}`);
  }
  return parts.length ? `${description}\n\n${parts.join('\n\n')}` : description;
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
