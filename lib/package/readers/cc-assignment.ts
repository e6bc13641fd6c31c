/**
 * The IMS CC 1.3 assignment extension (`assignment_xmlv1p0`, namespace
 * `http://www.imsglobal.org/xsd/imscc_extensions/assignment`): an `<assignment>` with `<title>`,
 * `<text texttype="text/html">` (the student instructions), `<instructor_text>` (for teachers, not
 * audited), `<gradable>`, `<submission_formats>`. Written by Canvas's 1.3 export
 * (`add_cc_assignment`, as `<id>/assignment.xml`), Brightspace (`assignment/<guid>/assignment_<guid>.xml`),
 * Sakai (`cc-objects/<id>.xml`). Older D2L types ending in `/assignment` or `/dropbox` are read the
 * same way, since they hold the same three fields. Word or OpenDocument handouts the instructions
 * link to in the package are read with them (`withLinkedHandouts`).
 */
import { htmlToText } from '../html-text.ts';
import { child, textOf } from '../xml.ts';
import { cleanTitle, fileProblem, HTML_FILE, instructionText, itemWith, makeItem, NOTHING_TO_AUDIT, withLinkedHandouts, XML_FILE } from './common.ts';
import type { ResourceReader } from './types.ts';

const TYPE = /^assignment_xmlv\d+p\d+$|\/(?:assignment|dropbox)$/i;

export const ccAssignment: ResourceReader = {
  name: 'cc-assignment',
  claims: (res) => TYPE.test(res.type),
  read(res, ctx) {
    const xmlPath = res.href && XML_FILE.test(res.href) ? res.href : res.files.find((f) => XML_FILE.test(f));
    if (!xmlPath) {
      const htmlPath = res.href && HTML_FILE.test(res.href) ? res.href : res.files.find((f) => HTML_FILE.test(f));
      if (!htmlPath) return { error: 'the assignment lists no XML or HTML file to read' };
      const html = ctx.readText(htmlPath);
      if (!html.ok) return fileProblem(htmlPath, html.error);
      const page = htmlToText(html.text);
      if (!page.text.trim()) return NOTHING_TO_AUDIT;
      const described = withLinkedHandouts(page.text, html.text, html.path, ctx);
      const { description } = described;
      return itemWith(described, makeItem(res, ctx, { title: page.title, kind: 'assignment', description, html: html.text, path: html.path, ...(page.lang ? { language: page.lang } : {}) }));
    }
    const doc = ctx.readXml(xmlPath);
    if (!doc.ok) return fileProblem(xmlPath, doc.error);
    const root = doc.root;
    const body = child(root, 'text') ?? child(root, 'instructions') ?? child(root, 'description');
    const { text, html, lang } = instructionText(body);
    if (!text.trim()) return NOTHING_TO_AUDIT;
    const described = withLinkedHandouts(text, html, doc.path, ctx);
    return itemWith(
      described,
      makeItem(res, ctx, {
        title: cleanTitle(textOf(child(root, 'title'))),
        kind: 'assignment',
        description: described.description,
        ...(html !== undefined ? { html } : {}),
        path: doc.path,
        ...(lang ? { language: lang } : {}),
      }),
    );
  },
};
