/**
 * Canvas (Instructure): the classic assignment page, the Assignments 2 (React) student view, and
 * the edit form. Hosted on *.instructure.com and on schools' own domains, so only the path is
 * tested; the DOM markers below are what make a page Canvas.
 * Sources: canvas-lms app/views/assignments/show.html.erb, ui/features/assignment_edit/jst/
 * EditView.handlebars, ui/features/assignments_show_student (see tests/fixtures/lms/canvas/PROVENANCE.md).
 */
import type { Assignment, LmsAdapter } from './types.ts';
import { elementText, inlineText } from './text.ts';
import { documentTitle, editorText, fieldValue, first, firstWithText, frameBody, languageOf, makeAssignment } from './dom.ts';

// Numeric ids only: `/courses/1/assignments/syllabus` is the syllabus page. Canvas also accepts
// shard-qualified ids ("1~234") in paths.
const ID = String.raw`\d+(?:~\d+)?`;
const VIEW_PATH = new RegExp(String.raw`^/courses/(${ID})/assignments/(${ID})/?$`);
const EDIT_PATH = new RegExp(String.raw`^/courses/(${ID})/assignments/(${ID}|new)/edit/?$|^/courses/(${ID})/assignments/new/?$`);

/** Canvas's placeholder for an assignment without a description (English UI). */
const NO_DETAILS = /^No additional details were added for this assignment\.?$/i;

/** Selector alternatives, in order of preference; each names the page variant it serves. */
export const selectors = {
  /** Proof that a view page is an assignment page of Canvas. */
  viewMarker: [
    '#assignment_show', // classic show page, student and teacher (show.html.erb)
    '[data-testid="assignments-2-student-view"]', // A2 student view, 2020+
    '[data-test-id="assignments-2-student-view"]', // A2 student view, 2019 builds
    '#assignment-student-header-content', // A2 header, present before the description arrives
  ],
  /** Locked assignment: header only, with a lock explanation (show.html.erb, @show_locked_page). */
  lockedMarker: ['.assignment_header #assignment_head'],
  /** Proof that an edit URL holds Canvas's assignment form. */
  editMarker: ['#edit_assignment_form', '#edit_assignment_wrapper', 'input#assignment_name', 'h1#assignment_name'],
  /** Any Canvas page (the app shell), for the locked page whose header alone is generic. */
  canvasShell: ['#application.ic-app', '#application', 'nav#breadcrumbs'],
  title: [
    '#assignment_show .assignment-title .title-content h1.title', // classic, 2019+
    '#assignment_show h1.title', // classic, older layouts
    '#assignment-student-header-content [data-testid="title"]', // A2
    '[data-testid="assignment-student-header"] [data-testid="title"]', // A2 without the content id
    '#assignments-2-student-header h1', // A2 screen-reader heading (same text)
    '.assignment_header #assignment_head', // locked page
  ],
  description: [
    '#assignment_show .description.user_content', // classic (teacher-version for teachers)
    '[data-testid="assignments-2-assignment-description"]', // A2
    '[data-test-id="assignments-2-assignment-description"]', // A2, 2019 builds
    // A2 before AssignmentDescription was split out (2019–2022 builds, still on self-hosted
    // Canvas): the text sits in AssignmentToggleDetails, expanded by default.
    '[data-testid="assignments-2-assignment-toggle-details-text"]',
    '[data-test-id="assignments-2-assignment-toggle-details-text"]',
  ],
  editTitle: [
    'input#assignment_name', // EditView.handlebars, editable name
    'h1#assignment_name', // EditView.handlebars, name locked by a blueprint course
  ],
  editDescription: {
    frame: ['iframe#assignment_description_ifr'], // TinyMCE's live document (browser only)
    textarea: ['textarea#assignment_description'], // the HTML the page was served with
    locked: ['div#assignment_description.assignment_description', '.frozen-description.user_content'],
  },
} as const;

function ids(url: URL): { courseId?: string; assignmentId?: string; edit: boolean } | null {
  const view = VIEW_PATH.exec(url.pathname);
  if (view) return { courseId: view[1], assignmentId: view[2], edit: false };
  const edit = EDIT_PATH.exec(url.pathname);
  if (!edit) return null;
  const courseId = edit[1] ?? edit[3];
  const assignmentId = edit[2] && edit[2] !== 'new' ? edit[2] : undefined;
  return { courseId, assignmentId, edit: true };
}

function readView(url: URL, doc: Document, found: { courseId?: string; assignmentId?: string }): Assignment | null {
  const isView = !!first(doc, selectors.viewMarker);
  const isLocked = !isView && !!first(doc, selectors.lockedMarker) && !!first(doc, selectors.canvasShell);
  if (!isView && !isLocked) return null;
  // Plugins (Ally's "Alternative formats") put a <button> inside the h1; inlineText skips buttons.
  const titleHit = firstWithText(doc, selectors.title);
  const title = titleHit?.text || documentTitle(doc);
  const root = isLocked ? null : first(doc, selectors.description);
  let description = root ? elementText(root) : '';
  if (NO_DETAILS.test(description)) description = '';
  return makeAssignment({
    platform: 'canvas',
    url,
    view: 'view',
    title,
    description,
    courseId: found.courseId,
    assignmentId: found.assignmentId,
    language: languageOf(doc, root, titleHit?.el),
    descriptionRoot: root && description ? root : null,
  });
}

function readEdit(url: URL, doc: Document, found: { courseId?: string; assignmentId?: string }): Assignment | null {
  if (!first(doc, selectors.editMarker)) return null;
  const titleEl = first(doc, selectors.editTitle);
  const title = titleEl?.tagName.toUpperCase() === 'INPUT' ? fieldValue(titleEl) : inlineText(titleEl);
  let description = '';
  let root: Element | null = null;
  const live = frameBody(first(doc, selectors.editDescription.frame));
  const textarea = first(doc, selectors.editDescription.textarea);
  const locked = first(doc, selectors.editDescription.locked);
  if (live) description = elementText(live);
  else if (textarea) description = editorText(textarea, doc);
  else if (locked) {
    root = locked;
    description = elementText(locked);
  }
  return makeAssignment({
    platform: 'canvas',
    url,
    view: 'edit',
    title,
    description,
    courseId: found.courseId,
    assignmentId: found.assignmentId,
    language: languageOf(doc, textarea ?? locked, titleEl),
    descriptionRoot: root,
  });
}

/** Canvas adapter: `/courses/{c}/assignments/{a}` (view), `/edit` and `/new` (teacher form). */
export const canvas: LmsAdapter = {
  id: 'canvas',
  name: 'Canvas',
  exampleUrls: [
    'https://canvas.instructure.com/courses/1325946/assignments/9876543',
    'https://k12.instructure.com/courses/2214/assignments/88412?module_item_id=553',
    'https://canvas.university.edu/courses/4412/assignments/77001/edit',
    'https://school.instructure.com/courses/12/assignments/new',
  ],
  matchUrl(url) {
    return ids(url) !== null;
  },
  read(url, doc) {
    try {
      const found = ids(url);
      if (!found) return null;
      return found.edit ? readEdit(url, doc, found) : readView(url, doc, found);
    } catch {
      return null;
    }
  },
};
