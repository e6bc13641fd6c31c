/**
 * Bulk audit of a course export: every item `readPackage` finds, with the text of its PDF
 * handouts (pdf-handouts.ts), goes through the same `audit()` as the overlay and the command
 * line. Items are streamed (read → audit → hand over), so memory stays flat however big the
 * course, and the loop yields to the event loop regularly so a dashboard progress bar moves and
 * the page stays responsive.
 */
import { audit as auditOne, type AuditInput, type AuditResult } from '../audit.ts';
import type { QuestionId, Status } from '../analyze/types.ts';
import { assignmentKey, recordFromAudit } from '../records/create.ts';
import type { AuditRecord } from '../records/schema.ts';
import { withPdfHandouts } from './pdf-handouts.ts';
import { openPackage, type ItemRead } from './read.ts';
import type { PackageInput } from './source.ts';
import type { ItemError, PackageFormat, PackageItem, PackageItemKind, ReadPackageOptions } from './types.ts';

/** One audited item, identified by `key` across re-audits of the same course. */
export interface PackageAuditEntry {
  key: string;
  /** The item as read (without its HTML). */
  item: Omit<PackageItem, 'html'>;
  audit: AuditResult;
  /** The audit as a record (`source: 'package'`), ready to store; absent with `records: false`. */
  record?: AuditRecord;
}

export interface PackageSummary {
  /** Items audited. */
  items: number;
  byKind: Record<PackageItemKind, number>;
  /** Resources looked at and left out (quiz-like pages, announcements, non-task pages). */
  skipped: number;
  errors: number;
  /** Mean score over audited items (0 when none). */
  averageScore: number;
  /** For each question, how many items had each status. */
  questions: Record<QuestionId, Record<Status, number>>;
}

export interface AuditPackageOptions extends Omit<ReadPackageOptions, 'includeHtml'> {
  /** Called once the package is open and checked, before any item is audited. */
  onOpen?(info: { name: string; format: PackageFormat; total: number }): void | Promise<void>;
  /** Called after each resource is handled, with the number expected in all. */
  onProgress?(done: number, total: number): void;
  /** Called with each audited item as soon as it is ready (awaited, so a writer can apply backpressure). */
  onResult?(entry: PackageAuditEntry): void | Promise<void>;
  /** Keep every entry in `results` (default true); false when `onResult` consumes them. */
  collect?: boolean;
  /** Stops between items; the result then has `cancelled: true` and what was done so far. */
  signal?: AbortSignal;
  /** Build a record for each entry (default true); the command line's JSON output does not need them. */
  records?: boolean;
  /** Clock for the records' timestamps, injectable for tests. */
  now?: () => Date;
  /**
   * The audit to run on each item; defaults to lib/audit.ts's `audit`. May return a promise (the
   * command line runs it in worker threads); results are still handed over in package order.
   */
  audit?: (input: AuditInput) => AuditResult | Promise<AuditResult>;
  /** Audits in flight at once when `audit` is asynchronous (default 1). */
  concurrency?: number;
}

export type AuditPackageResult =
  | {
      ok: true;
      name: string;
      format: PackageFormat;
      results: PackageAuditEntry[];
      errors: ItemError[];
      summary: PackageSummary;
      cancelled: boolean;
    }
  | { ok: false; error: string };

/** How long the loop may run before it lets the event loop (and the progress bar) in. */
const SLICE_MS = 16;
const SLICE_ITEMS = 64;
/** Items in flight per unit of `concurrency` when the audit is asynchronous. */
const WINDOW_PER_SLOT = 64;

/**
 * The key an item's records share across audits: the package name (the course title) and the
 * manifest's resource identifier, so re-auditing a later export of the same course finds the
 * earlier audit. The same key `recordFromAudit` gives the record.
 */
export function packageItemKey(packageName: string, itemId: string): string {
  return assignmentKey({ packageId: packageName, itemId });
}

/** Reads a course export and audits each of its items; never throws on package content. */
export async function auditPackage(input: PackageInput, opts: AuditPackageOptions = {}): Promise<AuditPackageResult> {
  const opened = openPackage(input, { ...opts, includeHtml: false });
  if (!opened.ok) return opened;
  const { pkg } = opened;
  const run = opts.audit ?? auditOne;
  const collect = opts.collect ?? true;
  const makeRecords = opts.records ?? true;
  const total = pkg.candidates.length;
  const results: PackageAuditEntry[] = [];
  const errors: ItemError[] = [];
  const summary = emptySummary();
  let scoreSum = 0;
  let done = 0;
  let cancelled = false;
  let sliceStart = Date.now();
  let sliceCount = 0;
  await opts.onOpen?.({ name: pkg.name, format: pkg.format, total });
  opts.onProgress?.(0, total);

  // Each candidate becomes a settled outcome; audits may run ahead (up to `concurrency`), but
  // outcomes are handed over strictly in package order.
  type Outcome = { entry: PackageAuditEntry } | { error: ItemError } | { skip: true };
  const window: Promise<Outcome>[] = [];
  const limit = Math.max(1, Math.floor(opts.concurrency ?? 1));

  const start = (read: ItemRead): Promise<Outcome> | Outcome => {
    if ('error' in read) return { error: read.error };
    if ('skip' in read) return { skip: true };
    const { html: _html, ...item } = read.item;
    const fail = (e: unknown): Outcome => ({
      error: { item: item.id, title: item.title, path: item.path, message: `the analysis failed on this item (${e instanceof Error ? e.message : String(e)})` },
    });
    const finish = (result: AuditResult): Outcome => {
      try {
        const entry: PackageAuditEntry = { key: packageItemKey(pkg.name, item.id), item, audit: result };
        if (makeRecords) {
          entry.record = recordFromAudit(result, {
            source: 'package',
            packageName: pkg.name,
            packageId: pkg.name,
            itemId: item.id,
            ...(opts.now ? { now: opts.now() } : {}),
          });
        }
        return { entry };
      } catch (e) {
        return fail(e);
      }
    };
    try {
      const pending = run({ platform: null, url: null, title: item.title, description: item.description, ...(item.language ? { language: item.language } : {}) });
      return pending instanceof Promise ? pending.then(finish, fail) : finish(pending);
    } catch (e) {
      return fail(e);
    }
  };

  const settle = async (outcome: Outcome) => {
    if ('error' in outcome) errors.push(outcome.error);
    else if ('skip' in outcome) summary.skipped++;
    else {
      const { entry } = outcome;
      summary.items++;
      summary.byKind[entry.item.kind]++;
      scoreSum += entry.audit.score;
      for (const q of entry.audit.questions) summary.questions[q.id][q.status]++;
      if (collect) results.push(entry);
      if (opts.onResult) await opts.onResult(entry);
    }
    done++;
    opts.onProgress?.(done, total);
    if (++sliceCount >= SLICE_ITEMS || Date.now() - sliceStart >= SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = Date.now();
      sliceCount = 0;
    }
  };

  for (const candidate of pkg.candidates) {
    if (opts.signal?.aborted) {
      cancelled = true;
      break;
    }
    let read = pkg.read(candidate);
    // PDF handouts are read here, one item at a time, so no more than one item's PDFs are held.
    if ('item' in read && read.pdfs) read = { item: await withPdfHandouts(read.item, read.pdfs) };
    const outcome = start(read);
    if (outcome instanceof Promise) window.push(outcome);
    else if (window.length) window.push(Promise.resolve(outcome));
    else {
      await settle(outcome);
      continue;
    }
    // Keep several items per worker queued, so no worker idles while the next items are read.
    while (window.length >= limit * WINDOW_PER_SLOT) await settle(await window.shift()!);
  }
  while (window.length) await settle(await window.shift()!);
  summary.errors = errors.length;
  summary.averageScore = summary.items ? Math.round((scoreSum / summary.items) * 100) / 100 : 0;
  return { ok: true, name: pkg.name, format: pkg.format, results, errors, summary, cancelled };
}

function emptySummary(): PackageSummary {
  const counts = () => ({ evident: 0, partial: 0, missing: 0 });
  return {
    items: 0,
    byKind: { assignment: 0, page: 0, discussion: 0 },
    skipped: 0,
    errors: 0,
    averageScore: 0,
    questions: { 1: counts(), 2: counts(), 3: counts(), 4: counts(), 5: counts(), 6: counts() },
  };
}

/** setImmediate where it exists (Node: microseconds), else a zero timeout (browsers). */
function yieldToEventLoop(): Promise<void> {
  const g = globalThis as { setImmediate?: (cb: () => void) => unknown };
  return new Promise((resolve) => (g.setImmediate ? g.setImmediate(resolve) : setTimeout(resolve, 0)));
}
