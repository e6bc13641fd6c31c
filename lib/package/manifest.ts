/**
 * imsmanifest.xml → resources, the course outline's titles, and course metadata. Covers the
 * shapes of CC 1.0–1.3 (IMS Content Packaging 1.1 with CC profiles): `<resources>` with
 * `xml:base`, `<file href>`, `<dependency identifierref>`, `intendeduse`, CC 1.3 `cpx:variant`;
 * `<organizations>` with nested `<item identifierref><title>`; LOM metadata under any prefix
 * (`lomimscc:`, Brightspace's `lomm:`).
 */
import { attr, child, childrenNamed, collapseSpace, path, textOf, type XmlElement } from './xml.ts';

export interface CcResource {
  id: string;
  type: string;
  /** Launch file, resolved to a zip path. */
  href?: string;
  /** All listed files, resolved to zip paths, in manifest order. */
  files: string[];
  dependencies: string[];
  /** `intendeduse` (CC 1.1+): "assignment", "syllabus", "lessonplan", "unspecified". */
  intendedUse?: string;
  /** CC 1.3 `<variant identifierref>`: this resource is a fallback for that one. */
  variantOf?: string;
  /** A path that resolved outside the package, reported as the item's error. */
  badPath?: string;
  /** Brightspace's own export (`d2l_2p0:material_type`): "content", "contentlink", "d2ldropbox"… */
  materialType?: string;
  /**
   * Brightspace: a content-outline link to another tool's object (its `quickLink.d2l` href),
   * by type ("dropbox", "quiz", "discussion") and that object's resource code.
   */
  quickLink?: { type: string; code: string };
}

export interface OutlineEntry {
  title: string;
  /** Title of the nearest enclosing item that has one (the module / week / folder). */
  module?: string;
  /** Position in the outline, for ordering. */
  order: number;
}

export interface CcManifest {
  identifier: string;
  title: string;
  version: string | null;
  /** Brightspace's own package format (the `d2l_2p0` namespace), not a Common Cartridge. */
  d2l?: boolean;
  /** Blackboard Learn's own export or archive (`bb:file` resources, `.dat` files), not a Common Cartridge. */
  blackboard?: boolean;
  language?: string;
  resources: CcResource[];
  byId: Map<string, CcResource>;
  /** Outline titles by resource identifier. */
  outline: Map<string, OutlineEntry>;
}

export type ManifestResult = { ok: true; manifest: CcManifest } | { ok: false; error: string };

/** Reads a parsed manifest whose file sits at `root` ("" or "Folder/") inside the zip. */
export function readManifest(doc: XmlElement, root: string): ManifestResult {
  if (doc.name !== 'manifest') {
    return { ok: false, error: `imsmanifest.xml is not an IMS package manifest: its root element is <${doc.name}>, not <manifest>.` };
  }
  const metadata = child(doc, 'metadata');
  const schema = textOf(child(metadata, 'schema')).trim();
  if (/scorm/i.test(schema) || Object.keys(doc.attrs).some((k) => /adlcp/i.test(k))) {
    return { ok: false, error: 'This is a SCORM package (its manifest says “ADL SCORM”), not a Common Cartridge course export. Export the course as IMS Common Cartridge instead.' };
  }
  const resourcesEl = child(doc, 'resources');
  const rawResources = childrenNamed(resourcesEl, 'resource');
  const blackboard = isBlackboardPackage(rawResources);

  const resourcesBase = joinBase(root, attr(resourcesEl, 'base'));
  const resources: CcResource[] = [];
  const byId = new Map<string, CcResource>();
  for (const r of rawResources) {
    const id = r.attrs.identifier?.trim();
    if (!id || byId.has(id)) continue;
    const base = joinBase(resourcesBase, attr(r, 'base'));
    const res: CcResource = { id, type: (r.attrs.type ?? '').trim(), files: [], dependencies: [] };
    // Blackboard's `xml:base` names the folder of the item's attached files; its `.dat` sits at the top.
    const bbFile = blackboard ? attr(r, 'file') : undefined;
    const resolve = (href: string | undefined): string | undefined => {
      // Absent, or a web address (weblinks, LTI launches): nothing to read inside the zip.
      if (!href || /^[a-z][a-z0-9+.-]+:/i.test(href.trim())) return undefined;
      const p = resolveHref(base, href);
      if (p === null) {
        res.badPath ??= href;
        return undefined;
      }
      return p;
    };
    if (bbFile) {
      const p = resolveHref(resourcesBase, bbFile);
      if (p === null) res.badPath = bbFile;
      else res.href = p;
    } else res.href = resolve(r.attrs.href);
    for (const f of childrenNamed(r, 'file')) {
      const p = resolve(f.attrs.href);
      if (p && !res.files.includes(p)) res.files.push(p);
    }
    for (const d of childrenNamed(r, 'dependency')) if (d.attrs.identifierref) res.dependencies.push(d.attrs.identifierref);
    const use = attr(r, 'intendeduse') ?? attr(r, 'intendedUse');
    if (use) res.intendedUse = use.trim().toLowerCase();
    const material = attr(r, 'material_type')?.trim();
    if (material) res.materialType = material;
    const link = quickLink(r.attrs.href);
    if (link) res.quickLink = link;
    const variant = child(r, 'variant');
    if (variant?.attrs.identifierref) res.variantOf = variant.attrs.identifierref;
    resources.push(res);
    byId.set(id, res);
  }

  const outline = new Map<string, OutlineEntry>();
  const orgs = child(doc, 'organizations');
  const wanted = orgs?.attrs.default;
  const org = childrenNamed(orgs, 'organization').find((o) => o.attrs.identifier === wanted) ?? child(orgs, 'organization');
  let order = 0;
  const walk = (el: XmlElement, module: string | undefined, parent: { title: string; module: string | undefined }) => {
    for (const item of childrenNamed(el, 'item')) {
      const raw = collapseSpace(textOf(child(item, 'title')));
      const bb = blackboard ? blackboardOutlineTitle(raw) : { title: raw };
      // An Ultra document's text is a child item of its folder: it carries the folder's title and place.
      const title = bb.ultraBody ? parent.title : bb.title;
      const place = bb.ultraBody ? parent.module : module;
      const ref = item.attrs.identifierref;
      if (ref && !outline.has(ref)) outline.set(ref, { title, ...(place ? { module: place } : {}), order: order++ });
      walk(item, bb.title || module, bb.title ? { title: bb.title, module } : parent);
    }
  };
  if (org) walk(org, undefined, { title: '', module: undefined });

  const general = path(metadata, 'lom', 'general');
  const title = collapseSpace(textOf(path(general, 'title', 'string')) || textOf(child(general, 'title'))) || collapseSpace(textOf(child(org, 'title')));
  const language = normaliseLang(textOf(child(general, 'language')) || attr(path(general, 'title', 'string'), 'language'));
  return {
    ok: true,
    manifest: {
      identifier: doc.attrs.identifier ?? '',
      title,
      version: schemaVersion(doc, metadata),
      ...(isD2lPackage(doc, resources) ? { d2l: true } : {}),
      ...(blackboard ? { blackboard: true } : {}),
      ...(language ? { language } : {}),
      resources,
      byId,
      outline,
    },
  };
}

/** "/d2l/common/dialogs/quickLink/quickLink.d2l?ou={orgUnitId}&type=dropbox&rCode=…" → { type, code }. */
function quickLink(href: string | undefined): { type: string; code: string } | undefined {
  if (!href || !/quickLink\.d2l\?/i.test(href)) return undefined;
  // Brightspace writes "rCode" and "rcode" alike.
  const params = new Map([...new URLSearchParams(href.slice(href.indexOf('?') + 1))].map(([k, v]) => [k.toLowerCase(), v] as const));
  const type = params.get('type');
  const code = params.get('rcode');
  return type && code ? { type: type.toLowerCase(), code } : undefined;
}

/** D2L's own export declares its namespace and types every resource with `d2l_2p0:material_type`. */
function isD2lPackage(doc: XmlElement, resources: readonly CcResource[]): boolean {
  return Object.values(doc.attrs).some((v) => v.trim() === D2L_NAMESPACE) || resources.some((r) => r.materialType !== undefined);
}

const D2L_NAMESPACE = 'http://desire2learn.com/xsd/d2lcp_v2p0';

/**
 * Blackboard's own format types its resources `course/x-bb-…`, `resource/x-bb-…` and names each
 * one's `.dat` in `bb:file`. Its namespace alone is not enough: a Common Cartridge Blackboard
 * writes may declare it too, and is read as a cartridge.
 */
function isBlackboardPackage(resources: readonly XmlElement[]): boolean {
  return resources.some((r) => /^(?:course|resource)\/x-bb-/.test(r.attrs.type ?? '') || attr(r, 'file') !== undefined);
}

/** Blackboard's own scaffolding in the outline: course-menu and content-area roots, never a module a teacher named. */
const BB_SCAFFOLD = new Set(['ROOT', '--TOP--', 'INTERACTIVE', 'INDIRECT']);

/**
 * A Blackboard outline title as a person reads it. Course-menu entries a teacher never renamed are
 * message keys ("COURSE_DEFAULT.CourseDocuments.CONTENT_LINK.label" → "Course Documents");
 * scaffolding has no title; "ultraDocumentBody" is an Ultra document's text, titled by its folder.
 */
export function blackboardOutlineTitle(raw: string): { title: string; ultraBody?: true } {
  if (BB_SCAFFOLD.has(raw)) return { title: '' };
  if (raw === 'ultraDocumentBody') return { title: '', ultraBody: true };
  const key = /^COURSE_DEFAULT\.([A-Za-z]+)\.[A-Z_]+\.label$/.exec(raw);
  if (key) return { title: key[1]!.replace(/([a-z])([A-Z])/g, '$1 $2') };
  return { title: raw };
}

function schemaVersion(doc: XmlElement, metadata: XmlElement | undefined): string | null {
  const declared = textOf(child(metadata, 'schemaversion')).trim();
  if (declared) return declared;
  const ns = Object.values(doc.attrs).join(' ');
  const m = /imsccv(\d)p(\d)/.exec(ns);
  if (m) return `${m[1]}.${m[2]}.0`;
  return /imscc_v1p0|ccv1p0/.test(ns) ? '1.0.0' : null;
}

/** "es_mx" (Moodle) → "es-MX"; empty or "x-none" → undefined. */
export function normaliseLang(raw: string | undefined): string | undefined {
  const v = raw?.trim().replace(/_/g, '-');
  if (!v || !/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/.test(v)) return undefined;
  const [lang, ...rest] = v.split('-');
  return [lang!.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}

function joinBase(base: string, extra: string | undefined): string {
  if (!extra) return base;
  const joined = resolveHref(base, extra.endsWith('/') ? extra : `${extra}/`);
  return joined === null ? base : joined.endsWith('/') || joined === '' ? joined : `${joined}/`;
}

/**
 * A manifest href as a zip path: backslashes to slashes (Windows exporters), query and fragment
 * dropped, "./" and "x/../" folded. Null when it climbs out of the package.
 */
export function resolveHref(base: string, href: string): string | null {
  let h = href.trim().replace(/\\/g, '/').replace(/[?#].*$/, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(h) || h.startsWith('/')) return null;
  h = base + h;
  const out: string[] = [];
  const parts = h.split('/');
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p === '.' || (p === '' && i < parts.length - 1)) continue;
    if (p === '..') {
      if (!out.length) return null;
      out.pop();
    } else out.push(p);
  }
  return out.join('/');
}
