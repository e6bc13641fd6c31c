/**
 * Canvas's own assignment shape (its default CC 1.1 export, `lib/cc/assignment_resources.rb`
 * `add_canvas_assignment`): a learning-application resource in folder `<migration id>/` listing
 * `<title>.html` (the description, written as a whole page titled "Assignment: <title>") and
 * `assignment_settings.xml` (`<assignment xmlns="http://canvas.instructure.com/xsd/cccv1p0">`
 * with `<title>`, `<due_at>`, `<submission_types>`…). The same resource type also carries course
 * settings, quiz metadata and topic metadata, so the settings file is what identifies it.
 *
 * Canvas also lists every graded quiz among the assignments (`<submission_types>online_quiz` and a
 * `<quiz_identifierref>`, with an empty page), and keeps each New Quiz as an external-tool
 * assignment launching Instructure's quiz service (`<external_tool_url>` on a `quiz-lti-…`
 * host): quizzes, skipped as quizzes are. An assignment with no description has nothing to audit
 * and is skipped too, as the Moodle reader does. Word or OpenDocument handouts the description
 * links to in the export are read with it (`withLinkedHandouts`).
 */
import { htmlToText } from '../html-text.ts';
import { child, textOf } from '../xml.ts';
import { cleanTitle, fileProblem, HTML_FILE, itemWith, makeItem, NOTHING_TO_AUDIT, withLinkedHandouts } from './common.ts';
import type { ResourceReader } from './types.ts';

const SETTINGS = /(?:^|\/)assignment_settings\.xml$/i;

export const canvasAssignment: ResourceReader = {
  name: 'canvas-assignment',
  claims: (res) => /learning-application-resource$/.test(res.type) && res.files.some((f) => SETTINGS.test(f)),
  read(res, ctx) {
    const settingsPath = res.files.find((f) => SETTINGS.test(f))!;
    const settings = ctx.readXml(settingsPath);
    if (!settings.ok) return fileProblem(settingsPath, settings.error);
    const title = cleanTitle(textOf(child(settings.root, 'title')));
    const submission = textOf(child(settings.root, 'submission_types'));
    if (/\bonline_quiz\b/.test(submission) || textOf(child(settings.root, 'quiz_identifierref')).trim())
      return { skip: 'a quiz (Canvas lists each graded quiz among the assignments too)' };
    // A New Quiz exists only as an assignment that launches Instructure's quiz tool.
    if (/\bexternal_tool\b/.test(submission) && isNewQuizzesUrl(textOf(child(settings.root, 'external_tool_url'))))
      return { skip: 'a New Quiz (Canvas keeps each one as an assignment that opens the quiz tool)' };

    const htmlPath = res.href && HTML_FILE.test(res.href) ? res.href : res.files.find((f) => HTML_FILE.test(f));
    // External tools and "no submission" assignments often have no description page at all.
    if (!htmlPath) return NOTHING_TO_AUDIT;
    const html = ctx.readText(htmlPath);
    if (!html.ok) return fileProblem(htmlPath, html.error);
    const page = htmlToText(html.text);
    if (!page.text.trim()) return NOTHING_TO_AUDIT;
    const described = withLinkedHandouts(page.text, html.text, html.path, ctx);
    return itemWith(
      described,
      makeItem(res, ctx, {
        title: title || page.title.replace(/^Assignment:\s*/i, ''),
        kind: 'assignment',
        description: described.description,
        html: html.text,
        path: html.path,
        ...(page.lang ? { language: page.lang } : {}),
      }),
    );
  },
};

/** Instructure's New Quizzes service: `https://{school}.quiz-lti-{region}-prod.instructure.com/lti/launch`. */
function isNewQuizzesUrl(raw: string): boolean {
  try {
    const host = new URL(raw.trim()).hostname.toLowerCase();
    return host.endsWith('.instructure.com') && /(?:^|\.)[^.]*quiz-lti[^.]*\./.test(host);
  } catch {
    return false;
  }
}
