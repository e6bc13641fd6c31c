/**
 * Every past record shape, and the step that lifts each to the next. `migrateRecord` walks a
 * stored or imported value up to the current version and validates it; nothing is dropped on the
 * way (tests keep a sample of every past version in tests/fixtures/records/ and check each field
 * survives).
 *
 * Version 1 (the first prototype's store): assignment fields flat on the record, the auditor's
 * role as `role`, no `source`, no `labels`, no assignment key.
 * Version 2: `assignment { key, … }`, `source`, `auditor { role, name? }`, `labels`.
 */
import { z } from 'zod';
import { assignmentKey } from './create.ts';
import {
  AuditRecordSchema,
  CURRENT_SCHEMA_VERSION,
  EvidenceSchema,
  IsoDateTime,
  LIMITS,
  PLATFORMS,
  ROLES,
  STATUSES,
  VERDICTS,
  WebUrl,
  describeError,
  type AuditRecord,
} from './schema.ts';

/** The version 1 record, as the prototype wrote it. */
export const AuditRecordV1Schema = z.object({
  schemaVersion: z.literal(1),
  id: z.uuid().toLowerCase(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime.optional(),
  platform: z.enum(PLATFORMS).nullable(),
  url: WebUrl.nullable(),
  courseId: z.string().max(LIMITS.ids).optional(),
  assignmentId: z.string().max(LIMITS.ids).optional(),
  title: z.string().max(LIMITS.title),
  excerpt: z.string().max(LIMITS.excerpt).default(''),
  language: z.string().max(LIMITS.language).default('und'),
  analysisVersion: z.string().max(LIMITS.analysisVersion),
  score: z.number().int().min(0).max(6),
  questions: z
    .array(
      z.object({
        id: z.literal([1, 2, 3, 4, 5, 6]),
        status: z.enum(STATUSES),
        evidence: z.array(EvidenceSchema).max(LIMITS.evidencePerQuestion),
        verdict: z.enum(VERDICTS).nullable(),
        note: z.string().max(LIMITS.note).default(''),
      }),
    )
    .length(6),
  role: z.enum(ROLES).nullable().default(null),
});
export type AuditRecordV1 = z.infer<typeof AuditRecordV1Schema>;

interface Step {
  /** The shape of records at this version, checked before the step runs. */
  schema: z.ZodType;
  /** Lifts a valid record of this version to the next. */
  up(record: never): unknown;
}

/** Steps by the version they start from. Add one per schema change; never edit a shipped one. */
const STEPS: Record<number, Step> = {
  1: {
    schema: AuditRecordV1Schema,
    up: (r: AuditRecordV1) => ({
      id: r.id,
      schemaVersion: 2,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt ?? r.createdAt,
      // The prototype audited only open pages or pasted text.
      source: r.url ? 'page' : 'text',
      assignment: {
        key: assignmentKey({ platform: r.platform, url: r.url, title: r.title, description: r.excerpt }),
        platform: r.platform,
        url: r.url,
        ...(r.courseId !== undefined ? { courseId: r.courseId } : {}),
        ...(r.assignmentId !== undefined ? { assignmentId: r.assignmentId } : {}),
        title: r.title,
        excerpt: r.excerpt,
        language: r.language,
      },
      analysisVersion: r.analysisVersion,
      score: r.score,
      questions: r.questions,
      auditor: { role: r.role },
      labels: {},
    }),
  },
};

/** Versions a record can come in with, oldest first (for tests and messages). */
export const KNOWN_VERSIONS = [...Object.keys(STEPS).map(Number), CURRENT_SCHEMA_VERSION];

export type MigrateResult = { ok: true; record: AuditRecord; from: number } | { ok: false; error: string };

/**
 * Brings any stored or imported record up to the current schema, validating at every version.
 * Never throws; `error` says what is wrong and where (`questions[2].status: expected …`).
 */
export function migrateRecord(raw: unknown): MigrateResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, error: `expected a record (an object), got ${describeKind(raw)}` };
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, error: 'schemaVersion: missing or not a whole number' };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      error: `schemaVersion ${version} comes from a newer Vantage (this one reads up to ${CURRENT_SCHEMA_VERSION}); update Vantage to read it`,
    };
  }
  if (version < 1 || (version < CURRENT_SCHEMA_VERSION && !STEPS[version])) {
    return { ok: false, error: `schemaVersion ${version} is not a version Vantage ever wrote` };
  }
  let value: unknown = raw;
  try {
    for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
      const step = STEPS[v]!;
      const parsed = step.schema.safeParse(value);
      if (!parsed.success) return { ok: false, error: describeError(parsed.error, `as version ${v}`) };
      value = step.up(parsed.data as never);
    }
    const parsed = AuditRecordSchema.safeParse(value);
    if (!parsed.success) {
      return { ok: false, error: describeError(parsed.error, version === CURRENT_SCHEMA_VERSION ? undefined : `after upgrade from version ${version}`) };
    }
    return { ok: true, record: parsed.data, from: version };
  } catch (e) {
    // A migration must never throw, but a bug in one must not take the store down with it.
    return { ok: false, error: `upgrade from version ${version} failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function describeKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'string' ? 'text' : `a ${typeof v}`;
}
