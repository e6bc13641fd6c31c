/**
 * The text of an assignment handout a teacher keeps as a file: Word (.docx), OpenDocument (.odt),
 * PDF (pdf.ts), a web page (.html) or plain text (.txt, .md). For the dashboard's "Audit a text": the teacher
 * chooses or drops the file instead of copying its text.
 *
 * Only the words a reader sees are taken: paragraphs and table cells become lines; deleted
 * tracked changes, field instructions (`HYPERLINK "…"`), comments and the document's own
 * metadata other than its title are left out. Zips go through the guarded reader that course
 * exports use (sizes and ratios checked before anything is inflated); XML through the package
 * parser (no entities, no DTDs). The old binary .doc is refused with what to do instead.
 * Never throws.
 */
import { htmlToText } from '../package/html-text.ts';
import { memorySource } from '../package/source.ts';
import { DEFAULT_LIMITS, openZip, type ZipArchive } from '../package/zip.ts';
import { attr, collapseSpace, descendants, parseXml, path, textOf, type XmlElement, type XmlNode } from '../package/xml.ts';
import { decodeText } from '../decode-text.ts';
import { isPdf, readPdf } from './pdf.ts';
import { finishText, type DocumentResult } from './text.ts';

export type { DocumentKind, DocumentResult } from './text.ts';

/** Largest file read: a handout with its pictures; the text itself is a small part of it. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
/** Largest XML part inflated (the document body of a 500-page report is about 10 MB). */
const MAX_PART_BYTES = 32 * 1024 * 1024;


const LIMITS = { ...DEFAULT_LIMITS, maxEntries: 10_000, maxReadBytes: MAX_PART_BYTES };

/** The message for a file too big to read, or null: callers check `File.size` with it before reading the bytes. */
export function documentTooBig(size: number): string | null {
  return size > MAX_DOCUMENT_BYTES ? `This file is ${mb(size)} MB; Vantage reads handouts up to ${mb(MAX_DOCUMENT_BYTES)} MB. Paste the assignment’s text instead.` : null;
}

/**
 * Reads a handout of any kind Vantage reads, PDF included (pdf.js is loaded only for a PDF, and
 * reading one is asynchronous).
 */
export async function readDocumentFile(name: string, bytes: Uint8Array): Promise<DocumentResult> {
  const tooBig = documentTooBig(bytes.length);
  if (tooBig) return { ok: false, error: tooBig };
  if (bytes.length && (isPdf(bytes) || /\.pdf$/i.test(name))) return readPdf(name, bytes);
  return readDocument(name, bytes);
}

/**
 * True when bytes fetched from a link are a document file (a PDF, or a zip: .docx, .odt), not a
 * web page: an LMS answers a file link with its sign-in page once the session has ended, and
 * that page's words must never be audited as the handout's.
 */
export function isDocumentFile(bytes: Uint8Array): boolean {
  return isPdf(bytes) || isZipDocument(bytes);
}

/**
 * Reads a handout from its file name and bytes; the kind comes from the bytes first, the name
 * second. Synchronous, so a PDF is refused here: `readDocumentFile` reads it.
 */
export function readDocument(name: string, bytes: Uint8Array): DocumentResult {
  const tooBig = documentTooBig(bytes.length);
  if (tooBig) return { ok: false, error: tooBig };
  if (bytes.length === 0) return { ok: false, error: 'This file is empty.' };
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]) || ext === 'pdf') {
    return { ok: false, error: 'Vantage cannot read the text of a PDF. Open it, select all its text (Ctrl+A or ⌘A), copy it and paste it here.' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]) || ext === 'doc') {
    return { ok: false, error: 'This is an old Word document (.doc). Save it as .docx (File › Save As) or paste its text here.' };
  }
  if (isZipDocument(bytes)) return readZipDocument(name, bytes);
  if (['docx', 'odt', 'pptx', 'xlsx', 'ods', 'odp', 'zip'].includes(ext)) {
    return { ok: false, error: `This .${ext} file is damaged or not what its name says: it is not a zip archive.` };
  }
  if (looksBinary(bytes)) {
    return { ok: false, error: 'Vantage reads Word (.docx), OpenDocument (.odt), web pages (.html) and text files (.txt, .md). Paste the assignment’s text instead.' };
  }
  const source = decodeText(bytes);
  if (ext === 'html' || ext === 'htm' || /^\s*(?:<!doctype html|<html[\s>])/i.test(source.slice(0, 1024))) {
    const page = htmlToText(source);
    return finishText('html', page.title, page.text, name);
  }
  return finishText('text', '', source.replace(/\r\n?/g, '\n'), name);
}

function readZipDocument(name: string, bytes: Uint8Array): DocumentResult {
  const opened = openZip(memorySource(bytes), LIMITS);
  if (!opened.ok) return { ok: false, error: opened.error };
  const zip = opened.zip;
  if (zip.entries.has('word/document.xml')) return readDocx(name, zip);
  if (zip.entries.has('content.xml') && /opendocument\.text/.test(readPart(zip, 'mimetype').text ?? '')) return readOdt(name, zip);
  if (zip.entries.has('content.xml')) {
    return { ok: false, error: 'This OpenDocument file is not a text document (a spreadsheet or a presentation?). Save the handout as .odt or .docx, or paste its text.' };
  }
  if (zip.names.some((n) => n.startsWith('ppt/') || n.startsWith('xl/'))) {
    return { ok: false, error: 'This is a PowerPoint or Excel file, not a handout Vantage reads. Paste the assignment’s text instead.' };
  }
  return { ok: false, error: 'This zip is not a Word or OpenDocument handout. To audit a course export, use Import.' };
}

function readPart(zip: ZipArchive, part: string): { text?: string; error?: string } {
  if (!zip.entries.has(part)) return {};
  const r = zip.read(part, MAX_PART_BYTES);
  return r.ok ? { text: decodeText(r.data) } : { error: `${part} ${r.error}` };
}

function parsePart(zip: ZipArchive, part: string): { root?: XmlElement; error?: string } {
  const { text, error } = readPart(zip, part);
  if (error) return { error: `The document is damaged: ${error}.` };
  if (text === undefined) return {};
  const parsed = parseXml(text);
  return parsed.ok ? { root: parsed.root } : { error: `The document is damaged: ${part}: ${parsed.error}` };
}

/** The title the document's properties give (Word's and LibreOffice's "Title"), or "". */
function metaTitle(zip: ZipArchive, part: string): string {
  const { root } = parsePart(zip, part);
  return collapseSpace(textOf(descendants(root, 'title')[0])).slice(0, 300);
}

// ---- Word ----

// Word elements whose text a reader never sees: deleted tracked changes, field instructions,
// and the fallback copies of drawings (mc:Fallback repeats mc:Choice's text box).
const DOCX_SKIP = new Set(['delText', 'instrText', 'delInstrText', 'Fallback', 'commentReference', 'footnoteReference', 'endnoteReference']);

function readDocx(name: string, zip: ZipArchive): DocumentResult {
  const { root, error } = parsePart(zip, 'word/document.xml');
  if (!root) return { ok: false, error: error ?? 'The document has no body.' };
  const body = descendants(root, 'body')[0] ?? root;
  const lines: string[] = [];
  let line = '';
  const walk = (node: XmlNode) => {
    if (typeof node === 'string') return; // whitespace between elements; text lives in <w:t>
    if (DOCX_SKIP.has(node.name)) return;
    switch (node.name) {
      case 't':
        line += textOf(node);
        return;
      case 'tab':
      case 'ptab':
        line += '\t';
        return;
      case 'br':
      case 'cr':
        lines.push(line);
        line = '';
        return;
      case 'noBreakHyphen':
        line += '-';
        return;
      case 'sym':
        line += symbol(attr(node, 'char'));
        return;
    }
    for (const child of node.children) walk(child);
    // A paragraph ends a line; so does a table cell whose paragraphs already did.
    if (node.name === 'p') {
      lines.push(line);
      line = '';
    }
  };
  walk(body);
  if (line) lines.push(line);
  return finishText('docx', metaTitle(zip, 'docProps/core.xml'), lines.join('\n'), name);
}

function symbol(code: string | undefined): string {
  const n = code ? parseInt(code, 16) : NaN;
  // Symbol-font characters sit in the private use area (F0xx); their glyph is not a letter.
  return Number.isFinite(n) && n >= 0x20 && (n < 0xe000 || n > 0xf8ff) ? String.fromCodePoint(n) : '';
}

// ---- OpenDocument ----

const ODT_BLOCK = new Set(['p', 'h']);
// Notes' bodies, annotations (comments) and tracked deletions are not the text a reader sees.
const ODT_SKIP = new Set(['note-body', 'annotation', 'tracked-changes', 'sequence-decls', 'forms']);

function readOdt(name: string, zip: ZipArchive): DocumentResult {
  const { root, error } = parsePart(zip, 'content.xml');
  if (!root) return { ok: false, error: error ?? 'The document has no content.' };
  const body = path(root, 'body', 'text') ?? root;
  const lines: string[] = [];
  let line = '';
  const walk = (node: XmlNode, inBlock: boolean) => {
    if (typeof node === 'string') {
      // Inside a paragraph, text is text (spaces collapse as ODF says); outside, it is layout.
      if (inBlock) line += node.replace(/\s+/g, ' ');
      return;
    }
    if (ODT_SKIP.has(node.name)) return;
    switch (node.name) {
      case 's':
        line += ' '.repeat(Math.min(100, Math.max(1, Number(attr(node, 'c') ?? 1) || 1)));
        return;
      case 'tab':
        line += '\t';
        return;
      case 'line-break':
        lines.push(line);
        line = '';
        return;
    }
    const block = ODT_BLOCK.has(node.name);
    for (const child of node.children) walk(child, inBlock || block);
    if (block) {
      lines.push(line);
      line = '';
    }
  };
  walk(body, false);
  if (line) lines.push(line);
  return finishText('odt', metaTitle(zip, 'meta.xml'), lines.join('\n'), name);
}

// ---- shared ----

/** A zip's first bytes: a Word or OpenDocument handout (or some other zip `readDocument` names). */
export function isZipDocument(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** NUL bytes in the first 8 kB (outside a UTF-16 BOM file): not text. */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0);
}
