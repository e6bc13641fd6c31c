/**
 * Merging records from many bundles into a store: idempotent (the same record twice is one),
 * newest `updatedAt` wins, and a real conflict (same id, same update time, different content) is
 * listed with the stored record kept. Linear in the number of records.
 */
import { canonicalJson } from './canonical.ts';
import { csvProjection } from './csv.ts';
import type { AuditRecord } from './schema.ts';

export interface MergeConflict {
  id: string;
  title: string;
  reason: string;
}

export interface MergeResult {
  /** The merged store: existing records in their order (newer versions in place), then new ones. */
  records: AuditRecord[];
  /** Records that must be written to storage (new or newer), in merge order. */
  changed: AuditRecord[];
  added: number;
  updated: number;
  /** Already present exactly (or, for CSV re-imports, equal in every column the CSV carries). */
  unchanged: number;
  /** Incoming versions older than the stored one: the stored one is kept. */
  older: number;
  conflicts: MergeConflict[];
}

/** Merges `incoming` into `existing` (neither is modified). */
export function mergeRecords(existing: readonly AuditRecord[], incoming: readonly AuditRecord[]): MergeResult {
  const records = [...existing];
  const position = new Map<string, number>();
  records.forEach((r, i) => position.set(r.id, i));
  const canon = new Map<string, string>();
  const changedIds = new Set<string>();
  const addedIds = new Set<string>();
  const result: MergeResult = { records, changed: [], added: 0, updated: 0, unchanged: 0, older: 0, conflicts: [] };
  // Canonical text of the record now held under each id, computed only when an id is met twice.
  const canonical = (r: AuditRecord) => {
    let c = canon.get(r.id);
    if (c === undefined) canon.set(r.id, (c = canonicalJson(r)));
    return c;
  };

  for (const next of incoming) {
    const at = position.get(next.id);
    if (at === undefined) {
      position.set(next.id, records.length);
      records.push(next);
      addedIds.add(next.id);
      changedIds.add(next.id);
      continue;
    }
    const stored = records[at]!;
    const t0 = Date.parse(stored.updatedAt);
    const t1 = Date.parse(next.updatedAt);
    // A different update time means different content: only equal times need a full comparison.
    if (t1 === t0 && sameContent(stored, next, canonical)) {
      result.unchanged++;
      continue;
    }
    if (t1 > t0) {
      records[at] = next;
      canon.delete(next.id);
      changedIds.add(next.id);
    } else if (t1 < t0) {
      result.older++;
    } else if (next.source === 'import' && sameProjection(stored, next)) {
      // A CSV carries no evidence: our own CSV coming back is the record we already have.
      result.unchanged++;
    } else {
      result.conflicts.push({
        id: next.id,
        title: stored.assignment.title,
        reason: `same update time (${next.updatedAt}) but different content: ${firstDifference(stored, next) ?? 'record'}; the stored version was kept`,
      });
    }
  }
  for (const id of changedIds) {
    const r = records[position.get(id)!]!;
    result.changed.push(r);
    if (addedIds.has(id)) result.added++;
    else result.updated++;
  }
  return result;
}

/** "12 new, 3 updated, 1 conflict" (zero parts left out, except when nothing happened). */
export function mergeSummary(r: Pick<MergeResult, 'added' | 'updated' | 'unchanged' | 'older' | 'conflicts'>): string {
  const parts: string[] = [];
  if (r.added) parts.push(`${r.added} new`);
  if (r.updated) parts.push(`${r.updated} updated`);
  if (r.conflicts.length) parts.push(`${r.conflicts.length} conflict${r.conflicts.length === 1 ? '' : 's'}`);
  if (r.unchanged) parts.push(`${r.unchanged} already here`);
  if (r.older) parts.push(`${r.older} older than the stored version`);
  return parts.length ? parts.join(', ') : 'nothing to import';
}

/** Equal records: the same JSON text (zod writes one key order), else the same canonical text. */
function sameContent(a: AuditRecord, b: AuditRecord, canonical: (r: AuditRecord) => string): boolean {
  if (JSON.stringify(a) === JSON.stringify(b)) return true;
  return canonical(a) === canonicalJson(b);
}

function sameProjection(a: AuditRecord, b: AuditRecord): boolean {
  const pa = csvProjection(a);
  const pb = csvProjection(b);
  return pa.every((cell, i) => cell === pb[i]);
}

/** The first path at which two values differ (`questions[3].verdict`), or null when equal. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return path || 'record';
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(ao), ...Object.keys(bo)])].sort();
  for (const k of keys) {
    const d = firstDifference(ao[k], bo[k], path ? `${path}.${k}` : k);
    if (d) return d;
  }
  return null;
}
