/**
 * "Audit a text": the six questions for an assignment that lives outside a web page Vantage can
 * read (a Google Doc, a PDF or Word handout, an e-mail), pasted into the dashboard. Same analysis,
 * suggestions and record as the panel on an LMS page; the record's source is "text".
 */
import { withSearchDesign } from '../../lib/audit-design.ts';
import { audit, type AuditResult } from '../../lib/audit.ts';
import { saveRecord } from '../../lib/browser/records.ts';
import { clip, recordFromAudit } from '../../lib/records/create.ts';
import type { AuditorRole } from '../../lib/records/schema.ts';
import type { Verdict } from '../../components/overlay/types.ts';
import { documentTooBig, readDocumentFile } from '../../lib/documents/read.ts';
import type { TabDocument } from '../../lib/browser/tab-document.ts';

/** The longest text taken: the analyzer reads 5 MB in well under a second; more is not one assignment. */
export const MAX_TEXT_CHARS = 5_000_000;
/** A title made from the text's first line is cut here. */
const TITLE_FROM_TEXT = 120;

export type TextAuditProblem = 'empty' | 'tooLong';

/** Extensions the file chooser offers (any file is still tried: the kind is read from its bytes). */
export const DOCUMENT_ACCEPT = '.pdf,.docx,.odt,.html,.htm,.txt,.md,.text';

export class TextAuditState {
  title = $state('');
  text = $state('');
  result = $state.raw<AuditResult | null>(null);
  problem = $state<TextAuditProblem | null>(null);
  verdicts = $state<Record<number, Verdict>>({});
  notes = $state<Record<number, string>>({});
  saving = $state(false);
  /** The file the text came from, or why a chosen file could not be read. */
  file = $state<{ ok: true; name: string } | { ok: false; name: string; error: string } | null>(null);
  /** The file being read (a PDF takes a moment: its reader is loaded the first time). */
  reading = $state<string | null>(null);
  /** Where the text came from when it is a PDF taken from its tab: the record keeps that address. */
  sourceUrl = $state<string | null>(null);
  /** The saved record's id (for the link to it), or the reason saving failed. */
  saved = $state<{ ok: true; id: string } | { ok: false; message: string } | null>(null);

  /** Reads the pasted text; the verdicts and notes of an earlier reading are kept for the same questions. */
  read(): void {
    this.saved = null;
    const text = this.text.trim();
    if (!text) return this.fail('empty');
    if (text.length > MAX_TEXT_CHARS) return this.fail('tooLong');
    this.problem = null;
    const title = this.title.trim() || firstLine(text);
    this.result = withSearchDesign(audit({ platform: null, url: this.sourceUrl, title, description: text }));
  }

  /** A handout chosen or dropped: its text (and title, when the document has one) is read, then audited. */
  async loadFile(file: File): Promise<void> {
    // Checked on the size before reading, so a 2 GB video dropped by mistake is never loaded.
    const tooBig = documentTooBig(file.size);
    if (tooBig) {
      this.file = { ok: false, name: file.name, error: tooBig };
      return;
    }
    this.reading = file.name;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      this.reading = null;
      this.file = { ok: false, name: file.name, error: 'The file could not be read from the disk.' };
      return;
    }
    await this.readBytes(file.name, bytes, null);
  }

  /**
   * The PDF open in another tab ("Audit this PDF"): `take` fetches it there (lib/browser/tab-document.ts),
   * `problem` words what went wrong. The record keeps the PDF's address.
   */
  async loadFromTab(name: string, take: () => Promise<TabDocument>, problem: (r: Exclude<TabDocument, { ok: true }>) => string): Promise<void> {
    this.reading = name;
    let r: TabDocument;
    try {
      r = await take();
    } catch {
      r = { ok: false, reason: 'blocked' };
    }
    if (!r.ok) {
      this.reading = null;
      this.file = { ok: false, name, error: problem(r) };
      return;
    }
    this.reading = r.name;
    await this.readBytes(r.name, r.bytes, r.url);
  }

  private async readBytes(name: string, bytes: Uint8Array, url: string | null): Promise<void> {
    let r: Awaited<ReturnType<typeof readDocumentFile>>;
    try {
      r = await readDocumentFile(name, bytes);
    } finally {
      this.reading = null;
    }
    if (!r.ok) {
      this.file = { ok: false, name, error: r.error };
      return;
    }
    this.file = { ok: true, name };
    this.sourceUrl = url;
    this.title = r.title;
    this.text = r.text;
    this.verdicts = {};
    this.notes = {};
    this.read();
  }

  async save(role: AuditorRole | null): Promise<void> {
    const result = this.result;
    if (!result || this.saving) return;
    this.saving = true;
    try {
      const record = recordFromAudit(result, { source: 'text', verdicts: { ...this.verdicts }, notes: { ...this.notes }, role });
      const r = await saveRecord(record);
      this.saved = r.ok ? { ok: true, id: record.id } : { ok: false, message: r.message };
    } catch (e) {
      this.saved = { ok: false, message: e instanceof Error ? e.message : String(e) };
    } finally {
      this.saving = false;
    }
  }

  /** Starts over with an empty form. */
  clear(): void {
    this.title = '';
    this.text = '';
    this.result = null;
    this.problem = null;
    this.verdicts = {};
    this.notes = {};
    this.saved = null;
    this.file = null;
    this.sourceUrl = null;
  }

  private fail(problem: TextAuditProblem): void {
    this.problem = problem;
    this.result = null;
  }
}

/** The first non-empty line, as a title when none was given. */
function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim())?.trim() ?? '';
  return line.length > TITLE_FROM_TEXT ? `${clip(line, TITLE_FROM_TEXT - 1)}…` : line;
}
