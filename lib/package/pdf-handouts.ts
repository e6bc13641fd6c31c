/**
 * The second half of reading an item's handouts: the PDFs. A reader reads Word and OpenDocument
 * files as it goes, but pdf.js is asynchronous and the readers are not, so a reader hands its
 * item's PDFs on unread (`ItemRead.pdfs`) and the bulk auditor reads them here, one item at a
 * time, before the item is audited. Same rules as for the other handouts (readers/common.ts):
 * each after its file name, at most three handouts an item, 10 MB each, a file that cannot be
 * read left out and never the item's error.
 */
import { readPdf } from '../documents/pdf.ts';
import { withHandoutText } from '../lms/handouts.ts';
import type { Handout } from './readers/types.ts';
import type { PackageItem } from './types.ts';

/**
 * A linked PDF longer than this is a reading (a chapter, a report), not the brief: left out, so
 * the audit is not made on someone else's text. Briefs in the real course exports run 1 to 6 pages.
 */
export const MAX_HANDOUT_PDF_PAGES = 12;

/** `item` with the text of its PDF handouts appended to its description. */
export async function withPdfHandouts(item: PackageItem, pdfs: readonly Handout[]): Promise<PackageItem> {
  const parts: { name: string; text: string }[] = [];
  for (const h of pdfs) {
    let file: ReturnType<Handout['read']>;
    try {
      // Outside the reader's own guard (a Moodle backup's second pass runs here): a failure is
      // this handout's, never the item's.
      file = h.read();
    } catch {
      continue;
    }
    if (!file.ok) continue;
    const doc = await readPdf(h.name, file.data, { refuseOver: MAX_HANDOUT_PDF_PAGES });
    if (doc.ok) parts.push({ name: h.name, text: doc.text });
  }
  return parts.length ? { ...item, description: withHandoutText(item.description, parts) } : item;
}
