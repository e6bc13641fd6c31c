/**
 * Small DOM helpers shared by the adapters. Standard DOM only (querySelector, attributes,
 * childNodes), because the same code runs on linkedom, happy-dom and Chromium.
 */
import type { Assignment, Platform } from './types.ts';
import { editorHtml, elementText, htmlToText, inlineText, type TextOptions } from './text.ts';

/** Something to query in: the document, an element, or a detached fragment. */
export type Scope = Document | Element | DocumentFragment;

/** Longest title an adapter returns (titles are one line; anything longer is page noise). */
export const MAX_TITLE_CHARS = 300;

/** The first element matched by the first selector alternative that matches anything. */
export function first(scope: Scope | null | undefined, selectors: readonly string[]): Element | null {
  if (!scope) return null;
  for (const selector of selectors) {
    try {
      const el = scope.querySelector(selector);
      if (el) return el;
    } catch {
      // An alternative the parser does not support must not hide the others.
    }
  }
  return null;
}

/** The first element of the alternatives, in order, whose one-line text is not empty. */
export function firstWithText(scope: Scope | null | undefined, selectors: readonly string[], options?: TextOptions): { el: Element; text: string } | null {
  if (!scope) return null;
  for (const selector of selectors) {
    let list: ArrayLike<Element>;
    try {
      list = scope.querySelectorAll(selector);
    } catch {
      continue;
    }
    for (let i = 0; i < list.length; i++) {
      const el = list[i]!;
      const text = inlineText(el, options);
      if (text) return { el, text };
    }
  }
  return null;
}

/** The value a form field holds now (`.value` in the browser, the `value` attribute in a saved page). */
export function fieldValue(el: Element | null | undefined): string {
  if (!el) return '';
  const live = (el as unknown as { value?: unknown }).value;
  if (typeof live === 'string') return live;
  if (el.tagName.toUpperCase() === 'TEXTAREA') return el.textContent ?? '';
  return el.getAttribute('value') ?? '';
}

/** Text of a rich-text editor field: a `textarea` holding HTML, or a contenteditable element. */
export function editorText(el: Element | null | undefined, doc: Document): string {
  if (!el) return '';
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'INPUT') return htmlToText(editorHtml(fieldValue(el), doc), doc);
  return elementText(el);
}

/**
 * The body of a same-origin editor iframe (TinyMCE), when the browser gives access to it.
 * Saved pages and linkedom have no frame documents, so this is null there.
 */
export function frameBody(frame: Element | null | undefined): Element | null {
  if (!frame) return null;
  try {
    const inner = (frame as HTMLIFrameElement).contentDocument;
    return inner?.body ?? null;
  } catch {
    return null;
  }
}

/** One-line, trimmed, length-capped title text. */
export function cleanTitle(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_CHARS);
}

/** `document.title` with a site suffix (" | Site", " - Site") removed when asked. */
export function documentTitle(doc: Document, stripSuffix: RegExp | null = null): string {
  let title: string;
  try {
    title = doc.title ?? '';
  } catch {
    title = doc.querySelector('title')?.textContent ?? '';
  }
  title = cleanTitle(title);
  return stripSuffix ? title.replace(stripSuffix, '').trim() : title;
}

/** The BCP-47 language declared nearest to the element (its own `lang`, an ancestor's, or the page's). */
export function languageOf(doc: Document, ...els: (Element | null | undefined)[]): string | undefined {
  const candidates = [...els, doc.documentElement];
  for (const el of candidates) {
    if (!el) continue;
    const raw = el.closest?.('[lang]')?.getAttribute('lang')?.trim();
    if (!raw) continue;
    try {
      return Intl.getCanonicalLocales(raw.replace(/_/g, '-'))[0];
    } catch {
      continue;
    }
  }
  return undefined;
}

/** A query parameter, or undefined when absent or empty. */
export function param(url: URL, name: string): string | undefined {
  const value = url.searchParams.get(name);
  return value ? value : undefined;
}

/** The `<body>`, or null for a document without one (truncated or not HTML). */
export function bodyOf(doc: Document): HTMLElement | null {
  try {
    return doc.body ?? (doc.querySelector('body') as HTMLElement | null);
  } catch {
    return null;
  }
}

/** True when the element itself is hidden from people (aria-hidden, hidden, display:none); its ancestors are not looked at. */
export function isHiddenView(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none/i.test(style);
}

/** Fields every adapter fills the same way, so a reading carries only what is known. */
export function makeAssignment(fields: {
  platform: Platform;
  url: URL;
  view: 'view' | 'edit';
  title: string;
  description: string;
  courseId?: string;
  assignmentId?: string;
  language?: string;
  descriptionRoot?: Element | null;
}): Assignment {
  const result: Assignment = {
    platform: fields.platform,
    url: fields.url.href,
    view: fields.view,
    title: cleanTitle(fields.title),
    description: fields.description,
  };
  if (fields.courseId) result.courseId = fields.courseId;
  if (fields.assignmentId) result.assignmentId = fields.assignmentId;
  if (fields.language) result.language = fields.language;
  if (fields.descriptionRoot) result.descriptionRoot = fields.descriptionRoot;
  return result;
}

/**
 * Length of the prose an element holds itself: its own text nodes plus inline children (links,
 * emphasis). Used to find the instructions on pages whose class names are obfuscated (Classroom,
 * Blackboard Ultra): the instructions are the block with the most prose of its own.
 */
export function ownProseLength(el: Element): number {
  let total = 0;
  const kids = el.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i]!;
    if (node.nodeType === 3) total += (node.nodeValue ?? '').trim().length;
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (INLINE_TAGS.has(tag)) total += ((node as Element).textContent ?? '').trim().length;
    }
  }
  return total;
}

const INLINE_TAGS = new Set(['A', 'B', 'STRONG', 'I', 'EM', 'U', 'SPAN', 'CODE', 'SMALL', 'SUB', 'SUP', 'MARK', 'ABBR', 'CITE', 'Q', 'S', 'TIME']);

/** Which subtrees a structural search skips: page chrome, controls, headings. */
export interface ChromeRule {
  tags?: readonly string[];
  roles?: readonly string[];
  /** Substrings of a class name (`due-date` matches `due-date-wrapper`). */
  classParts?: readonly string[];
}

/** Compiles a {@link ChromeRule} into a predicate that costs a few attribute reads per element. */
export function chromeFilter(rule: ChromeRule): (el: Element) => boolean {
  const tags = new Set((rule.tags ?? []).map((t) => t.toUpperCase()));
  const roles = new Set(rule.roles ?? []);
  const parts = rule.classParts ?? [];
  return (el) => {
    if (tags.has(el.tagName.toUpperCase())) return true;
    const role = el.getAttribute('role');
    if (role && roles.has(role)) return true;
    if (el.getAttribute('contenteditable') === 'true') return true;
    if (parts.length) {
      const cls = el.getAttribute('class');
      if (cls) for (const part of parts) if (cls.includes(part)) return true;
    }
    return false;
  };
}

const PROSE_TAGS = new Set(['P', 'DIV', 'SPAN', 'LI', 'SECTION', 'ARTICLE', 'TD', 'PRE', 'BLOCKQUOTE']);

/**
 * The block under `scope` with the most prose of its own, skipping subtrees `isChrome` names and
 * hidden ones. Returns the block's parent when the parent's children together hold more
 * (paragraph lists), so multi-paragraph instructions come back whole. One walk, no selector
 * matching per element: it runs on every navigation of single-page apps.
 */
export function densestBlock(scope: Element, isChrome: (el: Element) => boolean, minChars = 20, maxElements = 20_000): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  const byParent = new Map<Element, number>();
  const stack: Element[] = [];
  const kids = scope.children;
  for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  let seen = 0;
  while (stack.length && seen++ < maxElements) {
    const el = stack.pop()!;
    if (isChrome(el) || isHiddenView(el) || SKIPPED_TAGS.has(el.tagName.toUpperCase())) continue;
    if (PROSE_TAGS.has(el.tagName.toUpperCase())) {
      const score = ownProseLength(el);
      if (score > 0) {
        const parent = el.parentElement;
        if (parent && parent !== scope) byParent.set(parent, (byParent.get(parent) ?? 0) + score);
        if (score > bestScore) {
          best = el;
          bestScore = score;
        }
      }
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  for (const [parent, score] of byParent) {
    if (score > bestScore) {
      best = parent;
      bestScore = score;
    }
  }
  return bestScore >= minChars ? best : null;
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'TEXTAREA', 'SELECT', 'IFRAME']);
