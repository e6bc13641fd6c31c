/**
 * "Audit this PDF": the PDF a person has open in a tab, taken from that tab. The request is made
 * inside the tab, by the page the PDF is (same origin, with the person's own session, as a reload
 * would), on the person's click in Vantage's popup, which is also what grants the tab (activeTab).
 * The bytes come back to the dashboard and are read there; nothing goes anywhere else.
 */
import { browser } from 'wxt/browser';
import { documentName } from '../documents/file-name.ts';

/** The largest PDF taken from a tab: it crosses to the dashboard as base64 in one message. */
export const MAX_TAB_DOCUMENT_BYTES = 25 * 1024 * 1024;

export type TabDocument =
  | { ok: true; name: string; url: string; bytes: Uint8Array }
  /** blocked: the tab cannot be scripted (it moved on, or the browser's PDF viewer is closed to extensions). */
  | { ok: false; reason: 'blocked' | 'failed' }
  | { ok: false; reason: 'status'; status: number }
  | { ok: false; reason: 'tooBig'; size: number };

type InTab = { url: string; disposition: string | null; data: string } | { error: 'status'; status: number } | { error: 'tooBig'; size: number } | { error: 'failed' };

export async function fetchTabDocument(tabId: number): Promise<TabDocument> {
  let out: InTab | undefined;
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      args: [MAX_TAB_DOCUMENT_BYTES],
      // Runs in the tab: self-contained, and its answer must survive the trip as plain data.
      func: async (max: number): Promise<InTab> => {
        try {
          const r = await fetch(location.href, { credentials: 'include' });
          if (!r.ok) return { error: 'status', status: r.status };
          const declared = Number(r.headers.get('content-length'));
          if (declared > max) return { error: 'tooBig', size: declared };
          const b = new Uint8Array(await r.arrayBuffer());
          if (b.length > max) return { error: 'tooBig', size: b.length };
          let s = '';
          for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
          return { url: location.href, disposition: r.headers.get('content-disposition'), data: btoa(s) };
        } catch {
          return { error: 'failed' };
        }
      },
    });
    out = frame?.result as InTab | undefined;
  } catch {
    return { ok: false, reason: 'blocked' };
  }
  if (!out || typeof out !== 'object') return { ok: false, reason: 'blocked' };
  if ('error' in out) {
    if (out.error === 'status') return { ok: false, reason: 'status', status: out.status };
    if (out.error === 'tooBig') return { ok: false, reason: 'tooBig', size: out.size };
    return { ok: false, reason: 'failed' };
  }
  const raw = atob(out.data);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return { ok: true, name: documentName(out.url, out.disposition), url: out.url, bytes };
}
