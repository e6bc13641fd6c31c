/**
 * Page markup -> plain text for the adapters. The same code runs on linkedom (command line),
 * happy-dom (component tests) and Chromium (the extension), so it walks nodes itself instead of
 * using `innerText` (which needs layout) and never inserts page markup into the live page.
 */

/** Longest description an adapter returns; the analysis never needs more, and a 5 MB page must not stall the tab. */
export const MAX_TEXT_CHARS = 100_000;

/** Longest HTML string `htmlToText` parses (editor values, `d2l-html-block[html]`); the rest is dropped. */
export const MAX_HTML_CHARS = 2_000_000;

/** Options for {@link elementText} and {@link htmlToText}. */
export interface TextOptions {
  /** Extra subtrees to leave out (e.g. Moodle's intro attachment tree). */
  skip?: (el: Element) => boolean;
  /** Stop after this many characters of output (default {@link MAX_TEXT_CHARS}). */
  maxChars?: number;
}

// Never visible as prose, or visible only as a control: their text would be noise or code.
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT',
  'OPTION', 'TEXTAREA', 'INPUT', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'AUDIO', 'VIDEO',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);

const CELL_TAGS = new Set(['TD', 'TH']);

// Screen-reader duplicates ("Links to an external site." after every Canvas link, Moodle's
// accesshide labels) and CSS-hidden helpers. Their text is not what the teacher wrote.
const HIDDEN_CLASSES = ['screenreader-only', 'sr-only', 'visually-hidden', 'accesshide', 'hidden', 'd-none', 'hide'];

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

const BREAK = '\n';
const PRE_END = Symbol('pre end');
// A character no page text contains after whitespace collapsing; becomes " | " at the end.
const CELL = '\u0001';
const CELL_RUN = new RegExp(String.raw`\s*${CELL}[\s${CELL}]*`, 'g');

/** True for subtrees the reader must not take text from (hidden, decorative, or controls). */
export function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const cls = el.getAttribute('class');
  if (cls) {
    const names = cls.split(/\s+/);
    for (const hidden of HIDDEN_CLASSES) if (names.includes(hidden)) return true;
  }
  return false;
}

function isBlock(tag: string): boolean {
  // Custom elements (c-wiz, d2l-*, bb-*) are layout containers in every LMS we read.
  return BLOCK_TAGS.has(tag) || tag.includes('-');
}

/**
 * Plain text of an element (or fragment): block elements and `<br>` become line breaks, table
 * cells on one row are joined with " | ", whitespace is collapsed, empty lines are dropped.
 * Skips script/style/noscript/template, form controls, and hidden or screen-reader-only
 * subtrees. Iterative, so hostile nesting depth cannot overflow the stack.
 *
 * @example elementText(doc.querySelector('#intro')) // "Write 800 words on…\nUse three sources."
 */
export function elementText(root: Element | DocumentFragment | null | undefined, options: TextOptions = {}): string {
  if (!root) return '';
  const max = options.maxChars ?? MAX_TEXT_CHARS;
  const out: string[] = [];
  let length = 0;
  // A frame is a node to enter, a string to emit when a block or cell closes, or PRE_END.
  const stack: (Node | string | typeof PRE_END)[] = [];
  const pushChildren = (node: Node) => {
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  };
  // Line breaks in the source are spaces, except inside <pre>.
  let preDepth = 0;
  pushChildren(root);
  while (stack.length && length < max) {
    const item = stack.pop()!;
    if (item === PRE_END) {
      preDepth--;
      continue;
    }
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (item.nodeType === TEXT || item.nodeType === CDATA) {
      const raw = item.nodeValue ?? '';
      const value = preDepth > 0 ? raw : raw.replace(/[\r\n\t\f]+/g, ' ');
      out.push(value);
      length += value.length;
      continue;
    }
    if (item.nodeType !== ELEMENT) continue;
    const el = item as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR') {
      out.push(BREAK);
      continue;
    }
    if (isSkipped(el) || options.skip?.(el)) continue;
    if (CELL_TAGS.has(tag)) {
      out.push(CELL);
      pushChildren(el);
      continue;
    }
    if (isBlock(tag)) {
      out.push(BREAK);
      stack.push(BREAK);
    }
    if (tag === 'PRE') {
      preDepth++;
      stack.push(PRE_END);
    }
    pushChildren(el);
  }
  return normalizeText(out.join('')).slice(0, max);
}

/**
 * Collapses whitespace inside lines, keeps line breaks, drops empty lines, and turns the cell
 * marker into " | ". Exported for readers that assemble text themselves.
 */
export function normalizeText(raw: string): string {
  const lines: string[] = [];
  for (const line of raw.replace(/\r\n?/g, '\n').split('\n')) {
    let clean = line.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ');
    if (clean.includes(CELL)) {
      clean = clean
        .replace(CELL_RUN, ' | ')
        .replace(/^\s*\|\s*/, '')
        .replace(/\s*\|\s*$/, '');
    }
    clean = clean.trim();
    if (clean) lines.push(clean);
  }
  return lines.join('\n');
}

/**
 * Text of an HTML string that came from the page as data (an editor's `textarea` value, a
 * `d2l-html-block` `html` attribute). The markup is parsed into a detached `<template>`, whose
 * content is inert: nothing runs, nothing loads, nothing touches the live page.
 */
export function htmlToText(html: string, doc: Document, options: TextOptions = {}): string {
  const parsed = inertHtml(html, doc);
  return parsed ? elementText(parsed, options) : '';
}

/**
 * `html` parsed where nothing in it runs or loads (a template's content, cut at
 * `MAX_HTML_CHARS`), or null when there is none or it cannot be parsed.
 */
export function inertHtml(html: string, doc: Document): DocumentFragment | Element | null {
  if (!html) return null;
  try {
    const template = doc.createElement('template') as HTMLTemplateElement;
    template.innerHTML = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
    return template.content ?? template;
  } catch {
    return null;
  }
}

/**
 * HTML held by a rich-text editor's `textarea`. Browsers decode the entities of the textarea's
 * source (`&lt;p&gt;` -> `<p>`); linkedom leaves them encoded. An editor value that has no tag
 * but encoded ones was not decoded yet, so decode it once.
 */
export function editorHtml(value: string, doc: Document): string {
  if (!value.includes('<') && /&(lt|#0*60|#x0*3c);/i.test(value)) {
    const parsed = inertHtml(value, doc);
    return parsed ? rawText(parsed) : '';
  }
  return value;
}

/** All text under a node, unfiltered (linkedom's fragments report a null `textContent`). */
function rawText(node: Node): string {
  if (node.nodeType !== 11 && typeof node.textContent === 'string') return node.textContent;
  let out = '';
  const kids = node.childNodes;
  for (let i = 0; i < kids.length; i++) out += rawText(kids[i]!);
  return out;
}

/** Text on one line (titles, labels): like {@link elementText} with line breaks turned into spaces. */
export function inlineText(el: Element | null | undefined, options: TextOptions = {}): string {
  return elementText(el, { maxChars: 2_000, ...options }).replace(/\n+/g, ' ').trim();
}
