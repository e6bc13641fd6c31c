/**
 * A worker thread of `audit-package`: audits the batches of items it is sent and posts the results
 * back packed (audit-package-codec.ts). It loads lib/audit.ts alone, not the command with its CSV
 * and package code, so it is ready in a fraction of the time.
 */
import { parentPort } from 'node:worker_threads';
import { auditStatuses, type AuditInput, type AuditResult } from '../audit.ts';
import { encodeBatch } from './audit-package-codec.ts';

/** What the command sends: item ids and their inputs, in the same order. */
export interface WorkerRequest {
  ids: number[];
  inputs: AuditInput[];
}

parentPort?.on('message', ({ ids, inputs }: WorkerRequest) => {
  const items = ids.map((id, k): { id: number; result?: AuditResult; error?: string } => {
    try {
      // Statuses and evidence only: the package output never shows suggestions.
      return { id, result: auditStatuses(inputs[k]!) };
    } catch (e) {
      return { id, error: e instanceof Error ? e.message : String(e) };
    }
  });
  const batch = encodeBatch(items);
  parentPort!.postMessage(batch, [batch.numbers.buffer]);
});
