/**
 * The Word, OpenDocument and PDF handouts a Moodle activity carries: files linked from its description
 * (`@@PLUGINFILE@@/Brief.docx`) and, for an assignment, its "Additional files". A backup stores
 * each file once under its content hash (`files/ab/abcdef…`) and lists what each one is in the
 * root `files.xml` (context, component, file area, path, name), so the activity's `contextid`
 * ties the two together.
 */
import { decodeHtmlEntities } from '../html-text.ts';
import { child, childrenNamed, textOf, type XmlElement } from '../xml.ts';
import { clean } from './backup.ts';

/** One stored file of a kind and place Vantage may read as a handout. */
export interface StoredHandout {
  contextId: string;
  component: string;
  area: string;
  /** Moodle's `filepath` + `filename`: "/Brief.docx", "/week 2/Worksheet.odt". */
  path: string;
  name: string;
  hash: string;
  size: number;
}

/**
 * Where each audited module keeps its handouts: the rich-text fields whose links are followed,
 * with the file area their embedded files live in, and the areas whose every file is shown to
 * students beside the description (mod_assign's "Additional files").
 */
const AREAS: Readonly<Record<string, { linked: ReadonlyArray<readonly [field: string, area: string]>; attached: readonly string[] }>> = {
  assign: { linked: [['intro', 'intro'], ['activity', 'activityattachment']], attached: ['introattachment'] },
  workshop: { linked: [['intro', 'intro'], ['instructauthors', 'instructauthors']], attached: [] },
  forum: { linked: [['intro', 'intro']], attached: [] },
  journal: { linked: [['intro', 'intro']], attached: [] },
};

const HANDOUT_NAME = /\.(?:docx|odt|pdf)$/i;
const HASH = /^[0-9a-f]{40}$/;
const PLUGINFILE_LINK = /\bhref\s*=\s*(?:"@@PLUGINFILE@@([^"]*)"|'@@PLUGINFILE@@([^']*)')/gi;

/** True when an activity of this module can carry handouts Vantage reads. */
export const carriesHandouts = (moduleName: string): boolean => moduleName in AREAS;

/**
 * The entries of `files.xml` that could be handouts of an audited activity: a Word,
 * OpenDocument or PDF file in one of the areas above. Everything else (pictures, slides,
 * submissions, feedback files) is never listed, so never read.
 */
export function listStoredHandouts(filesXml: XmlElement): StoredHandout[] {
  const areas = new Set(Object.entries(AREAS).flatMap(([mod, a]) => [...a.linked.map(([, area]) => `mod_${mod}/${area}`), ...a.attached.map((area) => `mod_${mod}/${area}`)]));
  const out: StoredHandout[] = [];
  for (const f of childrenNamed(filesXml, 'file')) {
    const name = clean(textOf(child(f, 'filename')));
    if (!HANDOUT_NAME.test(name)) continue;
    const component = clean(textOf(child(f, 'component')));
    const area = clean(textOf(child(f, 'filearea')));
    if (!areas.has(`${component}/${area}`)) continue;
    const hash = clean(textOf(child(f, 'contenthash'))).toLowerCase();
    if (!HASH.test(hash)) continue;
    const dir = clean(textOf(child(f, 'filepath'))) || '/';
    out.push({ contextId: clean(textOf(child(f, 'contextid'))), component, area, path: `${dir}${name}`, name, hash, size: Number(clean(textOf(child(f, 'filesize')))) || 0 });
  }
  return out;
}

/** Where the backup stores a file's bytes. */
export const storedName = (root: string, hash: string): string => `${root}files/${hash.slice(0, 2)}/${hash}`;

/**
 * One activity's handouts, in the order a student meets them: those its description links (in
 * link order), then its additional files by name. `el` is the module's element (`<assign>`…),
 * `contextId` the activity's (`<activity contextid>`).
 */
export function handoutsOf(moduleName: string, contextId: string, el: XmlElement, stored: readonly StoredHandout[]): StoredHandout[] {
  const areas = AREAS[moduleName];
  if (!areas || !contextId) return [];
  const mine = stored.filter((s) => s.contextId === contextId && s.component === `mod_${moduleName}`);
  if (!mine.length) return [];
  const out: StoredHandout[] = [];
  const take = (s: StoredHandout | undefined) => {
    if (s && !out.some((o) => o.hash === s.hash)) out.push(s);
  };
  for (const [field, area] of areas.linked) {
    const html = textOf(child(el, field));
    if (!html.includes('@@PLUGINFILE@@')) continue;
    for (const m of html.matchAll(PLUGINFILE_LINK)) {
      const path = linkPath(decodeHtmlEntities(m[1] ?? m[2] ?? ''));
      take(mine.find((s) => s.area === area && s.path === path));
    }
  }
  for (const area of areas.attached) {
    for (const s of mine.filter((x) => x.area === area).sort((a, b) => a.path.localeCompare(b.path))) take(s);
  }
  return out;
}

/** "/Lesson%201/Brief.docx?forcedownload=1" → "/Lesson 1/Brief.docx". */
function linkPath(raw: string): string {
  const bare = raw.replace(/[?#].*$/, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    decoded = bare;
  }
  return decoded.startsWith('/') ? decoded : `/${decoded}`;
}
