/**
 * One entry for whatever the coach drops on the dashboard: a bundle or store export (JSON) or our
 * own CSV, told apart by content, not by file name (names lie: "audits.json.txt").
 */
import { parseBundle, DEFAULT_BUNDLE_MAX_BYTES, type BundleInfo } from './bundle.ts';
import { fromCsv } from './csv.ts';
import type { AuditRecord } from './schema.ts';

export type ImportFileResult =
  | { ok: true; kind: 'bundle'; records: AuditRecord[]; info: BundleInfo }
  | { ok: true; kind: 'csv'; records: AuditRecord[] }
  | { ok: false; error: string };

/**
 * Reads one dropped file. `name` only labels the message ("audits.csv: row 4, …").
 * Never throws.
 */
export async function readImportFile(text: unknown, options: { name?: string; maxBytes?: number } = {}): Promise<ImportFileResult> {
  const label = options.name ? `${options.name}: ` : '';
  if (typeof text !== 'string') return { ok: false, error: `${label}not a text file.` };
  const maxBytes = options.maxBytes ?? DEFAULT_BUNDLE_MAX_BYTES;
  const head = text.slice(0, 256).replace(/^\ufeff/, '').trimStart();
  // Any of the delimiters a spreadsheet may have saved it with (csvDelimiter), quoted or not.
  if (/^"?id"?[,;\t]"?created"?[,;\t]"?updated\b/i.test(head) || (/^"?id"?[,;\t]/i.test(head) && /Q1 status/i.test(head))) {
    const r = fromCsv(text, { maxBytes });
    return r.ok ? { ok: true, kind: 'csv', records: r.records } : { ok: false, error: label + r.error };
  }
  const r = await parseBundle(text, { maxBytes });
  return r.ok ? { ok: true, kind: 'bundle', records: r.records, info: r.info } : { ok: false, error: label + r.error };
}
