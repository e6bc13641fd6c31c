/**
 * The coach dashboard's numbers: filters, per-question counts, trends, groups, small wins,
 * progress and coverage. Built for 50,000 records and a redraw on every filter change: the
 * records are turned once into a column index (`buildIndex`: typed arrays, labels interned as
 * integers), every filter is one pass over it, and every aggregate one pass over the selection.
 * Nothing here is quadratic. Weeks are ISO weeks and months calendar months, both in UTC.
 */
import { questionsMet } from './csv.ts';
import { boundMs } from './dates.ts';
import { textChanged } from './fingerprint.ts';
import {
  LABEL_KEYS,
  PLATFORMS,
  ROLES,
  SOURCES,
  STATUSES,
  VERDICTS,
  type AuditRecord,
  type AuditorRole,
  type LabelKey,
  type LabelLists,
  type RecordPlatform,
  type RecordSource,
  type RecordStatus,
  type RecordVerdict,
} from './schema.ts';

type QuestionId = 1 | 2 | 3 | 4 | 5 | 6;
const DAY = 86_400_000;
const NONE = 3; // verdict code for "no verdict"

/** A label column: each record's value as a code into `values` (-1 for none). */
export interface LabelColumn {
  codes: Int32Array;
  values: string[];
}

/** The records as columns. Build once per change of the store, not per filter. */
export interface RecordIndex {
  readonly records: readonly AuditRecord[];
  readonly size: number;
  /** `createdAt` in ms. */
  readonly time: Float64Array;
  /** Six per record: 0 evident, 1 partial, 2 missing. */
  readonly status: Uint8Array;
  /** Six per record: 0 yes, 1 partly, 2 no, 3 none. */
  readonly verdict: Uint8Array;
  /** Bit q-1 set when question q is met (verdict "yes", or no verdict and status "evident"). */
  readonly metMask: Uint8Array;
  readonly met: Uint8Array;
  readonly labels: Readonly<Record<LabelKey, LabelColumn>>;
  /** Index into PLATFORMS, -1 for none. */
  readonly platform: Int8Array;
  readonly source: Int8Array;
  /** Index into ROLES, -1 for none. */
  readonly role: Int8Array;
  /** Assignment key codes into `assignmentKeys`. */
  readonly assignment: Int32Array;
  readonly assignmentKeys: string[];
  /** Lower-cased titles, made on first text search. */
  titleLower?: string[];
  /** Period of each record (see `weekOf` / `monthOf`), made on first use. */
  periods?: { week?: Int32Array; month?: Int32Array };
}

/** Turns records into the column index the other functions read. O(n). */
export function buildIndex(records: readonly AuditRecord[]): RecordIndex {
  const n = records.length;
  const time = new Float64Array(n);
  const status = new Uint8Array(n * 6);
  const verdict = new Uint8Array(n * 6);
  const metMask = new Uint8Array(n);
  const met = new Uint8Array(n);
  const platform = new Int8Array(n);
  const source = new Int8Array(n);
  const role = new Int8Array(n);
  const assignment = new Int32Array(n);
  const assignmentKeys: string[] = [];
  const assignmentCodes = new Map<string, number>();
  const labels = {} as Record<LabelKey, LabelColumn>;
  const labelCodes = {} as Record<LabelKey, Map<string, number>>;
  for (const key of LABEL_KEYS) {
    labels[key] = { codes: new Int32Array(n), values: [] };
    labelCodes[key] = new Map();
  }
  const statusCode = codeMap(STATUSES);
  const verdictCode = codeMap(VERDICTS);
  const platformCode = codeMap(PLATFORMS);
  const sourceCode = codeMap(SOURCES);
  const roleCode = codeMap(ROLES);

  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    time[i] = Date.parse(r.createdAt);
    let mask = 0;
    let count = 0;
    for (let j = 0; j < 6; j++) {
      const q = r.questions[j]!;
      const s = statusCode.get(q.status) ?? 2;
      const v = q.verdict === null ? NONE : (verdictCode.get(q.verdict) ?? NONE);
      status[i * 6 + j] = s;
      verdict[i * 6 + j] = v;
      if (v === 0 || (v === NONE && s === 0)) {
        mask |= 1 << j;
        count++;
      }
    }
    metMask[i] = mask;
    met[i] = count;
    platform[i] = r.assignment.platform === null ? -1 : (platformCode.get(r.assignment.platform) ?? -1);
    source[i] = sourceCode.get(r.source) ?? -1;
    role[i] = r.auditor.role === null ? -1 : (roleCode.get(r.auditor.role) ?? -1);
    assignment[i] = intern(assignmentCodes, assignmentKeys, r.assignment.key);
    for (const key of LABEL_KEYS) {
      const v = r.labels[key];
      labels[key].codes[i] = v === undefined ? -1 : intern(labelCodes[key], labels[key].values, v);
    }
  }
  return { records, size: n, time, status, verdict, metMask, met, labels, platform, source, role, assignment, assignmentKeys };
}

/** Some rows of an index: what a filter returns and what every aggregate reads. */
export interface Selection {
  readonly index: RecordIndex;
  readonly rows: Uint32Array;
}

/** Anything the aggregates accept: records (indexed on the spot), an index (all rows) or a selection. */
export type RecordsInput = readonly AuditRecord[] | RecordIndex | Selection;

/** The whole index, or the selection as given. */
export function selectAll(source: RecordsInput): Selection {
  if (isSelection(source)) return source;
  const index = isIndex(source) ? source : buildIndex(source);
  const rows = new Uint32Array(index.size);
  for (let i = 0; i < rows.length; i++) rows[i] = i;
  return { index, rows };
}

/** The records of a selection, in index order. */
export function selectedRecords(selection: Selection): AuditRecord[] {
  const out = new Array<AuditRecord>(selection.rows.length);
  for (let i = 0; i < selection.rows.length; i++) out[i] = selection.index.records[selection.rows[i]!]!;
  return out;
}

/** A question condition: the question's status, verdict or met-ness must be one of those given. */
export interface QuestionCondition {
  id: QuestionId;
  status?: readonly RecordStatus[];
  verdict?: readonly RecordVerdict[];
  met?: boolean;
}

/**
 * Dashboard filters. Each list is "any of" (pick-list multi-select; `null` matches records
 * without that label); an empty or absent list does not filter. All fields must hold.
 */
export interface RecordFilter {
  school?: readonly (string | null)[];
  teacher?: readonly (string | null)[];
  course?: readonly (string | null)[];
  subject?: readonly (string | null)[];
  grade?: readonly (string | null)[];
  platform?: readonly (RecordPlatform | null)[];
  source?: readonly RecordSource[];
  role?: readonly (AuditorRole | null)[];
  /** Created on or after (a day `2025-03-01` counts from its start, UTC). */
  from?: string | Date;
  /** Created on or before (a day counts to its end, UTC). */
  to?: string | Date;
  questions?: readonly QuestionCondition[];
  /** Words that must all appear in the title (case-insensitive). */
  text?: string;
}

/** The rows that pass `filter`. One pass; build the index once and call this on every change. */
export function filterRecords(source: readonly AuditRecord[] | RecordIndex, filter: RecordFilter = {}): Selection {
  const index = isIndex(source) ? source : buildIndex(source);
  const n = index.size;
  // Column by column: each test narrows the rows left by the one before in a loop of its own.
  // One loop testing everything per row changed shape with every filter (which tests are on), so
  // V8 kept throwing its optimised code away: 0.5 to 13 ms for the same filter at 50,000 audits.
  const rows = new Uint32Array(n);
  let m = 0;
  const from = filter.from === undefined ? -Infinity : boundMs(filter.from, 'start');
  const to = filter.to === undefined ? Infinity : boundMs(filter.to, 'end');
  if (from === -Infinity && to === Infinity) for (; m < n; m++) rows[m] = m;
  else
    for (let i = 0; i < n; i++) {
      const t = index.time[i]!;
      if (t >= from && t <= to) rows[m++] = i;
    }
  for (const key of LABEL_KEYS) {
    const col = index.labels[key];
    const allowed = allowedCodes(filter[key], col.values); // slot 0 is "no label"
    if (allowed) m = keepAllowed(rows, m, col.codes, 1, 0, allowed);
  }
  const platformAllowed = allowedCodes(filter.platform, PLATFORMS);
  if (platformAllowed) m = keepAllowed(rows, m, index.platform, 1, 0, platformAllowed);
  const sourceAllowed = allowedCodes(filter.source, SOURCES);
  if (sourceAllowed) m = keepAllowed(rows, m, index.source, 1, 0, sourceAllowed);
  const roleAllowed = allowedCodes(filter.role, ROLES);
  if (roleAllowed) m = keepAllowed(rows, m, index.role, 1, 0, roleAllowed);
  for (const c of filter.questions ?? []) {
    const j = c.id - 1;
    // Codes as stored: a status 0–2, a verdict 0–2 or NONE; one slot more, like the columns above.
    if (c.status?.length) m = keepAllowed(rows, m, index.status, 6, j, allowedCodes(c.status, STATUSES)!);
    if (c.verdict?.length) {
      const allowed = new Uint8Array(NONE + 2);
      for (const v of c.verdict) {
        const code = v === null ? NONE : VERDICTS.indexOf(v);
        if (code >= 0) allowed[code + 1] = 1;
      }
      m = keepAllowed(rows, m, index.verdict, 6, j, allowed);
    }
    if (c.met !== undefined) {
      const want = c.met ? 1 : 0;
      let k = 0;
      for (let x = 0; x < m; x++) {
        const i = rows[x]!;
        if (((index.metMask[i]! >> j) & 1) === want) rows[k++] = i;
      }
      m = k;
    }
  }
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length) {
    index.titleLower ??= index.records.map((r) => r.assignment.title.toLowerCase());
    const titles = index.titleLower;
    let k = 0;
    outer: for (let x = 0; x < m; x++) {
      const i = rows[x]!;
      for (const w of words) if (!titles[i]!.includes(w)) continue outer;
      rows[k++] = i;
    }
    m = k;
  }
  return { index, rows: rows.slice(0, m) };
}

/**
 * Keeps, in order, the first `m` rows whose code (`codes[row * stride + at]`) is allowed
 * (`allowed[code + 1]`: slot 0 is "none", code -1); returns how many are left.
 */
function keepAllowed(rows: Uint32Array, m: number, codes: Int32Array | Int8Array | Uint8Array, stride: number, at: number, allowed: Uint8Array): number {
  let k = 0;
  for (let x = 0; x < m; x++) {
    const i = rows[x]!;
    if (allowed[codes[i * stride + at]! + 1] === 1) rows[k++] = i;
  }
  return k;
}

/** Counts for one question over a set of audits. */
export interface QuestionCounts {
  id: QuestionId;
  evident: number;
  partial: number;
  missing: number;
  yes: number;
  partly: number;
  no: number;
  /** No verdict given. */
  unset: number;
  /** Met: verdict "yes", or no verdict and status "evident". */
  met: number;
}

/** Per question: how many audits show it evident / partial / missing, the verdicts, and how many meet it. */
export function perQuestion(source: RecordsInput): QuestionCounts[] {
  const { index, rows } = selectAll(source);
  const counts = new Uint32Array(6 * 8);
  accumulate(index, rows, counts, 0);
  return questionCounts(counts, 0);
}

/** One period of `overTime`. */
export interface Period {
  /** `2025-W07` or `2025-02`. */
  period: string;
  /** First day of the period (ISO date). */
  start: string;
  count: number;
  /** Mean questions met per audit (0 when there are none). */
  meanMet: number;
  questions: QuestionCounts[];
}

/** Most empty periods filled in between the first and the last audit (ten years of weeks). */
const MAX_FILLED_PERIODS = 520;

/**
 * Per week or month: audits, mean questions met, and per-question counts, oldest first. Periods
 * with no audits between the first and the last are included (count 0) so a chart's axis is even.
 */
export function overTime(source: RecordsInput, unit: 'week' | 'month'): Period[] {
  const { index, rows } = selectAll(source);
  const periodOf = periodCodes(index, unit);
  const slot = new Map<number, number>();
  const keys: number[] = [];
  const counts: number[] = [];
  const metSum: number[] = [];
  const perQ: Uint32Array[] = [];
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    if (!Number.isFinite(index.time[i]!)) continue;
    const p = periodOf[i]!;
    let s = slot.get(p);
    if (s === undefined) {
      s = keys.length;
      slot.set(p, s);
      keys.push(p);
      counts.push(0);
      metSum.push(0);
      perQ.push(new Uint32Array(6 * 8));
    }
    counts[s]!++;
    metSum[s]! += index.met[i]!;
    accumulateRow(index, i, perQ[s]!, 0);
  }
  if (!keys.length) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const p of keys) {
    if (p < min) min = p;
    if (p > max) max = p;
  }
  const step = unit === 'week' ? 7 : 1;
  const all: number[] = (max - min) / step + 1 <= MAX_FILLED_PERIODS ? range(min, max, step) : [...keys].sort((a, b) => a - b);
  return all.map((p) => {
    const s = slot.get(p);
    const count = s === undefined ? 0 : counts[s]!;
    return {
      period: unit === 'week' ? isoWeekLabel(p) : monthLabel(p),
      start: unit === 'week' ? new Date(p * DAY).toISOString().slice(0, 10) : monthStart(p),
      count,
      meanMet: count ? round2(metSum[s!]! / count) : 0,
      questions: s === undefined ? questionCounts(new Uint32Array(48), 0) : questionCounts(perQ[s]!, 0),
    };
  });
}

/** What `groupBy` groups on. */
export type GroupKey = LabelKey | 'platform' | 'role' | 'source' | 'assignment';

/** One group of `groupBy`. */
export interface Group {
  /** The label value, platform, role, source or assignment key; null for "none". */
  value: string | null;
  /** For assignments, the latest title; otherwise the value. */
  label: string;
  count: number;
  /** Distinct assignments audited in the group. */
  assignments: number;
  meanMet: number;
  /** Latest audit (ISO). */
  last: string | null;
  questions: QuestionCounts[];
}

/** Audits per teacher, course, school, subject, grade, platform, role, source or assignment; largest first. */
export function groupBy(source: RecordsInput, by: GroupKey): Group[] {
  const { index, rows } = selectAll(source);
  const codeOf = groupCodes(index, by);
  const slots = new Map<number, { count: number; met: number; last: number; lastRow: number; perQ: Uint32Array; assignments: Set<number> }>();
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const code = codeOf.codes[i]!;
    let g = slots.get(code);
    if (!g) slots.set(code, (g = { count: 0, met: 0, last: -Infinity, lastRow: i, perQ: new Uint32Array(48), assignments: new Set() }));
    g.count++;
    g.met += index.met[i]!;
    const t = index.time[i]!;
    if (t > g.last) {
      g.last = t;
      g.lastRow = i;
    }
    g.assignments.add(index.assignment[i]!);
    accumulateRow(index, i, g.perQ, 0);
  }
  const out: Group[] = [];
  for (const [code, g] of slots) {
    const value = code < 0 ? null : codeOf.values[code]!;
    out.push({
      value,
      label: by === 'assignment' ? index.records[g.lastRow]!.assignment.title || (value ?? '') : (value ?? ''),
      count: g.count,
      assignments: g.assignments.size,
      meanMet: round2(g.met / g.count),
      last: Number.isFinite(g.last) ? new Date(g.last).toISOString() : null,
      questions: questionCounts(g.perQ, 0),
    });
  }
  return out.sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** One question's state in one audit. */
export interface QuestionState {
  status: RecordStatus;
  verdict: RecordVerdict;
  met: boolean;
}

/** An assignment re-audited with more questions met than the audit before, and what changed. */
export interface SmallWin {
  key: string;
  title: string;
  platform: RecordPlatform | null;
  url: string | null;
  teacher: string | null;
  course: string | null;
  school: string | null;
  before: { id: string; createdAt: string; met: number; analysisVersion: string };
  after: { id: string; createdAt: string; met: number; analysisVersion: string };
  /** Questions met now and not before. */
  gained: QuestionId[];
  /** Questions met before and not now (a win can still have these). */
  lost: QuestionId[];
  /** Every question whose status or verdict changed. */
  changes: { id: QuestionId; before: QuestionState; after: QuestionState }[];
  /**
   * The two audits were read by different analysis versions and a question was gained by its
   * status alone (no verdict): the gain may be Vantage's newer reading of the same text rather
   * than a change to the assignment, so the coach is told before celebrating it.
   */
  readingChanged: boolean;
  /**
   * Whether the assignment's instructions changed between the two audits (their fingerprints
   * differ): true for a revised assignment, false for the same text judged again, null when an
   * audit predates fingerprints, or the two were read by different analysis versions.
   */
  revised: boolean | null;
}

/**
 * Small wins, newest first: for each assignment, every re-audit that meets more questions than
 * the audit just before it (by the person's verdict where given, else by status). O(n log n).
 */
export function smallWins(source: RecordsInput, options: { limit?: number } = {}): SmallWin[] {
  const { index, rows } = selectAll(source);
  // Counting sort of the rows by assignment code (dense integers): O(n), no per-group arrays.
  const groups = index.assignmentKeys.length;
  const start = new Uint32Array(groups + 1);
  for (let k = 0; k < rows.length; k++) start[index.assignment[rows[k]!]! + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, groups);
  const byGroup = new Uint32Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    byGroup[fill[index.assignment[i]!]!++] = i;
  }
  const winsAt: number[] = [];
  const winsFrom: number[] = [];
  const winsTo: number[] = [];
  const byTime = (x: number, y: number) => index.time[x]! - index.time[y]! || cmp(index.records[x]!.id, index.records[y]!.id);
  for (let g = 0; g < groups; g++) {
    const from = start[g]!;
    const to = start[g + 1]!;
    if (to - from < 2) continue;
    const group = byGroup.subarray(from, to);
    if (to - from === 2) {
      if (byTime(group[0]!, group[1]!) > 0) group.reverse();
    } else group.set(Array.from(group).sort(byTime));
    for (let k = 1; k < group.length; k++) {
      const a = group[k - 1]!;
      const b = group[k]!;
      if (index.met[b]! > index.met[a]!) {
        winsAt.push(winsAt.length);
        winsFrom.push(a);
        winsTo.push(b);
      }
    }
  }
  winsAt.sort((x, y) => index.time[winsTo[y]!]! - index.time[winsTo[x]!]! || cmp(index.records[winsTo[x]!]!.id, index.records[winsTo[y]!]!.id));
  const limited = options.limit === undefined ? winsAt : winsAt.slice(0, options.limit);
  return limited.map((w) => describeWin(index, winsFrom[w]!, winsTo[w]!));
}

/** A teacher's growth: first and latest audit of each of their assignments, by month, and their wins. */
export interface Progress {
  teacher: string;
  audits: number;
  assignments: number;
  /** Mean questions met over each assignment's first audit. */
  firstMet: number;
  /** Mean questions met over each assignment's latest audit. */
  latestMet: number;
  /** Per question: how many assignments meet it at first, and at the latest audit. */
  questions: { id: QuestionId; first: number; latest: number }[];
  /** Per calendar month (empty months between included): audits, mean questions met, and per-question counts. */
  months: { period: string; count: number; meanMet: number; questions: QuestionCounts[] }[];
  wins: SmallWin[];
}

/** Progress of one teacher (by the teacher label). */
export function progress(source: RecordsInput, teacher: string): Progress {
  const all = selectAll(source);
  const col = all.index.labels.teacher;
  const code = col.values.indexOf(teacher);
  const keep: number[] = [];
  for (let k = 0; k < all.rows.length; k++) {
    const i = all.rows[k]!;
    if (code >= 0 && col.codes[i] === code) keep.push(i);
  }
  const sel: Selection = { index: all.index, rows: Uint32Array.from(keep) };
  const { index } = sel;
  const firstOf = new Map<number, number>();
  const lastOf = new Map<number, number>();
  for (const i of keep) {
    const a = index.assignment[i]!;
    const f = firstOf.get(a);
    if (f === undefined || index.time[i]! < index.time[f]!) firstOf.set(a, i);
    const l = lastOf.get(a);
    if (l === undefined || index.time[i]! >= index.time[l]!) lastOf.set(a, i);
  }
  const mean = (m: Map<number, number>) => {
    let s = 0;
    for (const i of m.values()) s += index.met[i]!;
    return m.size ? round2(s / m.size) : 0;
  };
  const questions = ([1, 2, 3, 4, 5, 6] as const).map((id) => {
    let first = 0;
    let latest = 0;
    for (const i of firstOf.values()) first += (index.metMask[i]! >> (id - 1)) & 1;
    for (const i of lastOf.values()) latest += (index.metMask[i]! >> (id - 1)) & 1;
    return { id, first, latest };
  });
  return {
    teacher,
    audits: keep.length,
    assignments: firstOf.size,
    firstMet: mean(firstOf),
    latestMet: mean(lastOf),
    questions,
    months: overTime(sel, 'month').map((p) => ({ period: p.period, count: p.count, meanMet: p.meanMet, questions: p.questions })),
    wins: smallWins(sel),
  };
}

/** One teacher or course in `coverage`. */
export interface CoverageRow {
  name: string;
  count: number;
  lastAudit: string | null;
  /** Whole weeks since the last audit; null when never audited. */
  weeksSince: number | null;
  /** No audit in the window: show it to the coach. */
  due: boolean;
}

export interface Coverage {
  /** Start of the window (ISO). */
  since: string;
  teachers: CoverageRow[];
  courses: CoverageRow[];
}

/**
 * Who has not been seen: every teacher and course (from the pick-lists, and any label in the
 * records) with its last audit, due first (never audited, then the longest drought).
 */
export function coverage(source: RecordsInput, weeks: number, now: Date, lists?: Pick<LabelLists, 'teacher' | 'course'>): Coverage {
  const { index, rows } = selectAll(source);
  const since = now.getTime() - Math.max(0, weeks) * 7 * DAY;
  const rowsFor = (key: 'teacher' | 'course'): CoverageRow[] => {
    const col = index.labels[key];
    const last = new Float64Array(col.values.length).fill(-Infinity);
    const count = new Uint32Array(col.values.length);
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]!;
      const c = col.codes[i]!;
      if (c < 0) continue;
      count[c]!++;
      if (index.time[i]! > last[c]!) last[c] = index.time[i]!;
    }
    const names = new Set<string>(lists?.[key] ?? []);
    for (const v of col.values) names.add(v);
    const out: CoverageRow[] = [];
    for (const name of names) {
      const c = col.values.indexOf(name);
      const t = c >= 0 && count[c]! > 0 ? last[c]! : null;
      out.push({
        name,
        count: c >= 0 ? count[c]! : 0,
        lastAudit: t === null ? null : new Date(t).toISOString(),
        weeksSince: t === null ? null : Math.max(0, Math.floor((now.getTime() - t) / (7 * DAY))),
        due: t === null || t < since,
      });
    }
    return out.sort(
      (a, b) =>
        Number(b.due) - Number(a.due) ||
        (a.lastAudit === null ? -1 : 0) - (b.lastAudit === null ? -1 : 0) ||
        (a.lastAudit ?? '').localeCompare(b.lastAudit ?? '') ||
        a.name.localeCompare(b.name),
    );
  };
  return { since: new Date(since).toISOString(), teachers: rowsFor('teacher'), courses: rowsFor('course') };
}

/** Values of a label in the index with their counts, for the filter pick-lists; most used first. */
export function labelValues(index: RecordIndex, key: LabelKey): { value: string; count: number }[] {
  const col = index.labels[key];
  const count = new Uint32Array(col.values.length);
  for (let i = 0; i < index.size; i++) if (col.codes[i]! >= 0) count[col.codes[i]!]!++;
  return col.values.map((value, c) => ({ value, count: count[c]! })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export { questionsMet };

// ---- internals ----

function describeWin(index: RecordIndex, a: number, b: number): SmallWin {
  const ra = index.records[a]!;
  const rb = index.records[b]!;
  const state = (i: number, j: number): QuestionState => ({
    status: STATUSES[index.status[i * 6 + j]!]!,
    verdict: index.verdict[i * 6 + j] === NONE ? null : VERDICTS[index.verdict[i * 6 + j]!]!,
    met: ((index.metMask[i]! >> j) & 1) === 1,
  });
  const gained: QuestionId[] = [];
  const lost: QuestionId[] = [];
  const changes: SmallWin['changes'] = [];
  // Across analysis versions the text itself may have been read differently (a handout now read
  // with the instructions): a differing fingerprint then proves no revision.
  const revised = ra.analysisVersion === rb.analysisVersion ? textChanged(ra.assignment.fingerprint, rb.assignment.fingerprint) : null;
  for (let j = 0; j < 6; j++) {
    const id = (j + 1) as QuestionId;
    const before = state(a, j);
    const after = state(b, j);
    if (after.met && !before.met) gained.push(id);
    if (before.met && !after.met) lost.push(id);
    if (before.status !== after.status || before.verdict !== after.verdict) changes.push({ id, before, after });
  }
  return {
    key: rb.assignment.key,
    title: rb.assignment.title,
    platform: rb.assignment.platform,
    url: rb.assignment.url,
    teacher: rb.labels.teacher ?? ra.labels.teacher ?? null,
    course: rb.labels.course ?? ra.labels.course ?? null,
    school: rb.labels.school ?? ra.labels.school ?? null,
    before: { id: ra.id, createdAt: ra.createdAt, met: index.met[a]!, analysisVersion: ra.analysisVersion },
    after: { id: rb.id, createdAt: rb.createdAt, met: index.met[b]!, analysisVersion: rb.analysisVersion },
    gained,
    lost,
    changes,
    readingChanged: ra.analysisVersion !== rb.analysisVersion && gained.some((id) => index.verdict[b * 6 + id - 1] === NONE),
    revised,
  };
}

// Counts layout per question j: [evident, partial, missing, yes, partly, no, unset, met] at j*8.
function accumulate(index: RecordIndex, rows: Uint32Array, counts: Uint32Array, base: number): void {
  for (let k = 0; k < rows.length; k++) accumulateRow(index, rows[k]!, counts, base);
}

function accumulateRow(index: RecordIndex, i: number, counts: Uint32Array, base: number): void {
  const mask = index.metMask[i]!;
  for (let j = 0; j < 6; j++) {
    const o = base + j * 8;
    counts[o + index.status[i * 6 + j]!]!++;
    counts[o + 3 + index.verdict[i * 6 + j]!]!++;
    if ((mask >> j) & 1) counts[o + 7]!++;
  }
}

function questionCounts(counts: Uint32Array, base: number): QuestionCounts[] {
  return [0, 1, 2, 3, 4, 5].map((j) => {
    const o = base + j * 8;
    return {
      id: (j + 1) as QuestionId,
      evident: counts[o]!,
      partial: counts[o + 1]!,
      missing: counts[o + 2]!,
      yes: counts[o + 3]!,
      partly: counts[o + 4]!,
      no: counts[o + 5]!,
      unset: counts[o + 6]!,
      met: counts[o + 7]!,
    };
  });
}

function groupCodes(index: RecordIndex, by: GroupKey): { codes: ArrayLike<number>; values: readonly string[] } {
  switch (by) {
    case 'platform':
      return { codes: index.platform, values: PLATFORMS };
    case 'role':
      return { codes: index.role, values: ROLES };
    case 'source':
      return { codes: index.source, values: SOURCES };
    case 'assignment':
      return { codes: index.assignment, values: index.assignmentKeys };
    default:
      return { codes: index.labels[by].codes, values: index.labels[by].values };
  }
}

function allowedCodes<T>(wanted: readonly (T | null)[] | undefined, all: readonly T[]): Uint8Array | null {
  if (!wanted?.length) return null;
  const allowed = new Uint8Array(all.length + 1);
  for (const w of wanted) {
    if (w === null) allowed[0] = 1;
    else {
      const c = all.indexOf(w);
      if (c >= 0) allowed[c + 1] = 1;
    }
  }
  return allowed;
}

function isIndex(s: RecordsInput): s is RecordIndex {
  return !Array.isArray(s) && 'time' in (s as object);
}

function isSelection(s: RecordsInput): s is Selection {
  return !Array.isArray(s) && 'rows' in (s as object);
}

function codeMap<T extends string>(values: readonly T[]): Map<string, number> {
  return new Map(values.map((v, i) => [v, i]));
}

function intern(codes: Map<string, number>, values: string[], v: string): number {
  let c = codes.get(v);
  if (c === undefined) {
    c = values.length;
    codes.set(v, c);
    values.push(v);
  }
  return c;
}

function periodCodes(index: RecordIndex, unit: 'week' | 'month'): Int32Array {
  index.periods ??= {};
  let codes = index.periods[unit];
  if (!codes) {
    codes = new Int32Array(index.size);
    for (let i = 0; i < index.size; i++) {
      const t = index.time[i]!;
      codes[i] = Number.isFinite(t) ? (unit === 'week' ? weekOf(t) : monthOf(t)) : 0;
    }
    index.periods[unit] = codes;
  }
  return codes;
}

/** Day number of the Monday starting the ISO week of `t`. */
function weekOf(t: number): number {
  const day = Math.floor(t / DAY);
  return day - ((day + 3) % 7 + 7) % 7;
}

function isoWeekLabel(monday: number): string {
  const thursday = new Date((monday + 3) * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function monthOf(t: number): number {
  const d = new Date(t);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

function monthLabel(m: number): string {
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

function monthStart(m: number): string {
  return `${monthLabel(m)}-01`;
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let p = from; p <= to; p += step) out.push(p);
  return out;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
