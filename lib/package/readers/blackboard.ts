/**
 * Blackboard Learn's own course export and course archive ("Export Package" / "Archive Course"):
 * a zip whose imsmanifest.xml lists `<resource bb:file="res00012.dat" type="…">`, one `.dat` XML
 * file per object at the top of the zip. Every content item, whatever it is, is typed
 * `resource/x-bb-document` in the manifest; what it is (an assignment, an item, a folder, a file,
 * a link, a test) is only in its `.dat`: `<CONTENT><TITLE value/><BODY><TEXT>escaped HTML</TEXT>
 * <TYPE value="H|S|P"/></BODY>…<CONTENTHANDLER value="resource/x-bb-assignment"/>…</CONTENT>`.
 * Discussion forums are `resource/x-bb-discussionboard` resources whose `.dat` is a `<FORUM>` with
 * a `<DESCRIPTION>`; an archive also holds the students' posts there, which are never read.
 * Shapes as public converters read them (Reteach's bb9_course.py, a Blackboard-to-Moodle converter,
 * a course-archive reader checked against a real archive); see tests/fixtures/packages/PROVENANCE.md.
 */
import { richText, type RichText } from '../html-text.ts';
import type { CcResource } from '../manifest.ts';
import { asksForAPost, readsAsTask, taskSignals } from '../task-like.ts';
import { attr, child, textOf, type XmlElement } from '../xml.ts';
import { cleanTitle, fileProblem, makeItem } from './common.ts';
import type { PackageItem } from '../types.ts';
import type { ReadContext, ResourceReader } from './types.ts';

/** Handlers whose items are assignments (Blackboard's own, and Turnitin's assignment building block). */
const ASSIGNMENT_HANDLERS = new Set(['resource/x-bb-assignment', 'resource/x-bb-asn-assignment', 'resource/x-turnitin-assignment']);

/** Handlers that never hold a task's text, with the reason a person reads for skipping them. */
const NOT_TASKS: ReadonlyArray<[RegExp, string]> = [
  [/^resource\/x-bb-(?:folder|lesson|learning-module|lesson-plan)$/, 'a folder or learning module'],
  [/^resource\/x-bb-(?:file|image|video|audio|mashup|youtube|flickr|slideshare)/, 'a file or media item'],
  [/^resource\/x-bb-(?:externallink|courselink|toollink|blti-link|blti-)/, 'a link'],
  [/^resource\/x-bb-forumlink$/, 'a link to a discussion forum (the forum is read itself)'],
  [/^resource\/x-bb-asmt-test-link$/, 'a link to a test or Ultra assignment (the test is read itself)'],
  [/^resource\/x-bb-asmt-survey-link$/, 'a survey'],
  [/^resource\/x-bb-(?:syllabus|module-page|staffinfo)$/, 'a syllabus or course page'],
];

/** Blackboard's personalisation and file placeholders ("@X@user.first_name@X@"), never a reader's words. */
const PLACEHOLDER = /@X@[^@\s]{1,200}@X@/g;

/** `<BODY>` or `<DESCRIPTION>` text as plain text, plus the HTML when it was HTML. */
export function bbRichText(el: XmlElement | undefined): RichText {
  const raw = textOf(child(el, 'TEXT')).replace(PLACEHOLDER, '');
  const type = (attr(child(el, 'TYPE'), 'value') ?? 'H').trim().toUpperCase();
  // "Smart text" is HTML in which a line break is a break.
  return richText(type === 'S' ? raw.replace(/\r?\n/g, '<br>\n') : raw, type === 'P');
}

/** The `value` attribute of a child element, Blackboard's way of writing most fields. */
function valueOf(el: XmlElement | undefined, name: string): string {
  return attr(child(el, name), 'value') ?? '';
}

/** The object's `.dat` file, the only file Blackboard's own export lists for it. */
export function datFile(res: CcResource): string | undefined {
  return res.href && /\.dat$/i.test(res.href) ? res.href : undefined;
}

/** Content items: assignments always, other items with text when it reads as a task. */
export const blackboardContent: ResourceReader = {
  name: 'blackboard-content',
  claims: (res, ctx) => ctx.manifest.blackboard === true && res.type === 'resource/x-bb-document',
  read(res, ctx) {
    const file = datFile(res);
    if (!file) return { error: res.badPath ? `the content item’s file “${res.badPath}” points outside the export` : 'the content item names no .dat file' };
    const doc = ctx.readXml(file);
    if (!doc.ok) return fileProblem(file, doc.error);
    if (doc.root.name !== 'CONTENT') return { error: `“${file}” is not a Blackboard content item (its root is <${doc.root.name}>)`, path: file };
    const handler = valueOf(doc.root, 'CONTENTHANDLER').trim();
    const notTask = NOT_TASKS.find(([re]) => re.test(handler));
    if (notTask) return { skip: notTask[1] };
    const { text, html, lang } = bbRichText(child(doc.root, 'BODY'));
    const title = itemTitle(valueOf(doc.root, 'TITLE'), res.id, ctx);
    const fields = { title, description: text, ...(html !== undefined ? { html } : {}), path: doc.path, ...(lang ? { language: lang } : {}) };
    if (ASSIGNMENT_HANDLERS.has(handler)) {
      if (!text) return { skip: 'an assignment without instructions (nothing to audit)' };
      return { item: makeItem(res, ctx, { ...fields, kind: 'assignment' }) };
    }
    if (!text) return { skip: 'an item without text' };
    const signals = taskSignals(title, text);
    if (!signals.isTask) return { skip: `an item that does not read as a task (${signals.reasons.join(', ') || 'no task wording'})` };
    return { item: makeItem(res, ctx, { ...fields, kind: 'page' }) };
  },
};

/** Discussion forums whose description reads as a task. */
export const blackboardForum: ResourceReader = {
  name: 'blackboard-forum',
  claims: (res, ctx) => ctx.manifest.blackboard === true && res.type === 'resource/x-bb-discussionboard',
  read(res, ctx) {
    const file = datFile(res);
    if (!file) return { error: 'the discussion forum names no .dat file' };
    const doc = ctx.readXml(file);
    if (!doc.ok) return fileProblem(file, doc.error);
    if (doc.root.name !== 'FORUM') return { error: `“${file}” is not a Blackboard discussion forum (its root is <${doc.root.name}>)`, path: file };
    const title = cleanTitle(valueOf(doc.root, 'TITLE'));
    // Only the forum's own description: the threads beside it are students' posts.
    const { text, html, lang } = bbRichText(child(doc.root, 'DESCRIPTION'));
    if (!text || (!asksForAPost(title, text) && !readsAsTask(title, text))) return { skip: 'a discussion forum whose description does not read as a task' };
    return { item: withLinkedModule(makeItem(res, ctx, { title, kind: 'discussion', description: text, ...(html !== undefined ? { html } : {}), path: doc.path, ...(lang ? { language: lang } : {}) }), ctx) };
  },
};

/**
 * Forums and tests are not in the course outline; the content item that links to them is, and
 * Blackboard gives it the forum's or test's title. That item's module is theirs.
 */
export function withLinkedModule(item: PackageItem, ctx: ReadContext): PackageItem {
  if (item.module || !item.title) return item;
  for (const entry of ctx.manifest.outline.values()) if (entry.title === item.title && entry.module) return { ...item, module: entry.module };
  return item;
}

/** An item's title; an Ultra document's text item is titled "ultraDocumentBody" and named by its folder. */
function itemTitle(raw: string, id: string, ctx: ReadContext): string {
  const own = cleanTitle(raw);
  return own && own !== 'ultraDocumentBody' ? own : ctx.manifest.outline.get(id)?.title ?? '';
}

/** The course's title from its settings object (`course/x-bb-coursesetting`: `<COURSE><TITLE value/>`). */
export function blackboardCourseTitle(ctx: ReadContext): string {
  const settings = ctx.manifest.resources.find((r) => r.type === 'course/x-bb-coursesetting');
  const file = settings && datFile(settings);
  if (!file) return '';
  const doc = ctx.readXml(file);
  return doc.ok ? cleanTitle(valueOf(doc.root, 'TITLE')) : '';
}
