/** Tags that break words apart in the analysed text (inline ones, like <b>, do not). */
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(' '),
);

/**
 * Finds a quoted phrase inside an element's text nodes, ignoring differences in whitespace
 * (the analysed text collapses it; the page does not), and returns a DOM Range over it, so the
 * panel can show the teacher where the evidence is.
 */
export function findPhrase(root: Element, phrase: string): Range | null {
  const needle = phrase.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!needle) return null;
  const doc = root.ownerDocument;
  // Collapsed text of the whole root, with a map from each kept character back to its node.
  const nodes: Text[] = [];
  const offsets: number[] = [];
  const owners: number[] = [];
  let text = '';
  let lastSpace = true;
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = (child as Text).data;
        const index = nodes.push(child as Text) - 1;
        for (let i = 0; i < value.length; i++) {
          const ch = value[i]!;
          const space = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';
          if (space && lastSpace) continue;
          text += space ? ' ' : ch.toLowerCase();
          offsets.push(i);
          owners.push(index);
          lastSpace = space;
        }
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
        if (!lastSpace && BLOCKS.has(tag)) {
          // Element boundaries separate words in the analysed text; keep a space without a source.
          text += ' ';
          offsets.push(-1);
          owners.push(-1);
          lastSpace = true;
        }
        walk(child);
      }
    }
  };
  walk(root);
  const at = text.indexOf(needle);
  if (at < 0) return null;
  let startAt = at;
  while (owners[startAt] === -1 && startAt < at + needle.length) startAt++;
  let endAt = at + needle.length - 1;
  while (owners[endAt] === -1 && endAt > startAt) endAt--;
  const range = doc.createRange();
  range.setStart(nodes[owners[startAt]!]!, offsets[startAt]!);
  range.setEnd(nodes[owners[endAt]!]!, offsets[endAt]! + 1);
  return range;
}
