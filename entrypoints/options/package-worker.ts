/**
 * The dashboard's course-export auditor, off the page's main thread. Started by
 * package-client.ts with `new Worker(new URL('./package-worker.ts', import.meta.url), { type:
 * 'module' })`, which Vite bundles as its own chunk. One run per worker: the page terminates the
 * worker to cancel, which stops an audit mid-item at once.
 */
import { runPackageAudit, type PackageRunEvent, type PackageRunRequest } from './package-run.ts';

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<PackageRunRequest>) => void) | null;
  postMessage(message: PackageRunEvent | { type: 'ready' }): void;
};

scope.onmessage = (e) => {
  if (e.data?.type !== 'start') return;
  scope.onmessage = null;
  void runPackageAudit(e.data, (event) => scope.postMessage(event));
};

// Tells the page the module loaded: a worker whose script cannot run (blocked, failed to build)
// never says this, and the page then falls back to auditing on its own thread.
scope.postMessage({ type: 'ready' });
