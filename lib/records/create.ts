/**
 * Turns an audit (lib/audit.ts) plus the person's verdicts and notes into a record, and gives each
 * assignment a stable key so re-audits of the same assignment line up (history, small wins).
 */
import type { AuditResult } from '../audit.ts';
import {
  AuditRecordSchema,
  CURRENT_SCHEMA_VERSION,
  LABEL_KEYS,
  LIMITS,
  PLATFORMS,
  type AuditRecord,
  type AuditorRole,
  type Labels,
  type RecordPlatform,
  type RecordSource,
  type RecordVerdict,
} from './schema.ts';
import { textFingerprint } from './fingerprint.ts';
import { sha256HexSync } from './sha256.ts';
import { randomUuid } from './uuid.ts';

/** What identifies an assignment; the first of package item, web address or text that is present wins. */
export interface AssignmentKeyInput {
  platform?: string | null;
  url?: string | null;
  title?: string;
  description?: string;
  /** Course package identity (manifest identifier or file name) and the item's resource id. */
  packageId?: string;
  itemId?: string;
  /**
   * The assignment's id as the page names it, where the address does not: a Blackboard review
   * page found its content id in the page (see `blackboardReviewUrl`).
   */
  assignmentId?: string;
}

/**
 * The stable identity of an assignment across audits. Opaque, but readable:
 * - `pkg:<package id>/<item id>` for an item of a course export;
 * - `url:<normalised address>` for a page (see `normaliseAssignmentUrl`): the view and edit pages
 *   of one Canvas assignment, or `/u/0/` and `/u/1/` in Classroom, give one key;
 * - `text:<sha-256 of title and text>` for pasted text.
 * Callers must pass the same fields when saving and when looking up (the panel passes the page
 * URL both times).
 */
export function assignmentKey(input: AssignmentKeyInput): string {
  if (input.packageId && input.itemId) return clip(`pkg:${input.packageId.trim()}/${input.itemId.trim()}`, LIMITS.key);
  const platform = platformOf(input.platform);
  const address = input.url && platform === 'blackboard' ? blackboardReviewUrl(input.url, input.assignmentId) : input.url;
  const url = address ? normaliseAssignmentUrl(address, platform) : null;
  if (url) return clip(`url:${url}`, LIMITS.key);
  const text = `${squash(input.title ?? '')}\n${squash(input.description ?? '')}`;
  return `text:${sha256HexSync(text).slice(0, 32)}`;
}

// Parameters that say where the person came from, not which assignment it is.
const DROP_PARAMS = new Set([
  'module_item_id', // Canvas: set when the assignment is opened from a module
  'sesskey', // Moodle session token
  'return_to',
  'returnurl',
  'return_url',
  'fbclid',
  'gclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'authuser', // Google account index, as a parameter
]);
const TRAILING_VIEWS = new Set(['edit', 'details', 'instructions', 'info', 'overview']);

/**
 * A page address reduced to what identifies the assignment, or null when it is not http(s).
 * Host lower-cased, fragment dropped (unless it is a `#/` route), tracking and session
 * parameters dropped, the rest sorted; on a known LMS, `/edit`-style view suffixes are dropped
 * and Moodle's edit form (`course/modedit.php?update=N`) meets its view page (`mod/x/view.php?id=N`).
 */
export function normaliseAssignmentUrl(raw: string, platform: RecordPlatform | null = null): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  let path = u.pathname.replace(/\/{2,}/g, '/');
  const params = [...u.searchParams].filter(([k]) => !DROP_PARAMS.has(k.toLowerCase()) && !/^utm_/i.test(k));

  if (platform === 'moodle') {
    const cm = moodleModuleId(path, params);
    if (cm) return `${u.protocol}//${u.host}${path.replace(/\/(mod\/[^/]+\/view|course\/modedit)\.php$/, '')}/mod/view.php?id=${cm}`;
  }
  if (platform === 'classroom') path = path.replace(/^\/u\/\d+(?=\/)/, '');
  if (platform === 'brightspace' && /\/d2l\/lms\/dropbox\//i.test(path)) {
    const db = params.find(([k]) => k === 'db')?.[1];
    const ou = params.find(([k]) => k === 'ou')?.[1];
    if (db) return `${u.protocol}//${u.host}/d2l/lms/dropbox?db=${encodeURIComponent(db)}${ou ? `&ou=${encodeURIComponent(ou)}` : ''}`;
  }
  if (platform === 'blackboard') {
    const one = blackboardAssignment(u, path, params);
    if (one) return one;
  }
  if (path.length > 1) path = path.replace(/\/+$/, '');
  if (platform) {
    const last = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    if (TRAILING_VIEWS.has(last) && path.lastIndexOf('/') > 0) path = path.slice(0, path.lastIndexOf('/'));
  }
  params.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const hash = /^#!?\//.test(u.hash) ? u.hash : '';
  return `${u.protocol}//${u.host}${path}${query}${hash}`;
}

/**
 * Blackboard Original's upload page and its edit form (`execute/manageAssignment`) of one content
 * id meet at the upload page's address as Learn links it from the course
 * (`uploadAssignment?content_id=…&course_id=…&group_id=&mode=view`), so audits saved on that page
 * before the two met keep their key.
 */
function blackboardAssignment(u: URL, path: string, params: [string, string][]): string | null {
  const m = /^(.*)\/webapps\/assignment\/(?:uploadAssignment|execute\/manageAssignment)$/.exec(path);
  const get = (name: string) => params.find(([k]) => k === name)?.[1] ?? '';
  const content = get('content_id');
  if (!m || !/^_\d+_\d+$/.test(content)) return null;
  const course = get('course_id');
  const query = new URLSearchParams([['content_id', content], ...(course ? [['course_id', course]] : []), ['group_id', ''], ['mode', 'view']]);
  return `${u.protocol}//${u.host}${m[1]}/webapps/assignment/uploadAssignment?${query.toString()}`;
}

/**
 * Blackboard's "Review Submission History" view opened from My Grades
 * (`uploadAssignment?action=showHistory&course_id=…&outcome_definition_id=…`) names no content id;
 * when the page gave one, the view is keyed as the upload page of that content id, so an audit
 * saved there meets the teacher's. A review page keyed by its grade column (the adapter's last
 * resort: the id equals `outcome_definition_id`) keeps its own address.
 */
function blackboardReviewUrl(raw: string, assignmentId: string | undefined): string {
  if (!assignmentId || !/^_\d+_\d+$/.test(assignmentId)) return raw;
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return raw;
  }
  const q = u.searchParams;
  if (!/\/webapps\/assignment\/uploadAssignment$/.test(u.pathname) || q.get('content_id') || q.get('action') !== 'showHistory') return raw;
  if (assignmentId === q.get('outcome_definition_id')) return raw;
  const course = q.get('course_id');
  return `${u.origin}${u.pathname}?content_id=${assignmentId}${course ? `&course_id=${encodeURIComponent(course)}` : ''}`;
}

function moodleModuleId(path: string, params: [string, string][]): string | null {
  const get = (name: string) => params.find(([k]) => k === name)?.[1] ?? null;
  if (/\/mod\/[^/]+\/view\.php$/.test(path)) return digits(get('id'));
  if (/\/course\/modedit\.php$/.test(path)) return digits(get('update'));
  return null;
}

function digits(s: string | null): string | null {
  return s && /^\d{1,12}$/.test(s) ? s : null;
}

/** What the person adds to an automatic audit before it becomes a record. */
export interface RecordInput {
  /** By question id (1..6); absent means no verdict. */
  verdicts?: Partial<Record<number, RecordVerdict>>;
  notes?: Partial<Record<number, string>>;
  labels?: Labels;
  role?: AuditorRole | null;
  auditorName?: string;
  source: RecordSource;
  /**
   * The page's own instructions, when the audit's text also holds the handouts read with them:
   * the key and fingerprint are of these, so the page is recognised as the same when opened again.
   */
  ownText?: string;
  courseId?: string;
  assignmentId?: string;
  /** For course exports: the package's name (shown), its identity and the item's id (the key). */
  packageName?: string;
  packageId?: string;
  itemId?: string;
  now?: Date;
  id?: string;
}

/**
 * A new record from an audit. Every text is clipped to the schema's caps (an overlong note is cut,
 * never refused) and the score is the count of evident questions, so the result always validates.
 */
export function recordFromAudit(audit: AuditResult, input: RecordInput): AuditRecord {
  const now = (input.now ?? new Date()).toISOString();
  const url = audit.url && normaliseAssignmentUrl(audit.url) ? clip(audit.url, LIMITS.url) : null;
  const platform = platformOf(audit.platform);
  const questions = [1, 2, 3, 4, 5, 6].map((id) => {
    const q = audit.questions.find((x) => x.id === id);
    return {
      id: id as 1 | 2 | 3 | 4 | 5 | 6,
      status: q?.status ?? 'missing',
      evidence: (q?.evidence ?? [])
        .slice(0, LIMITS.evidencePerQuestion)
        .map((e) => ({ text: clip(e.text, LIMITS.evidenceText), start: Math.max(0, e.start | 0), end: Math.max(0, e.start | 0, e.end | 0) })),
      verdict: input.verdicts?.[id] ?? null,
      note: clip(input.notes?.[id] ?? '', LIMITS.note),
    };
  });
  const labels: Labels = {};
  for (const key of LABEL_KEYS) {
    const v = input.labels?.[key]?.trim();
    if (v) labels[key] = clip(v, LIMITS.label);
  }
  const record = {
    id: input.id ?? randomUuid(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: now,
    updatedAt: now,
    source: input.source,
    assignment: {
      key: assignmentKey({
        platform,
        url,
        title: audit.title,
        description: input.ownText ?? audit.description,
        packageId: input.packageId,
        itemId: input.itemId,
        ...(input.assignmentId ? { assignmentId: input.assignmentId } : {}),
      }),
      platform,
      url,
      ...(input.courseId ? { courseId: clip(input.courseId, LIMITS.ids) } : {}),
      ...(input.assignmentId ? { assignmentId: clip(input.assignmentId, LIMITS.ids) } : {}),
      title: clip(audit.title, LIMITS.title),
      excerpt: excerptOf(audit.description),
      fingerprint: textFingerprint(input.ownText ?? audit.description),
      language: clip(audit.language || 'und', LIMITS.language),
      ...(input.packageName ? { packageName: clip(input.packageName, LIMITS.packageName) } : {}),
    },
    analysisVersion: clip(audit.analysisVersion, LIMITS.analysisVersion),
    score: questions.filter((q) => q.status === 'evident').length,
    questions,
    auditor: { role: input.role ?? null, ...(input.auditorName?.trim() ? { name: clip(input.auditorName.trim(), LIMITS.name) } : {}) },
    labels,
  };
  return AuditRecordSchema.parse(record);
}

/** A record with the person's later edits (verdicts, notes, labels): same id, new `updatedAt`. */
export function editRecord(
  record: AuditRecord,
  change: { verdicts?: Partial<Record<number, RecordVerdict>>; notes?: Partial<Record<number, string>>; labels?: Labels; now?: Date },
): AuditRecord {
  const questions = record.questions.map((q) => ({
    ...q,
    verdict: change.verdicts && q.id in change.verdicts ? (change.verdicts[q.id] ?? null) : q.verdict,
    note: change.notes && q.id in change.notes ? clip(change.notes[q.id] ?? '', LIMITS.note) : q.note,
  }));
  const prev = Date.parse(record.updatedAt);
  // Two edits in the same millisecond must still order: merge decides by updatedAt.
  const at = Math.max((change.now ?? new Date()).getTime(), Number.isFinite(prev) ? prev + 1 : 0);
  return AuditRecordSchema.parse({
    ...record,
    questions,
    labels: change.labels ?? record.labels,
    updatedAt: new Date(at).toISOString(),
  });
}

/** The first 500 characters of the text, cut at a word boundary when one is near. */
export function excerptOf(text: string): string {
  const flat = squash(text);
  if (flat.length <= LIMITS.excerpt) return flat;
  const cut = clip(flat, LIMITS.excerpt - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > LIMITS.excerpt - 80 ? cut.slice(0, space) : cut}…`;
}

/** `s` cut to at most `max` UTF-16 units without splitting a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function platformOf(p: string | null | undefined): RecordPlatform | null {
  return p && (PLATFORMS as readonly string[]).includes(p) ? (p as RecordPlatform) : null;
}
