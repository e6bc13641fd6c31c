/**
 * The name of a document fetched from its address: what the server calls it in its
 * Content-Disposition header (LMS download links such as Canvas's `/files/345/download` name the
 * file only there), else the last part of the address.
 */

const MAX_NAME = 200;

/** A file name to show for the document at `url`; `disposition` is the response's Content-Disposition. */
export function documentName(url: string, disposition: string | null, fallbackExtension = '.pdf'): string {
  // A header name that is nothing once tidied ("/", a lone control character) names nothing.
  const named = disposition ? tidy(fromDisposition(disposition) ?? '') : '';
  if (named) return named;
  let last = '';
  try {
    last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
  } catch {
    // Not an address: no name in it.
  }
  const name = tidy(decode(last));
  if (!name) return `document${fallbackExtension}`;
  return /\.[a-z0-9]{1,5}$/i.test(name) ? name : `${name}${fallbackExtension}`;
}

/** `filename*=UTF-8''…` (RFC 6266/5987) wins over `filename="…"`, as browsers read it. */
function fromDisposition(header: string): string | null {
  const extended = /\bfilename\*\s*=\s*([\w-]+)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    const value = extended[2]!.trim().replace(/^"(.*)"$/, '$1');
    const decoded = /^utf-8$/i.test(extended[1]!) ? decode(value) : value;
    if (decoded.trim()) return decoded;
  }
  const plain = /\bfilename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  const value = plain ? (plain[1] ?? plain[2] ?? '').replace(/\\(.)/g, '$1').trim() : '';
  return value || null;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** No folders, no control characters, not endless. */
function tidy(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return base.length > MAX_NAME ? base.slice(0, MAX_NAME) : base;
}
