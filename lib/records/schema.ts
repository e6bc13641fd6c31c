/**
 * The audit record: what Vantage keeps of one audit, validated with zod wherever it crosses a
 * boundary (storage reads, bundle and CSV imports). Every string and list has a cap, so a hostile
 * bundle cannot blow up storage or the dashboard; every change of shape bumps
 * `CURRENT_SCHEMA_VERSION` and ships a migration in `migrations.ts`.
 */
import { z } from 'zod';
import { FINGERPRINT_PATTERN } from './fingerprint.ts';

/** The record shape written by this version of Vantage. */
export const CURRENT_SCHEMA_VERSION = 2;

/** Caps on every field: sized for real assignments, small enough that 50,000 records fit. */
export const LIMITS = {
  id: 36,
  key: 600,
  url: 2048,
  ids: 200,
  title: 500,
  excerpt: 500,
  language: 35,
  packageName: 300,
  analysisVersion: 50,
  evidenceText: 500,
  evidencePerQuestion: 20,
  note: 5000,
  name: 100,
  label: 100,
  labelListEntries: 500,
} as const;

export const PLATFORMS = ['canvas', 'moodle', 'classroom', 'schoology', 'blackboard', 'brightspace'] as const;
export const SOURCES = ['page', 'package', 'import', 'text'] as const;
export const STATUSES = ['evident', 'partial', 'missing'] as const;
export const VERDICTS = ['yes', 'partly', 'no'] as const;
export const ROLES = ['teacher', 'student', 'coach'] as const;
/** The labels a coach sets up once as pick-lists, so "MAT" and "Mathematics" never split a chart. */
export const LABEL_KEYS = ['school', 'teacher', 'course', 'subject', 'grade'] as const;
export const QUESTION_IDS = [1, 2, 3, 4, 5, 6] as const;

export type RecordPlatform = (typeof PLATFORMS)[number];
export type RecordSource = (typeof SOURCES)[number];
export type RecordStatus = (typeof STATUSES)[number];
export type RecordVerdict = (typeof VERDICTS)[number] | null;
export type AuditorRole = (typeof ROLES)[number];
export type LabelKey = (typeof LABEL_KEYS)[number];

/** ISO 8601 timestamps as `Date#toISOString` writes them; offsets are accepted from hand-made files. */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** Only web addresses: a record's URL becomes a link in the dashboard, so `javascript:` never passes. */
export const WebUrl = z
  .string()
  .max(LIMITS.url)
  .refine((s) => /^https?:\/\//i.test(s) && URL.canParse(s), 'expected an http(s) address');

const text = (max: number) => z.string().max(max);
const label = z.string().trim().min(1).max(LIMITS.label);

export const EvidenceSchema = z
  .object({
    text: text(LIMITS.evidenceText),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .refine((e) => e.end >= e.start, { message: 'end is before start', path: ['end'] });

export const QuestionRecordSchema = z.object({
  id: z.literal(QUESTION_IDS),
  status: z.enum(STATUSES),
  evidence: z.array(EvidenceSchema).max(LIMITS.evidencePerQuestion),
  verdict: z.enum(VERDICTS).nullable(),
  note: text(LIMITS.note),
});

export const AssignmentRefSchema = z.object({
  /** Stable identity of the assignment across audits (see `assignmentKey` in create.ts). */
  key: z.string().min(1).max(LIMITS.key),
  platform: z.enum(PLATFORMS).nullable(),
  url: WebUrl.nullable(),
  courseId: text(LIMITS.ids).optional(),
  assignmentId: text(LIMITS.ids).optional(),
  title: text(LIMITS.title),
  excerpt: text(LIMITS.excerpt),
  language: text(LIMITS.language),
  packageName: text(LIMITS.packageName).optional(),
  /**
   * The instructions' words as audited (`textFingerprint`), so a later look can tell a revised
   * text. Optional and additive: audits saved before it lack it, and an older Vantage that reads a
   * newer bundle drops it without refusing the record, so it needs no new schema version.
   */
  fingerprint: z.string().regex(FINGERPRINT_PATTERN, 'expected 16 hex digits').optional(),
});

export const AuditorSchema = z.object({
  role: z.enum(ROLES).nullable(),
  name: text(LIMITS.name).optional(),
});

export const LabelsSchema = z.object({
  school: label.optional(),
  teacher: label.optional(),
  course: label.optional(),
  subject: label.optional(),
  grade: label.optional(),
});

/** Exactly six questions, in order 1..6, and a score that is the count of evident ones. */
function checkQuestions(
  r: { score: number; questions: readonly { id: number; status: string }[] },
  ctx: z.core.$RefinementCtx,
): void {
  if (r.questions.length !== 6) {
    ctx.addIssue({ code: 'custom', message: `expected exactly 6 questions, got ${r.questions.length}`, path: ['questions'] });
    return;
  }
  r.questions.forEach((q, i) => {
    if (q.id !== i + 1) ctx.addIssue({ code: 'custom', message: `expected question ${i + 1} here, got ${q.id}`, path: ['questions', i, 'id'] });
  });
  const evident = r.questions.filter((q) => q.status === 'evident').length;
  if (r.score !== evident) {
    ctx.addIssue({ code: 'custom', message: `expected ${evident} (the number of evident questions), got ${r.score}`, path: ['score'] });
  }
}

/** The current record (schema version 2). */
export const AuditRecordSchema = z
  .object({
    id: z.uuid().toLowerCase(),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    source: z.enum(SOURCES),
    assignment: AssignmentRefSchema,
    analysisVersion: text(LIMITS.analysisVersion),
    score: z.number().int().min(0).max(6),
    questions: z.array(QuestionRecordSchema),
    auditor: AuditorSchema,
    labels: LabelsSchema,
  })
  .superRefine(checkQuestions);

export type AuditRecord = z.infer<typeof AuditRecordSchema>;
export type QuestionRecord = z.infer<typeof QuestionRecordSchema>;
export type AssignmentRef = z.infer<typeof AssignmentRefSchema>;
export type Labels = z.infer<typeof LabelsSchema>;
export type EvidenceRecord = z.infer<typeof EvidenceSchema>;

const labelList = z
  .array(label)
  .max(LIMITS.labelListEntries)
  .transform((values) => [...new Set(values)]);

/** The pick-lists (set up once in Settings); missing lists read as empty. */
export const LabelListsSchema = z.object({
  school: labelList.default([]),
  teacher: labelList.default([]),
  course: labelList.default([]),
  subject: labelList.default([]),
  grade: labelList.default([]),
});
export type LabelLists = z.infer<typeof LabelListsSchema>;

/** Empty pick-lists. */
export function emptyLabelLists(): LabelLists {
  return { school: [], teacher: [], course: [], subject: [], grade: [] };
}

/**
 * Label values that records use but the pick-lists lack (after an import, the dashboard offers
 * to add them so filters see them).
 */
export function labelsMissingFromLists(records: readonly AuditRecord[], lists: LabelLists): LabelLists {
  const out = emptyLabelLists();
  for (const key of LABEL_KEYS) {
    const known = new Set(lists[key]);
    const seen = new Set<string>();
    for (const r of records) {
      const v = r.labels[key];
      if (v !== undefined && !known.has(v) && !seen.has(v)) {
        seen.add(v);
        out[key].push(v);
      }
    }
    out[key].sort((a, b) => a.localeCompare(b));
  }
  return out;
}

/**
 * One zod issue as a person reads it: `questions[2].status: expected evident/partial/missing`.
 * `prefix` names the place in the file ("record 17").
 */
export function describeIssue(issue: z.core.$ZodIssue, prefix?: string): string {
  const where = formatPath(issue.path);
  const what = describeProblem(issue);
  return [prefix, where, what].filter(Boolean).join(': ');
}

/** The first few issues of a failed parse, joined; the count of the rest is appended. */
export function describeError(error: z.ZodError, prefix?: string, max = 3): string {
  const shown = error.issues.slice(0, max).map((i) => describeIssue(i));
  const rest = error.issues.length - shown.length;
  const body = shown.join('; ') + (rest > 0 ? ` (and ${rest} more problem${rest === 1 ? '' : 's'})` : '');
  return prefix ? `${prefix}: ${body}` : body;
}

/** `['questions', 2, 'status']` → `questions[2].status` (indices as stored, from 0). */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += (out ? '.' : '') + String(p);
  }
  return out;
}

function describeProblem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}`
        : `expected ${issue.values.map((v) => String(v)).join('/')}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `longer than ${issue.maximum} characters`
        : issue.origin === 'array'
          ? `more than ${issue.maximum} items`
          : `more than ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) === 1
          ? 'empty'
          : `shorter than ${issue.minimum} characters`
        : issue.origin === 'array'
          ? `fewer than ${issue.minimum} items`
          : `less than ${issue.minimum}`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'expected an ISO date and time (2025-03-04T10:00:00Z)'
        : issue.format === 'uuid'
          ? 'expected a UUID'
          : issue.format === 'regex'
            ? issue.message // the schema's own wording ("expected 16 hex digits")
            : `expected a ${issue.format}`;
    case 'invalid_union':
      return 'not one of the accepted forms';
    default:
      return issue.message;
  }
}
