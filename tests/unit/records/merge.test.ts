import { describe, expect, it } from 'vitest';
import { editRecord } from '../../../lib/records/create.ts';
import { fromCsv, toCsv } from '../../../lib/records/csv.ts';
import { mergeRecords, mergeSummary } from '../../../lib/records/merge.ts';
import type { AuditRecord } from '../../../lib/records/schema.ts';
import { makeRecords } from './factory.ts';

const later = (r: AuditRecord, minutes = 5) =>
  editRecord(r, { notes: { 1: `edited at +${minutes}m` }, now: new Date(Date.parse(r.updatedAt) + minutes * 60_000) });

describe('mergeRecords', () => {
  it('is idempotent: the same records twice are one set, and a second merge changes nothing', () => {
    const stored = makeRecords(20, 1);
    const incoming = makeRecords(30, 2);
    const once = mergeRecords(stored, incoming);
    expect(once).toMatchObject({ added: 30, updated: 0, unchanged: 0, conflicts: [] });
    const twice = mergeRecords(once.records, incoming);
    expect(twice).toMatchObject({ added: 0, updated: 0, unchanged: 30, changed: [] });
    expect(twice.records).toEqual(once.records);
  });

  it('counts a record repeated inside one import once', () => {
    const [a] = makeRecords(1, 3);
    const r = mergeRecords([], [a!, structuredClone(a!), a!]);
    expect(r.records).toHaveLength(1);
    expect(r).toMatchObject({ added: 1, unchanged: 2 });
  });

  it('lets the newer update win, in place, and keeps the stored one when the incoming is older', () => {
    const stored = makeRecords(3, 4);
    const newer = later(stored[1]!);
    const r = mergeRecords(stored, [newer]);
    expect(r).toMatchObject({ added: 0, updated: 1 });
    expect(r.records[1]).toBe(newer);
    expect(r.changed).toEqual([newer]);

    const back = mergeRecords(r.records, [stored[1]!]);
    expect(back).toMatchObject({ updated: 0, older: 1, changed: [] });
    expect(back.records[1]).toBe(newer);
  });

  it('lists a real conflict (same update time, different content) with where they differ, and keeps the stored one', () => {
    const [stored] = makeRecords(1, 5);
    const other = structuredClone(stored!);
    other.questions[3]!.verdict = other.questions[3]!.verdict === 'yes' ? 'no' : 'yes';
    const r = mergeRecords([stored!], [other]);
    expect(r.conflicts).toEqual([
      { id: stored!.id, title: stored!.assignment.title, reason: expect.stringContaining('questions[3].verdict') },
    ]);
    expect(r.records[0]).toBe(stored);
    expect(r.changed).toEqual([]);
  });

  it('treats our own CSV coming back as the records already stored, not as conflicts', () => {
    const stored = makeRecords(25, 6);
    const csv = fromCsv(toCsv(stored));
    expect(csv.ok).toBe(true);
    if (!csv.ok) return;
    const r = mergeRecords(stored, csv.records);
    expect(r).toMatchObject({ added: 0, updated: 0, unchanged: 25, conflicts: [] });
  });

  it('writes the summary a coach reads', () => {
    const stored = makeRecords(4, 7);
    const conflicting = structuredClone(stored[0]!);
    conflicting.questions[0]!.note = 'different';
    const incoming = [...makeRecords(12, 8), later(stored[1]!), later(stored[2]!), later(stored[3]!), conflicting];
    const r = mergeRecords(stored, incoming);
    expect(mergeSummary(r)).toBe('12 new, 3 updated, 1 conflict');
    expect(mergeSummary(mergeRecords(r.records, makeRecords(12, 8)))).toBe('12 already here');
    expect(mergeSummary(mergeRecords([], []))).toBe('nothing to import');
  });

  it('leaves its inputs untouched', () => {
    const stored = makeRecords(5, 9);
    const copy = structuredClone(stored);
    mergeRecords(stored, [later(stored[0]!), ...makeRecords(2, 10)]);
    expect(stored).toEqual(copy);
  });
});
