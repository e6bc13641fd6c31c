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
    this.result = withSearchDesign(audit({ platform: null, url: null, title, description: text }));
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
    let r: Awaited<ReturnType<typeof readDocumentFile>>;
    try {
      r = await readDocumentFile(file.name, new Uint8Array(await file.arrayBuffer()));
    } finally {
      this.reading = null;
    }
    if (!r.ok) {
      this.file = { ok: false, name: file.name, error: r.error };
      return;
    }
    this.file = { ok: true, name: file.name };
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
