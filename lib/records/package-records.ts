/**
 * Records from a course export (IMS Common Cartridge) dropped on the dashboard. Importing the same
 * package twice must give the same records, not duplicates, and must not undo what the coach did
 * with them since (verdicts, notes, labels). So a package record's id is derived from the item's
 * identity and its text: the same item with the same text is the same record, while a later
 * export in which the teacher reworked the assignment gives a new record under the same
 * assignment key, which is what makes the re-audit show up as a small win.
 */
import { canonicalJson } from './canonical.ts';
import { clip } from './create.ts';
import { LABEL_KEYS, LIMITS, type AuditRecord, type Labels } from './schema.ts';
import { sha256Hex } from './sha256.ts';

/**
 * The record id of one package item: a UUID (version 8, RFC 9562 "custom") made from the SHA-256
 * of the item's assignment key (`pkg:<package>/<item>`), title and instructions. The analysis
 * version is left out on purpose: a newer analysis of the same text updates the record in place.
 */
export async function packageRecordId(key: string, title: string, description: string): Promise<string> {
  const hex = await sha256Hex(`vantage:package-record:1\n${key}\n${title}\n${description}`);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Labels chosen for a whole package (teacher, school…): trimmed, clipped to the schema's cap and
 * empty ones dropped. The course label falls back to the package's own name (its course title),
 * so a package's audits can be found and compared as one course.
 */
export function packageLabels(chosen: Partial<Record<keyof Labels, string>>, packageName: string): Labels {
  const out: Labels = {};
  for (const key of LABEL_KEYS) {
    const v = chosen[key]?.replace(/\s+/g, ' ').trim();
    if (v) out[key] = clip(v, LIMITS.label);
  }
  const course = packageName.replace(/\s+/g, ' ').trim();
  if (!out.course && course) out.course = clip(course, LIMITS.label);
  return out;
}

/** What `reconcilePackageRecords` did to each incoming record. */
export interface Reconciled {
  /** Ready for `importRecords`: new records, stored ones kept as they are, or updates of stored ones. */
  records: AuditRecord[];
  /** Not stored yet. */
  added: number;
  /** Stored with the same automatic result and labels: handed back unchanged (the merge counts them "already here"). */
  same: number;
  /** Stored, but the analysis or the labels now differ: updated, keeping the coach's verdicts and notes. */
  updated: number;
}

/**
 * Lines freshly audited package records up with those already stored under the same ids.
 * A stored record whose automatic part (assignment, analysis version, statuses, evidence) and
 * labels are unchanged is returned as stored, so the merge sees nothing to write. Otherwise the
 * new audit replaces it with the stored creation time, the person's verdicts and notes, the stored
 * labels under the newly chosen ones, and an update time later than the stored one (merge keeps
 * the newer). Pure; `existing` looks a record up by id.
 */
export function reconcilePackageRecords(
  incoming: readonly AuditRecord[],
  existing: (id: string) => AuditRecord | undefined,
  now: Date = new Date(),
): Reconciled {
  const out: Reconciled = { records: [], added: 0, same: 0, updated: 0 };
  for (const next of incoming) {
    const stored = existing(next.id);
    if (!stored) {
      out.records.push(next);
      out.added++;
      continue;
    }
    const labels: Labels = { ...stored.labels, ...next.labels };
    if (stored.source === 'package' && automaticPart(stored) === automaticPart(next) && canonicalJson(stored.labels) === canonicalJson(labels)) {
      out.records.push(stored);
      out.same++;
      continue;
    }
    const prev = Date.parse(stored.updatedAt);
    const at = Math.max(now.getTime(), Number.isFinite(prev) ? prev + 1 : 0);
    out.records.push({
      ...next,
      createdAt: stored.createdAt,
      updatedAt: new Date(at).toISOString(),
      labels,
      auditor: stored.auditor,
      questions: next.questions.map((q, i) => ({ ...q, verdict: stored.questions[i]?.verdict ?? null, note: stored.questions[i]?.note ?? '' })),
    });
    out.updated++;
  }
  return out;
}

function automaticPart(r: AuditRecord): string {
  return canonicalJson({
    assignment: r.assignment,
    analysisVersion: r.analysisVersion,
    questions: r.questions.map((q) => ({ id: q.id, status: q.status, evidence: q.evidence })),
  });
}
