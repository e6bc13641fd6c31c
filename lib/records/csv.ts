/**
 * CSV for spreadsheets: one row per audit, for each question a status, verdict and note column,
 * plus labels, dates, platform, title and URL. UTF-8 with a BOM (Excel reads it as UTF-8), CRLF,
 * RFC 4180 quoting (papaparse), and formula-injection escaping: a cell that starts with
 * `= + - @`, tab or CR, or with the escape mark `'` itself, gets a leading `'`, so a spreadsheet
 * shows text and `fromCsv` can undo it exactly. `fromCsv` reads our own CSV back (records become
 * `source: 'import'`, without evidence, which a CSV does not carry).
 */
import Papa from 'papaparse';
import { assignmentKey } from './create.ts';
import { FINGERPRINT_PATTERN } from './fingerprint.ts';
import {
  AuditRecordSchema,
  CURRENT_SCHEMA_VERSION,
  LABEL_KEYS,
  formatPath,
  describeIssue,
  type AuditRecord,
  type QuestionRecord,
} from './schema.ts';

interface Column {
  header: string;
  /** Path of the field in a record, as zod reports it, so errors name the column. */
  path: string;
  get(r: AuditRecord): string;
  /** False for cells derived from others (score, met): written, never read back. */
  stored: boolean;
}

const col = (header: string, path: string, get: (r: AuditRecord) => string | undefined | null, stored = true): Column => ({
  header,
  path,
  get: (r) => get(r) ?? '',
  stored,
});

const q = (r: AuditRecord, id: number): QuestionRecord => r.questions[id - 1]!;

/** The columns, in order. Headers are the contract with `fromCsv`: never rename one. */
export const CSV_COLUMNS: readonly Column[] = [
  col('id', 'id', (r) => r.id),
  col('created', 'createdAt', (r) => r.createdAt),
  col('updated', 'updatedAt', (r) => r.updatedAt),
  col('platform', 'assignment.platform', (r) => r.assignment.platform),
  col('title', 'assignment.title', (r) => r.assignment.title),
  col('url', 'assignment.url', (r) => r.assignment.url),
  col('school', 'labels.school', (r) => r.labels.school),
  col('teacher', 'labels.teacher', (r) => r.labels.teacher),
  col('course', 'labels.course', (r) => r.labels.course),
  col('subject', 'labels.subject', (r) => r.labels.subject),
  col('grade', 'labels.grade', (r) => r.labels.grade),
  col('score', 'score', (r) => String(r.score), false),
  col('met', 'met', (r) => String(questionsMet(r)), false),
  ...[1, 2, 3, 4, 5, 6].flatMap((id) => [
    col(`Q${id} status`, `questions[${id - 1}].status`, (r) => q(r, id).status),
    col(`Q${id} verdict`, `questions[${id - 1}].verdict`, (r) => q(r, id).verdict),
    col(`Q${id} note`, `questions[${id - 1}].note`, (r) => q(r, id).note),
  ]),
  col('auditor role', 'auditor.role', (r) => r.auditor.role),
  col('auditor name', 'auditor.name', (r) => r.auditor.name),
  col('course id', 'assignment.courseId', (r) => r.assignment.courseId),
  col('assignment id', 'assignment.assignmentId', (r) => r.assignment.assignmentId),
  col('package', 'assignment.packageName', (r) => r.assignment.packageName),
  col('language', 'assignment.language', (r) => r.assignment.language),
  col('analysis version', 'analysisVersion', (r) => r.analysisVersion),
  col('source', 'source', (r) => r.source, false),
  col('assignment key', 'assignment.key', (r) => r.assignment.key),
  col('excerpt', 'assignment.excerpt', (r) => r.assignment.excerpt),
  // Added last, so every earlier column keeps its place in sheets made before it.
  col('instructions fingerprint', 'assignment.fingerprint', (r) => r.assignment.fingerprint),
];

/** Questions met: the person's verdict where given ("yes"), else the automatic status ("evident"). */
export function questionsMet(r: AuditRecord): number {
  let n = 0;
  for (const x of r.questions) if (x.verdict === 'yes' || (x.verdict === null && x.status === 'evident')) n++;
  return n;
}

const BOM = '\ufeff';
// Without these a row cannot be a record; every other column may be absent (hand-made sheets).
const REQUIRED_HEADERS = ['id', 'created', 'updated', 'title', ...[1, 2, 3, 4, 5, 6].map((id) => `Q${id} status`)];
const TRIGGER = /^[=+\-@\t\r']/;

/** Makes a cell safe to open in a spreadsheet (see the file comment). */
export function escapeCell(value: string): string {
  return TRIGGER.test(value) ? `'${value}` : value;
}

function unescapeCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

/** The cells `fromCsv` reads back (no source, no derived cells): equal projections mean equal CSV rows. */
export function csvProjection(r: AuditRecord): string[] {
  return CSV_COLUMNS.filter((c) => c.stored).map((c) => c.get(r));
}

/** The whole CSV file: BOM, header, one CRLF-terminated row per record. */
export function toCsv(records: readonly AuditRecord[]): string {
  const data = records.map((r) => CSV_COLUMNS.map((c) => escapeCell(c.get(r))));
  const body = Papa.unparse({ fields: CSV_COLUMNS.map((c) => c.header), data }, { newline: '\r\n', escapeFormulae: false });
  return `${BOM}${body}\r\n`;
}

/**
 * The delimiter of a CSV, from its header line. We write commas, but a spreadsheet that saves the
 * file again writes what its locale uses: semicolons where the comma is the decimal mark (Excel and
 * LibreOffice in Spanish, German, French…), tabs for Excel's "Unicode Text". The header is
 * ours (no quoted cells hold these characters), so the most frequent of the three is the one.
 */
export function csvDelimiter(text: string): ',' | ';' | '\t' {
  const end = text.indexOf('\n');
  const header = end < 0 ? text.slice(0, 4096) : text.slice(0, Math.min(end, 4096));
  const count = (ch: string) => header.split(ch).length - 1;
  const comma = count(',');
  const semicolon = count(';');
  const tab = count('\t');
  if (tab > comma && tab >= semicolon) return '\t';
  if (semicolon > comma) return ';';
  return ',';
}

export type CsvResult = { ok: true; records: AuditRecord[] } | { ok: false; error: string };

export interface FromCsvOptions {
  /** Largest file accepted, in UTF-16 code units of the text (≈ bytes for the ASCII-heavy CSV). */
  maxBytes?: number;
  maxRows?: number;
}

/** Largest CSV `fromCsv` reads by default. */
export const DEFAULT_CSV_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Reads a CSV written by `toCsv` (columns may be reordered by a spreadsheet; extra columns are
 * ignored). Never throws; refuses the whole file with a message naming the row and column.
 */
export function fromCsv(text: string, options: FromCsvOptions = {}): CsvResult {
  const maxBytes = options.maxBytes ?? DEFAULT_CSV_MAX_BYTES;
  const maxRows = options.maxRows ?? 200_000;
  if (typeof text !== 'string') return { ok: false, error: 'Not a text file.' };
  if (text.length > maxBytes) return { ok: false, error: `The file is ${mb(text.length)} MB; the limit is ${mb(maxBytes)} MB.` };
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (!body.trim()) return { ok: false, error: 'The file is empty.' };
  if (body.includes('\0')) return { ok: false, error: 'This is not a CSV file: it contains binary data.' };
  const head = body.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return { ok: false, error: 'This is a JSON file, not a CSV; import it as a bundle.' };
  if (head.startsWith('<')) return { ok: false, error: 'This is an HTML or XML file, not a Vantage CSV.' };

  let parsed: Papa.ParseResult<string[]>;
  try {
    parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: 'greedy', delimiter: csvDelimiter(body) });
  } catch (e) {
    return { ok: false, error: `The CSV could not be read: ${e instanceof Error ? e.message : String(e)}.` };
  }
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    const row = typeof fatal.row === 'number' ? ` at row ${fatal.row + 1}` : '';
    return { ok: false, error: `A quoted cell is never closed${row}: the file may be cut short.` };
  }
  const [header, ...rows] = parsed.data;
  if (!header) return { ok: false, error: 'The file is empty.' };
  if (rows.length > maxRows) return { ok: false, error: `The file has ${rows.length} rows; the limit is ${maxRows}.` };

  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const name = h.trim().toLowerCase();
    if (!index.has(name)) index.set(name, i);
  });
  for (const h of REQUIRED_HEADERS) {
    if (!index.has(h.toLowerCase())) return { ok: false, error: `This CSV is not a Vantage export: the column "${h}" is missing.` };
  }
  const byPath = new Map(CSV_COLUMNS.map((c) => [c.path, c.header]));

  const records: AuditRecord[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const rowNo = i + 2; // the header is row 1
    if (row.length < header.length) {
      return { ok: false, error: `Row ${rowNo} has ${row.length} cells but the header has ${header.length}: the file may be cut short.` };
    }
    const cell = (h: string) => {
      const at = index.get(h.toLowerCase());
      return at === undefined ? '' : unescapeCell(row[at] ?? '');
    };
    const raw = rowToRecord(cell);
    const result = AuditRecordSchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const path = formatPath(issue.path);
      const column = byPath.get(path);
      const message = describeIssue({ ...issue, path: [] });
      return {
        ok: false,
        error: column
          ? `Row ${rowNo}, column "${column}": ${cellQuote(cell(column))}${message}.`
          : `Row ${rowNo}: ${path ? `${path}: ` : ''}${message}.`,
      };
    }
    records.push(result.data);
  }
  return { ok: true, records };
}

function rowToRecord(cell: (header: string) => string): unknown {
  const opt = (h: string) => cell(h) || undefined;
  const labels: Record<string, string> = {};
  for (const key of LABEL_KEYS) {
    const v = cell(key);
    if (v) labels[key] = v;
  }
  const questions = [1, 2, 3, 4, 5, 6].map((id) => ({
    id,
    status: cell(`Q${id} status`),
    evidence: [],
    verdict: cell(`Q${id} verdict`) || null,
    note: cell(`Q${id} note`),
  }));
  const title = cell('title');
  const url = cell('url') || null;
  const platform = cell('platform') || null;
  const excerpt = cell('excerpt');
  // A spreadsheet may have turned an all-digit or "12e34…" fingerprint into a number: then the
  // revision is unknown, which must not refuse the whole file.
  const fingerprint = cell('instructions fingerprint');
  return {
    id: cell('id'),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: cell('created'),
    updatedAt: cell('updated'),
    source: 'import',
    assignment: {
      key: cell('assignment key') || assignmentKey({ platform, url, title, description: excerpt }),
      platform,
      url,
      ...(opt('course id') ? { courseId: cell('course id') } : {}),
      ...(opt('assignment id') ? { assignmentId: cell('assignment id') } : {}),
      title,
      excerpt,
      language: cell('language') || 'und',
      ...(opt('package') ? { packageName: cell('package') } : {}),
      ...(FINGERPRINT_PATTERN.test(fingerprint) ? { fingerprint } : {}),
    },
    analysisVersion: cell('analysis version'),
    score: questions.filter((x) => x.status === 'evident').length,
    questions,
    auditor: { role: cell('auditor role') || null, ...(opt('auditor name') ? { name: cell('auditor name') } : {}) },
    labels,
  };
}

function cellQuote(value: string): string {
  if (!value) return '';
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `${JSON.stringify(shown)} — `;
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}
