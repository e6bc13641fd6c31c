/**
 * D2L Brightspace assignments (the "dropbox" tool): the student submit page, the teacher's
 * submissions page, and the edit form, in the classic server pages and the newer Lit pages.
 * Rich text sits in `d2l-html-block` web components whose rendered copy is in a shadow root; the
 * source is the `html` attribute (older) or a child `<template>` (newer). Both are read as data:
 * parsed in a detached template, never inserted into the page.
 * Hosted on *.brightspace.com, *.desire2learn.com and schools' own domains (d2l.{school}).
 * See tests/fixtures/lms/brightspace/PROVENANCE.md.
 */
import type { Assignment, LmsAdapter } from './types.ts';
import { elementText, htmlToText, inlineText } from './text.ts';
import { documentTitle, editorText, fieldValue, first, firstWithText, languageOf, makeAssignment, param } from './dom.ts';

// Every dropbox page about one folder carries `db` (folder id) and `ou` (org unit = course).
const PATH = /^\/d2l\/lms\/dropbox\/(user|admin\/mark|admin\/modify)\/([a-z_]+)\.d2l$/;
const EDIT_PAGES = new Set(['folder_newedit_properties']);

/** Selector alternatives, in order of preference; each names the page generation it serves. */
export const selectors = {
  /** Any Brightspace page: the navigation web component or the classic body/title ids. */
  shell: ['d2l-navigation', '#d_page_title', 'body.d2l-body', 'html[data-global-context]', '.d2l-page-main'],
  title: [
    '#d_page_title', // classic page title (h1.d2l-page-title)
    'h1.d2l-page-title',
    'd2l-page-header h1',
    '.d2l-page-header h1',
    'h1',
  ],
  /** Where the instructions live; the html-block inside is read first. */
  instructions: [
    '.d2l-dropbox-submissiontext', // student submit page, "Folder/Assignment Information"
    '[data-d2l-instructions]',
    '#instructions',
    '.d2l-folder-information',
  ],
  htmlBlock: 'd2l-html-block',
  /** Html-blocks that are not the instructions (rubrics, feedback, submission comments). */
  notInstructions: 'd2l-rubric, .d2l-rubric, [class*="feedback"], [class*="comment"], .d2l-submission-history',
  editName: ['input[name="name"]', 'd2l-input-text[name="name"]', '#z_b', 'input[name="folderName"]'],
  editInstructions: [
    'textarea[name="instructions"]', // classic editor's form field
    'd2l-htmleditor[html]', // new editor keeps its value as an attribute [mem]
    'textarea[name="Instructions"]',
  ],
} as const;

/** Text of one html-block: its `html` attribute, else its `<template>`, else its light DOM. */
export function htmlBlockText(block: Element, doc: Document): { text: string; live: boolean } {
  const attr = block.getAttribute('html');
  if (attr) return { text: htmlToText(attr, doc), live: false };
  const template = block.querySelector('template') as HTMLTemplateElement | null;
  if (template) return { text: elementText(template.content ?? template), live: false };
  return { text: elementText(block), live: true };
}

function instructionBlock(doc: Document): { text: string; root: Element | null; source: Element | null } {
  const container = first(doc, selectors.instructions);
  const scope = container ?? doc;
  const blocks = Array.from(scope.querySelectorAll(selectors.htmlBlock)).filter((b) => !b.closest(selectors.notInstructions));
  for (const block of blocks) {
    const { text, live } = htmlBlockText(block, doc);
    if (text) return { text, root: live ? block : null, source: block };
  }
  // Older pages put the instructions straight in the container's light DOM.
  if (container) {
    const text = elementText(container);
    if (text) return { text, root: container, source: container };
  }
  return { text: '', root: null, source: container };
}

function readView(url: URL, doc: Document): Assignment | null {
  const titleHit = firstWithText(doc, selectors.title);
  const found = instructionBlock(doc);
  if (!titleHit && !found.source) return null;
  return makeAssignment({
    platform: 'brightspace',
    url,
    view: 'view',
    title: titleHit?.text || documentTitle(doc, /\s+-\s+[^-]*$/),
    description: found.text,
    courseId: param(url, 'ou'),
    assignmentId: param(url, 'db'),
    language: languageOf(doc, found.source, titleHit?.el),
    descriptionRoot: found.root,
  });
}

function readEdit(url: URL, doc: Document): Assignment | null {
  const nameEl = first(doc, selectors.editName);
  const editor = first(doc, selectors.editInstructions);
  if (!nameEl && !editor) return null;
  const description = editor?.hasAttribute('html') ? htmlToText(editor.getAttribute('html') ?? '', doc) : editorText(editor, doc);
  return makeAssignment({
    platform: 'brightspace',
    url,
    view: 'edit',
    title: fieldValue(nameEl) || nameEl?.getAttribute('value') || inlineText(first(doc, selectors.title)),
    description,
    courseId: param(url, 'ou'),
    assignmentId: param(url, 'db'),
    language: languageOf(doc, editor, nameEl),
  });
}

/** D2L Brightspace adapter: `/d2l/lms/dropbox/{user|admin/mark|admin/modify}/*.d2l?db=…&ou=…`. */
export const brightspace: LmsAdapter = {
  id: 'brightspace',
  name: 'D2L Brightspace',
  exampleUrls: [
    'https://purdue.brightspace.com/d2l/lms/dropbox/user/folder_submit_files.d2l?db=641409&grpid=0&isprv=0&bp=0&ou=598223',
    'https://nscconline.desire2learn.com/d2l/lms/dropbox/user/folder_submit_files.d2l?ou=185109&db=231830',
    'https://purdue.brightspace.com/d2l/lms/dropbox/admin/mark/folder_submissions_users.d2l?db=686400&ou=598313',
    'https://courses.ashworthcollege.edu/d2l/lms/dropbox/admin/modify/folder_newedit_properties.d2l?db=5521&ou=6606',
  ],
  matchUrl(url) {
    return PATH.test(url.pathname) && /^\d+$/.test(url.searchParams.get('db') ?? '');
  },
  read(url, doc) {
    try {
      if (!brightspace.matchUrl(url)) return null;
      if (!first(doc, selectors.shell)) return null;
      const page = PATH.exec(url.pathname)![2]!;
      return EDIT_PAGES.has(page) ? readEdit(url, doc) : readView(url, doc);
    } catch {
      return null;
    }
  },
};
