/**
 * One course-export audit as a stream of events: the same code runs inside the dashboard's Web
 * Worker (package-worker.ts) and, when a worker cannot start, on the page itself (auditPackage
 * yields to the event loop between slices of items, so the page stays responsive either way).
 * Records leave in batches: a message per item would cost more than many small audits.
 */
import { auditPackage, type PackageSummary } from '../../lib/package/audit.ts';
import type { PackageInput } from '../../lib/package/source.ts';
import { MAX_PACKAGE_IN_MEMORY_BYTES } from '../../lib/package/types.ts';
import type { ItemError, PackageFormat } from '../../lib/package/types.ts';
import { packageLabels, packageRecordId } from '../../lib/records/package-records.ts';
import type { AuditRecord, Labels } from '../../lib/records/schema.ts';

/** What the page asks for: the file and the labels chosen for the whole package. */
export interface PackageRunRequest {
  type: 'start';
  file: Blob;
  fileName: string;
  labels: Partial<Record<keyof Labels, string>>;
}

/**
 * What the run reports, in this order: scan (only for an export read front to back before it can
 * be listed), open, progress and records (interleaved), then done or failed.
 */
export type PackageRunEvent =
  | { type: 'scan'; done: number; total: number }
  | { type: 'open'; name: string; format: PackageFormat; total: number }
  | { type: 'progress'; done: number; total: number }
  | { type: 'records'; records: AuditRecord[] }
  | { type: 'done'; name: string; errors: ItemError[]; summary: PackageSummary; cancelled: boolean }
  | { type: 'failed'; error: string };

/** Records per `records` event. */
const RECORD_BATCH = 250;
/** Least time between two progress events: the bar needs no more than ~10 updates a second. */
const PROGRESS_EVERY_MS = 80;

type SyncReader = { readAsArrayBuffer(blob: Blob): ArrayBuffer };

/**
 * The export as the reader takes it. In the worker, `FileReaderSync` reads only the pieces needed
 * (the directory and the text files), so an export with gigabytes of video costs no more memory
 * than one without. On the page (no worker) the file must be held whole, hence a lower limit; a
 * string says why it is refused.
 */
async function packageInput(file: Blob): Promise<PackageInput | string> {
  const Reader = (globalThis as { FileReaderSync?: new () => SyncReader }).FileReaderSync;
  if (Reader) {
    const reader = new Reader();
    return { length: file.size, read: (offset, length) => new Uint8Array(reader.readAsArrayBuffer(file.slice(offset, offset + length))) };
  }
  if (file.size > MAX_PACKAGE_IN_MEMORY_BYTES) {
    const mb = (n: number) => Math.round(n / 1048576);
    return `This export is ${mb(file.size)} MB; without its background worker the dashboard reads exports up to ${mb(MAX_PACKAGE_IN_MEMORY_BYTES)} MB. Export the course without its media files and try again.`;
  }
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * Reads the file, audits every item, and reports through `emit`. Never throws: a package-level
 * problem (not a zip, truncated, zip bomb…) is one `failed` event with the reader's message.
 */
export async function runPackageAudit(request: PackageRunRequest, emit: (event: PackageRunEvent) => void, signal?: AbortSignal): Promise<void> {
  try {
    const input = await packageInput(request.file);
    if (typeof input === 'string') {
      emit({ type: 'failed', error: input });
      return;
    }
    let batch: AuditRecord[] = [];
    let lastProgress = 0;
    let lastScan = 0;
    let labels: Labels = {};
    const flush = () => {
      if (batch.length) emit({ type: 'records', records: batch });
      batch = [];
    };
    const result = await auditPackage(input, {
      fileName: request.fileName,
      collect: false,
      signal,
      onScan(done, total) {
        const t = Date.now();
        if (t - lastScan >= PROGRESS_EVERY_MS) {
          lastScan = t;
          emit({ type: 'scan', done, total });
        }
      },
      onOpen({ name, format, total }) {
        labels = packageLabels(request.labels, name);
        emit({ type: 'open', name, format, total });
      },
      onProgress(done, total) {
        const t = Date.now();
        if (done === total || t - lastProgress >= PROGRESS_EVERY_MS) {
          lastProgress = t;
          emit({ type: 'progress', done, total });
        }
      },
      async onResult(entry) {
        if (!entry.record) return;
        const id = await packageRecordId(entry.key, entry.item.title, entry.item.description);
        batch.push({ ...entry.record, id, labels });
        if (batch.length >= RECORD_BATCH) flush();
      },
    });
    if (!result.ok) {
      emit({ type: 'failed', error: result.error });
      return;
    }
    flush();
    emit({ type: 'done', name: result.name, errors: result.errors, summary: result.summary, cancelled: result.cancelled });
  } catch (e) {
    emit({ type: 'failed', error: `The course export could not be read (${e instanceof Error ? e.message : String(e)}).` });
  }
}
