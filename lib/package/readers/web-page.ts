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
      // Canvas courses often keep a page copy of an assignment's instructions; the assignment is audited.
      if (ctx.assignmentTitles.has(title.toLowerCase())) return { skip: 'a page copy of an assignment of the same title' };
      const signals = taskSignals(title, page.text, { besideAssignments: ctx.carriesAssignments });
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

/** The HTML a web content resource opens with: its href, or its single HTML file (not a file bundle). */
function launchFile(href: string | undefined, files: readonly string[]): string | undefined {
  if (href) return HTML_FILE.test(href) ? href : undefined;
  const html = files.filter((f) => HTML_FILE.test(f));
  return html.length === 1 ? html[0] : undefined;
}
