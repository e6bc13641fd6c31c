/**
 * Schoology (PowerSchool) assignment pages: `/assignment/{id}`, `/assignment/{id}/info` and the
 * edit form `/assignment/{id}/edit`, and the plural `/assignments/{id}/info` that Schoology's API
 * (`web_url`) and current links give. Districts use `{district}.schoology.com`, `app.schoology.com`
 * and their own domains (LAUSD's lms.lausd.net), so the path is tested and the title bar
 * (`#center-top`) plus the assignment details block confirm.
 * Sources: district page observed by a public extension (2026), Schoology Plus' manifest
 * (see tests/fixtures/lms/schoology/PROVENANCE.md).
 */
import type { Assignment, LmsAdapter } from './types.ts';
import { elementText, inlineText } from './text.ts';
import { documentTitle, editorText, fieldValue, first, languageOf, makeAssignment } from './dom.ts';

// `/assignment/{id}/assessment` is a test (quiz) and `/dropbox` the submissions list: not ours.
const PATH = /^\/assignments?\/(\d+)(?:\/(info|edit))?\/?$/;

/** Selector alternatives, in order of preference. */
export const selectors = {
  /** Schoology's page frame: the title bar above the centre column. */
  frame: ['#center-top'],
  /**
   * The assignment block (due date, instructions); course and folder pages lack it. The modern
   * theme's React view of an LTI (Google Drive) assignment has neither, only its "Description"
   * box (a real Round Rock ISD page, 2026); its id is matched by prefix and suffix so a native
   * assignment's box of the same family reads too.
   */
  viewMarker: ['.assignment-details', '.info-container .info-body', '[id^="immersiveReader"][id$="AssignmentContent"]'],
  title: [
    '#center-top .page-title', // h2 on assignment pages, h1 on course pages
    '#center-top h2',
    '#center-top h1',
  ],
  /** Classes of title-bar parts that are not the title (folder breadcrumb, due date, grade). */
  titleNoise: ['folder-title', 'due-date', 'grading-grade'],
  description: [
    '.assignment-details .info-body', // instructions inside the details block
    '.assignment-details ~ .info-body', // instructions right after it
    '.info-body',
    '[id^="immersiveReader"][id$="AssignmentContent"]', // modern React view (hashed class names, stable id)
  ],
  courseLink: ['#center-top a[href^="/course/"]', '#center-top .folder-title a[href*="/course/"]', '.breadcrumbs a[href*="/course/"]', 'a[href^="/course/"][href*="/materials"]'],
  /** Edit form (Drupal-based "grade item" form) [mem; no saved page found]. */
  editForm: ['form#s-grade-item-add-form', 'form#s-grade-item-edit-form', 'form[action*="/assignment/"][action$="/edit"]'],
  editTitle: ['#edit-title', 'input[name="title"]'],
  editDescription: ['#edit-description', 'textarea[name="description"]'],
} as const;

function isTitleNoise(el: Element): boolean {
  const names = (el.getAttribute('class') ?? '').split(/\s+/);
  return selectors.titleNoise.some((c) => names.includes(c));
}

function courseId(doc: Document): string | undefined {
  const link = first(doc, selectors.courseLink);
  const m = /\/course\/(\d+)/.exec(link?.getAttribute('href') ?? '');
  return m?.[1];
}

function readView(url: URL, doc: Document, assignmentId: string): Assignment | null {
  if (!first(doc, selectors.frame) || !first(doc, selectors.viewMarker)) return null;
  const titleEl = first(doc, selectors.title);
  const title = inlineText(titleEl, { skip: isTitleNoise }) || documentTitle(doc, /\s+\|\s+[^|]*$/);
  const root = first(doc, selectors.description);
  const description = root ? elementText(root) : '';
  return makeAssignment({
    platform: 'schoology',
    url,
    view: 'view',
    title,
    description,
    courseId: courseId(doc),
    assignmentId,
    language: languageOf(doc, root, titleEl),
    descriptionRoot: root && description ? root : null,
  });
}

function readEdit(url: URL, doc: Document, assignmentId: string): Assignment | null {
  const form = first(doc, selectors.editForm);
  if (!form) return null;
  const titleEl = first(form, selectors.editTitle);
  const bodyEl = first(form, selectors.editDescription);
  return makeAssignment({
    platform: 'schoology',
    url,
    view: 'edit',
    title: fieldValue(titleEl),
    description: editorText(bodyEl, doc),
    courseId: courseId(doc),
    assignmentId,
    language: languageOf(doc, bodyEl, titleEl),
  });
}

/** Schoology adapter: `{host}/assignment(s)/{id}` (view, `/info`) and `/assignment/{id}/edit`. */
export const schoology: LmsAdapter = {
  id: 'schoology',
  name: 'Schoology',
  exampleUrls: [
    'https://app.schoology.com/assignment/7102655023',
    'https://fuhsd.schoology.com/assignment/7102655023/info',
    'https://lms.lausd.net/assignment/6543210987',
    'https://district.schoology.com/assignment/7102655023/edit',
    'https://roundrockisd.schoology.com/assignments/6224992474/info',
  ],
  matchUrl(url) {
    return PATH.test(url.pathname);
  },
  read(url, doc) {
    try {
      const m = PATH.exec(url.pathname);
      if (!m) return null;
      return m[2] === 'edit' ? readEdit(url, doc, m[1]!) : readView(url, doc, m[1]!);
    } catch {
      return null;
    }
  },
};
