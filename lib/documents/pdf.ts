/**
 * The text of a PDF handout, for "Audit a text" and for the PDFs a course export's assignments
 * link or attach. PDF is how most teachers hand out a brief ("Instructions are in the attached
 * PDF"), and a PDF holds no paragraphs, only positioned pieces of text: pdf.js finds them, and
 * `pdfText` puts the lines back into paragraphs (one paragraph a line, as the Word reader gives
 * them) and leaves out the running heads and page numbers each page repeats.
 *
 * pdf.js (Mozilla's reader, as Firefox uses it) is loaded only when a PDF is met; it runs on the
 * caller's thread (the dashboard's course-export worker, the command line), never fetches
 * anything (no font, character map or WebAssembly files are asked for) and never renders.
 * Never throws.
 */
import type { PDFDocumentProxy, TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { finishText, type DocumentResult } from './text.ts';

/** Pages read of a PDF chosen as a handout: a brief is a few pages; the rest of a long file is reading. */
export const MAX_PDF_PAGES = 40;

/** One line as pdf.js places it: its text, left edge, baseline, right end and font size. */
export interface PdfLine {
  text: string;
  x: number;
  y: number;
  end: number;
  size: number;
}

export interface ReadPdfOptions {
  /** Pages read from the start (default `MAX_PDF_PAGES`). */
  maxPages?: number;
  /** A PDF with more pages than this is refused as not a handout (course exports: a linked reading). */
  refuseOver?: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<PdfJs> | null = null;

/**
 * pdf.js with its worker code on this thread: `pdfjsWorker` is how pdf.js is told the worker's
 * module is already loaded, so it starts no Worker of its own and loads no script by URL. The
 * legacy build: it runs on Node 22 and on every browser the extension supports (Firefox 115).
 */
function pdfjs(): Promise<PdfJs> {
  if (!loading) {
    loading = (async () => {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return import('pdfjs-dist/legacy/build/pdf.mjs');
    })();
    // A failed load (a chunk the browser could not fetch) is tried again with the next PDF.
    loading.catch(() => (loading = null));
  }
  return loading;
}

/** True when the bytes are a PDF (its header may follow up to 1 kB of junk, as readers allow). */
export function isPdf(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length - 4, 1024);
  for (let i = 0; i < n; i++) if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46) return true;
  return false;
}

/** Reads a PDF's text; `name` is for messages. */
export async function readPdf(name: string, bytes: Uint8Array, opts: ReadPdfOptions = {}): Promise<DocumentResult> {
  const label = name || 'this PDF';
  let lib: PdfJs;
  try {
    lib = await pdfjs();
  } catch (e) {
    return { ok: false, error: `Vantage could not start its PDF reader (${e instanceof Error ? e.message : String(e)}). Copy the PDF’s text and paste it here.` };
  }
  // A plain Uint8Array copy: pdf.js may take the buffer over (transfer it to its worker), and it
  // refuses a Node Buffer (which the command line's file reads give).
  const data = new Uint8Array(bytes);
  let task: ReturnType<PdfJs['getDocument']> | null = null;
  try {
    task = lib.getDocument({
      data,
      useSystemFonts: false,
      disableFontFace: true,
      useWorkerFetch: false,
      useWasm: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    const doc = await task.promise;
    if (opts.refuseOver !== undefined && doc.numPages > opts.refuseOver) {
      return { ok: false, error: `${label} has ${doc.numPages} pages: longer than a handout.` };
    }
    const pages = await readLines(doc, Math.min(doc.numPages, opts.maxPages ?? MAX_PDF_PAGES));
    const text = pdfText(pages);
    if (!/[\p{L}\p{N}]/u.test(text)) {
      return { ok: false, error: `${label} has no text Vantage can read: it looks like a scan (pictures of pages). Paste the assignment’s text instead.` };
    }
    return finishText('pdf', await pdfTitle(doc), text, name);
  } catch (e) {
    const kind = e instanceof Error ? e.name : '';
    if (kind === 'PasswordException') return { ok: false, error: `${label} is protected by a password. Open it, copy its text and paste it here.` };
    return { ok: false, error: `${label} is damaged or not a PDF Vantage can read (${e instanceof Error ? e.message : String(e)}).` };
  } finally {
    void task?.destroy().catch(() => undefined);
  }
}

async function readLines(doc: PDFDocumentProxy, pages: number): Promise<PdfLine[][]> {
  const out: PdfLine[][] = [];
  for (let p = 1; p <= pages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent({ includeMarkedContent: false });
    const lines: PdfLine[] = [];
    let line: PdfLine | null = null;
    for (const raw of content.items) {
      if (!('str' in raw)) continue;
      const item = raw as TextItem;
      const [, , , d = 0, x = 0, y = 0] = item.transform as number[];
      if (item.str) {
        if (!line) line = { text: '', x, y, end: x, size: Math.abs(d) || item.height };
        line.text += item.str;
        line.end = Math.max(line.end, x + item.width);
        line.size = Math.max(line.size, Math.abs(d) || item.height);
      }
      if (item.hasEOL && line) {
        lines.push(line);
        line = null;
      }
    }
    if (line) lines.push(line);
    out.push(lines);
    page.cleanup();
  }
  return out;
}

/** The document's own title unless it is only the name of the file it was printed from. */
async function pdfTitle(doc: PDFDocumentProxy): Promise<string> {
  const meta = await doc.getMetadata().catch(() => null);
  const raw = (meta?.info as { Title?: unknown } | undefined)?.Title;
  if (typeof raw !== 'string') return '';
  // "Microsoft Word - Brief.docx": the printer driver's name for the file, not a title.
  const title = raw.replace(/^Microsoft (?:Word|PowerPoint) - /, '').trim();
  // "L10_Exercise_LegalPolicyIssues": a file name too.
  if (/\.(?:docx?|odt|pptx?|rtf|txt|pdf)$/i.test(title) || (/^[\w-]+$/.test(title) && title.includes('_'))) return '';
  return title.slice(0, 300);
}

// ---- lines back into paragraphs ----

/** A line that starts an item of a list: a bullet, "1." / "a)" / "iv.", or a Wingdings arrow. */
const LIST_ITEM = /^\s*(?:[•●○◦▪■□‣∙·\-–—*§➢➤►✓✔Ø]\s|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s)/;
/** A line that is only a page number: "3", "- 3 -", "Page 3 of 7", "3 / 7". */
const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:(?:page|p\.|página|pág\.)\s*)?\d{1,4}(?:\s*(?:of|de|\/)\s*\d{1,4})?(?:\s*[-–—])?\s*$/i;

/**
 * The text of a PDF's lines, one paragraph a line. A line joins the one before it unless it
 * starts a list item, changes font size, leaves a wider gap than a line's height, starts a new
 * column, or the line before ended short of the right margin (a paragraph's last line, a heading)
 * or with a colon. Running heads and feet (a line at the same place at the top or foot of most
 * pages, its page number aside) and lone page numbers are left out.
 */
export function pdfText(pages: readonly (readonly PdfLine[])[]): string {
  const running = runningLines(pages);
  const paragraphs: string[] = [];
  for (const lines of pages) {
    const kept = lines.filter((l, i) => l.text.trim() && !PAGE_NUMBER.test(l.text) && !(atEdge(i, lines.length) && running.has(place(l))));
    if (!kept.length) continue;
    const left = Math.min(...kept.map((l) => l.x));
    const right = Math.max(...kept.map((l) => l.end));
    let current = '';
    let prev: PdfLine | null = null;
    for (const line of kept) {
      const text = line.text.replace(/\s+/g, ' ').trim();
      if (prev && !breaksBefore(prev, line, left, right)) {
        current = /\w-$/.test(current) ? current + text : `${current} ${text}`;
      } else {
        if (current) paragraphs.push(current);
        current = text;
      }
      prev = line;
    }
    if (current) paragraphs.push(current);
  }
  return paragraphs.join('\n');
}

function breaksBefore(prev: PdfLine, next: PdfLine, left: number, right: number): boolean {
  if (LIST_ITEM.test(next.text)) return true;
  const size = Math.max(prev.size, next.size, 1);
  if (Math.abs(prev.size - next.size) > 0.15 * size) return true;
  const gap = prev.y - next.y;
  if (gap <= 0 || gap > 1.75 * size) return true;
  if (prev.end < right - 0.15 * (right - left)) return true;
  return /:\s*$/.test(prev.text);
}

/** Among the first or last two lines of a page, where running heads and feet are. */
const atEdge = (i: number, n: number): boolean => i < 2 || i >= n - 2;

/** Heads and feet: the same line (page number aside) at the same height on two pages or more, and on more than half of them. */
function runningLines(pages: readonly (readonly PdfLine[])[]): Set<string> {
  const out = new Set<string>();
  if (pages.length < 2) return out;
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(lines.filter((_, i) => atEdge(i, lines.length)).map(place))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, n] of counts) if (n >= 2 && n > pages.length / 2) out.add(key);
  return out;
}

/**
 * A line's text and height on the page, with a page number at its start or end made alike:
 * "Unit 4 Guide 2" and "Unit 4 Guide 3" at the top of two pages are one head.
 */
const place = (line: PdfLine): string =>
  `${Math.round(line.y / 4)}|${line.text.replace(/\s+/g, ' ').trim().replace(/^\d{1,4}\b\s*|\s*\b\d{1,4}$/g, '#').toLowerCase()}`;
