import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../lib/records/canonical.ts';
import { createBundle, exportStore, importStore, parseBundle, selectForBundle } from '../../../lib/records/bundle.ts';
import { readImportFile } from '../../../lib/records/import-file.ts';
import { sha256HexSync } from '../../../lib/records/sha256.ts';
import { LabelListsSchema, type AuditRecord } from '../../../lib/records/schema.ts';
import { makeRecords } from './factory.ts';

const fixturePath = (p: string) => new URL(`../../fixtures/records/${p}`, import.meta.url);
const fixture = (p: string) => readFileSync(fixturePath(p), 'utf8');
const now = new Date('2025-11-03T09:00:00.000Z');

/** A bundle built by hand around `records` (raw), with a correct checksum unless told otherwise. */
function handBundle(records: unknown[], over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'vantage-audits',
    version: 1,
    createdAt: now.toISOString(),
    count: records.length,
    checksum: `sha256-${sha256HexSync(canonicalJson(records))}`,
    records,
    ...over,
  });
}

async function refused(text: unknown, maxBytes?: number): Promise<string> {
  const r = await parseBundle(text, { maxBytes });
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('createBundle / parseBundle', () => {
  it('round-trips records exactly, oldest first, with the stated count and checksum', async () => {
    const records = makeRecords(50, 11);
    const text = await createBundle(records, { createdBy: 'Ms. Rahimi', now });
    const head = JSON.parse(text);
    expect(head).toMatchObject({ format: 'vantage-audits', version: 1, createdAt: now.toISOString(), createdBy: 'Ms. Rahimi', count: 50 });
    expect(head.checksum).toMatch(/^sha256-[0-9a-f]{64}$/);
    const r = await parseBundle(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const byTime = [...records].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(r.records).toEqual(byTime);
    expect(r.info).toMatchObject({ createdBy: 'Ms. Rahimi', count: 50, migrated: 0, duplicates: 0, labelLists: null });
  });

  it('carries the instructions’ fingerprint, and still takes records saved before it', async () => {
    const [a, b] = makeRecords(2, 12);
    const printed = { ...a!, assignment: { ...a!.assignment, fingerprint: '0123456789abcdef' } };
    const r = await parseBundle(await createBundle([printed, b!], { now }));
    expect(r.ok && r.records.map((x) => x.assignment.fingerprint)).toEqual(
      [printed, b!].sort((x, y) => x.createdAt.localeCompare(y.createdAt)).map((x) => x.assignment.fingerprint),
    );
    expect(b!.assignment.fingerprint).toBeUndefined();
    // A damaged fingerprint is that record's problem, named, not a silent pass.
    const bad = await parseBundle(handBundle([{ ...printed, assignment: { ...printed.assignment, fingerprint: 'not hex' } }]));
    expect(bad.ok ? 'accepted' : bad.error).toContain('assignment.fingerprint: expected 16 hex digits');
  });

  it('still reads the stored bundle written by this format version', async () => {
    const r = await parseBundle(fixture('bundle-v1.json'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.records.map((x) => x.assignment.title)).toEqual([
      'The Iran Hostage Crisis: Multiple Perspectives',
      'The Iran Hostage Crisis: Multiple Perspectives',
      'Lab report: enzyme activity',
    ]);
  });

  it('shares only a date range or one course when asked', async () => {
    const records = makeRecords(300, 12);
    const some = selectForBundle(records, { from: '2025-03-01', to: '2025-03-31', course: 'Biology 9' });
    expect(some.length).toBeGreaterThan(0);
    for (const r of some) {
      expect(r.createdAt >= '2025-03-01' && r.createdAt < '2025-04-01').toBe(true);
      expect(r.labels.course).toBe('Biology 9');
    }
    const text = await createBundle(records, { from: '2025-03-01', to: '2025-03-31', course: 'Biology 9', now });
    expect(JSON.parse(text).scope).toEqual({ from: '2025-03-01T00:00:00.000Z', to: '2025-03-31T23:59:59.999Z', course: 'Biology 9' });
    const back = await parseBundle(text);
    expect(back.ok && back.records.length).toBe(some.length);
  });

  it('upgrades old records inside a bundle and says how many', async () => {
    const v1 = JSON.parse(fixture('v1/canvas-page.json'));
    const r = await parseBundle(handBundle([v1, ...makeRecords(2, 13)]));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.info.migrated).toBe(1);
      expect(r.records[0]!.schemaVersion).toBe(2);
    }
  });

  it('keeps one copy of a record repeated in the file', async () => {
    const [a] = makeRecords(1, 14);
    const r = await parseBundle(handBundle([a, a]));
    expect(r.ok && r.records.length).toBe(1);
    expect(r.ok && r.info.duplicates).toBe(1);
  });
});

describe('parseBundle refuses, saying what and where', () => {
  it.each([
    ['an empty file', '', /empty/],
    ['whitespace', ' \n\t ', /empty/],
    ['our CSV', fixture('audits.csv'), /Vantage CSV export, not a bundle; import it as CSV/],
    ['another CSV', 'name,score\nAna,3\n', /looks like a CSV/],
    ['a zip (course export)', 'PK\u0003\u0004\u0014\u0000\u0000', /zip file.*Bulk audit/],
    ['an HTML page', '<!DOCTYPE html><html><body>Saved page</body></html>', /HTML or XML/],
    ['a PDF', '%PDF-1.7\n', /PDF/],
    ['binary with NULs', '{"a":\u0000}', /binary/],
    ['plain text', 'hello', /not a Vantage bundle/],
    ['JSON that is not a bundle', '{"name":"x"}', /"format" is missing/],
    ['a JSON list', '[1,2,3]', /not a Vantage bundle/],
  ])('%s', async (_name, text, message) => {
    expect(await refused(text)).toMatch(message);
  });

  it('a truncated file', async () => {
    const text = await createBundle(makeRecords(5, 15), { now });
    expect(await refused(text.slice(0, text.length / 2))).toMatch(/cut short \(truncated\)/);
  });

  it('a file with a changed record (checksum)', async () => {
    const text = await createBundle(makeRecords(5, 16), { now });
    const edited = text.replace('"status":"missing"', '"status":"evident"');
    expect(await refused(edited)).toMatch(/checksum does not match/);
  });

  it('a file whose count disagrees with its records', async () => {
    const text = handBundle(makeRecords(3, 17), { count: 4 });
    expect(await refused(text)).toMatch(/says it holds 4 records but has 3/);
  });

  it('a bundle from a newer Vantage', async () => {
    expect(await refused(handBundle([], { version: 2 }))).toMatch(/newer Vantage \(bundle version 2.*Update Vantage/);
  });

  it('a record from a newer Vantage', async () => {
    const [a] = makeRecords(1, 18);
    expect(await refused(handBundle([{ ...a, schemaVersion: 9 }]))).toMatch(/^record 1 \(id [0-9a-f-]+\): schemaVersion 9 comes from a newer Vantage/);
  });

  it('an invalid record, naming its number and field', async () => {
    const records: unknown[] = makeRecords(20, 19);
    (records[16] as { questions: { status: string }[] }).questions[2]!.status = 'maybe';
    expect(await refused(handBundle(records))).toMatch(/^record 17 \(id [0-9a-f-]+\): questions\[2\]\.status: expected evident\/partial\/missing\.$/);
  });

  it('two records with one id and different content', async () => {
    const [a] = makeRecords(1, 20);
    const b = structuredClone(a!) as AuditRecord;
    b.questions[0]!.note = 'changed';
    expect(await refused(handBundle([a, b]))).toMatch(/records 1 and 2 have the same id .* but different content/);
  });

  it('an oversized file', async () => {
    const text = await createBundle(makeRecords(50, 21), { now });
    expect(await refused(text, 10_000)).toMatch(/larger than the 0 MB limit|larger than/);
  });

  it('deeply nested JSON', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const text = `{"format":"vantage-audits","version":1,"count":1,"checksum":"sha256-${'0'.repeat(64)}","records":[${deep}]}`;
    expect(await refused(text)).toMatch(/nested/);
  });

  it('a missing checksum', async () => {
    const text = JSON.stringify({ format: 'vantage-audits', version: 1, count: 0, records: [] });
    expect(await refused(text)).toMatch(/no valid "checksum"/);
  });

  it('non-text input', async () => {
    expect(await refused(new Uint8Array([1, 2, 3]))).toBe('Not a text file.');
  });
});

describe('exportStore / importStore', () => {
  it('re-imports to the identical store, pick-lists included, and re-exports byte for byte', async () => {
    const records = makeRecords(200, 22);
    const lists = LabelListsSchema.parse({ teacher: ['Ms. Rahimi', 'Mr. Okafor'], grade: ['9', '10'] });
    const text = await exportStore(records, lists, now);
    const back = await importStore(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const byId = (xs: AuditRecord[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(back.records)).toEqual(byId(records));
    expect(back.labelLists).toEqual(lists);
    expect(await exportStore(back.records, back.labelLists!, now)).toBe(text);
  });

  it('accepts a leading BOM (files saved by editors)', async () => {
    const text = await exportStore(makeRecords(2, 23), undefined, now);
    expect((await importStore(`\ufeff${text}`)).ok).toBe(true);
  });
});

describe('readImportFile', () => {
  it('tells bundles and CSV apart by content', async () => {
    const csv = await readImportFile(fixture('audits.csv'), { name: 'audits.json' });
    expect(csv).toMatchObject({ ok: true, kind: 'csv' });
    const bundle = await readImportFile(fixture('bundle-v1.json'), { name: 'x.csv' });
    expect(bundle).toMatchObject({ ok: true, kind: 'bundle' });
    const bad = await readImportFile('<html></html>', { name: 'page.html' });
    expect(bad).toEqual({ ok: false, error: 'page.html: This is an HTML or XML page, not a Vantage bundle.' });
  });
});
