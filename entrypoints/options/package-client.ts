/**
 * Starts a course-export audit in a Web Worker and, when no worker can start (blocked by a
 * policy, a build without the worker chunk, a browser without module workers), on the page
 * itself: the same events either way (package-run.ts), so the caller never knows the difference
 * except through `mode`.
 */
import type { PackageRunEvent, PackageRunRequest } from './package-run.ts';

export interface PackageRun {
  /** Where the audit runs; 'page' is the fallback. */
  readonly mode: Promise<'worker' | 'page'>;
  /** Settles after the last event (done or failed), or once cancelled. */
  readonly finished: Promise<void>;
  /** Stops at once; no event is delivered after it. */
  cancel(): void;
}

/** How long a worker may take to load its module before the page audits by itself. */
const READY_TIMEOUT_MS = 8000;

/** Starts the audit; `onEvent` receives every event until done, failed or cancelled. */
export function startPackageAudit(
  request: PackageRunRequest,
  onEvent: (event: PackageRunEvent) => void,
  options: { worker?: boolean } = {},
): PackageRun {
  let cancelled = false;
  let worker: Worker | null = null;
  const controller = new AbortController();
  let resolveMode!: (m: 'worker' | 'page') => void;
  const mode = new Promise<'worker' | 'page'>((r) => (resolveMode = r));
  let resolveFinished!: () => void;
  const finished = new Promise<void>((r) => (resolveFinished = r));

  const deliver = (event: PackageRunEvent) => {
    if (cancelled) return;
    onEvent(event);
    if (event.type === 'done' || event.type === 'failed') {
      worker?.terminate();
      resolveFinished();
    }
  };

  const onPage = () => {
    worker = null;
    if (cancelled) return;
    resolveMode('page');
    // Loaded only here: the analysis stays out of the dashboard's own bundle when the worker runs it.
    void import('./package-run.ts')
      .then(({ runPackageAudit }) => runPackageAudit(request, deliver, controller.signal))
      .catch((e: unknown) => deliver({ type: 'failed', error: `The course export could not be audited (${e instanceof Error ? e.message : String(e)}).` }))
      .finally(resolveFinished);
  };

  const w = options.worker === false ? null : tryWorker();
  if (!w) onPage();
  else {
    worker = w;
    let ready = false;
    const timer = setTimeout(() => {
      if (ready) return;
      w.terminate();
      onPage();
    }, READY_TIMEOUT_MS);
    w.onmessage = (e: MessageEvent<PackageRunEvent | { type: 'ready' }>) => {
      const data = e.data;
      if (data.type === 'ready') {
        if (ready) return;
        ready = true;
        clearTimeout(timer);
        resolveMode('worker');
        w.postMessage(request);
        return;
      }
      deliver(data);
    };
    w.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      if (!ready) {
        // The module never ran: audit on the page instead.
        clearTimeout(timer);
        w.terminate();
        onPage();
        return;
      }
      deliver({ type: 'failed', error: `The audit stopped unexpectedly (${e.message || 'the worker failed'}). Nothing was saved.` });
    };
  }

  return {
    mode,
    finished,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      controller.abort();
      worker?.terminate();
      resolveFinished();
    },
  };
}

function tryWorker(): Worker | null {
  if (typeof Worker !== 'function') return null;
  try {
    return new Worker(new URL('./package-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}
