/**
 * `vantage audit-package <course.imscc> [--json | --csv]`: audits every assignment, assignment-like
 * page and discussion prompt in a course export with the same analysis as the extension.
 * Output is streamed item by item, so a course of 10,000 assignments never sits in memory as one
 * string. On packages of 400+ items the analysis runs in worker threads (`--jobs N`, default one
 * per core up to 2; `--jobs 0` keeps it in this thread). Exit 0: package read (item errors are
 * listed, not fatal); 2: unreadable or not a course export; 3: a readable package with no
 * assignments in it.
 */
import { once } from 'node:events';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { inflateRawSync } from 'node:zlib';
import Papa from 'papaparse';
import { auditStatuses, type AuditInput, type AuditResult } from '../audit.ts';
import { auditPackage, MAX_PACKAGE_BYTES, type ByteSource, type PackageAuditEntry } from '../package/index.ts';
import type { PackageSummary } from '../package/audit.ts';
import { formatName } from '../package/format-name.ts';
import { QUESTIONS } from '../questions/index.ts';
import { CSV_COLUMNS, escapeCell } from '../records/csv.ts';
import { decodeBatch, type EncodedBatch } from './audit-package-codec.ts';
import type { WorkerRequest } from './audit-package-worker.ts';
import { CliError, EXIT, megabytes, parseArgs } from './io.ts';

/** Items listed one by one in the human summary; past this, the lowest scores only. */
const LIST_ALL_UP_TO = 40;
/** Below this many items, starting worker threads costs more than it saves. */
const WORKERS_FROM = 400;
/** Items per message to a worker: a message costs more than a small audit. */
const BATCH = 32;
const WORKER_URL = new URL('./audit-package-worker.ts', import.meta.url);

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'csv']);
  const jobsFlag = args.get('jobs');
  const jobs = jobsFlag === undefined ? Math.min(2, availableParallelism()) : Number(jobsFlag);
  if (!Number.isInteger(jobs) || jobs < 0 || jobs > 16) throw new CliError('--jobs takes a whole number from 0 to 16 (0 or 1: audit in this thread).');
  const json = args.has('json');
  const csv = args.has('csv');
  if (json && csv) throw new CliError('Choose one output: --json or --csv.');
  const [file] = args.positional;
  if (!file) throw new CliError('Give a course export: audit-package <course.imscc> [--json|--csv]');
  const opened = openPackageFile(file);

  const out = new StreamWriter(process.stdout);
  const progress = !json && !csv && process.stderr.isTTY ? new Progress() : null;
  let first = true;
  const lowest: PackageAuditEntry[] = [];

  let pool: AuditPool | null = null;
  const started = Date.now();
  const result = await auditPackage(opened.source, {
    fileName: file,
    collect: false,
    records: csv,
    // Statuses and evidence only: no output of this command shows the suggestions.
    audit: (input) => (pool ? pool.audit(input) : auditStatuses(input)),
    concurrency: Math.max(1, jobs),
    inflateRaw: nativeInflate,
    onProgress: progress ? (done, total) => progress.show(done, total) : undefined,
    async onOpen({ name, format, total }) {
      // The analysis is the costly part: on big packages it runs in worker threads, one per core.
      if (jobs > 1 && (total >= WORKERS_FROM || jobsFlag !== undefined)) pool = new AuditPool(jobs);
      if (json) await out.write(`{\n  "package": ${JSON.stringify(name)},\n  "format": ${JSON.stringify(format)},\n  "items": [\n`);
      else if (csv) await out.write(`\ufeff${Papa.unparse([CSV_COLUMNS.map((c) => c.header)], { newline: '\r\n' })}\r\n`);
    },
    async onResult(entry) {
      if (json) {
        await out.write(`${first ? '' : ',\n'}    ${JSON.stringify(itemJson(entry))}`);
      } else if (csv) {
        if (entry.record) await out.write(Papa.unparse([CSV_COLUMNS.map((c) => escapeCell(c.get(entry.record!)))], { newline: '\r\n' }) + '\r\n');
      } else {
        keepLowest(lowest, entry);
      }
      first = false;
    },
  })
    .catch((e: unknown) => {
      throw new CliError(`${file}: ${e instanceof Error ? e.message : String(e)}`, EXIT.failure);
    })
    .finally(() => {
      (pool as AuditPool | null)?.close();
      opened.close();
    });
  progress?.clear();
  if (!result.ok) throw new CliError(`${file}: ${result.error}`, EXIT.unreadable);

  if (json) {
    const errors = result.errors.map((e) => JSON.stringify(e)).join(',\n    ');
    await out.write(`${first ? '' : '\n'}  ],\n  "errors": [${errors ? `\n    ${errors}\n  ` : ''}],\n  "summary": ${JSON.stringify(result.summary)}\n}\n`);
  } else if (!csv) {
    await out.write(humanSummary(result.name, formatName(result.format), result.summary, lowest, result.errors, (Date.now() - started) / 1000));
  } else if (result.errors.length) {
    process.stderr.write(result.errors.map((e) => `vantage: ${file}: ${e.title ?? e.item}: ${e.message}\n`).join(''));
  }
  await out.end();
  // For bench/records.ts on machines without GNU time: the process's own peak memory, in KB.
  if (process.env.VANTAGE_REPORT_RSS) process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
  return result.summary.items === 0 && result.errors.length === 0 ? EXIT.notApplicable : EXIT.ok;
}

/** Node's zlib, about twice as fast as the built-in decoder; null (then the built-in one runs) on any problem. */
function nativeInflate(data: Uint8Array, size: number): Uint8Array | null {
  try {
    const out = inflateRawSync(data, { maxOutputLength: size });
    return out.length === size ? out : null;
  } catch {
    return null;
  }
}

/**
 * The export as a file read piece by piece: its directory and the text files audited, never its
 * media, so memory stays flat whatever its size.
 */
function openPackageFile(file: string): { source: ByteSource; close(): void } {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new CliError(`${file} is not a file (it is a directory or device).`);
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`);
  }
  if (size > MAX_PACKAGE_BYTES) {
    throw new CliError(`${file} is ${megabytes(size)} MB; the limit for a course export is ${megabytes(MAX_PACKAGE_BYTES)} MB. Export the course without its media files and try again.`);
  }
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new CliError(`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`);
  }
  const source: ByteSource = {
    length: size,
    read(offset, length) {
      const n = Math.max(0, Math.min(length, size - offset));
      const buf = Buffer.allocUnsafeSlow(n);
      let got = 0;
      while (got < n) {
        const r = readSync(fd, buf, got, n - got, offset + got);
        if (r === 0) break;
        got += r;
      }
      return got === n ? buf : buf.subarray(0, got);
    },
  };
  return { source, close: () => closeSync(fd) };
}

function itemJson(e: PackageAuditEntry) {
  const { item, audit } = e;
  return {
    id: item.id,
    key: e.key,
    title: item.title,
    kind: item.kind,
    ...(item.module ? { module: item.module } : {}),
    path: item.path,
    language: audit.language,
    supported: audit.supported,
    score: audit.score,
    topic: audit.topic,
    questions: audit.questions.map((q) => ({ id: q.id, status: q.status })),
  };
}

function keepLowest(list: PackageAuditEntry[], entry: PackageAuditEntry): void {
  // Bounded: the human summary shows at most LIST_ALL_UP_TO items, lowest scores first.
  const slim: PackageAuditEntry = { key: entry.key, item: entry.item, audit: { ...entry.audit, description: '', questions: entry.audit.questions.map((q) => ({ ...q, evidence: [], suggestions: [] })) } };
  list.push(slim);
  if (list.length > LIST_ALL_UP_TO * 2) {
    list.sort((a, b) => a.audit.score - b.audit.score);
    list.length = LIST_ALL_UP_TO;
  }
}

function humanSummary(
  name: string,
  format: string | null,
  s: PackageSummary,
  entries: PackageAuditEntry[],
  errors: readonly { item: string; title?: string; path?: string; message: string }[],
  seconds: number,
): string {
  const lines: string[] = [];
  const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  lines.push(`${name}${format ? ` — ${format}` : ''}`);
  if (!s.items) {
    lines.push(
      errors.length
        ? `No item could be audited; ${plural(errors.length, 'item')} had problems (listed below).`
        : `No assignments found: quizzes, links, files and pages that do not read as tasks are not audited${s.skipped ? ` (${plural(s.skipped, 'resource')} looked at and left out)` : ''}.`,
    );
  } else {
    const kinds = [plural(s.byKind.assignment, 'assignment'), s.byKind.page && plural(s.byKind.page, 'page'), s.byKind.discussion && plural(s.byKind.discussion, 'discussion')].filter(Boolean).join(', ');
    lines.push(`Audited ${plural(s.items, 'item')} (${kinds}) in ${seconds.toFixed(1)} s; average ${s.averageScore}/6 questions evident.`);
    if (s.skipped) lines.push(`${plural(s.skipped, 'resource')} left out (folders, files, links, tests, announcements, open forums, pages that set no task).`);
    lines.push('', `${'Question'.padEnd(40)} evident  partial  missing`);
    for (const q of QUESTIONS) {
      const c = s.questions[q.id];
      lines.push(`${`${q.id}. ${q.title.en}`.padEnd(40)} ${String(c.evident).padStart(7)}  ${String(c.partial).padStart(7)}  ${String(c.missing).padStart(7)}`);
    }
    entries.sort((a, b) => a.audit.score - b.audit.score);
    const shown = entries.slice(0, LIST_ALL_UP_TO);
    lines.push('', s.items > shown.length ? `The ${shown.length} lowest-scoring items (use --json or --csv for all ${s.items.toLocaleString('en')}):` : 'Items, lowest score first:');
    for (const e of shown) {
      const marks = e.audit.questions.map((q) => (q.status === 'evident' ? '●' : q.status === 'partial' ? '◐' : '○')).join('');
      lines.push(`  ${e.audit.score}/6 ${marks}  ${e.item.title} (${e.item.kind}${e.item.module ? `, ${e.item.module}` : ''})`);
    }
  }
  if (errors.length) {
    lines.push('', `${plural(errors.length, 'item')} could not be read (the rest were audited):`);
    for (const e of errors) lines.push(`  ✗ ${e.title ?? e.item}${e.path ? ` [${e.path}]` : ''}: ${e.message}`);
  }
  return lines.join('\n') + '\n';
}

/** Buffers small writes and waits for 'drain', so piping 10,000 items keeps memory flat. */
class StreamWriter {
  private parts: string[] = [];
  private size = 0;
  private broken = false;

  constructor(private readonly stream: NodeJS.WriteStream) {
    // A closed pipe (`| head`) is the reader's choice, not an error.
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') this.broken = true;
      else throw e;
    });
  }

  async write(s: string): Promise<void> {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 64 * 1024) await this.flush();
  }

  async end(): Promise<void> {
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (!this.size || this.broken) {
      this.parts = [];
      this.size = 0;
      return;
    }
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}

/** "Auditing 1,234 / 10,000" on a terminal's stderr, redrawn at most ten times a second. */
class Progress {
  private last = 0;
  show(done: number, total: number): void {
    const now = Date.now();
    if (now - this.last < 100 && done !== total) return;
    this.last = now;
    process.stderr.write(`\rAuditing ${done.toLocaleString('en')} / ${total.toLocaleString('en')}…`);
  }
  clear(): void {
    process.stderr.write('\r\x1b[K');
  }
}

type Pending = { resolve(r: AuditResult): void; reject(e: Error): void; input: AuditInput };
type Slot = { worker: Worker; pending: Map<number, Pending>; alive: boolean };

/**
 * Worker threads running audit-package-worker.ts. Items are queued and sent in batches to the
 * least busy worker; results come back packed (audit-package-codec.ts). If a worker dies (or
 * cannot load), its items are audited here instead, so a crash costs time, not results.
 */
class AuditPool {
  private readonly workers: Slot[] = [];
  private queue: { id: number; input: AuditInput }[] = [];
  private flushQueued = false;
  private seq = 0;
  private readonly pendingById = new Map<number, Pending>();

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_URL);
      const slot: Slot = { worker, pending: new Map<number, Pending>(), alive: true };
      worker.on('message', (batch: EncodedBatch) => {
        for (const msg of decodeBatch(batch, (id) => slot.pending.get(id)?.input)) {
          const p = slot.pending.get(msg.id);
          if (!p) continue;
          slot.pending.delete(msg.id);
          if ('result' in msg) p.resolve(msg.result);
          else p.reject(new Error(msg.error));
        }
      });
      const fail = () => {
        slot.alive = false;
        for (const p of slot.pending.values()) auditHere(p);
        slot.pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      this.workers.push(slot);
    }
  }

  audit(input: AuditInput): Promise<AuditResult> {
    if (!this.workers.some((w) => w.alive)) return Promise.resolve(auditStatuses(input));
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pendingById.set(id, { resolve, reject, input });
      this.queue.push({ id, input });
      if (this.queue.length >= BATCH) this.flush();
      else if (!this.flushQueued) {
        // Items read in one synchronous stretch go out together.
        this.flushQueued = true;
        queueMicrotask(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushQueued = false;
    while (this.queue.length) {
      const batch = this.queue.splice(0, BATCH);
      const live = this.workers.filter((w) => w.alive);
      if (!live.length) {
        for (const { id } of batch) {
          const p = this.pendingById.get(id)!;
          this.pendingById.delete(id);
          auditHere(p);
        }
        continue;
      }
      const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      for (const { id } of batch) {
        slot.pending.set(id, this.pendingById.get(id)!);
        this.pendingById.delete(id);
      }
      const request: WorkerRequest = { ids: batch.map((b) => b.id), inputs: batch.map((b) => b.input) };
      slot.worker.postMessage(request);
    }
  }

  async close(): Promise<void> {
    for (const w of this.workers) w.alive = false;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

function auditHere(p: Pending): void {
  try {
    p.resolve(auditStatuses(p.input));
  } catch (e) {
    p.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

/** Re-exported for the command line's callers and tests. */
export { formatName };
