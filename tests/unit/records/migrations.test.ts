import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KNOWN_VERSIONS, migrateRecord } from '../../../lib/records/migrations.ts';
import { CURRENT_SCHEMA_VERSION, type AuditRecord } from '../../../lib/records/schema.ts';

const dir = new URL('../../fixtures/records/', import.meta.url);
const samples = (version: number) =>
  readdirSync(new URL(`v${version}/`, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ file: `v${version}/${f}`, raw: JSON.parse(readFileSync(new URL(`v${version}/${f}`, dir), 'utf8')) }));
const migrated = (raw: unknown): AuditRecord => {
  const r = migrateRecord(raw);
  if (!r.ok) throw new Error(r.error);
  return r.record;
};

describe('stored samples of every version', () => {
  it('exist for every version Vantage ever wrote (add one before bumping the schema)', () => {
    for (const v of KNOWN_VERSIONS) {
      expect(existsSync(new URL(`v${v}/`, dir)), `tests/fixtures/records/v${v}/ must hold at least one stored record`).toBe(true);
      expect(samples(v).length).toBeGreaterThan(0);
    }
    expect(KNOWN_VERSIONS.at(-1)).toBe(CURRENT_SCHEMA_VERSION);
  });

  it.each(KNOWN_VERSIONS.flatMap((v) => samples(v)))('$file upgrades to the current schema', ({ raw }) => {
    const r = migrateRecord(raw);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.record.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });
});

describe('migration 1 → 2 loses nothing', () => {
  it('keeps every field of a page audit, nested where version 2 keeps it', () => {
    const [page] = samples(1).filter((s) => s.file.endsWith('canvas-page.json'));
    const v1 = page!.raw;
    const v2 = migrated(v1);
    expect(v2).toMatchObject({
      id: v1.id,
      createdAt: v1.createdAt,
      updatedAt: v1.updatedAt,
      source: 'page',
      analysisVersion: v1.analysisVersion,
      score: v1.score,
      auditor: { role: 'teacher' },
      labels: {},
      assignment: {
        platform: 'canvas',
        url: v1.url,
        courseId: '2841',
        assignmentId: '51177',
        title: v1.title,
        excerpt: v1.excerpt,
        language: 'en',
      },
    });
    // Questions, evidence offsets, verdicts and notes come through exactly.
    expect(v2.questions).toEqual(v1.questions);
  });

  it('gives the v1 edit-page audit the same assignment key as a v2 audit of the view page', () => {
    const [page] = samples(1).filter((s) => s.file.endsWith('canvas-page.json'));
    const [current] = samples(2).filter((s) => s.file.endsWith('canvas-page.json'));
    expect(migrated(page!.raw).assignment.key).toBe(current!.raw.assignment.key);
  });

  it('fills what the prototype left out when empty, without inventing content', () => {
    const [text] = samples(1).filter((s) => s.file.endsWith('pasted-text.json'));
    const v2 = migrated(text!.raw);
    expect(v2.source).toBe('text');
    expect(v2.updatedAt).toBe(text!.raw.createdAt);
    expect(v2.assignment.key).toMatch(/^text:[0-9a-f]{32}$/);
    expect(v2.assignment.language).toBe('und');
    expect(v2.auditor).toEqual({ role: null });
    expect(v2.questions.map((q) => q.note)).toEqual(['', '', '', '', '', '']);
    expect(v2.questions[2]!.evidence).toEqual(text!.raw.questions[2].evidence);
  });
});

describe('migrateRecord refusals', () => {
  const v1 = () => structuredClone(samples(1)[0]!.raw);

  it('says a newer version needs a newer Vantage', () => {
    const r = migrateRecord({ ...v1(), schemaVersion: 3 });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/schemaVersion 3 comes from a newer Vantage.*update Vantage/) });
  });

  it('refuses a missing or unknown version', () => {
    const { schemaVersion: _drop, ...noVersion } = v1();
    expect(migrateRecord(noVersion)).toEqual({ ok: false, error: 'schemaVersion: missing or not a whole number' });
    expect(migrateRecord({ ...v1(), schemaVersion: 0 })).toEqual({ ok: false, error: 'schemaVersion 0 is not a version Vantage ever wrote' });
  });

  it('names the version and field of an invalid old record', () => {
    const bad = v1();
    bad.questions[4].status = 'unknown';
    expect(migrateRecord(bad)).toEqual({ ok: false, error: 'as version 1: questions[4].status: expected evident/partial/missing' });
  });

  it('never throws on values that are not records', () => {
    for (const v of [null, undefined, 42, 'rec', [], [1, 2], { schemaVersion: '2' }, Object.create(null)]) {
      const r = migrateRecord(v);
      expect(r.ok).toBe(false);
    }
  });

  it('passes a current record through unchanged', () => {
    const [current] = samples(2);
    expect(migrated(current!.raw)).toEqual(current!.raw);
  });
});
