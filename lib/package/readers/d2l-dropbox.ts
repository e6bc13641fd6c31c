/**
 * Brightspace's own export format ("Export Components" without "Export as Common Cartridge"): an
 * IMS CP 1.1 manifest in the `d2l_2p0` namespace whose assignments are not resources of their
 * own. Every submission folder sits in one `dropbox_d2l.xml` (resource `d2l_2p0:material_type=
 * "d2ldropbox"`): `<dropbox><folder name id resource_code is_hidden …><instructions text_type>
 * <text>escaped HTML</text></instructions></folder>…</dropbox>`, folders possibly grouped in
 * `<category>` elements. The content outline reaches a folder through a `contentlink` resource
 * whose `quickLink.d2l` href names `type=dropbox` and one of the folder's resource codes, which
 * gives the folder its module and place. Hidden folders are read too: a course is built hidden before its term
 * (a template course hides everything), and that is when a teacher audits it.
 */
import type { CcResource } from '../manifest.ts';
import { attr, child, textOf, type XmlElement } from '../xml.ts';
import { cleanTitle, fileProblem, makeItem } from './common.ts';
import { d2lRichText, linkedPlaces, placeOf, resourceCodes } from './d2l-common.ts';
import type { ResourceReader } from './types.ts';

const DROPBOX_FILE = /(?:^|\/)dropbox_d2l\.xml$/i;

/** The dropbox resource itself; read only when its file cannot be listed (it then names the problem). */
export const d2lDropbox: ResourceReader = {
  name: 'd2l-dropbox',
  claims: (res) => res.materialType?.toLowerCase() === 'd2ldropbox' || (res.type === 'webcontent' && DROPBOX_FILE.test(res.href ?? '')),
  read(res, ctx) {
    const file = dropboxFile(res);
    if (!file) return { error: 'the Brightspace dropbox lists no dropbox_d2l.xml file' };
    const doc = ctx.readXml(file);
    if (!doc.ok) return fileProblem(file, doc.error);
    return { error: `“${file}” is not a Brightspace dropbox (its root is <${doc.root.name}>)`, path: file };
  },
  expand(res, ctx) {
    const file = dropboxFile(res);
    const doc = file ? ctx.readXml(file) : null;
    if (!file || !doc?.ok || doc.root.name !== 'dropbox') return [{ resource: res, reader: d2lDropbox }];
    const places = linkedPlaces(ctx, 'dropbox');
    const out: Array<{ resource: CcResource; reader: ResourceReader }> = [];
    for (const folder of folders(doc.root)) {
      const folderId = folder.attrs.id?.trim();
      if (!folderId) continue;
      const resource: CcResource = { id: `${res.id}/${folderId}`, type: res.type, href: doc.path, files: [doc.path], dependencies: [] };
      const place = placeOf(places, resourceCodes(folder.attrs.resource_code));
      if (place && !ctx.manifest.outline.has(resource.id)) ctx.manifest.outline.set(resource.id, place);
      out.push({ resource, reader: folderReader(folder, doc.path) });
    }
    return out;
  },
};

function dropboxFile(res: CcResource): string | undefined {
  return res.href && /\.xml$/i.test(res.href) ? res.href : res.files.find((f) => DROPBOX_FILE.test(f));
}

/** Folders in document order, inside categories or not. */
function folders(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'folder') out.push(c);
      else if (c.name === 'category' || c.name === 'folders' || c.name === 'categories') walk(c);
    }
  };
  walk(root);
  return out;
}

function folderReader(folder: XmlElement, path: string): ResourceReader {
  return {
    name: 'd2l-dropbox-folder',
    claims: () => true,
    read(res, ctx) {
      const title = cleanTitle(folder.attrs.name);
      const instructions = child(folder, 'instructions');
      const { text, html, lang } = d2lRichText(textOf(child(instructions, 'text') ?? instructions), attr(instructions, 'text_type'));
      if (!text) return { skip: 'a submission folder without instructions (nothing to audit)' };
      return { item: makeItem(res, ctx, { title, kind: 'assignment', description: text, ...(html !== undefined ? { html } : {}), path, ...(lang ? { language: lang } : {}) }) };
    },
  };
}
