/**
 * Taking a document's bytes from inside a page: the PDF a tab shows ("Audit this PDF", run in
 * that tab) and a handout an assignment page links (run by the overlay's content script). Either
 * way the request is the page's own, to its own site, with the person's session, on their click.
 * The bytes cross to an extension page as base64, in one message.
 */

/** The largest document taken: it crosses to the extension page as base64 in one message. */
export const MAX_FETCHED_DOCUMENT_BYTES = 25 * 1024 * 1024;

/** What the page sends back: plain data, so it survives `executeScript` and messaging alike. */
export type Fetched = { url: string; disposition: string | null; data: string } | { error: 'status'; status: number } | { error: 'tooBig'; size: number } | { error: 'failed' };

export type FetchedDocument =
  | { ok: true; url: string; disposition: string | null; bytes: Uint8Array }
  /** blocked: the page could not be asked (a tab that moved on, a viewer closed to extensions). */
  | { ok: false; reason: 'blocked' | 'failed' }
  | { ok: false; reason: 'status'; status: number }
  | { ok: false; reason: 'tooBig'; size: number };

/**
 * Fetches `href` (the page's own address when null) from the page it runs in. Self-contained:
 * `executeScript` sends its source to the tab, so it may use nothing from outside itself.
 */
export async function fetchInPage(href: string | null, max: number): Promise<Fetched> {
  try {
    const url = href ?? location.href;
    const r = await fetch(url, { credentials: 'include' });
    if (!r.ok) return { error: 'status', status: r.status };
    const declared = Number(r.headers.get('content-length'));
    if (declared > max) return { error: 'tooBig', size: declared };
    const b = new Uint8Array(await r.arrayBuffer());
    if (b.length > max) return { error: 'tooBig', size: b.length };
    let s = '';
    for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
    return { url, disposition: r.headers.get('content-disposition'), data: btoa(s) };
  } catch {
    return { error: 'failed' };
  }
}

/** The page's answer as bytes, or why there are none; anything malformed is `blocked`. */
export function fromFetched(out: unknown): FetchedDocument {
  if (!out || typeof out !== 'object') return { ok: false, reason: 'blocked' };
  const o = out as Record<string, unknown>;
  if (o.error === 'status' && typeof o.status === 'number') return { ok: false, reason: 'status', status: o.status };
  if (o.error === 'tooBig' && typeof o.size === 'number') return { ok: false, reason: 'tooBig', size: o.size };
  if (o.error !== undefined) return { ok: false, reason: 'failed' };
  if (typeof o.url !== 'string' || typeof o.data !== 'string') return { ok: false, reason: 'blocked' };
  let raw: string;
  try {
    raw = atob(o.data);
  } catch {
    return { ok: false, reason: 'blocked' };
  }
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return { ok: true, url: o.url, disposition: typeof o.disposition === 'string' ? o.disposition : null, bytes };
}
