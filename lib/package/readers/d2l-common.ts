/**
 * What Brightspace's own export format ("Export Components", the `d2l_2p0` namespace) shares
 * between its tools: objects are reached from the content outline by `quickLink.d2l` links that
 * name the object's resource code, and rich text is HTML escaped inside an element.
 */
import { hasTags, richText, type RichText } from '../html-text.ts';
import type { CcResource, OutlineEntry } from '../manifest.ts';
import type { XmlElement } from '../xml.ts';
import { fileProblem } from './common.ts';
import type { ReadContext, ResourceReader } from './types.ts';

/** One object of a D2L tool (a submission folder, a discussion topic), as an item to read. */
export interface D2lObject {
  /** Unique within its file; the item's id is `<resource id>/<this>`. */
  id: string;
  /** Its module, from the outline's link to it. */
  place: OutlineEntry | undefined;
  reader: ResourceReader;
}

/** What differs between D2L's tools: the resource they claim, their file, and how it lists objects. */
export interface D2lTool {
  name: string;
  /** `d2l_2p0:material_type` of the tool's resource ("d2ldropbox"). */
  materialType: string;
  /** The tool's file ("dropbox_d2l.xml"). */
  file: RegExp;
  /** Its root element, and what it is called in messages ("dropbox", "discussion"). */
  root: string;
  /** The `type=` of the outline's quick links to its objects ("dropbox", "discuss"). */
  linkType: string;
  objects(root: XmlElement, path: string, places: ReadonlyMap<string, OutlineEntry>): D2lObject[];
}

/**
 * A reader for one D2L tool: its resource expands into one item per object of the tool's file,
 * each placed in its module; the resource is read itself only when its file cannot be listed,
 * and then names the problem.
 */
export function d2lToolReader(tool: D2lTool): ResourceReader {
  const fileOf = (res: CcResource) => (res.href && /\.xml$/i.test(res.href) ? res.href : res.files.find((f) => tool.file.test(f)));
  const reader: ResourceReader = {
    name: tool.name,
    claims: (res) => res.materialType?.toLowerCase() === tool.materialType || (res.type === 'webcontent' && tool.file.test(res.href ?? '')),
    read(res, ctx) {
      const file = fileOf(res);
      if (!file) return { error: `the Brightspace ${tool.root} lists no ${tool.root}_d2l file` };
      const doc = ctx.readXml(file);
      if (!doc.ok) return fileProblem(file, doc.error);
      return { error: `“${file}” is not a Brightspace ${tool.root} (its root is <${doc.root.name}>)`, path: file };
    },
    expand(res, ctx) {
      const file = fileOf(res);
      const doc = file ? ctx.readXml(file) : null;
      if (!file || !doc?.ok || doc.root.name !== tool.root) return [{ resource: res, reader }];
      return tool.objects(doc.root, doc.path, linkedPlaces(ctx, tool.linkType)).map(({ id, place, reader: objectReader }) => {
        const resource: CcResource = { id: `${res.id}/${id}`, type: res.type, href: doc.path, files: [doc.path], dependencies: [] };
        if (place && !ctx.manifest.outline.has(resource.id)) ctx.manifest.outline.set(resource.id, place);
        return { resource, reader: objectReader };
      });
    },
  };
  return reader;
}

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
export function d2lRichText(raw: string, textType: string | undefined): RichText {
  return richText(raw, (textType ?? '').toLowerCase() === 'text/plain' && !hasTags(raw));
}
