/**
 * HTML → plain text for package pages, without a DOM.
 *
 * Why not a parser: this runs over thousands of files in the command line and in the dashboard,
 * where building a DOM per file (linkedom, DOMParser) costs far more than the text is worth, and
 * a tokenizer that only ever produces strings cannot load, run or render anything. The rules match
 * what the LMS adapters give `audit()`: block elements become line breaks, whitespace collapses,
 * script/style/template and the head (except its title) are dropped, entities are decoded.
 */
import { collapseSpace } from './xml.ts';

/** An alternative text that is only an image file's name. */
const IMAGE_FILE_NAME = /^[^\s/\\]*(?:\s[^\s/\\]*){0,6}\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?|heic)$/i;

export interface HtmlText {
  /** The document's <title>, entity-decoded and collapsed ("" when none). */
  title: string;
  /** Body text: one line per block, no empty lines. */
  text: string;
  /** `lang` (or `xml:lang`) of <html> or <body>, when declared. */
  lang?: string;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html', 'center',
]);
/** Elements whose content is never text for a reader. Raw-text ones run to their end tag or the end of the file, as in a browser. */
const RAW = new Set(['script', 'style', 'template', 'iframe', 'noembed', 'noframes', 'xmp', 'textarea']);
const SKIP = new Set(['noscript', 'svg', 'math', 'object', 'select', 'button']);
const CELL = new Set(['td', 'th']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y;
const LOWER = /^[a-z0-9:-]+$/;
const LANG_ATTR = /(?:^|\s)(?:xml:)?lang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** Rich text from an export's field: plain text, and the HTML and its language when it was HTML. */
export interface RichText {
  text: string;
  html?: string;
  lang?: string;
}

/** Tags in text that declares itself plain: exporters write HTML there too, and it is read as HTML. */
export function hasTags(raw: string): boolean {
  return /<[a-z][^>]*>/i.test(raw);
}

/**
 * A field's text as every export reader reads it: plain text keeps its lines (spaces collapsed,
 * blank lines dropped); HTML is converted, and kept beside the text.
 */
export function richText(raw: string, plain: boolean): RichText {
  if (plain) return { text: raw.replace(/[ \t\f\r]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim() };
  const page = htmlToText(raw);
  return { text: page.text, html: raw, ...(page.lang ? { lang: page.lang } : {}) };
}

/** Converts an HTML document or fragment to plain text. Never throws. */
export function htmlToText(html: string): HtmlText {
  const parts: string[] = [];
  let title = '';
  let lang: string | undefined;
  let inHead = false;
  let inTitle = false;
  let i = 0;
  const n = html.length;

  while (i < n) {
    const lt = html.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const chunk = html.slice(i, end);
      if (inTitle) title += chunk;
      else if (!inHead) parts.push(chunk);
    }
    if (lt < 0) break;
    i = lt;
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', i)) {
      const close = html.indexOf(']]>', i + 9);
      if (!inHead) parts.push(html.slice(i + 9, close < 0 ? n : close));
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const close = html.indexOf('>', i + 2);
      i = close < 0 ? n : close + 1;
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (!m) {
      // A bare "<" in text ("a < b"), kept as text.
      if (!inHead && !inTitle) parts.push('<');
      i++;
      continue;
    }
    const attrStart = i + m[0].length;
    const tagEnd = findTagEnd(html, attrStart);
    const closing = m[1] === '/';
    const raw = m[2]!;
    const name = LOWER.test(raw) ? raw : raw.toLowerCase();
    i = tagEnd < n ? tagEnd + 1 : n;

    if (!closing && (RAW.has(name) || SKIP.has(name)) && html.charCodeAt(tagEnd - 1) !== 47 /* not self-closing */) {
      const close = indexOfCloseTag(html, name, i);
      if (close >= 0) i = close;
      else if (RAW.has(name)) i = n;
      parts.push(' ');
      continue;
    }
    if (!closing && !inHead && isHidden(html, attrStart, tagEnd)) {
      // Course templates (DesignPLUS "kl_" pages in Canvas) carry text no student sees, such as
      // "Icon Progress Bar/Navigation (built in browser, hidden in app)".
      if (!VOID.has(name) && html.charCodeAt(tagEnd - 1) !== 47) i = endOfElement(html, name, i);
      parts.push(' ');
      continue;
    }
    if (name === 'title') {
      inTitle = !closing;
      continue;
    }
    if (name === 'head') {
      inHead = !closing;
      continue;
    }
    if (name === 'body' && !closing) inHead = false;
    // A head that is never closed ends where body content starts, as browsers do.
    if (inHead && !closing && BLOCK.has(name) && name !== 'html') inHead = false;
    if ((name === 'html' || name === 'body') && !closing && !lang) {
      const l = LANG_ATTR.exec(html.slice(attrStart, tagEnd));
      const value = l && (l[1] ?? l[2] ?? l[3])?.trim();
      if (value) lang = value;
    }
    if (inHead) continue;
    if (CELL.has(name)) parts.push(' ');
    else if (BLOCK.has(name)) parts.push('\n');
    else if (name === 'img' && !closing) {
      // Alternative text is what a screen reader (and a teacher reading the source) gets.
      const alt = /(?:^|\s)alt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(html.slice(attrStart, tagEnd));
      const value = alt && (alt[1] ?? alt[2])?.trim();
      // Canvas fills in the file's name ("logo_medium.png") when the teacher wrote none: not text.
      if (value && !IMAGE_FILE_NAME.test(value)) parts.push(` ${value} `);
    }
  }
  return { title: collapseSpace(decodeHtmlEntities(title)), text: tidy(decodeHtmlEntities(parts.join(''))), ...(lang ? { lang } : {}) };
}

/** Index of the ">" that ends a tag starting before `from`, skipping quoted attribute values. */
function findTagEnd(html: string, from: number): number {
  const gt = html.indexOf('>', from);
  if (gt < 0) return html.length;
  // Most tags have no quoted ">" inside: look for a quote before the first ">" only.
  let quoted = false;
  for (let j = from; j < gt; j++) {
    const c = html.charCodeAt(j);
    if (c === 34 || c === 39) {
      quoted = true;
      break;
    }
  }
  if (!quoted) return gt;
  let quote = '';
  for (let j = from; j < html.length; j++) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  return html.length;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const HIDDEN_STYLE = /(?:^|[\s;"'])display\s*:\s*none\b/i;
const HIDDEN_ATTR = /(?:^|\s)hidden(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?(?=\s|\/?$)/i;

/**
 * `style="display: none"` or the `hidden` attribute on an element without an id: content no
 * student ever sees. With an id it may be the target of a show/hide control (Canvas's
 * `element_toggler` with `aria-controls`, its dialogs), which a student opens: kept.
 */
function isHidden(html: string, from: number, to: number): boolean {
  if (to - from < 6) return false;
  const attrs = html.slice(from, to);
  if (!/none|hidden/i.test(attrs) || /(?:^|\s)id\s*=/i.test(attrs)) return false;
  const style = /(?:^|\s)style\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attrs);
  if (style && HIDDEN_STYLE.test(style[1] ?? style[2] ?? '')) return true;
  // Drop quoted values first so that class="hidden-xs" or title="hidden gems" do not count.
  return HIDDEN_ATTR.test(attrs.replace(/"[^"]*"|'[^']*'/g, '""'));
}

/** Index just after the end tag that closes the element opened before `from`, counting nested elements of the same name. */
function endOfElement(html: string, name: string, from: number): number {
  const re = new RegExp(`<(/?)${name}(?=[\\s/>])`, 'ig');
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const end = findTagEnd(html, m.index + m[0].length);
    if (m[1]) depth--;
    else if (html.charCodeAt(end - 1) !== 47) depth++;
    if (depth === 0) return end < html.length ? end + 1 : html.length;
    re.lastIndex = end;
  }
  // Never closed: a browser would hide the rest of the parent; keep the rest as text rather than lose it.
  return from;
}

function indexOfCloseTag(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}\\s*>`, 'ig');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index + m[0].length : -1;
}

/**
 * Collapses whitespace to single spaces, drops empty lines and trims: one pass over the string
 * (regexes over a 30 MB course cost several times more). A single space between words is kept
 * as it is, so text is copied a line at a time rather than a word at a time.
 */
function tidy(s: string): string {
  let out = '';
  /** Start of the text not yet copied to `out`; -1 before the first non-space character. */
  let from = -1;
  const n = s.length;
  let k = 0;
  while (k < n) {
    const c = s.charCodeAt(k);
    if (!isSpace(c)) {
      if (from < 0) from = k;
      k++;
      continue;
    }
    // A run of whitespace: dropped at the start and the end, a line break if it holds one, else a space.
    let j = k;
    let newline = false;
    while (j < n) {
      const d = s.charCodeAt(j);
      if (!isSpace(d)) break;
      if (d === 10) newline = true;
      j++;
    }
    if (from >= 0 && j < n && (newline || c !== 32 || j !== k + 1)) {
      out += s.slice(from, k) + (newline ? '\n' : ' ');
      from = j;
    } else if (from >= 0 && j === n) {
      out += s.slice(from, k);
      from = -2;
    }
    k = j;
  }
  if (from >= 0) out += s.slice(from);
  return out;
}

/**
 * What `\s` matches in JavaScript (Unicode White_Space, BOM, line terminators), and the zero-width
 * space: a word boundary with no width, which editors leave at line ends and before titles.
 */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Named references teachers' editors actually write; the rest of HTML's 2,000 stay as written. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: ' ', emsp: ' ', thinsp: ' ', shy: '',
  zwnj: '', zwj: '', lrm: '', rlm: '', ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', lsquo: '‘',
  rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', times: '×', divide: '÷', frac12: '½', frac14: '¼',
  frac34: '¾', sup2: '²', sup3: '³', micro: 'µ', para: '¶', sect: '§', dagger: '†', Dagger: '‡', permil: '‰',
  prime: '′', Prime: '″', euro: '€', pound: '£', yen: '¥', cent: '¢', curren: '¤', iexcl: '¡', iquest: '¿',
  ordf: 'ª', ordm: 'º', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', rArr: '⇒', le: '≤', ge: '≥',
  ne: '≠', asymp: '≈', minus: '−', infin: '∞', check: '✓', hearts: '♥', star: '☆',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', yacute: 'ý', Aacute: 'Á', Eacute: 'É',
  Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú', Yacute: 'Ý', agrave: 'à', egrave: 'è', igrave: 'ì', ograve: 'ò',
  ugrave: 'ù', Agrave: 'À', Egrave: 'È', Igrave: 'Ì', Ograve: 'Ò', Ugrave: 'Ù', acirc: 'â', ecirc: 'ê',
  icirc: 'î', ocirc: 'ô', ucirc: 'û', Acirc: 'Â', Ecirc: 'Ê', Icirc: 'Î', Ocirc: 'Ô', Ucirc: 'Û', auml: 'ä',
  euml: 'ë', iuml: 'ï', ouml: 'ö', uuml: 'ü', yuml: 'ÿ', Auml: 'Ä', Euml: 'Ë', Iuml: 'Ï', Ouml: 'Ö', Uuml: 'Ü',
  atilde: 'ã', otilde: 'õ', ntilde: 'ñ', Atilde: 'Ã', Otilde: 'Õ', Ntilde: 'Ñ', ccedil: 'ç', Ccedil: 'Ç',
  aring: 'å', Aring: 'Å', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', szlig: 'ß', oelig: 'œ', OElig: 'Œ',
  scaron: 'š', Scaron: 'Š', zcaron: 'ž', Zcaron: 'Ž', eth: 'ð', ETH: 'Ð', thorn: 'þ', THORN: 'Þ',
};

/** Decodes named (common set) and numeric character references. */
export function decodeHtmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    }
    const v = Object.hasOwn(NAMED, ref) ? NAMED[ref] : undefined;
    // Only decode without the ";" for the handful browsers also accept that way.
    if (v === undefined) return whole;
    if (!whole.endsWith(';') && !['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg'].includes(ref)) return whole;
    return v;
  });
}
