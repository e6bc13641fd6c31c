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
import { attr, child, textOf, type XmlElement } from '../xml.ts';
import { cleanTitle, makeItem } from './common.ts';
import { d2lRichText, d2lToolReader, placeOf, resourceCodes } from './d2l-common.ts';
import type { ResourceReader } from './types.ts';

/** The dropbox resource: one item per submission folder. */
export const d2lDropbox: ResourceReader = d2lToolReader({
  name: 'd2l-dropbox',
  materialType: 'd2ldropbox',
  file: /(?:^|\/)dropbox_d2l\.xml$/i,
  root: 'dropbox',
  linkType: 'dropbox',
  objects: (root, path, places) =>
    folders(root).flatMap((folder) => {
      const id = folder.attrs.id?.trim();
      return id ? [{ id, place: placeOf(places, resourceCodes(folder.attrs.resource_code)), reader: folderReader(folder, path) }] : [];
    }),
});

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
