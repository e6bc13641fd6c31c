/**
 * Plain text out of untrusted result markup. Titles are data: they never become HTML, and the
 * characters that could reorder or hide text when we show them (bidi overrides, zero-width
 * marks) are removed.
 */

/** Longest title kept; longer ones are page noise or an attack on our layout. */
export const MAX_TITLE_CHARS = 300;

// Bidi embeddings/overrides/isolates and marks (U+202A–202E, U+2066–2069, U+200E/F, U+061C),
// zero-width characters and the BOM, plus C0/C1 controls other than whitespace.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u061C\u2060\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);
const BLOCK_TAGS = new Set(['DIV', 'P', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'TABLE', 'TR', 'TD', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER']);

/** Removes invisible and direction-changing characters and collapses whitespace. */
export function cleanText(text: string, max = MAX_TITLE_CHARS): string {
  const out = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return out.length > max ? out.slice(0, max - 1).trimEnd() + '…' : out;
}

/**
 * Visible text of an element: text nodes only, skipping scripts and styles (some engines put a
 * `<style>` inside the title link).
 */
export function elementText(el: Element | null | undefined, max = MAX_TITLE_CHARS): string {
  if (!el) return '';
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    if (length > max * 4) return;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === 3) {
        const t = child.textContent ?? '';
        parts.push(t);
        length += t.length;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED_TAGS.has(tag)) continue;
        // Block boundaries inside a title (a div per line) must not glue words together;
        // inline ones (<em>, <b>) must not add spaces inside Chinese or Japanese titles.
        const block = BLOCK_TAGS.has(tag);
        if (block) parts.push(' ');
        walk(child);
        if (block) parts.push(' ');
      }
    }
  };
  walk(el);
  return cleanText(parts.join(''), max);
}
