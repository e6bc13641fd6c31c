/**
 * A page as a person saves it from the browser, and the address it came from. Chrome and Edge
 * offer "Webpage, Complete" / "HTML only" (the HTML, with a `<!-- saved from url=(NNNN)… -->`
 * comment that records the address) and "Webpage, Single File": MHTML, a MIME message whose
 * first part is the page as rendered (after its scripts ran: the only way to save a single-page
 * app such as Classroom as the person saw it) and whose header records the address. Both give the
 * command the page's address, so `--url` may be left out.
 */
import { decodeText } from '../decode-text.ts';
import { bytesToText, CliError, readFileBytes } from './io.ts';

/** The page's HTML, and its address when the file records one. */
export interface SavedPage {
  html: string;
  url: string | null;
}

/** Reads a saved page (HTML or MHTML), or throws a CliError that says what is wrong with it. */
export function readSavedPage(path: string): SavedPage {
  const bytes = readFileBytes(path, 'saved page');
  const mhtml = readMhtml(bytes);
  if (mhtml === 'broken') throw new CliError(`${path} is a web archive (MHTML) with no HTML page in it: it may be cut short.`);
  if (mhtml) return mhtml;
  const html = bytesToText(bytes, path, 'saved page');
  return { html, url: savedFromUrl(html) };
}

// The "mark of the web" Chrome writes at the top of a page it saves: the length, then the address.
const SAVED_FROM = /^\uFEFF?\s*(?:<!doctype[^>]*>\s*)?<!-- saved from url=\(\d{4}\)(\S+?)\s*-->/i;

/** The address a saved page records in its "saved from url" comment, or null. */
export function savedFromUrl(html: string): string | null {
  const url = SAVED_FROM.exec(html.slice(0, 4096))?.[1];
  return url && /^https?:\/\//i.test(url) ? url : null;
}

// Header lines (with folded continuations) up to the blank line; latin1, so one char per byte.
const HEADER_BLOCK = /^((?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+)\r?\n/;

/**
 * The main page of an MHTML file and the address it was saved from; null when the file is not
 * MHTML, 'broken' when it is but holds no HTML part.
 */
export function readMhtml(bytes: Uint8Array): SavedPage | 'broken' | null {
  const head = latin1(bytes.subarray(0, 16384));
  const top = HEADER_BLOCK.exec(head);
  if (!top) return null;
  const headers = parseHeaders(top[1]!);
  const type = headers.get('content-type') ?? '';
  if (!/^multipart\/related\b/i.test(type)) return null;
  const boundary = param(type, 'boundary');
  if (!boundary) return 'broken';
  const snapshotUrl = headers.get('snapshot-content-location') ?? null;

  const text = latin1(bytes);
  const delimiter = `--${boundary}`;
  let main: { headers: Map<string, string>; body: string } | null = null;
  // Parts in order; the first HTML part is the page itself (the others are its frames), unless
  // one is named by the snapshot's address.
  for (let at = text.indexOf(delimiter); at >= 0; ) {
    const start = text.indexOf('\n', at) + 1;
    if (start <= 0 || text.startsWith('--', at + delimiter.length)) break;
    const next = text.indexOf(`\n${delimiter}`, start);
    const raw = text.slice(start, next < 0 ? text.length : next).replace(/\r$/, '');
    const split = /\r?\n\r?\n/.exec(raw);
    const part = {
      headers: parseHeaders(split ? raw.slice(0, split.index) + '\n' : raw),
      body: split ? raw.slice(split.index + split[0].length) : '',
    };
    if (/^text\/html\b/i.test(part.headers.get('content-type') ?? '')) {
      if (!main) main = part;
      if (snapshotUrl && part.headers.get('content-location') === snapshotUrl) {
        main = part;
        break;
      }
    }
    at = next < 0 ? -1 : next + 1;
  }
  if (!main) return 'broken';
  const body = decodeTransfer(main.body, main.headers.get('content-transfer-encoding') ?? '');
  const charset = param(main.headers.get('content-type') ?? '', 'charset');
  return { html: decodeText(body, charset), url: snapshotUrl ?? main.headers.get('content-location') ?? null };
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

/** Header names lower-cased, folded lines joined; the first of a repeated header wins. */
function parseHeaders(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!out.has(name)) out.set(name, line.slice(colon + 1).trim());
  }
  return out;
}

function param(value: string, name: string): string | null {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** A part's body (latin1, one char per byte) as the bytes it encodes. */
function decodeTransfer(body: string, encoding: string): Uint8Array {
  if (/^base64$/i.test(encoding.trim())) return Uint8Array.from(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'));
  if (/^quoted-printable$/i.test(encoding.trim())) {
    // Soft line breaks go; "=XX" is one byte; anything else (a stray "=") stays as it is.
    const joined = body.replace(/=\r?\n/g, '');
    const out = new Uint8Array(joined.length);
    let n = 0;
    for (let i = 0; i < joined.length; i++) {
      const c = joined.charCodeAt(i);
      const hi = c === 0x3d ? hex(joined.charCodeAt(i + 1)) : -1;
      const lo = hi >= 0 ? hex(joined.charCodeAt(i + 2)) : -1;
      if (lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 2;
      } else out[n++] = c;
    }
    return out.subarray(0, n);
  }
  return Uint8Array.from(body, (ch) => ch.charCodeAt(0));
}

function hex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/**
 * The page's address: `--url` when given, else the one the saved file records. `why` says what
 * the address is for, in the message when there is none.
 */
export function pageAddress(given: string | undefined, page: SavedPage, why: string): URL {
  const raw = given ?? page.url;
  if (!raw) throw new CliError(`--url <page url> is needed: ${why} (this saved page does not record the address it was saved from).`);
  try {
    return new URL(raw);
  } catch {
    throw new CliError(given ? `--url is not a valid address: ${raw}` : `The address this page was saved from is not valid: ${raw}. Give --url <page url>.`);
  }
}
