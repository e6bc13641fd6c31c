import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditPackage } from '../../../lib/package/audit.ts';
import { editRecord } from '../../../lib/records/create.ts';
import { mergeRecords } from '../../../lib/records/merge.ts';
import { packageLabels, packageRecordId, reconcilePackageRecords } from '../../../lib/records/package-records.ts';
import { AuditRecordSchema, type AuditRecord } from '../../../lib/records/schema.ts';

const pkg = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/packages/${name}`, import.meta.url)));

/** The records a dashboard import makes of a package: auditPackage's records with the stable ids. */
async function packageRecords(file: string, at: string): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  const r = await auditPackage(pkg(file), {
    fileName: file,
    collect: false,
    now: () => new Date(at),
    async onResult(e) {
      out.push({ ...e.record!, id: await packageRecordId(e.key, e.item.title, e.item.description), labels: packageLabels({ teacher: 'Ms. Rahimi' }, 'World History 10') });
    },
  });
  expect(r.ok).toBe(true);
  return out;
}

describe('packageRecordId', () => {
  it('is a valid record id, the same for the same item and text, different when either changes', async () => {
    const id = await packageRecordId('pkg:World History 10/i1b7d', 'Position paper', 'Compare two sources.');
    expect(AuditRecordSchema.shape.id.safeParse(id).success).toBe(true);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await packageRecordId('pkg:World History 10/i1b7d', 'Position paper', 'Compare two sources.')).toBe(id);
    expect(await packageRecordId('pkg:World History 10/i1b7d', 'Position paper', 'Compare three sources.')).not.toBe(id);
    expect(await packageRecordId('pkg:World History 11/i1b7d', 'Position paper', 'Compare two sources.')).not.toBe(id);
  });
});

describe('packageLabels', () => {
  it('trims and caps chosen labels, drops empty ones, and names the course after the package unless one is chosen', () => {
    expect(packageLabels({ teacher: '  Ms.   Rahimi ', school: '   ', grade: '10' }, 'World History 10 (Period 3)')).toEqual({
      teacher: 'Ms. Rahimi',
      grade: '10',
      course: 'World History 10 (Period 3)',
    });
    expect(packageLabels({ course: 'World History 10' }, 'WH10 export 2025-03').course).toBe('World History 10');
    expect(packageLabels({ teacher: 'x'.repeat(300) }, '').teacher).toHaveLength(100);
    expect(packageLabels({}, '')).toEqual({});
  });
});

describe('reconcilePackageRecords', () => {
  it('importing the same package twice gives the same records, with nothing to write the second time', async () => {
    const first = await packageRecords('canvas-cc11.imscc', '2025-03-01T10:00:00.000Z');
    const again = await packageRecords('canvas-cc11.imscc', '2025-04-01T10:00:00.000Z');
    expect(first.length).toBeGreaterThan(3);
    expect(again.map((r) => r.id)).toEqual(first.map((r) => r.id));
    for (const r of first) expect(AuditRecordSchema.safeParse(r).success).toBe(true);
    expect(first.every((r) => r.source === 'package' && r.assignment.key.startsWith('pkg:World History 10 (Period 3)/'))).toBe(true);

    const stored = new Map(first.map((r) => [r.id, r]));
    const rec = reconcilePackageRecords(again, (id) => stored.get(id), new Date('2025-04-01T10:00:00Z'));
    expect(rec).toMatchObject({ added: 0, same: first.length, updated: 0 });
    const merged = mergeRecords(first, rec.records);
    expect(merged).toMatchObject({ added: 0, updated: 0, unchanged: first.length, conflicts: [] });
    expect(merged.changed).toEqual([]);
  });

  it('a newer analysis or new labels update the stored record, keeping its creation time, verdicts and notes', async () => {
    const [stored] = await packageRecords('canvas-cc11.imscc', '2025-03-01T10:00:00.000Z');
    const edited = editRecord(stored!, { verdicts: { 2: 'yes' }, notes: { 2: 'Talked it through on Tuesday.' }, now: new Date('2025-03-05T00:00:00Z') });
    const reanalysed: AuditRecord = {
      ...stored!,
      analysisVersion: `${stored!.analysisVersion}+1`,
      createdAt: '2025-05-01T00:00:00.000Z',
      updatedAt: '2025-05-01T00:00:00.000Z',
      labels: { ...stored!.labels, grade: '10' },
    };
    const rec = reconcilePackageRecords([reanalysed], (id) => (id === edited.id ? edited : undefined), new Date('2025-05-01T00:00:00Z'));
    expect(rec).toMatchObject({ added: 0, same: 0, updated: 1 });
    const next = rec.records[0]!;
    expect(AuditRecordSchema.safeParse(next).success).toBe(true);
    expect(next.createdAt).toBe(stored!.createdAt);
    expect(next.analysisVersion).toBe(reanalysed.analysisVersion);
    expect(next.questions[1]).toMatchObject({ verdict: 'yes', note: 'Talked it through on Tuesday.' });
    expect(next.labels).toEqual({ ...stored!.labels, grade: '10' });
    expect(mergeRecords([edited], [next])).toMatchObject({ updated: 1, conflicts: [] });
  });

  it('an item whose text changed in a later export is a new audit of the same assignment (a possible small win)', async () => {
    const key = 'pkg:World History 10/i1b7d';
    const before = await packageRecordId(key, 'Position paper', 'Write about the Nile.');
    const after = await packageRecordId(key, 'Position paper', 'Write about the Nile using sources from Egypt and Ethiopia.');
    expect(after).not.toBe(before);
    expect(reconcilePackageRecords([], () => undefined)).toEqual({ records: [], added: 0, same: 0, updated: 0 });
  });
});
