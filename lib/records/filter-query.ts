/**
 * The dashboard's filter as the query part of its address (`#/records?teacher=Ms.%20Rahimi&q1=missing`),
 * so a filtered view survives a reload and can be bookmarked or sent to a colleague. The address
 * is untrusted input like any other: unknown keys and values are dropped, lists and words capped,
 * and reading never throws.
 */
import type { QuestionCondition, RecordFilter } from './aggregate.ts';
import { LABEL_KEYS, LIMITS, PLATFORMS, SOURCES, STATUSES, type RecordPlatform, type RecordSource, type RecordStatus } from './schema.ts';

/** Most values one list key keeps (a pick-list holds at most 500). */
const MAX_VALUES = 500;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** `q1=…` values besides the statuses. */
const MET = 'met';
const NOT_MET = 'notmet';

type QuestionId = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The filter as `URLSearchParams` text, keys in a fixed order so one filter is one address.
 * A label list entry `null` ("no label") is written as an empty value (`teacher=`).
 */
export function filterToQuery(filter: RecordFilter): string {
  const p = new URLSearchParams();
  for (const key of LABEL_KEYS) for (const v of filter[key] ?? []) p.append(key, v ?? '');
  for (const v of filter.platform ?? []) p.append('platform', v ?? '');
  for (const v of filter.source ?? []) p.append('source', v);
  if (filter.from !== undefined) p.set('from', dayOf(filter.from));
  if (filter.to !== undefined) p.set('to', dayOf(filter.to));
  for (const q of [...(filter.questions ?? [])].sort((a, b) => a.id - b.id)) {
    const v = questionValue(q);
    if (v) p.set(`q${q.id}`, v);
  }
  if (filter.text) p.set('text', filter.text);
  return p.toString();
}

/** Reads a query written by `filterToQuery` (with or without the leading `?`); what it cannot read, it leaves out. */
export function filterFromQuery(query: string): RecordFilter {
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(query.replace(/^\?/, ''));
  } catch {
    return {};
  }
  const filter: RecordFilter = {};
  for (const key of LABEL_KEYS) {
    const values = unique(p.getAll(key).map((v) => v.replace(/\s+/g, ' ').trim()))
      .filter((v) => v.length <= LIMITS.label)
      .slice(0, MAX_VALUES)
      .map((v) => (v === '' ? null : v));
    if (values.length) filter[key] = values;
  }
  const platforms = unique(p.getAll('platform')).filter((v) => v === '' || (PLATFORMS as readonly string[]).includes(v));
  if (platforms.length) filter.platform = platforms.map((v) => (v === '' ? null : (v as RecordPlatform)));
  const sources = unique(p.getAll('source')).filter((v): v is RecordSource => (SOURCES as readonly string[]).includes(v));
  if (sources.length) filter.source = sources;
  const from = p.get('from');
  if (from && validDay(from)) filter.from = from;
  const to = p.get('to');
  if (to && validDay(to)) filter.to = to;
  const questions: QuestionCondition[] = [];
  for (let id = 1; id <= 6; id++) {
    const cond = questionCondition(id as QuestionId, p.get(`q${id}`));
    if (cond) questions.push(cond);
  }
  if (questions.length) filter.questions = questions;
  const text = p.get('text')?.replace(/\s+/g, ' ').trim().slice(0, LIMITS.title);
  if (text) filter.text = text;
  return filter;
}

/** `q1=` value of a condition: `met`, `notmet`, or statuses joined with commas; null when it filters nothing. */
function questionValue(q: QuestionCondition): string | null {
  if (q.met === true) return MET;
  if (q.met === false) return NOT_MET;
  if (q.status?.length) return q.status.join(',');
  return null;
}

function questionCondition(id: QuestionId, value: string | null): QuestionCondition | null {
  if (!value) return null;
  if (value === MET) return { id, met: true };
  if (value === NOT_MET) return { id, met: false };
  const status = unique(value.split(',')).filter((s): s is RecordStatus => (STATUSES as readonly string[]).includes(s));
  return status.length ? { id, status } : null;
}

function dayOf(d: string | Date): string {
  return typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);
}

function validDay(s: string): boolean {
  return DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
