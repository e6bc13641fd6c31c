/**
 * Small DOM helpers for the readers. Standard DOM only (querySelectorAll, getAttribute,
 * parentNode, tagName), because the same code runs on linkedom, happy-dom and Chromium; no
 * `closest`/`:has()`/`:scope`, which linkedom lacks or implements slowly.
 */
import { cleanText } from './text.ts';

/** Something to query in. */
export type Scope = Document | Element;

// Simple selectors answered with getElementsByTagName / getElementById / getElementsByClassName:
// the same elements in document order, without running linkedom's CSS matcher on every node of
// a 2 MB page. Anything else goes to querySelectorAll.
const TAG = /^([a-z][a-z0-9]*)$/i;
const ID = /^([a-z][a-z0-9]*)?#([\w-]+)$/i;
const CLASS = /^([a-z][a-z0-9]*)?\.([\w-]+)$/i;
const ATTR = /^([a-z][a-z0-9]*)\[([\w-]+)(\*?=)"([^"]*)"\]$/i;

let nativeSelectors = false;

/**
 * In a real browser the native selector engine is the fast path (one call instead of one
 * `getAttribute` per element, each a binding call from the content script's isolated world);
 * the hand paths below exist for linkedom. The result-page content script turns this on.
 */
export function useNativeSelectors(on: boolean): void {
  nativeSelectors = on;
}

/** True when the readers use the DOM's own selector engine (a browser). */
export function nativeSelectorsOn(): boolean {
  return nativeSelectors;
}

function fastAll(scope: Scope, selector: string): Element[] | null {
  if (nativeSelectors) return null;
  let m = TAG.exec(selector);
  if (m) return Array.from(scope.getElementsByTagName(m[1]!));
  m = ID.exec(selector);
  if (m && 'getElementById' in scope) {
    const el = (scope as Document).getElementById(m[2]!);
    return el && (!m[1] || el.tagName.toLowerCase() === m[1].toLowerCase()) ? [el] : [];
  }
  m = CLASS.exec(selector);
  if (m && typeof scope.getElementsByClassName === 'function') {
    const tag = m[1]?.toLowerCase();
    return Array.from(scope.getElementsByClassName(m[2]!)).filter((el) => !tag || el.tagName.toLowerCase() === tag);
  }
  m = ATTR.exec(selector);
  if (m) {
    const [, tag, attr, op, value] = m as unknown as [string, string, string, string, string];
    return Array.from(scope.getElementsByTagName(tag)).filter((el) => {
      const v = el.getAttribute(attr);
      return v !== null && (op === '=' ? v === value : v.includes(value));
    });
  }
  return null;
}

/** Elements matching a selector, or none when the selector is not supported by this DOM. */
export function all(scope: Scope | null | undefined, selector: string): Element[] {
  if (!scope) return [];
  try {
    return fastAll(scope, selector) ?? Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first element matching any of the selectors, tried in order. */
export function first(scope: Scope | null | undefined, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = all(scope, selector)[0];
    if (el) return el;
  }
  return null;
}

/** True when any of the selectors matches: one pass over the page when the DOM takes the list. */
export function exists(scope: Scope | null | undefined, selectors: readonly string[]): boolean {
  if (!scope || !selectors.length) return false;
  try {
    return scope.querySelector(selectors.join(', ')) !== null;
  } catch {
    // One alternative this DOM does not support must not hide the others.
    return first(scope, selectors) !== null;
  }
}

/** The element's classes. */
export function classes(el: Element): string[] {
  const c = el.getAttribute('class');
  return c ? c.split(/\s+/).filter(Boolean) : [];
}

/** Ancestors that, when around a link, make it not an organic result (ads, carousels). */
export interface Exclusion {
  ids?: readonly string[];
  classes?: readonly string[];
  tags?: readonly string[];
  /** Attribute names, or `name=value` for an exact value. */
  attrs?: readonly string[];
}

const SAFE_NAME = /^[A-Za-z_][\w-]*$/;
const exclusionSelectors = new WeakMap<Exclusion, string | null>();

/** The exclusion as one selector list, or null when a name would need escaping. */
export function exclusionSelector(ex: Exclusion): string | null {
  if (exclusionSelectors.has(ex)) return exclusionSelectors.get(ex)!;
  const parts: string[] = [];
  let ok = true;
  const name = (n: string) => (SAFE_NAME.test(n) ? n : ((ok = false), n));
  for (const id of ex.ids ?? []) parts.push(`#${name(id)}`);
  for (const c of ex.classes ?? []) parts.push(`.${name(c)}`);
  for (const t of ex.tags ?? []) parts.push(name(t));
  for (const a of ex.attrs ?? []) {
    const eq = a.indexOf('=');
    parts.push(eq < 0 ? `[${name(a)}]` : `[${name(a.slice(0, eq))}="${a.slice(eq + 1).replace(/["\\]/g, '\\$&')}"]`);
  }
  const selector = ok && parts.length ? parts.join(',') : null;
  exclusionSelectors.set(ex, selector);
  return selector;
}

/**
 * True when the element or one of its ancestors matches the exclusion. One native `closest` call
 * where the DOM has it: walking ancestors attribute by attribute costs a content script dozens of
 * DOM calls per link (milliseconds on a 100-result page). A short `maxDepth` (a rule about the
 * nearest few ancestors only) is walked.
 */
export function insideExcluded(el: Element, ex: Exclusion, maxDepth = 40): boolean {
  const selector = maxDepth >= 40 ? exclusionSelector(ex) : null;
  if (selector !== null && typeof el.closest === 'function') {
    try {
      return el.closest(selector) !== null;
    } catch {
      // A DOM without full selector support: walk instead.
    }
  }
  return walkExcluded(el, ex, maxDepth);
}

function walkExcluded(el: Element, ex: Exclusion, maxDepth: number): boolean {
  const ids = ex.ids ?? [];
  const cls = ex.classes ?? [];
  const tags = ex.tags ?? [];
  const attrs = (ex.attrs ?? []).map((a) => {
    const eq = a.indexOf('=');
    return eq < 0 ? { name: a, value: null } : { name: a.slice(0, eq), value: a.slice(eq + 1) };
  });
  let node: Element | null = el;
  for (let depth = 0; node && depth < maxDepth; depth++) {
    if (node.nodeType !== 1) break;
    if (ids.length) {
      const id = node.getAttribute('id');
      if (id && ids.includes(id)) return true;
    }
    if (tags.length && tags.includes(node.tagName.toLowerCase())) return true;
    if (cls.length) {
      const c = node.getAttribute('class');
      if (c && cls.some((name) => c.includes(name)) && classes(node).some((name) => cls.includes(name))) return true;
    }
    for (const a of attrs) {
      const v = node.getAttribute(a.name);
      if (v !== null && (a.value === null || v === a.value)) return true;
    }
    node = node.parentNode as Element | null;
  }
  return false;
}

const depthSelectors = new Map<string, string>();

/** `a, a > *, a > * > *, …`: an element whose ancestor-or-self `tag` is at most `maxDepth` levels up. */
function depthSelector(tag: string, maxDepth: number): string {
  const key = `${tag}/${maxDepth}`;
  let selector = depthSelectors.get(key);
  if (selector === undefined) {
    const parts = [tag];
    for (let depth = 1; depth <= maxDepth; depth++) parts.push(parts[depth - 1] + ' > *');
    selector = parts.join(',');
    depthSelectors.set(key, selector);
  }
  return selector;
}

/** The nearest ancestor (or the element itself) with this tag name, within a few levels. */
export function ancestorTag(el: Element, tag: string, maxDepth = 8): Element | null {
  // In a browser, two native calls instead of a walk of a few DOM calls per level: `closest`
  // finds the nearest one, and a selector of every allowed depth says whether it is near enough.
  if (nativeSelectors && typeof el.closest === 'function' && SAFE_NAME.test(tag)) {
    const found = el.closest(tag);
    return found && el.matches(depthSelector(tag, maxDepth)) ? found : null;
  }
  const upper = tag.toUpperCase();
  let node: Element | null = el;
  for (let depth = 0; node && depth <= maxDepth; depth++) {
    if (node.nodeType !== 1) return null;
    if (node.tagName.toUpperCase() === upper) return node;
    node = node.parentNode as Element | null;
  }
  return null;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes character references. Needed for `<textarea>` only: linkedom leaves its text encoded
 * ("a&amp;b"), while browsers and happy-dom decode it; a person typing a literal "&amp;" into
 * Google's box is the price.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** The value a form field holds now (`.value` in a browser, the attribute in a saved page). */
export function fieldValue(el: Element): string {
  if (el.tagName.toUpperCase() === 'TEXTAREA') return decodeEntities(el.textContent ?? '');
  const live = (el as unknown as { value?: unknown }).value;
  if (typeof live === 'string' && live) return live;
  return el.getAttribute('value') ?? '';
}

/** Longest query we keep (engines cap theirs near 2,000 characters). */
export const MAX_QUERY_CHARS = 2048;

/** The first non-empty, non-hidden search box among the selectors, as clean text. */
export function boxQuery(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    for (const el of all(doc, selector)) {
      if ((el.getAttribute('type') ?? '').toLowerCase() === 'hidden') continue;
      const q = cleanText(fieldValue(el), MAX_QUERY_CHARS);
      if (q) return q;
    }
  }
  return null;
}

/**
 * True when `cleanText(text, max)` is `text` itself: no white space other than single inner
 * spaces, nothing invisible or direction-changing (any character of U+2000–U+206F counts as
 * such, to keep this short), and not too long. The result-page script reads the query from the
 * address on every search; compiling cleanText's two regular expressions for a query that needs
 * neither cost it about 0.2 ms.
 */
export function isCleanText(text: string, max: number): boolean {
  if (text.length > max) return false;
  // A leading space (or an empty text) is not clean.
  let previous = 0x20;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (previous === 0x20) return false;
    } else if (c < 0x21 || (c > 0x7e && (c < 0xa1 || c === 0x061c || c === 0x1680 || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff))) {
      return false;
    }
    previous = c;
  }
  return previous !== 0x20;
}

/** The first non-empty URL parameter among the names, as clean text. */
export function paramQuery(url: URL, names: readonly string[]): string | null {
  for (const name of names) {
    const value = url.searchParams.get(name) ?? '';
    const q = isCleanText(value, MAX_QUERY_CHARS) ? value : cleanText(value, MAX_QUERY_CHARS);
    if (q) return q;
  }
  return null;
}

/**
 * Body text for phrase markers, capped: the page can be megabytes. A page that leaves out its
 * optional `<head>`/`<body>` tags (Yandex 2020) gets an empty `body` from linkedom, which puts
 * everything straight under `<html>`; browsers make the body. Then the whole document is read.
 */
export function bodyText(doc: Document, max = 400_000): string {
  const text = doc.body?.textContent || doc.documentElement?.textContent || '';
  return text.length > max ? text.slice(0, max) : text;
}
