/**
 * Google Classroom assignment details (student and teacher) and the teacher's edit view.
 * Classroom is a single-page app: every visited view stays mounted as a `body > c-wiz` (in 2020:
 * a `div[data-view-id]`), the old ones with aria-hidden="true", and class names are obfuscated
 * and change without notice. So this adapter reads only the active view, and only structurally
 * (headings, roles, aria labels, the densest prose block). See
 * tests/fixtures/lms/classroom/PROVENANCE.md.
 */
import type { Assignment, LmsAdapter } from './types.ts';
import { elementText, inlineText } from './text.ts';
import { bodyOf, chromeFilter, densestBlock, documentTitle, fieldValue, first, firstWithText, isHiddenView, languageOf, makeAssignment } from './dom.ts';

const HOST = 'classroom.google.com';
// Ids are URL-safe base64 strings. "/u/{n}" picks the signed-in account and is optional.
const PATH = /^(?:\/u\/\d+)?\/c\/([A-Za-z0-9_-]+)\/a\/([A-Za-z0-9_-]+)(?:\/(details|edit))?\/?$/;

/** Selector alternatives; Classroom's own class names are deliberately absent (they rotate). */
export const selectors = {
  /** App chrome inside a view that is never the assignment's text (headings, tabs, comment boxes, the "Your work" side panel). */
  chrome: {
    tags: ['header', 'nav', 'aside', 'form', 'button', 'h1', 'h2', 'h3'],
    roles: ['banner', 'navigation', 'tablist', 'tab', 'toolbar', 'dialog', 'menu', 'button', 'heading', 'textbox', 'complementary'],
  },
  main: ['[role="main"]', 'main'],
  title: [
    'h1', // details view: the item title is the view's only h1 (observed 2024–2026)
    '[role="heading"][aria-level="1"]',
    'h2',
  ],
  /** A mounted view on 2020-generation pages, which have no `body > c-wiz` (the real page in the fixtures). */
  olderView: '[data-view-id]',
  /** A view with several stream items is a list (Classwork, Stream), not a details view. */
  listItem: '[data-stream-item-id]',
  /** Edit view fields: text boxes in document order; labels are localized, so several languages. */
  editFields: 'input[type="text"], textarea, [contenteditable="true"], [role="textbox"]',
  editTitleLabel: /^(title|título|titre|titel|titolo|tytuł|заголовок|عنوان|標題|标题)/i,
  editInstructionsLabel: /(instructions|instrucciones|consignes|anleitung|istruzioni|instruções|instrukcje|инструкции|تعليمات|說明|说明)/i,
} as const;

const isChrome = chromeFilter(selectors.chrome);

/**
 * The visible view: the last `body > c-wiz` that is not hidden. Pages of the 2020 generation
 * (build `homeroom_2020…`) have no `body > c-wiz`: they mount each view as a `div[data-view-id]`
 * inside a container, so there the last visible outermost such element is the view.
 */
export function activeView(doc: Document): Element | null {
  const body = bodyOf(doc);
  if (!body) return null;
  let active: Element | null = null;
  let sawCwiz = false;
  const kids = body.children;
  for (let i = 0; i < kids.length; i++) {
    const el = kids[i]!;
    if (el.tagName.toUpperCase() !== 'C-WIZ') continue;
    sawCwiz = true;
    if (!isHiddenView(el)) active = el;
  }
  // A c-wiz page whose views are all hidden is still rendering: null, not an older-style guess.
  return sawCwiz ? active : olderView(body);
}

/**
 * The last visible outermost `[data-view-id]` under `body`. While the Drive file viewer is open
 * Classroom hides the view's container (aria-hidden on an ancestor), so every ancestor counts.
 */
function olderView(body: Element): Element | null {
  const views = body.querySelectorAll(selectors.olderView);
  for (let i = views.length - 1; i >= 0; i--) {
    const el = views[i]!;
    if (el.parentElement?.closest(selectors.olderView)) continue;
    if (!hiddenUpTo(el, body)) return el;
  }
  return null;
}

function hiddenUpTo(el: Element, stop: Element): boolean {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) if (isHiddenView(cur)) return true;
  return false;
}

function readDetails(url: URL, doc: Document, view: Element, m: RegExpExecArray): Assignment | null {
  if (view.querySelectorAll(selectors.listItem).length > 1) return null;
  const scope = first(view, selectors.main) ?? view;
  const titleHit = firstWithText(scope, selectors.title) ?? firstWithText(view, selectors.title);
  // Classroom's document title is "{item} - {course}" on details pages.
  const title = titleHit?.text || documentTitle(doc, /\s+-\s+[^-]*$/);
  if (!titleHit && !title) return null;
  const root = densestBlock(scope, isChrome);
  const description = root ? elementText(root) : '';
  return makeAssignment({
    platform: 'classroom',
    url,
    view: 'view',
    title,
    description,
    courseId: m[1],
    assignmentId: m[2],
    language: languageOf(doc, root, titleHit?.el),
    descriptionRoot: root,
  });
}

function fieldText(el: Element): string {
  const tag = el.tagName.toUpperCase();
  return tag === 'INPUT' || tag === 'TEXTAREA' ? fieldValue(el) : elementText(el);
}

function readEdit(url: URL, doc: Document, view: Element, m: RegExpExecArray): Assignment | null {
  const fields = Array.from(view.querySelectorAll(selectors.editFields)).filter((el) => !el.closest('[aria-hidden="true"]'));
  // A contenteditable inside another one is the same field.
  const top = fields.filter((el) => !fields.some((other) => other !== el && other.contains(el)));
  if (!top.length) return null;
  const label = (el: Element) => el.getAttribute('aria-label') ?? inlineText(doc.getElementById(el.getAttribute('aria-labelledby') ?? '') ?? null);
  const titleEl = top.find((el) => selectors.editTitleLabel.test(label(el))) ?? top[0]!;
  const bodyEl = top.find((el) => el !== titleEl && selectors.editInstructionsLabel.test(label(el))) ?? top.find((el) => el !== titleEl) ?? null;
  const editable = bodyEl && bodyEl.tagName.toUpperCase() !== 'INPUT' && bodyEl.tagName.toUpperCase() !== 'TEXTAREA';
  return makeAssignment({
    platform: 'classroom',
    url,
    view: 'edit',
    title: fieldText(titleEl),
    description: bodyEl ? fieldText(bodyEl) : '',
    courseId: m[1],
    assignmentId: m[2],
    language: languageOf(doc, bodyEl, titleEl),
    descriptionRoot: editable ? bodyEl : null,
  });
}

/** Google Classroom adapter: `classroom.google.com/u/{n}/c/{course}/a/{item}/details|edit`. */
export const classroom: LmsAdapter = {
  id: 'classroom',
  name: 'Google Classroom',
  exampleUrls: [
    'https://classroom.google.com/u/0/c/NTk3MjE0NzE4MzQ0/a/NjE2NzQ1ODk4MDg5/details',
    'https://classroom.google.com/c/MTIzNDU2Nzg5MDEy/a/NzY1NDMyMTA5ODc2/details',
    'https://classroom.google.com/u/1/c/NTk3MjE0NzE4MzQ0/a/NjE2NzQ1ODk4MDg5/edit',
  ],
  matchUrl(url) {
    return url.hostname === HOST && PATH.test(url.pathname);
  },
  read(url, doc) {
    try {
      if (url.hostname !== HOST) return null;
      const m = PATH.exec(url.pathname);
      if (!m) return null;
      // Right after navigation the URL is new but the view is not mounted yet: null, read again later.
      const view = activeView(doc);
      if (!view) return null;
      return m[3] === 'edit' ? readEdit(url, doc, view, m) : readDetails(url, doc, view, m);
    } catch {
      return null;
    }
  },
};
