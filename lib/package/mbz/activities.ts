/**
 * One reader per Moodle activity module Vantage audits, over the module's own XML
 * (`activities/<module>_<id>/<module>.xml`, root `<activity>` holding `<assign>`, `<forum>`…).
 * Assignments (mod_assign), workshops (peer-assessed submissions) and graded journals (the
 * mod_journal plugin) are assignments proper;
 * forums and pages are audited only when graded or when their text reads as a task, by the same
 * rules as a cartridge's discussion topics and web pages (`task-like.ts`). Quizzes, lessons,
 * labels, files and links are not assignments and are never opened.
 */
import { hasTags, richText, type RichText } from '../html-text.ts';
import { asksForAPost, readsAsTask, taskSignals } from '../task-like.ts';
import type { PackageItemKind } from '../types.ts';
import { child, childrenNamed, textOf, type XmlElement } from '../xml.ts';
import { clean, oneLine } from './backup.ts';
import { NOTHING_TO_AUDIT } from '../readers/common.ts';

/** What a reader found in one activity, before the backup adds its id, path, section and language. */
export interface ActivityFields {
  title: string;
  kind: PackageItemKind;
  description: string;
  html?: string;
  /** `lang` declared inside the activity's HTML, when it declares one. */
  lang?: string;
}

export type ActivityOutcome = { fields: ActivityFields } | { skip: string } | { error: string };

export interface ActivityReader {
  read(el: XmlElement, title: string): ActivityOutcome;
}

/** Moodle's text formats: 0 auto-format, 1 HTML, 2 plain, 4 Markdown. Only HTML is parsed as HTML (unless it holds tags). */
function fieldText(el: XmlElement, field: string): RichText {
  const raw = clean(textOf(child(el, field)));
  if (!raw) return { text: '' };
  return richText(raw, clean(textOf(child(el, `${field}format`))) !== '1' && !hasTags(raw));
}

/** Joins several rich-text fields (a description and its instructions) into one reading. */
function joined(parts: readonly RichText[]): RichText {
  const present = parts.filter((p) => p.text);
  const html = present.map((p) => p.html ?? escapeText(p.text)).join('\n');
  const lang = present.find((p) => p.lang)?.lang;
  return { text: present.map((p) => p.text).join('\n'), ...(present.some((p) => p.html !== undefined) ? { html } : {}), ...(lang ? { lang } : {}) };
}

function escapeText(s: string): string {
  return `<p>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</p>`;
}

function titleOf(el: XmlElement, fallback: string): string {
  return oneLine(textOf(child(el, 'name'))) || fallback;
}

function fields(title: string, kind: PackageItemKind, body: RichText): { fields: ActivityFields } {
  return {
    fields: {
      title,
      kind,
      description: body.text,
      ...(body.html !== undefined ? { html: body.html } : {}),
      ...(body.lang ? { lang: body.lang } : {}),
    },
  };
}

/**
 * mod_assign: the description (`intro`) plus, from Moodle 4.0, the "Activity instructions"
 * (`activity`) shown while submitting. An assignment that takes no submission is either work done
 * offline (a presentation, a performance) or a notice a course keeps as an assignment to mark
 * attendance ("Session 1.1 will meet on Oct. 11… log in information"): it counts when its text
 * reads as a task.
 */
const assign: ActivityReader = {
  read(el, fallback) {
    const title = titleOf(el, fallback);
    const body = joined([fieldText(el, 'intro'), fieldText(el, 'activity')]);
    if (!body.text) return NOTHING_TO_AUDIT;
    if (takesNoSubmission(el) && !readsAsTask(title, body.text, { noSubmission: true })) return { skip: 'an assignment that takes no submission and whose text does not read as a task (a notice)' };
    return fields(title, 'assignment', body);
  },
};

/**
 * True when the assignment's settings (Moodle 2.3 on) turn off every way to hand work in. The
 * submission comments plugin is not one: it is on by default beside the others.
 */
function takesNoSubmission(el: XmlElement): boolean {
  const enabled = childrenNamed(child(el, 'plugin_configs'), 'plugin_config').filter(
    (c) => clean(textOf(child(c, 'subtype'))) === 'assignsubmission' && clean(textOf(child(c, 'name'))) === 'enabled' && clean(textOf(child(c, 'plugin'))) !== 'comments',
  );
  return enabled.length > 0 && enabled.every((c) => clean(textOf(child(c, 'value'))) !== '1');
}

/** mod_workshop: the description plus the instructions for submission (`instructauthors`). */
const workshop: ActivityReader = {
  read(el, fallback) {
    const title = titleOf(el, fallback);
    const body = joined([fieldText(el, 'intro'), fieldText(el, 'instructauthors')]);
    if (!body.text) return { skip: 'a workshop without a description or instructions (nothing to audit)' };
    return fields(title, 'assignment', body);
  },
};

/**
 * mod_forum: the announcements forum (`type` news) never; a graded forum (ratings, or whole-forum
 * grading from Moodle 3.8) always; any other when its prompt reads as a task, or asks each
 * student for a contribution (a forum is made for posts, so that request is the task).
 */
const forum: ActivityReader = {
  read(el, fallback) {
    const title = titleOf(el, fallback);
    if (clean(textOf(child(el, 'type'))) === 'news') return { skip: 'the announcements forum, not a discussion assignment' };
    const body = fieldText(el, 'intro');
    if (!body.text) return { skip: 'a forum without a prompt' };
    const assessed = clean(textOf(child(el, 'assessed')));
    const graded = (assessed !== '' && assessed !== '0') || Number(clean(textOf(child(el, 'grade_forum')))) > 0;
    if (!graded && !asksForAPost(title, body.text) && !readsAsTask(title, body.text)) return { skip: 'a discussion whose prompt does not read as a task' };
    return fields(title, 'discussion', body);
  },
};

/** mod_page: its content (or, when empty, its description), audited when it reads as a task. */
const page: ActivityReader = {
  read(el, fallback) {
    const title = titleOf(el, fallback);
    const content = fieldText(el, 'content');
    const body = content.text ? content : fieldText(el, 'intro');
    if (!body.text) return { skip: 'an empty page' };
    const signals = taskSignals(title, body.text);
    if (!signals.isTask) return { skip: `a page that does not read as a task (${signals.reasons.join(', ') || 'no task wording'})` };
    return fields(title, 'page', body);
  },
};

/**
 * mod_journal (a plugin, common on adult-education and K-12 sites): a prompt for a private
 * written entry the teacher reads and may grade. A graded journal (`grade` is points when
 * positive, a scale when negative) is an assignment; an ungraded one when its prompt reads as a task.
 */
const journal: ActivityReader = {
  read(el, fallback) {
    const title = titleOf(el, fallback);
    const body = fieldText(el, 'intro');
    if (!body.text) return { skip: 'a journal without a prompt (nothing to audit)' };
    const grade = clean(textOf(child(el, 'grade')));
    const graded = grade !== '' && Number(grade) !== 0;
    if (!graded && !readsAsTask(title, body.text)) return { skip: 'an ungraded journal whose prompt does not read as a task' };
    return fields(title, 'assignment', body);
  },
};

/**
 * mod_wiki: a shared document the students write together, set by its description (`intro`).
 * The activity itself asks students to write, so its description needs only some sign of a task
 * ("Click on the Edit tab to add your ideas" has none of the words a page would need; LINCS
 * courses set their practice tasks this way), not a page's full evidence. Only the description is
 * read, never the wiki's pages (`subwikis`), which hold what students wrote.
 */
const wiki: ActivityReader = {
  read(el, fallback) {
    const title = titleOf(el, fallback);
    const body = fieldText(el, 'intro');
    if (!body.text) return { skip: 'a wiki without a description' };
    const words = body.text.split(/\s+/).filter(Boolean).length;
    if (words < 6 || taskSignals(title, body.text).score === 0) return { skip: 'a wiki whose description does not read as a task' };
    return fields(title, 'page', body);
  },
};

/** Readers by Moodle module name; activities of any other module are not candidates. */
export const ACTIVITY_READERS: ReadonlyMap<string, ActivityReader> = new Map([
  ['assign', assign],
  ['workshop', workshop],
  ['forum', forum],
  ['page', page],
  ['journal', journal],
  ['wiki', wiki],
]);
