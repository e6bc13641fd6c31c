import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  coverage,
  filterRecords,
  groupBy,
  labelValues,
  overTime,
  perQuestion,
  progress,
  selectedRecords,
  smallWins,
  type RecordFilter,
} from '../../../lib/records/aggregate.ts';
import { questionsMet } from '../../../lib/records/csv.ts';
import { textFingerprint } from '../../../lib/records/fingerprint.ts';
import type { AuditRecord, Labels, RecordStatus, RecordVerdict } from '../../../lib/records/schema.ts';
import { makeRecord, makeRecords, rng, uuidFor } from './factory.ts';

let n = 0;
/** A record with the given day, statuses ("EPM…": evident/partial/missing) and verdicts ("y", "p", "n", "."). */
function audit(day: string, statuses: string, verdicts = '......', labels: Labels = {}, key = 'url:https://x.org/a/1', platform: AuditRecord['assignment']['platform'] = 'canvas'): AuditRecord {
  const base = makeRecord(++n, rng(n));
  const s: Record<string, RecordStatus> = { E: 'evident', P: 'partial', M: 'missing' };
  const v: Record<string, RecordVerdict> = { y: 'yes', p: 'partly', n: 'no', '.': null };
  const questions = base.questions.map((q, j) => ({ ...q, status: s[statuses[j]!]!, verdict: v[verdicts[j]!]! }));
  return {
    ...base,
    id: uuidFor(n, 7),
    createdAt: `${day}T12:00:00.000Z`,
    updatedAt: `${day}T12:00:00.000Z`,
    assignment: { ...base.assignment, key, platform, title: `Assignment ${key.slice(-1)}` },
    questions,
    score: questions.filter((q) => q.status === 'evident').length,
    labels,
  };
}

const rahimi = { teacher: 'Ms. Rahimi', course: 'World History 10', school: 'Lincoln High' };
const okafor = { teacher: 'Mr. Okafor', course: 'Biology 9', school: 'Lincoln High' };
const lopez = { teacher: 'Sra. López', course: 'Spanish III', school: 'Riverside Middle' };

const store = [
  audit('2025-01-06', 'EPMMMM', '......', rahimi, 'url:https://x.org/a/1'),
  audit('2025-01-20', 'EPEMMM', 'y.y...', rahimi, 'url:https://x.org/a/1'), // 1 → 2 met: a win (Q3)
  audit('2025-02-03', 'EEEMMM', 'yny...', rahimi, 'url:https://x.org/a/1'), // verdict "no" on Q2 overrides evident: 2 met, no win
  audit('2025-01-08', 'MMMMMM', '......', okafor, 'url:https://x.org/a/2'),
  audit('2025-02-10', 'PMMMMM', 'y.....', okafor, 'url:https://x.org/a/2'), // verdict yes on a partial: 0 → 1, a win (Q1)
  audit('2025-03-03', 'EEEEEE', '......', lopez, 'url:https://x.org/a/3', 'moodle'),
  audit('2025-03-04', 'EEMMMM', '..p...', {}, 'text:abc', null),
];

describe('filterRecords', () => {
  const titles = (f: RecordFilter) => selectedRecords(filterRecords(store, f)).map((r) => r.createdAt.slice(0, 10));

  it('filters by pick-list labels (any of), with null for "no label"', () => {
    expect(titles({ teacher: ['Ms. Rahimi'] })).toEqual(['2025-01-06', '2025-01-20', '2025-02-03']);
    expect(titles({ teacher: ['Mr. Okafor', 'Sra. López'] })).toEqual(['2025-01-08', '2025-02-10', '2025-03-03']);
    expect(titles({ school: [null] })).toEqual(['2025-03-04']);
    expect(titles({ teacher: ['Nobody'] })).toEqual([]);
    expect(titles({ teacher: [] })).toHaveLength(store.length);
  });

  it('filters by platform, whole days and question status / verdict / met', () => {
    expect(titles({ platform: ['moodle', null] })).toEqual(['2025-03-03', '2025-03-04']);
    expect(titles({ from: '2025-02-03', to: '2025-03-03' })).toEqual(['2025-02-03', '2025-02-10', '2025-03-03']);
    expect(titles({ questions: [{ id: 3, status: ['evident'] }] })).toEqual(['2025-01-20', '2025-02-03', '2025-03-03']);
    expect(titles({ questions: [{ id: 2, verdict: ['no'] }] })).toEqual(['2025-02-03']);
    expect(titles({ questions: [{ id: 1, met: true }, { id: 2, met: false }], school: ['Lincoln High'] })).toEqual([
      '2025-01-06',
      '2025-01-20',
      '2025-02-03',
      '2025-02-10',
    ]);
  });

  it('matches every word of a title search, ignoring case', () => {
    expect(titles({ text: 'ASSIGNMENT 3' })).toEqual(['2025-03-03']);
  });

  it('agrees with a plain filter on 5,000 random records', () => {
    const records = makeRecords(5000, 41);
    const index = buildIndex(records);
    const f: RecordFilter = { teacher: ['Ms. Rahimi', 'Mr. Okafor'], grade: ['9', '10'], from: '2025-03-01', questions: [{ id: 4, status: ['partial', 'missing'] }] };
    const expected = records.filter(
      (r) =>
        (r.labels.teacher === 'Ms. Rahimi' || r.labels.teacher === 'Mr. Okafor') &&
        (r.labels.grade === '9' || r.labels.grade === '10') &&
        r.createdAt >= '2025-03-01' &&
        r.questions[3]!.status !== 'evident',
    );
    expect(selectedRecords(filterRecords(index, f))).toEqual(expected);
  });

  it('agrees with a plain filter for 300 random filters of every kind, one index reused', () => {
    // The index is filtered column by column; this checks every combination of tests against
    // one record-by-record reading of the filter, on records with mixed platforms, sources,
    // roles, missing labels and verdicts.
    const random = rng(7);
    const any = <T,>(xs: readonly T[]): T[] => xs.filter(() => random() < 0.35);
    const records = makeRecords(3000, 43).map((r, i) => ({
      ...r,
      source: (['page', 'package', 'text'] as const)[i % 3]!,
      assignment: { ...r.assignment, platform: i % 7 === 0 ? null : i % 2 ? ('canvas' as const) : ('moodle' as const) },
      auditor: { role: i % 5 === 0 ? null : i % 2 ? ('teacher' as const) : ('coach' as const) },
      labels: i % 11 === 0 ? { ...r.labels, school: undefined } : r.labels,
    })) as AuditRecord[];
    const index = buildIndex(records);
    const values = (key: 'teacher' | 'school' | 'grade') => [...new Set(records.map((r) => r.labels[key] ?? null)), 'Nobody'];
    const dayMs = 86_400_000;
    for (let k = 0; k < 300; k++) {
      const f: RecordFilter = {};
      for (const key of ['teacher', 'school', 'grade'] as const) if (random() < 0.4) f[key] = any(values(key));
      if (random() < 0.3) f.platform = any(['canvas', 'moodle', 'classroom', null] as const);
      if (random() < 0.3) f.source = any(['page', 'package', 'text'] as const);
      if (random() < 0.3) f.role = any(['teacher', 'coach', 'student', null] as const);
      const from = random() < 0.3 ? records[Math.floor(random() * records.length)]!.createdAt.slice(0, 10) : undefined;
      const to = random() < 0.3 ? records[Math.floor(random() * records.length)]!.createdAt.slice(0, 10) : undefined;
      if (from) f.from = from;
      if (to) f.to = to;
      if (random() < 0.5)
        f.questions = ([1, 2, 3, 4, 5, 6] as const)
          .filter(() => random() < 0.3)
          .map((id) => ({
            id,
            ...(random() < 0.5 ? { status: any(['evident', 'partial', 'missing'] as const) } : {}),
            ...(random() < 0.5 ? { verdict: any(['yes', 'partly', 'no', null] as const) } : {}),
            ...(random() < 0.4 ? { met: random() < 0.5 } : {}),
          }));
      if (random() < 0.2) f.text = ['the', 'IRAN  war', 'zzz'][Math.floor(random() * 3)]!;
      const has = <T,>(wanted: readonly T[] | undefined, v: T) => !wanted?.length || wanted.includes(v);
      const expected = records.filter((r) => {
        const day = r.createdAt.slice(0, 10);
        if (from && day < from) return false;
        if (to && Date.parse(r.createdAt) >= Date.parse(to) + dayMs) return false;
        for (const key of ['teacher', 'school', 'grade'] as const) if (!has(f[key], r.labels[key] ?? null)) return false;
        if (!has(f.platform, r.assignment.platform) || !has(f.source, r.source) || !has(f.role, r.auditor.role)) return false;
        for (const c of f.questions ?? []) {
          const q = r.questions[c.id - 1]!;
          if (!has(c.status, q.status) || !has(c.verdict, q.verdict)) return false;
          if (c.met !== undefined && (q.verdict === 'yes' || (q.verdict === null && q.status === 'evident')) !== c.met) return false;
        }
        return (f.text ?? '')
          .toLowerCase()
          .split(/\s+/)
          .filter(Boolean)
          .every((w) => r.assignment.title.toLowerCase().includes(w));
      });
      expect(selectedRecords(filterRecords(index, f)), JSON.stringify(f)).toEqual(expected);
    }
  });
});

describe('perQuestion', () => {
  it('counts statuses, verdicts and questions met', () => {
    const q = perQuestion(store);
    expect(q[0]).toEqual({ id: 1, evident: 5, partial: 1, missing: 1, yes: 3, partly: 0, no: 0, unset: 4, met: 6 });
    expect(q[1]).toEqual({ id: 2, evident: 3, partial: 2, missing: 2, yes: 0, partly: 0, no: 1, unset: 6, met: 2 });
    expect(q[2]).toMatchObject({ evident: 3, met: 3, partly: 1 });
    const total = perQuestion(store).reduce((s, x) => s + x.met, 0);
    expect(total).toBe(store.reduce((s, r) => s + questionsMet(r), 0));
  });
});

describe('overTime', () => {
  it('groups by ISO week (Monday start, week 1 holds the first Thursday) and fills empty weeks', () => {
    const weeks = overTime(
      [audit('2024-12-30', 'EMMMMM'), audit('2025-01-05', 'EEMMMM'), audit('2025-01-13', 'MMMMMM')],
      'week',
    );
    expect(weeks.map((w) => [w.period, w.start, w.count, w.meanMet])).toEqual([
      ['2025-W01', '2024-12-30', 2, 1.5],
      ['2025-W02', '2025-01-06', 0, 0],
      ['2025-W03', '2025-01-13', 1, 0],
    ]);
    expect(weeks[0]!.questions[1]).toMatchObject({ evident: 1, missing: 1 });
  });

  it('groups by month with per-question counts', () => {
    const months = overTime(store, 'month');
    expect(months.map((m) => [m.period, m.count])).toEqual([
      ['2025-01', 3],
      ['2025-02', 2],
      ['2025-03', 2],
    ]);
    expect(months[2]!.questions[0]).toMatchObject({ evident: 2 });
  });

  it('does not fill decades of empty periods for a stray date', () => {
    const months = overTime([audit('1990-01-01', 'MMMMMM'), audit('2025-01-01', 'MMMMMM')], 'week');
    expect(months).toHaveLength(2);
  });
});

describe('groupBy', () => {
  it('per teacher: counts, distinct assignments, mean met, last audit; largest first', () => {
    const g = groupBy(store, 'teacher');
    expect(g.map((x) => [x.value, x.count, x.assignments, x.meanMet, x.last?.slice(0, 10)])).toEqual([
      ['Ms. Rahimi', 3, 1, 1.67, '2025-02-03'],
      ['Mr. Okafor', 2, 1, 0.5, '2025-02-10'],
      [null, 1, 1, 2, '2025-03-04'],
      ['Sra. López', 1, 1, 6, '2025-03-03'],
    ]);
  });

  it('per platform and per assignment (labelled by title)', () => {
    expect(groupBy(store, 'platform').map((x) => [x.value, x.count])).toEqual([
      ['canvas', 5],
      [null, 1],
      ['moodle', 1],
    ]);
    expect(groupBy(store, 'assignment')[0]).toMatchObject({ value: 'url:https://x.org/a/1', label: 'Assignment 1', count: 3 });
  });
});

describe('smallWins', () => {
  it('finds re-audits that meet more questions, newest first, with what changed', () => {
    const wins = smallWins(store);
    expect(wins.map((w) => [w.key, w.before.met, w.after.met, w.gained])).toEqual([
      ['url:https://x.org/a/2', 0, 1, [1]],
      ['url:https://x.org/a/1', 1, 2, [3]],
    ]);
    const w = wins[1]!;
    expect(w).toMatchObject({ teacher: 'Ms. Rahimi', course: 'World History 10', lost: [] });
    expect(w.changes).toEqual([
      { id: 1, before: { status: 'evident', verdict: null, met: true }, after: { status: 'evident', verdict: 'yes', met: true } },
      { id: 3, before: { status: 'missing', verdict: null, met: false }, after: { status: 'evident', verdict: 'yes', met: true } },
    ]);
  });

  it('warns when a gain may be a newer analysis reading the same text, not a changed assignment', () => {
    const key = 'url:https://x.org/a/9';
    const older = { ...audit('2025-04-01', 'EMMMMM', '......', rahimi, key), analysisVersion: '1.7.0' };
    const statusOnly = { ...audit('2025-04-08', 'EEMMMM', '......', rahimi, key), analysisVersion: '1.8.0' };
    const [w] = smallWins([older, statusOnly]);
    expect(w).toMatchObject({ gained: [2], readingChanged: true });
    expect([w!.before.analysisVersion, w!.after.analysisVersion]).toEqual(['1.7.0', '1.8.0']);
    // The teacher's own "yes" backs the gain: nothing to warn about.
    const verdictBacked = { ...audit('2025-04-08', 'EEMMMM', '.y....', rahimi, key), analysisVersion: '1.8.0' };
    expect(smallWins([older, verdictBacked])[0]!.readingChanged).toBe(false);
    // The same analysis read both audits: the text must have changed.
    expect(smallWins([older, { ...statusOnly, analysisVersion: '1.7.0' }])[0]!.readingChanged).toBe(false);
  });

  it('tells a revised assignment from the same instructions judged again, by the audits’ fingerprints', () => {
    const key = 'url:https://x.org/a/10';
    const withText = (r: AuditRecord, text: string): AuditRecord => ({ ...r, assignment: { ...r.assignment, fingerprint: textFingerprint(text) } });
    const draft = 'Write an essay on the hostage crisis.';
    const first = withText({ ...audit('2025-04-01', 'EMMMMM', '......', rahimi, key), analysisVersion: '1.8.2' }, draft);
    const revised = withText({ ...audit('2025-04-08', 'EEMMMM', '......', rahimi, key), analysisVersion: '1.8.2' }, `${draft} Choose your own question.`);
    expect(smallWins([first, revised])[0]).toMatchObject({ gained: [2], revised: true, readingChanged: false });
    expect(smallWins([first, withText(revised, draft)])[0]).toMatchObject({ revised: false });
    // Read by another analysis version, a different fingerprint may be a different reading of the
    // same page: no claim of a revision, and the doubt about the gain stays.
    expect(smallWins([{ ...first, analysisVersion: '1.8.1' }, revised])[0]).toMatchObject({ revised: null, readingChanged: true });
    // Audits saved before fingerprints, or read from a CSV file: unknown.
    const { fingerprint: _, ...noPrint } = first.assignment;
    expect(smallWins([{ ...first, assignment: noPrint }, revised])[0]).toMatchObject({ revised: null });
  });

  it('compares audits in time order, whatever order they are stored in', () => {
    expect(smallWins([...store].reverse()).map((w) => w.after.id)).toEqual(smallWins(store).map((w) => w.after.id));
  });

  it('respects the filter it is given', () => {
    expect(smallWins(filterRecords(store, { teacher: ['Ms. Rahimi'] }))).toHaveLength(1);
    expect(smallWins(filterRecords(store, { from: '2025-01-21' }))).toHaveLength(0);
  });
});

describe('progress', () => {
  it('shows a teacher’s first and latest audits per assignment, months and wins', () => {
    const p = progress(store, 'Ms. Rahimi');
    expect(p).toMatchObject({ teacher: 'Ms. Rahimi', audits: 3, assignments: 1, firstMet: 1, latestMet: 2 });
    expect(p.questions.find((q) => q.id === 3)).toEqual({ id: 3, first: 0, latest: 1 });
    expect(p.months.map((m) => m.period)).toEqual(['2025-01', '2025-02']);
    expect(p.wins).toHaveLength(1);
    expect(progress(store, 'Nobody')).toMatchObject({ audits: 0, assignments: 0, wins: [] });
  });
});

describe('coverage', () => {
  it('lists teachers and courses without an audit in the last N weeks, never-audited first', () => {
    const c = coverage(store, 4, new Date('2025-03-10T00:00:00Z'), { teacher: ['Mr. Brooks', 'Ms. Rahimi'], course: [] });
    expect(c.since).toBe('2025-02-10T00:00:00.000Z');
    expect(c.teachers.map((t) => [t.name, t.due, t.weeksSince, t.count])).toEqual([
      ['Mr. Brooks', true, null, 0],
      ['Ms. Rahimi', true, 4, 3],
      ['Mr. Okafor', false, 3, 2],
      ['Sra. López', false, 0, 1],
    ]);
    expect(c.courses.filter((x) => x.due).map((x) => x.name)).toEqual(['World History 10']);
  });
});

describe('labelValues', () => {
  it('gives pick-list values with counts, most used first', () => {
    expect(labelValues(buildIndex(store), 'school')).toEqual([
      { value: 'Lincoln High', count: 5 },
      { value: 'Riverside Middle', count: 1 },
    ]);
  });
});
