/** Helpers the resource readers share: picking files, instruction text, titles, item fields. */
import type { CcResource } from '../manifest.ts';
import { hasTags, richText, type RichText } from '../html-text.ts';
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
