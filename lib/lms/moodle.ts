/**
 * Moodle assignments (mod_assign) from 3.x to 5.x: the view page (students and teachers,
 * including `&action=…` teacher views) and the settings form (`course/modedit.php`).
 * Moodle is nearly always self-hosted, often under a sub-path (`/moodle/mod/assign/…`), so the
 * path suffix is tested and the body id (`page-mod-assign-view`, `page-mod-assign-mod`) confirms.
 * Sources: lib/templates/activity_header.mustache, context_header.mustache, mod/assign/renderer.php,
 * saved pages (see tests/fixtures/lms/moodle/PROVENANCE.md).
 */
import type { Assignment, LmsAdapter } from './types.ts';
import { elementText } from './text.ts';
import {
  bodyOf,
  documentTitle,
  editorText,
  fieldValue,
  first,
  firstWithText,
  frameBody,
  languageOf,
  makeAssignment,
  param,
} from './dom.ts';

const VIEW_PATH = /\/mod\/assign\/view\.php$/;
const EDIT_PATH = /\/course\/modedit\.php$/;

/** Selector alternatives, in order of preference; each names the Moodle version it serves. */
export const selectors = {
  title: [
    // 4.x activity information carries the name as data, independent of theme and version.
    '[data-region="activity-information"][data-activityname]',
    '#maincontent + h2', // 3.x (renderer heading) and 4.0–4.1 (activity_header.mustache)
    '[role="main"] > h2', // 3.x themes that put the heading straight in the main region
    '#region-main .page-header-headings h1', // themes that move the page header into main
    '.page-context-header .page-header-headings h1', // 4.2+ (context_header.mustache); in 4.0–4.1 this is the course name, so it comes last
    '.breadcrumb li:last-child', // every version: the breadcrumb ends with the activity
  ],
  description: [
    '#intro.activity-description', // 4.x activity header
    'div#intro', // 3.x box generalbox boxaligncenter
    '[data-region="activity-description"]', // themes that rename the intro box
  ],
  editName: ['input#id_name'],
  editIntro: {
    atto: ['#id_introeditoreditable'], // Atto: contenteditable div (3.x–4.x)
    tiny: ['iframe#id_introeditor_ifr'], // TinyMCE 6 (4.1+): same-origin iframe, browser only
    textarea: ['textarea#id_introeditor'], // the HTML the form was served with
  },
  // 4.0+ "Activity instructions", shown to students with the intro.
  editActivity: {
    atto: ['#id_activityeditoreditable'],
    tiny: ['iframe#id_activityeditor_ifr'],
    textarea: ['textarea#id_activityeditor'],
  },
} as const;

// The intro's attachment list (file names and upload times) is not instruction text.
const skipAttachments = (el: Element) => (el.getAttribute('id') ?? '').startsWith('assign_files_tree');

function bodyNumber(doc: Document, prefix: string): string | undefined {
  const cls = bodyOf(doc)?.getAttribute('class') ?? '';
  const m = new RegExp(String.raw`(?:^|\s)${prefix}-(\d+)(?:\s|$)`).exec(cls);
  return m?.[1];
}

function isAssignBody(doc: Document, id: string): boolean {
  const body = bodyOf(doc);
  if (!body) return false;
  if (body.getAttribute('id') === id) return true;
  // Some themes drop the body id but keep the path classes.
  const cls = ` ${body.getAttribute('class') ?? ''} `;
  return id === 'page-mod-assign-view' ? cls.includes(' path-mod-assign ') && !!first(doc, selectors.description) : false;
}

function readEditorField(doc: Document, field: { atto: readonly string[]; tiny: readonly string[]; textarea: readonly string[] }): { text: string; root: Element | null } {
  const atto = first(doc, field.atto);
  if (atto) return { text: elementText(atto), root: atto };
  const live = frameBody(first(doc, field.tiny));
  if (live) return { text: elementText(live), root: null };
  return { text: editorText(first(doc, field.textarea), doc), root: null };
}

function readView(url: URL, doc: Document): Assignment | null {
  if (!isAssignBody(doc, 'page-mod-assign-view')) return null;
  let titleEl: Element | null = null;
  let title = '';
  const info = first(doc, [selectors.title[0]]);
  if (info) {
    titleEl = info;
    title = info.getAttribute('data-activityname') ?? '';
  }
  if (!title) {
    const hit = firstWithText(doc, selectors.title.slice(1));
    titleEl = hit?.el ?? null;
    title = hit?.text ?? '';
  }
  // 4.2+ titles read "Course: Activity | Site"; older ones can be just "Assignment".
  if (!title) title = documentTitle(doc, /\s*\|[^|]*$/).replace(/^[^:]*:\s*/, '');
  const root = first(doc, selectors.description);
  const description = root ? elementText(root, { skip: skipAttachments }) : '';
  return makeAssignment({
    platform: 'moodle',
    url,
    view: 'view',
    title,
    description,
    courseId: bodyNumber(doc, 'course'),
    assignmentId: param(url, 'id') ?? bodyNumber(doc, 'cmid'),
    language: languageOf(doc, root, titleEl),
    descriptionRoot: root && description ? root : null,
  });
}

function readEdit(url: URL, doc: Document): Assignment | null {
  const adding = param(url, 'add');
  if (adding !== undefined && adding !== 'assign') return null;
  // modedit.php serves every module type; only the assign form has this body id.
  if (!isAssignBody(doc, 'page-mod-assign-mod')) return null;
  const nameEl = first(doc, selectors.editName);
  const intro = readEditorField(doc, selectors.editIntro);
  const activity = readEditorField(doc, selectors.editActivity);
  const description = [intro.text, activity.text].filter(Boolean).join('\n');
  return makeAssignment({
    platform: 'moodle',
    url,
    view: 'edit',
    title: fieldValue(nameEl),
    description,
    courseId: param(url, 'course') ?? bodyNumber(doc, 'course'),
    assignmentId: param(url, 'update') ?? bodyNumber(doc, 'cmid'),
    language: languageOf(doc, nameEl),
    descriptionRoot: intro.root && !activity.text ? intro.root : null,
  });
}

/** Moodle adapter: `…/mod/assign/view.php?id={cmid}` and `…/course/modedit.php?update={cmid}|add=assign`. */
export const moodle: LmsAdapter = {
  id: 'moodle',
  name: 'Moodle',
  exampleUrls: [
    'https://moodle.bfh.ch/mod/assign/view.php?id=2520604',
    'https://moodle.example.edu/moodle/mod/assign/view.php?id=17&action=grading',
    'https://techeducators.moodlecloud.com/mod/assign/view.php?id=6242',
    'https://school.moodledemo.net/mod/assign/view.php?id=724&lang=ja', // Mount Orange demo (5.2), language forced by the query
    'https://school.moodlecloud.com/course/modedit.php?update=6242&return=1',
    'https://lms.school.org/course/modedit.php?add=assign&type=&course=2&section=1&return=0&sr=0',
  ],
  matchUrl(url) {
    if (VIEW_PATH.test(url.pathname)) return /^\d+$/.test(url.searchParams.get('id') ?? '');
    if (EDIT_PATH.test(url.pathname)) return /^\d+$/.test(url.searchParams.get('update') ?? '') || url.searchParams.get('add') === 'assign';
    return false;
  },
  // The edit form of an existing activity names no module type in its address (a forum's looks
  // the same); adding an assignment does.
  namesOneAssignment: (url) => VIEW_PATH.test(url.pathname) || url.searchParams.get('add') === 'assign',
  read(url, doc) {
    try {
      if (!moodle.matchUrl(url)) return null;
      return VIEW_PATH.test(url.pathname) ? readView(url, doc) : readEdit(url, doc);
    } catch {
      return null;
    }
  },
};
