/**
 * "Share my audits": one JSON file, versioned and checksummed, that a coach can drop into their
 * dashboard. Also the whole-store backup (`exportStore` / `importStore`), which is the same
 * format with the label pick-lists added, so either file imports either way.
 *
 * ```json
 * { "format": "vantage-audits", "version": 1, "createdAt": "…", "count": 2,
 *   "checksum": "sha256-<hex of canonical JSON of records>", "records": [ … ] }
 * ```
 * Reading never throws and refuses the whole file on the first problem, with a message that says
 * what and where ("record 17: questions[2].status: expected evident/partial/missing").
 */
import { boundMs } from './dates.ts';
import { CanonicalError, canonicalJson } from './canonical.ts';
import { migrateRecord } from './migrations.ts';
import { LabelListsSchema, describeError, type AuditRecord, type LabelLists } from './schema.ts';
import { sha256Hex } from './sha256.ts';

export const BUNDLE_FORMAT = 'vantage-audits';
export const BUNDLE_VERSION = 1;
/** Largest bundle read by default: ~60,000 full records. The dashboard checks `File.size` first. */
export const DEFAULT_BUNDLE_MAX_BYTES = 100 * 1024 * 1024;
/** Most records one bundle may hold. */
export const MAX_BUNDLE_RECORDS = 200_000;

export interface BundleOptions {
  /** Only audits created on or after this day or instant (`2025-01-01` or ISO). */
  from?: string | Date;
  /** Only audits created on or before this day (the whole day) or instant. */
  to?: string | Date;
  /** Only this course (the course label, or the LMS course id). */
  course?: string;
  /** Only this teacher (label). */
  teacher?: string;
  /** Who made the file, shown to the coach who imports it. */
  createdBy?: string;
  /** Written with the whole-store export, so a restore brings the pick-lists back. */
  labelLists?: LabelLists;
  now?: Date;
}

/** Records that a bundle with these options would hold, oldest first. */
export function selectForBundle(records: readonly AuditRecord[], options: BundleOptions = {}): AuditRecord[] {
  const from = options.from === undefined ? -Infinity : boundMs(options.from, 'start');
  const to = options.to === undefined ? Infinity : boundMs(options.to, 'end');
  const course = options.course?.trim();
  const teacher = options.teacher?.trim();
  return records
    .filter((r) => {
      const t = Date.parse(r.createdAt);
      if (t < from || t > to) return false;
      if (course && r.labels.course !== course && r.assignment.courseId !== course) return false;
      if (teacher && r.labels.teacher !== teacher) return false;
      return true;
    })
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The bundle file's text (one record per line, so a person can still read or diff it). */
export async function createBundle(records: readonly AuditRecord[], options: BundleOptions = {}): Promise<string> {
  const selected = selectForBundle(records, options);
  // Keys written sorted, so the reader's canonical pass has nothing to reorder; the canonical
  // text of the list is then exactly the lines joined.
  const lines = selected.map((r) => canonicalJson(r));
  const checksum = `sha256-${await sha256Hex(`[${lines.join(',')}]`)}`;
  const head: Record<string, unknown> = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    createdAt: (options.now ?? new Date()).toISOString(),
    ...(options.createdBy?.trim() ? { createdBy: options.createdBy.trim().slice(0, 100) } : {}),
    ...(options.from !== undefined || options.to !== undefined || options.course || options.teacher
      ? {
          scope: {
            ...isoBound('from', options.from, 'start'),
            ...isoBound('to', options.to, 'end'),
            ...(options.course ? { course: options.course } : {}),
            ...(options.teacher ? { teacher: options.teacher } : {}),
          },
        }
      : {}),
    ...(options.labelLists ? { labelLists: options.labelLists } : {}),
    count: selected.length,
    checksum,
  };
  const headText = JSON.stringify(head).slice(0, -1);
  return `${headText},"records":[${lines.length ? `\n${lines.join(',\n')}\n` : ''}]}\n`;
}

export interface BundleInfo {
  createdAt: string | null;
  createdBy: string | null;
  /** Records in the file, before duplicates were dropped. */
  count: number;
  /** Records that came in an older schema and were upgraded on the way in. */
  migrated: number;
  /** Exact copies of a record already in the same file (kept once). */
  duplicates: number;
  labelLists: LabelLists | null;
}

export type BundleResult = { ok: true; records: AuditRecord[]; info: BundleInfo } | { ok: false; error: string };

export interface ParseBundleOptions {
  maxBytes?: number;
}

/** Reads a bundle (or a store export). Never throws; see the file comment. */
export async function parseBundle(text: unknown, options: ParseBundleOptions = {}): Promise<BundleResult> {
  try {
    return await parse(text, options.maxBytes ?? DEFAULT_BUNDLE_MAX_BYTES);
  } catch (e) {
    return { ok: false, error: `The file could not be read: ${e instanceof Error ? e.message : String(e)}.` };
  }
}

async function parse(text: unknown, maxBytes: number): Promise<BundleResult> {
  const fail = (error: string): BundleResult => ({ ok: false, error });
  if (typeof text !== 'string') return fail('Not a text file.');
  if (text.length > maxBytes || (text.length * 3 > maxBytes && utf8Length(text, maxBytes) > maxBytes)) {
    return fail(`The file is larger than the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit for one bundle; share a date range or one course at a time.`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const kind = describeNonJson(body);
  if (kind) return fail(kind);

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return fail(describeJsonError(body, e));
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail('This JSON file is not a Vantage bundle (it is not an object with "format": "vantage-audits").');
  }
  const head = data as Record<string, unknown>;
  const own = (k: string) => (Object.hasOwn(head, k) ? head[k] : undefined);
  if (own('format') !== BUNDLE_FORMAT) {
    return fail(`This JSON file is not a Vantage bundle: "format" is ${own('format') === undefined ? 'missing' : JSON.stringify(String(own('format')).slice(0, 40))}, expected "${BUNDLE_FORMAT}".`);
  }
  const version = own('version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('The bundle has no valid "version".');
  if (version > BUNDLE_VERSION) {
    return fail(`This bundle was made by a newer Vantage (bundle version ${version}; this one reads version ${BUNDLE_VERSION}). Update Vantage to import it.`);
  }
  const records = own('records');
  if (!Array.isArray(records)) return fail('The bundle has no "records" list.');
  if (records.length > MAX_BUNDLE_RECORDS) return fail(`The bundle holds ${records.length} records; the limit is ${MAX_BUNDLE_RECORDS}.`);
  const count = own('count');
  if (count !== records.length) {
    return fail(`The bundle says it holds ${typeof count === 'number' ? count : '?'} records but has ${records.length}: it was cut short or edited.`);
  }
  const checksum = own('checksum');
  if (typeof checksum !== 'string' || !/^sha256-[0-9a-f]{64}$/.test(checksum)) return fail('The bundle has no valid "checksum" (sha256-…).');
  let canonical: string;
  try {
    canonical = canonicalJson(records);
  } catch (e) {
    if (e instanceof CanonicalError || e instanceof RangeError) return fail(`The records are ${e instanceof CanonicalError ? e.message : 'nested too deeply'}.`);
    throw e;
  }
  if (`sha256-${await sha256Hex(canonical)}` !== checksum) {
    return fail('The checksum does not match the records: the file was changed or damaged after it was made.');
  }

  const out: AuditRecord[] = [];
  // First position of each id; canonical text is computed only for ids that come back.
  const seen = new Map<string, { at: number; line: number; text?: string }>();
  let migrated = 0;
  let duplicates = 0;
  for (let i = 0; i < records.length; i++) {
    const raw: unknown = records[i];
    const result = migrateRecord(raw);
    if (!result.ok) return fail(`record ${i + 1}${idHint(raw)}: ${result.error}.`);
    if (result.from !== result.record.schemaVersion) migrated++;
    const prior = seen.get(result.record.id);
    if (prior) {
      prior.text ??= canonicalJson(out[prior.at]!);
      if (prior.text !== canonicalJson(result.record)) {
        return fail(`records ${prior.line} and ${i + 1} have the same id (${result.record.id}) but different content.`);
      }
      duplicates++;
      continue;
    }
    seen.set(result.record.id, { at: out.length, line: i + 1 });
    out.push(result.record);
  }

  let labelLists: LabelLists | null = null;
  if (own('labelLists') !== undefined) {
    const lists = LabelListsSchema.safeParse(own('labelLists'));
    if (!lists.success) return fail(describeError(lists.error, 'labelLists'));
    labelLists = lists.data;
  }
  const createdAt = own('createdAt');
  const createdBy = own('createdBy');
  return {
    ok: true,
    records: out,
    info: {
      createdAt: typeof createdAt === 'string' ? createdAt.slice(0, 40) : null,
      createdBy: typeof createdBy === 'string' ? createdBy.slice(0, 100) : null,
      count: records.length,
      migrated,
      duplicates,
      labelLists,
    },
  };
}

/** The whole store as one file that `importStore` reads back to the identical records and pick-lists. */
export function exportStore(records: readonly AuditRecord[], labelLists?: LabelLists, now?: Date): Promise<string> {
  return createBundle(records, { labelLists, now });
}

export type ImportStoreResult = { ok: true; records: AuditRecord[]; labelLists: LabelLists | null } | { ok: false; error: string };

/** Reads a store export (or any bundle) back. */
export async function importStore(text: unknown, options: ParseBundleOptions = {}): Promise<ImportStoreResult> {
  const r = await parseBundle(text, options);
  return r.ok ? { ok: true, records: r.records, labelLists: r.info.labelLists } : r;
}

/**
 * Names what a file is when it is plainly not JSON (a zip, an HTML page, a CSV, a PDF…), so the
 * person learns what they dropped; null when it may be JSON.
 */
export function describeNonJson(body: string): string | null {
  const head = body.slice(0, 512).trimStart();
  if (!head) return 'The file is empty.';
  if (head.startsWith('PK\u0003\u0004') || head.startsWith('PK\u0005\u0006')) {
    return 'This is a zip file, not a Vantage bundle. A course export goes to "Bulk audit"; a bundle is a .json file.';
  }
  if (head.startsWith('%PDF')) return 'This is a PDF, not a Vantage bundle.';
  if (head.charCodeAt(0) === 0x1f && head.charCodeAt(1) === 0x8b) return 'This is a compressed (gzip) file; unpack it first.';
  if (body.includes('\0')) return 'This is a binary file, not a Vantage bundle.';
  if (/^<(!doctype|html|\?xml|head|body)/i.test(head) || head.startsWith('<')) return 'This is an HTML or XML page, not a Vantage bundle.';
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (/^\ufeff?id,created,updated\b/i.test(firstLine)) return 'This is a Vantage CSV export, not a bundle; import it as CSV.';
  if (!head.startsWith('{') && !head.startsWith('[')) {
    return firstLine.includes(',') ? 'This looks like a CSV file, not a Vantage bundle.' : 'This is not a Vantage bundle (a bundle is a JSON file that starts with "{").';
  }
  return null;
}

function describeJsonError(body: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const trimmed = body.trimEnd();
  if (/end of (json input|data)/i.test(message) || !trimmed.endsWith('}')) {
    return 'The file ends early: it looks cut short (truncated). Ask for the file again.';
  }
  const pos = /position (\d+)/.exec(message);
  let where = '';
  if (pos && !/line \d+/.test(message)) {
    const before = body.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    where = ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
  }
  return `The file is not valid JSON: ${message.slice(0, 200)}${where}.`;
}

function idHint(raw: unknown): string {
  if (raw && typeof raw === 'object' && Object.hasOwn(raw, 'id')) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === 'string' && id.length <= 40 && /^[\w-]+$/.test(id)) return ` (id ${id})`;
  }
  return '';
}

/** UTF-8 length of `s`, stopping early once it passes `stop`. */
function utf8Length(s: string, stop: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= stop; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function isoBound(name: 'from' | 'to', v: string | Date | undefined, edge: 'start' | 'end'): Record<string, string> {
  if (v === undefined) return {};
  const t = boundMs(v, edge);
  return Number.isFinite(t) ? { [name]: new Date(t).toISOString() } : {};
}
