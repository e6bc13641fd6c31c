/**
 * What Brightspace's own export format ("Export Components", the `d2l_2p0` namespace) shares
 * between its tools: objects are reached from the content outline by `quickLink.d2l` links that
 * name the object's resource code, and rich text is HTML escaped inside an element.
 */
import { htmlToText } from '../html-text.ts';
import type { OutlineEntry } from '../manifest.ts';
import type { ReadContext } from './types.ts';

/**
 * A `resource_code` attribute as its codes. A course copied from course to course lists every code
 * the object ever had, comma-separated ("byui_produ-370316,byui_produ-389695,…"), and an outline
 * link may name any of them.
 */
export function resourceCodes(raw: string | undefined): string[] {
  return (raw ?? '').split(',').map((c) => c.trim()).filter(Boolean);
}

/**
 * Where the content outline links objects of one tool (`type=dropbox`, `type=discuss`…): the
 * outline entry of the link, by the resource code it names.
 */
export function linkedPlaces(ctx: ReadContext, type: string): Map<string, OutlineEntry> {
  const out = new Map<string, OutlineEntry>();
  for (const r of ctx.manifest.resources) {
    if (r.quickLink?.type !== type) continue;
    const place = ctx.manifest.outline.get(r.id);
    if (place && !out.has(r.quickLink.code)) out.set(r.quickLink.code, place);
  }
  return out;
}

/** The first of an object's codes that the outline links, and that link's place. */
export function placeOf(places: ReadonlyMap<string, OutlineEntry>, codes: readonly string[]): OutlineEntry | undefined {
  for (const c of codes) {
    const p = places.get(c);
    if (p) return p;
  }
  return undefined;
}

/**
 * Escaped rich text as plain text, with the HTML when it was HTML. D2L says `text/plain` on some
 * elements (`text_type`) and nothing on others, where it writes HTML.
 */
export function d2lRichText(raw: string, textType: string | undefined): { text: string; html?: string; lang?: string } {
  if ((textType ?? '').toLowerCase() === 'text/plain' && !/<[a-z][^>]*>/i.test(raw)) {
    return { text: raw.replace(/[ \t\f\r]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim() };
  }
  const page = htmlToText(raw);
  return { text: page.text, html: raw, ...(page.lang ? { lang: page.lang } : {}) };
}
