/**
 * Web content pages (`webcontent` with an HTML launch file). An assignment when the manifest says
 * so (`intendeduse="assignment"`, CC 1.2+, as Schoology exports assignments); otherwise audited as
 * a page only when its text reads as a task, because Moodle's CC export drops mod_assign and
 * Blackboard's keeps assignments only as content items, so their assignments arrive as pages.
 * Never read: syllabus and lesson-plan pages, CC 1.3 fallback variants of an assignment, and the
 * HTML an assignment resource already owns (it would be audited twice). In an export that carries
 * its assignments as assignments (Canvas, Brightspace, Sakai, Schoology), a page is held to a
 * stricter reading (`besideAssignments` in task-like.ts): real Canvas courses hold dozens of
 * course, how-to and lesson pages that talk like tasks, and a page titled like one of the
 * course's assignments is its copy.
 */
import { htmlToText } from '../html-text.ts';
import { taskSignals } from '../task-like.ts';
import { fileProblem, HTML_FILE, makeItem } from './common.ts';
import type { ResourceReader } from './types.ts';

const NOT_TASKS = new Set(['syllabus', 'lessonplan']);

export const webPage: ResourceReader = {
  name: 'web-page',
  claims(res, ctx) {
    if (res.type !== 'webcontent' || NOT_TASKS.has(res.intendedUse ?? '')) return false;
    if (res.variantOf && ctx.manifest.byId.has(res.variantOf)) return false;
    const file = launchFile(res.href, res.files);
    return !!file && !ctx.assignmentFiles.has(file);
  },
  read(res, ctx) {
    const file = launchFile(res.href, res.files)!;
    const html = ctx.readText(file);
    if (!html.ok) return fileProblem(file, html.error);
    const page = htmlToText(html.text);
    const title = ctx.manifest.outline.get(res.id)?.title || page.title;
    const declared = res.intendedUse === 'assignment';
    if (!declared) {
      if (!page.text) return { skip: 'an empty page' };
      // Canvas courses often keep a page copy or a week's overview of an assignment; the assignment is audited.
      if (namesAnAssignment(title, ctx.assignmentTitles)) return { skip: 'a page named after one of the course’s assignments (its copy or overview)' };
      const module = ctx.manifest.outline.get(res.id)?.module;
      const signals = taskSignals(title, page.text, { besideAssignments: ctx.carriesAssignments, ...(module ? { module } : {}) });
      if (!signals.isTask) return { skip: `a page that does not read as a task (${signals.reasons.join(', ') || 'no task wording'})` };
    }
    return {
      item: makeItem(res, ctx, {
        title,
        kind: declared ? 'assignment' : 'page',
        description: page.text,
        html: html.text,
        path: html.path,
        ...(page.lang ? { language: page.lang } : {}),
      }),
    };
  },
};

/** The week or unit a page is filed under is not part of its name: "Week 7 - Final Project" → "final project". */
const core = (title: string) =>
  title.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^(?:week|module|unit|semana|m[óo]dulo|unidad|tema)\s+\d+\s*(?:[|:–—-]\s*)?/, '');
/** A name and its parts: "Project | Week 2 - Topic Approval" → "project", "week 2 - topic approval", "topic approval". */
const parts = (title: string) => {
  const whole = core(title);
  return new Set([whole, ...whole.split(/\s+[|:–—-]\s+|\s*[|:]\s*/).map(core)]);
};
/** Two words or more: a page called "Essay" is not taken for every essay. */
const named = (name: string) => name.length >= 8 && name.includes(' ');

/**
 * A page named like one of the course's assignments, or like a part of one ("Week 7 - Final
 * Project" beside "Project | Final Project"), is that assignment's overview or copy: the assignment
 * is audited. A page that only shares a part ("Research Project: Choosing a Topic" beside
 * "Research Project: Final Draft") is not.
 */
function namesAnAssignment(title: string, assignmentTitles: ReadonlySet<string>): boolean {
  if (assignmentTitles.has(title.toLowerCase())) return true;
  const mine = core(title);
  const mineParts = parts(title);
  for (const other of assignmentTitles) {
    const theirs = core(other);
    if ((named(mine) && parts(other).has(mine)) || (named(theirs) && mineParts.has(theirs))) return true;
  }
  return false;
}

/** The HTML a web content resource opens with: its href, or its single HTML file (not a file bundle). */
function launchFile(href: string | undefined, files: readonly string[]): string | undefined {
  if (href) return HTML_FILE.test(href) ? href : undefined;
  const html = files.filter((f) => HTML_FILE.test(f));
  return html.length === 1 ? html[0] : undefined;
}
