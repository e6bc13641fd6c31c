/**
 * Blackboard Learn, both faces:
 * - Original: the upload page (`/webapps/assignment/uploadAssignment?…`), a content list
 *   (`listContent.jsp`) whose one assignment item is read, and the edit form.
 * - Ultra: the assessment overview and its peek panel (`/ultra/courses/{c}/outline/assessment/…`),
 *   an Angular app whose content sits in stacked off-canvas panels.
 * Hosted on *.blackboard.com and on schools' own domains, so only the path is tested.
 * See tests/fixtures/lms/blackboard/PROVENANCE.md.
 */
import type { Assignment, LmsAdapter } from './types.ts';
import { elementText, inlineText } from './text.ts';
import { chromeFilter, densestBlock, documentTitle, editorText, fieldValue, first, firstWithText, languageOf, makeAssignment, param } from './dom.ts';

const UPLOAD_PATH = /\/webapps\/assignment\/uploadAssignment$/;
const EDIT_PATH = /\/webapps\/assignment\/execute\/manageAssignment$/;
const LIST_PATH = /\/webapps\/blackboard\/content\/listContent(?:Editable)?\.jsp$/;
const ULTRA_PATH = /^\/ultra\/courses\/(_\d+_\d+)\/(?:outline|cl\/outline)\/(edit\/)?assessment\/(?:test\/)?(_\d+_\d+)(?:\/|$)/;

/** Selector alternatives, in order of preference; each names the Learn variant it serves. */
export const selectors = {
  original: {
    title: [
      '#pageTitleText', // Learn 9.1 / SaaS Original: "Upload Assignment: {name}"
      '#pageTitleHeader', // same header when a theme drops the inner span
    ],
    description: [
      '#instructionId .vtbegenerated', // upload page: Visual Text Box Editor output
      '#instructionId',
      '#instructions .vtbegenerated', // "Review Submission History" layout [mem]
    ],
    // Content list item whose title links to the upload page.
    listItem: 'li.liItem',
    listItemLink: 'a[href*="/webapps/assignment/uploadAssignment"]',
    listItemTitle: ['.item h3', 'h3'],
    listItemDescription: [
      '.details .vtbegenerated', // item text written in the Visual Text Box Editor
      '.details', // plain-text items
    ],
    // Edit form [mem]: the assignment name and the instructions editor's textarea.
    editForm: ['form#the_form', 'form[name="the_form"]', 'form[action*="manageAssignment"]'],
    editTitle: ['#content_name', 'input[name="content_name"]', 'input[name="title"]'],
    editDescription: ['textarea#content_desc_text', 'textarea[name="content_desc_text"]', 'textarea[name*="desc"]'],
  },
  ultra: {
    // The Ultra shell (a scraper's recorded selector path: #site-wrap > … > bb-base-layout > … > main#main-content).
    app: ['bb-base-layout', '#site-wrap', 'main#main-content.bb-offcanvas-container'],
    // Open panels. The first one is the course itself (outline), never an assessment; the one on
    // top has focus, those below carry hide-in-background.
    panel: '.bb-offcanvas-panel.active',
    coursePanel: 'first',
    focusedPanel: 'panel-has-focus',
    title: [
      '.panel-title', // peek panel header [mem]
      'h1', // any panel's first heading
      '[role="heading"][aria-level="1"]', // Angular components that render headings as divs
      'h2',
    ],
    description: [
      '.vtbegenerated', // instructions written in the classic editor, kept on conversion [ext]
      '.js-description', // [ext: a public Ultra scraper's list]
      'bb-document-part', // rich-text parts of the assessment [ext]
      '.rte-content', // [ext]
      '[class*="instruction"] .bb-editor-content', // [mem]
    ],
    // Never the instructions: buttons, menus, due-date and grade rows, attempt history.
    chrome: {
      tags: ['header', 'nav', 'button', 'h1', 'h2', 'h3', 'label'],
      roles: ['button', 'menu', 'toolbar', 'heading'],
      classParts: ['panel-title', 'bb-close', 'due-date', 'grading', 'attempt'],
    },
  },
  /** Title prefixes Learn puts before the assignment name (English UI). */
  titlePrefix: /^(?:Upload Assignment|Review Submission History|View Assignment|Edit Assignment)\s*:\s*/i,
} as const;

const isUltraChrome = chromeFilter(selectors.ultra.chrome);

function stripPrefix(title: string): string {
  return title.replace(selectors.titlePrefix, '').trim();
}

/**
 * The assignment's content id on a "Review Submission History" page opened without one in its
 * address, so that it is the same assignment as on the upload page: from Learn's hidden context
 * line ("Content Id: _7982805_1"), else from the assignment's own files (`/bbcswebdav/pid-7982805-…`).
 */
function contentIdInPage(doc: Document): string | undefined {
  const context = /\bContent Id: (_\d+_\d+)/.exec(doc.getElementById('contextInfo')?.textContent ?? '');
  if (context) return context[1];
  const file = doc.querySelector('#assignmentInfo a[href*="/bbcswebdav/pid-"]')?.getAttribute('href') ?? '';
  const pid = /\/bbcswebdav\/pid-(\d+)-/.exec(file);
  return pid ? `_${pid[1]}_1` : undefined;
}

function readUpload(url: URL, doc: Document): Assignment | null {
  const titleEl = first(doc, selectors.original.title);
  const root = first(doc, selectors.original.description);
  if (!titleEl || (!root && !doc.querySelector('#uploadAssignmentFormId, form[name="uploadAssignmentForm"]'))) return null;
  const description = root ? elementText(root) : '';
  return makeAssignment({
    platform: 'blackboard',
    url,
    view: 'view',
    title: stripPrefix(inlineText(titleEl)) || stripPrefix(documentTitle(doc)),
    description,
    courseId: param(url, 'course_id'),
    assignmentId: param(url, 'content_id') ?? contentIdInPage(doc) ?? param(url, 'outcome_definition_id'),
    language: languageOf(doc, root, titleEl),
    descriptionRoot: root && description ? root : null,
  });
}

function readList(url: URL, doc: Document): Assignment | null {
  const items = Array.from(doc.querySelectorAll(selectors.original.listItem)).filter((li) => li.querySelector(selectors.original.listItemLink));
  // Several assignments in one folder: which one the person means is unknown, so none.
  if (items.length !== 1) return null;
  const item = items[0]!;
  const titleEl = first(item, selectors.original.listItemTitle);
  const root = first(item, selectors.original.listItemDescription);
  const description = root ? elementText(root) : '';
  const link = item.querySelector(selectors.original.listItemLink)?.getAttribute('href') ?? '';
  const contentId = /[?&]content_id=([^&]+)/.exec(link)?.[1];
  return makeAssignment({
    platform: 'blackboard',
    url,
    view: 'view',
    title: inlineText(titleEl),
    description,
    courseId: param(url, 'course_id'),
    assignmentId: contentId ? decodeURIComponent(contentId) : undefined,
    language: languageOf(doc, root, titleEl),
    descriptionRoot: root && description ? root : null,
  });
}

function readEditForm(url: URL, doc: Document): Assignment | null {
  const form = first(doc, selectors.original.editForm);
  if (!form) return null;
  const titleEl = first(form, selectors.original.editTitle);
  const bodyEl = first(form, selectors.original.editDescription);
  if (!titleEl && !bodyEl) return null;
  return makeAssignment({
    platform: 'blackboard',
    url,
    view: 'edit',
    title: fieldValue(titleEl),
    description: editorText(bodyEl, doc),
    courseId: param(url, 'course_id'),
    assignmentId: param(url, 'content_id'),
    language: languageOf(doc, bodyEl, titleEl),
  });
}

function readUltra(url: URL, doc: Document, m: RegExpExecArray): Assignment | null {
  if (!first(doc, selectors.ultra.app)) return null;
  const has = (el: Element, cls: string) => (el.getAttribute('class') ?? '').split(/\s+/).includes(cls);
  const panels = Array.from(doc.querySelectorAll(selectors.ultra.panel)).filter((p) => !has(p, selectors.ultra.coursePanel));
  // Stacked panels: the focused one, else the last opened.
  const panel = panels.find((p) => has(p, selectors.ultra.focusedPanel)) ?? panels[panels.length - 1] ?? null;
  if (!panel) return null;
  const titleHit = firstWithText(panel, selectors.ultra.title);
  if (!titleHit) return null;
  const root = first(panel, selectors.ultra.description) ?? densestBlock(panel, isUltraChrome);
  const description = root ? elementText(root) : '';
  return makeAssignment({
    platform: 'blackboard',
    url,
    view: m[2] ? 'edit' : 'view',
    title: titleHit.text,
    description,
    courseId: m[1],
    assignmentId: m[3],
    language: languageOf(doc, root, titleHit.el),
    descriptionRoot: root && description ? root : null,
  });
}

/** Blackboard Learn adapter (Original and Ultra). */
export const blackboard: LmsAdapter = {
  id: 'blackboard',
  name: 'Blackboard',
  exampleUrls: [
    'https://bb.sustech.edu.cn/webapps/assignment/uploadAssignment?content_id=_610821_1&course_id=_8328_1&group_id=&mode=view',
    'https://blackboard.school.edu/webapps/blackboard/content/listContent.jsp?course_id=_45_1&content_id=_67_1',
    'https://ntnu.blackboard.com/ultra/courses/_46789_1/outline/assessment/_2233445_1/overview?courseId=_46789_1',
    'https://tcd.blackboard.com/ultra/courses/_1234_1/outline/assessment/test/_998877_1?courseId=_1234_1&gradeitemView=details',
    'https://learn.school.ac.uk/webapps/assignment/execute/manageAssignment?method=showmodify&content_id=_55_1&course_id=_12_1',
    'https://utsa.blackboard.com/webapps/assignment/uploadAssignment?action=showHistory&course_id=_236652_1&outcome_definition_id=_2534983_1&outcome_id=_54877795_1',
  ],
  matchUrl(url) {
    const path = url.pathname;
    if (EDIT_PATH.test(path)) return !!url.searchParams.get('content_id');
    // The upload page by its content id, or its "Review Submission History" view as My Grades links
    // it after a submission: `?action=showHistory&course_id=…&outcome_definition_id=…`.
    if (UPLOAD_PATH.test(path)) return !!url.searchParams.get('content_id') || (url.searchParams.get('action') === 'showHistory' && !!url.searchParams.get('outcome_definition_id'));
    if (LIST_PATH.test(path)) return !!url.searchParams.get('course_id');
    return ULTRA_PATH.test(path);
  },
  // A content folder may hold no assignment, or several.
  namesOneAssignment: (url) => !LIST_PATH.test(url.pathname),
  read(url, doc) {
    try {
      if (!blackboard.matchUrl(url)) return null;
      const path = url.pathname;
      if (UPLOAD_PATH.test(path)) return readUpload(url, doc);
      if (EDIT_PATH.test(path)) return readEditForm(url, doc);
      if (LIST_PATH.test(path)) return readList(url, doc);
      const m = ULTRA_PATH.exec(path);
      return m ? readUltra(url, doc, m) : null;
    } catch {
      return null;
    }
  },
};
