/**
 * "Audit this PDF": the PDF a person has open in a tab, taken from that tab. The request is made
 * inside the tab, by the page the PDF is (same origin, with the person's own session, as a reload
 * would), on the person's click in Vantage's popup, which is also what grants the tab (activeTab).
 * The bytes come back to the dashboard and are read there; nothing goes anywhere else.
 */
import { browser } from 'wxt/browser';
import { documentName } from '../documents/file-name.ts';
import { fetchInPage, fromFetched, MAX_FETCHED_DOCUMENT_BYTES, type FetchedDocument } from './fetch-document.ts';

/** The PDF with its name, or why there is none (blocked: the tab moved on, or cannot be scripted). */
export type TabDocument = { ok: true; name: string; url: string; bytes: Uint8Array } | Extract<FetchedDocument, { ok: false }>;

export async function fetchTabDocument(tabId: number): Promise<TabDocument> {
  let out: unknown;
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      args: [null, MAX_FETCHED_DOCUMENT_BYTES],
      // Runs in the tab: self-contained, and its answer must survive the trip as plain data.
      func: fetchInPage,
    });
    out = frame?.result;
  } catch {
    return { ok: false, reason: 'blocked' };
  }
  const got = fromFetched(out);
  if (!got.ok) return got;
  return { ok: true, name: documentName(got.url, got.disposition), url: got.url, bytes: got.bytes };
}
