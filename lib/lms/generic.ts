/**
 * "Audit this page" on any page, and "pick the assignment text" from a selection: the fallbacks
 * when no adapter recognises the page. Readings carry `platform: null`.
 */
import type { Assignment } from './types.ts';
import { elementText, inlineText, normalizeText } from './text.ts';
import { bodyOf, cleanTitle, documentTitle, languageOf, ownProseLength } from './dom.ts';

/** An assignment read without an adapter: same fields, no platform. */
export type GenericAssignment = Omit<Assignment, 'platform'> & { platform: null };

/** Fewer characters than this is not an assignment (a login form, a menu, an empty page). */
export const MIN_GENERIC_CHARS = 80;

/** A selection shorter than this is a slip of the mouse, not an assignment. */
export const MIN_SELECTION_CHARS = 20;

// Page furniture that is never the assignment, inside whatever region is chosen.
const FURNITURE = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar', 'dialog']);

function isFurniture(el: Element): boolean {
  if (FURNITURE.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  return !!role && FURNITURE_ROLES.has(role);
}

/** The region holding the page's main text: `main`, `[role=main]`, `article`, else the densest block. */
function mainRegion(doc: Document): Element | null {
  for (const selector of ['main', '[role="main"]', 'article']) {
    const list = doc.querySelectorAll(selector);
    let best: Element | null = null;
    let bestLength = 0;
    for (let i = 0; i < list.length; i++) {
      const length = (list[i]!.textContent ?? '').length;
      if (length > bestLength) {
        best = list[i]!;
        bestLength = length;
      }
    }
    if (best && bestLength >= MIN_GENERIC_CHARS) return best;
  }
  // No landmarks: the element whose paragraphs hold the most prose (readability's core idea).
  const scores = new Map<Element, number>();
  const paragraphs = doc.querySelectorAll('p, li, pre, blockquote, td');
  for (let i = 0; i < paragraphs.length && i < 10_000; i++) {
    const p = paragraphs[i]!;
    const parent = p.parentElement;
    if (!parent || parent.closest('nav, header, footer, aside')) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + ownProseLength(p));
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best ?? bodyOf(doc);
}

/**
 * Reads any page as an assignment: the main region's text, titled by its `h1` or the document
 * title. Null when the page holds too little text to be an assignment.
 */
export function readGeneric(url: URL, doc: Document): GenericAssignment | null {
  try {
    const root = mainRegion(doc);
    if (!root) return null;
    const description = elementText(root, { skip: isFurniture });
    if (description.length < MIN_GENERIC_CHARS) return null;
    const h1 = root.querySelector('h1') ?? doc.querySelector('h1');
    const title = cleanTitle(inlineText(h1)) || documentTitle(doc) || description.split('\n')[0]!.slice(0, 120);
    return {
      platform: null,
      url: url.href,
      view: 'view',
      title: cleanTitle(title),
      description,
      ...(languageOf(doc, root) ? { language: languageOf(doc, root) } : {}),
      descriptionRoot: root,
    };
  } catch {
    return null;
  }
}

/**
 * Wraps text the person selected as "the assignment". The title is the one given, else the
 * selection's first line. Null when the selection is too short to be an assignment.
 */
export function readSelection(text: string, url: URL | string, title?: string): GenericAssignment | null {
  const description = normalizeText(String(text ?? ''));
  if (description.length < MIN_SELECTION_CHARS) return null;
  let href: string;
  try {
    href = typeof url === 'string' ? new URL(url).href : url.href;
  } catch {
    href = '';
  }
  const firstLine = description.split('\n')[0]!;
  return {
    platform: null,
    url: href,
    view: 'view',
    title: cleanTitle(title) || cleanTitle(firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine),
    description,
  };
}
