import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AuditRecordSchema,
  LabelListsSchema,
  describeError,
  labelsMissingFromLists,
  type AuditRecord,
} from '../../../lib/records/schema.ts';

const fixture = (p: string) => JSON.parse(readFileSync(new URL(`../../fixtures/records/${p}`, import.meta.url), 'utf8'));
const sample = (): AuditRecord => fixture('v2/canvas-page.json');
const error = (value: unknown) => {
  const r = AuditRecordSchema.safeParse(value);
  return r.success ? null : describeError(r.error);
};

describe('AuditRecordSchema', () => {
  it('accepts the stored version 2 samples unchanged', () => {
    for (const file of ['v2/canvas-page.json', 'v2/package-item.json']) {
      const raw = fixture(file);
      expect(AuditRecordSchema.parse(raw)).toEqual(raw);
    }
  });

  it('caps every text so a hostile record cannot bloat storage', () => {
    const r = sample();
    r.questions[0]!.note = 'x'.repeat(5001);
    expect(error(r)).toBe('questions[0].note: longer than 5000 characters');
    const e = sample();
    e.questions[1]!.evidence = Array.from({ length: 21 }, () => ({ text: 'a', start: 0, end: 1 }));
    expect(error(e)).toBe('questions[1].evidence: more than 20 items');
    const t = sample();
    t.assignment.excerpt = 'y'.repeat(501);
    expect(error(t)).toBe('assignment.excerpt: longer than 500 characters');
  });

  it('takes the instructions’ fingerprint as 16 hex digits or not at all', () => {
    const r = sample();
    r.assignment.fingerprint = '0123456789abcdef';
    expect(error(r)).toBeNull();
    r.assignment.fingerprint = '<img src=x onerror=alert(1)>';
    expect(error(r)).toBe('assignment.fingerprint: expected 16 hex digits');
  });

  it('names the field and the allowed values for a wrong status', () => {
    const r = sample() as unknown as { questions: { status: string }[] };
    r.questions[2]!.status = 'maybe';
    expect(error(r)).toBe('questions[2].status: expected evident/partial/missing');
  });

  it('refuses non-web URLs, which the dashboard would turn into links', () => {
    const r = sample();
    r.assignment.url = 'javascript:alert(1)';
    expect(error(r)).toBe('assignment.url: expected an http(s) address');
  });

  it('requires six questions in order and a score equal to the evident count', () => {
    const r = sample();
    r.score = 5;
    expect(error(r)).toMatch(/^score: expected 2 \(the number of evident questions\), got 5/);
    const s = sample();
    s.questions = [s.questions[1]!, s.questions[0]!, ...s.questions.slice(2)];
    expect(error(s)).toContain('questions[0].id: expected question 1 here, got 2');
    const five = sample();
    five.questions = five.questions.slice(0, 5);
    expect(error(five)).toContain('expected exactly 6 questions, got 5');
  });

  it('lower-cases ids so one record cannot live under two keys', () => {
    const r = sample();
    r.id = r.id.toUpperCase();
    expect(AuditRecordSchema.parse(r).id).toBe(sample().id);
  });

  it('drops unknown fields, including prototype-pollution keys', () => {
    const raw = JSON.parse(JSON.stringify(sample()).replace('{"id"', '{"__proto__":{"polluted":true},"constructor":{"x":1},"extra":1,"id"'));
    const parsed = AuditRecordSchema.parse(raw);
    expect(Object.keys(parsed)).not.toContain('extra');
    expect(Object.hasOwn(parsed, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('label pick-lists', () => {
  it('trims, de-duplicates and fills missing lists', () => {
    expect(LabelListsSchema.parse({ teacher: [' Ms. Rahimi ', 'Ms. Rahimi', 'Mr. Okafor'] })).toEqual({
      school: [],
      teacher: ['Ms. Rahimi', 'Mr. Okafor'],
      course: [],
      subject: [],
      grade: [],
    });
  });

  it('lists label values used by records but missing from the pick-lists', () => {
    const lists = LabelListsSchema.parse({ teacher: ['Ms. Rahimi'], school: ['Lincoln High'] });
    const missing = labelsMissingFromLists([sample(), fixture('v2/package-item.json')], lists);
    expect(missing.teacher).toEqual(['Mr. Okafor']);
    expect(missing.school).toEqual([]);
    expect(missing.course).toEqual(['Biology 9', 'World History 10']);
  });
});
