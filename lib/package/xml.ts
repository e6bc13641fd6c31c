/**
 * A small non-validating XML parser for manifests and CC descriptors. Pure (runs in Node, the
 * dashboard and workers alike), fast on 10 MB manifests, and safe: DOCTYPEs are skipped and only
 * the five predefined and numeric character references are expanded, so there is no entity
 * expansion or external fetching at all. Well-formedness errors come back with a line number.
 */

export interface XmlElement {
  /** Local name, prefix removed: `lomimscc:title` → "title". */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export type XmlResult = { ok: true; root: XmlElement } | { ok: false; error: string };

const NAME = /[^\s/>=]+/y;
const ATTR = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const TAG_END = /\s*(\/?)>/y;
const MAX_DEPTH = 512;

/** Parses an XML document. Never throws; malformed input gives `{ ok: false, error }` with a line. */
export function parseXml(source: string): XmlResult {
  const src = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const top: XmlElement = { name: '#document', attrs: Object.create(null), children: [] };
  const stack: XmlElement[] = [top];
  const qnames: string[] = [''];
  const opened: number[] = [0];
  let root: XmlElement | null = null;
  let i = 0;
  const fail = (at: number, what: string): XmlResult => ({ ok: false, error: `line ${lineAt(src, at)}: ${what}` });

  while (i < src.length) {
    const lt = src.indexOf('<', i);
    const textEnd = lt < 0 ? src.length : lt;
    if (textEnd > i) {
      const raw = src.slice(i, textEnd);
      if (stack.length > 1) {
        if (/\S/.test(raw)) stack[stack.length - 1]!.children.push(decodeXmlEntities(raw));
      } else if (/\S/.test(raw)) return fail(i, 'text outside the root element');
    }
    if (lt < 0) break;
    i = lt;
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      if (end < 0) return fail(i, 'a comment is never closed');
      i = end + 3;
    } else if (src.startsWith('<![CDATA[', i)) {
      const end = src.indexOf(']]>', i + 9);
      if (end < 0) return fail(i, 'a CDATA section is never closed');
      if (stack.length === 1) return fail(i, 'CDATA outside the root element');
      stack[stack.length - 1]!.children.push(src.slice(i + 9, end));
      i = end + 3;
    } else if (src.startsWith('<?', i)) {
      const end = src.indexOf('?>', i + 2);
      if (end < 0) return fail(i, 'a processing instruction is never closed');
      i = end + 2;
    } else if (src.startsWith('<!', i)) {
      // DOCTYPE (possibly with an internal subset in brackets): skipped, never interpreted.
      let depth = 0;
      let j = i + 2;
      for (; j < src.length; j++) {
        const c = src[j];
        if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      if (j >= src.length) return fail(i, 'a <!DOCTYPE> is never closed');
      i = j + 1;
    } else if (src[i + 1] === '/') {
      const end = src.indexOf('>', i + 2);
      if (end < 0) return fail(i, 'a closing tag is never finished');
      const qname = src.slice(i + 2, end).trim();
      if (stack.length === 1) return fail(i, `</${qname}> closes nothing`);
      const expected = qnames[qnames.length - 1]!;
      if (qname !== expected) return fail(i, `</${qname}> where </${expected}> (opened on line ${lineAt(src, opened[opened.length - 1]!)}) was expected`);
      stack.pop();
      qnames.pop();
      opened.pop();
      i = end + 1;
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(src);
      if (!m) return fail(i, 'a “<” that does not start a tag (escape it as &lt;)');
      const qname = m[0];
      const attrs: Record<string, string> = Object.create(null);
      let p = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = p;
        const a = ATTR.exec(src);
        if (!a) break;
        attrs[a[1]!] = decodeXmlEntities(a[2] ?? a[3] ?? '');
        p = ATTR.lastIndex;
      }
      TAG_END.lastIndex = p;
      const e = TAG_END.exec(src);
      if (!e) return fail(i, `the tag <${qname}> is malformed or never finished`);
      const colon = qname.indexOf(':');
      const el: XmlElement = { name: colon < 0 ? qname : qname.slice(colon + 1), attrs, children: [] };
      if (stack.length === 1) {
        if (root) return fail(i, `a second root element <${qname}>`);
        root = el;
      }
      stack[stack.length - 1]!.children.push(el);
      if (!e[1]) {
        if (stack.length > MAX_DEPTH) return fail(i, `elements nested more than ${MAX_DEPTH} deep`);
        stack.push(el);
        qnames.push(qname);
        opened.push(i);
      }
      i = TAG_END.lastIndex;
    }
  }
  if (stack.length > 1) {
    return { ok: false, error: `line ${lineAt(src, src.length)}: the document ends inside <${qnames[qnames.length - 1]}> (opened on line ${lineAt(src, opened[opened.length - 1]!)}); the file looks cut off` };
  }
  if (!root) return { ok: false, error: 'no root element (the file is empty or not XML)' };
  return { ok: true, root };
}

function lineAt(src: string, index: number): number {
  let line = 1;
  for (let k = src.indexOf('\n'); k >= 0 && k < index; k = src.indexOf('\n', k + 1)) line++;
  return line;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Expands the predefined and numeric references; anything else is left as written. */
export function decodeXmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return XML_ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/** First child element with this local name. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** Child elements with this local name. */
export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) out.push(c);
  return out;
}

/** Every element with this local name below `el`, in document order. */
export function descendants(el: XmlElement | undefined, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  if (el) walk(el);
  return out;
}

/** Follows a path of local names: `path(root, 'metadata', 'lom', 'general')`. */
export function path(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let cur = el;
  for (const n of names) cur = child(cur, n);
  return cur;
}

/** All text inside an element, in document order. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : textOf(c);
  return out;
}

/** An attribute by local name, whatever its prefix (`xml:base`, `xsi:type`…). */
export function attr(el: XmlElement | undefined, local: string): string | undefined {
  if (!el) return undefined;
  if (local in el.attrs) return el.attrs[local];
  for (const k in el.attrs) if (k.endsWith(`:${local}`)) return el.attrs[k];
  return undefined;
}

/**
 * Text on one line: runs of white space, and zero-width spaces (a word boundary with no width,
 * which editors leave before titles and at line ends), become one space; the ends are trimmed.
 */
export function collapseSpace(s: string): string {
  return s.replace(/[\s\u200b]+/g, ' ').trim();
}
