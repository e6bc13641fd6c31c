/**
 * Tests in Blackboard Learn's own export (`assessment/x-bb-qti-test`, a `resNNNNN.dat` in
 * Blackboard's QTI 1.2 dialect). Blackboard Ultra keeps its assignments as tests: an Ultra
 * assignment is exported as a test whose instructions and written or file-upload questions hold
 * the task. Whatever flags an export sets, a test is told from a quiz by what it asks: only
 * written answers (essay, short answer, file upload, text blocks) make it a task to audit; one
 * question marked automatically (multiple choice, true/false, matching…) makes it a quiz, which
 * is skipped as quizzes are in cartridges.
 * Shape: `<questestinterop><assessment title><rubric>` (instructions) and `<presentation_material>`
 * (description), each `flow_mat/material/mat_extension/mat_formattedtext`; each question an
 * `<item>` with `itemmetadata/bbmd_questiontype` and its text in the `QUESTION_BLOCK` flow. As
 * public readers and writers of the format read it; see tests/fixtures/packages/PROVENANCE.md.
 */
import { richText, type RichText } from '../html-text.ts';
import { taskSignals } from '../task-like.ts';
import { attr, child, childrenNamed, descendants, path, textOf, type XmlElement } from '../xml.ts';
import { datFile, withLinkedModule } from './blackboard.ts';
import { cleanTitle, fileProblem, makeItem } from './common.ts';
import type { ResourceReader } from './types.ts';

// Questions a student answers in their own words or with their own file.
const WRITTEN = /^(?:essay|short\s*(?:answer|response)|file\s*upload|presentation|text|text\s*block)$/i;

export const blackboardTest: ResourceReader = {
  name: 'blackboard-test',
  claims: (res, ctx) => ctx.manifest.blackboard === true && res.type === 'assessment/x-bb-qti-test',
  read(res, ctx) {
    const file = datFile(res);
    if (!file) return { error: res.badPath ? `the test’s file “${res.badPath}” points outside the export` : 'the test names no .dat file' };
    const doc = ctx.readXml(file);
    if (!doc.ok) return fileProblem(file, doc.error);
    const assessment = doc.root.name === 'questestinterop' ? child(doc.root, 'assessment') : undefined;
    if (!assessment) return { error: `“${file}” is not a Blackboard test (its root is <${doc.root.name}>)`, path: file };
    const questions = childrenNamed(assessment, 'section').flatMap((s) => descendants(s, 'item'));
    const marked = questions.map(questionType).find((type) => !WRITTEN.test(type));
    if (marked !== undefined) return { skip: marked ? `a test or quiz (its ${marked} questions are marked automatically)` : 'a test or quiz' };
    const parts: RichText[] = [
      formatted(path(assessment, 'rubric', 'flow_mat')),
      formatted(path(assessment, 'presentation_material', 'flow_mat')),
      ...questions.map((q) => formatted(questionBlock(q))),
    ].filter((p) => p.text);
    if (!parts.length) return { skip: 'a test without instructions or questions (nothing to audit)' };
    const title = cleanTitle(attr(assessment, 'title') ?? '');
    const description = parts.map((p) => p.text).join('\n\n');
    const signals = taskSignals(title, description);
    if (!signals.isTask) return { skip: `a test that does not read as a task (${signals.reasons.join(', ') || 'no task wording'})` };
    const html = parts.some((p) => p.html !== undefined) ? parts.map((p) => p.html ?? p.text).join('\n') : undefined;
    const lang = parts.find((p) => p.lang)?.lang;
    return { item: withLinkedModule(makeItem(res, ctx, { title, kind: 'assignment', description, ...(html !== undefined ? { html } : {}), path: doc.path, ...(lang ? { language: lang } : {}) }), ctx) };
  },
};

/** The question's type as Blackboard names it ("Essay", "Multiple Choice"); '' when unnamed. */
function questionType(item: XmlElement): string {
  return textOf(path(item, 'itemmetadata', 'bbmd_questiontype')).trim();
}

/** The question's own text: the `QUESTION_BLOCK` flow of its presentation. */
function questionBlock(item: XmlElement): XmlElement | undefined {
  return descendants(child(item, 'presentation'), 'flow').find((f) => f.attrs.class === 'QUESTION_BLOCK');
}

/** The first `mat_formattedtext` (Blackboard's) or `mattext` (plain QTI) inside, as rich text. */
function formatted(el: XmlElement | undefined): RichText {
  const text = descendants(el, 'mat_formattedtext')[0] ?? descendants(el, 'mattext')[0];
  if (!text) return { text: '' };
  const type = (text.attrs.type ?? text.attrs.texttype ?? 'HTML').toUpperCase();
  return richText(textOf(text), type === 'PLAIN_TEXT' || type === 'TEXT/PLAIN');
}
