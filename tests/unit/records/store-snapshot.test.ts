import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  SNAPSHOT_META_KEY,
  deleteAll,
  deleteRecords,
  importRecords,
  listRecords,
  loadRecords,
  saveRecords,
  watchRecordChanges,
} from '../../../lib/browser/records.ts';
import { editRecord } from '../../../lib/records/create.ts';
import type { AuditRecord } from '../../../lib/records/schema.ts';
import { makeRecords } from './factory.ts';

const area = fakeBrowser.storage.local as unknown as { getKeys?: () => Promise<string[]> };
const byId = (rs: readonly AuditRecord[]) => [...rs].sort((a, b) => (a.id < b.id ? -1 : 1));
const stored = async () => fakeBrowser.storage.local.get(null);

/** Loads, waits for the snapshot to be renewed, and checks the answer against the plain full read. */
async function loadAndCheck() {
  const loaded = await loadRecords();
  const written = await loaded.snapshotSaved;
  expect(byId(loaded.records)).toEqual(byId((await listRecords()).records));
  return { ...loaded, written };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Vantage', version: '0.1.0', permissions: ['storage', 'unlimitedStorage'] });
  area.getKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null));
});
afterEach(() => {
  vi.restoreAllMocks();
  delete area.getKeys;
});

describe('loadRecords', () => {
  it('reads a small store plainly and keeps no copy of it', async () => {
    await saveRecords(makeRecords(50, 81));
    const r = await loadAndCheck();
    expect(r).toMatchObject({ fromSnapshot: 0, fromStore: 50, written: 0 });
    expect(Object.keys(await stored()).some((k) => k.startsWith('snap:'))).toBe(false);
  });

  it('on a big store, reads every record once, then takes them from the snapshot', async () => {
    const records = makeRecords(1500, 82);
    await saveRecords(records);
    const first = await loadAndCheck();
    expect(first).toMatchObject({ fromSnapshot: 0, fromStore: 1500, written: 64 });
    const keys = Object.keys(await stored());
    expect(keys.filter((k) => k.startsWith('snap:'))).toHaveLength(65);
    const second = await loadAndCheck();
    expect(second).toMatchObject({ fromSnapshot: 1500, fromStore: 0, written: 0 });
    // The journal entry of the first save is absorbed by the snapshot (and pruned once old).
    expect(keys.filter((k) => k.startsWith('w:'))).toHaveLength(1);
  });

  it('sees every change made since: new, edited, imported, deleted, and records written by older code', async () => {
    const records = makeRecords(1500, 83);
    await saveRecords(records);
    await loadAndCheck();

    const added = makeRecords(3, 84);
    await saveRecords(added);
    const edited = editRecord(records[10]!, { notes: { 1: 'Seen on Tuesday.' } });
    expect(await importRecords([edited])).toMatchObject({ ok: true, updated: 1 });
    await deleteRecords([records[20]!.id]);
    // A record written straight into storage, without a journal entry (an older version of Vantage).
    const foreign = makeRecords(1, 85)[0]!;
    await fakeBrowser.storage.local.set({ [`rec:${foreign.id}`]: foreign });

    const after = await loadAndCheck();
    expect(after.records).toHaveLength(1500 + 3 - 1 + 1);
    expect(after.records.find((r) => r.id === edited.id)!.questions[0]!.note).toBe('Seen on Tuesday.');
    expect(after.records.some((r) => r.id === records[20]!.id)).toBe(false);
    const again = await loadAndCheck();
    expect(again.fromStore).toBe(0);
  });

  it('does not trust a bucket another tab overwrote, a corrupt bucket, or a write still under way', async () => {
    const records = makeRecords(1200, 86);
    await saveRecords(records);
    await loadAndCheck();
    const all = await stored();
    const [bucketKey] = Object.keys(all).filter((k) => /^snap:\d+$/.test(k));
    const bucket = JSON.parse(all[bucketKey!] as string) as { build: string; records: AuditRecord[] };
    // Another tab's build of this bucket, with a stale copy of one record.
    const stale = bucket.records[0]!;
    await fakeBrowser.storage.local.set({ [bucketKey!]: JSON.stringify({ ...bucket, build: 'other-tab', records: [{ ...stale, assignment: { ...stale.assignment, title: 'STALE' } }, ...bucket.records.slice(1)] }) });
    const r1 = await loadAndCheck();
    expect(r1.fromStore).toBe(bucket.records.length);
    expect(r1.records.some((r) => r.assignment.title === 'STALE')).toBe(false);

    await fakeBrowser.storage.local.set({ [bucketKey!]: '{"v":1,"records":[' });
    expect((await loadAndCheck()).fromStore).toBe(bucket.records.length);

    // A write whose records are not all down yet: its ids are read from their keys, and its entry stays unabsorbed.
    const target = records[5]!;
    const newer = editRecord(target, { notes: { 3: 'Newer.' } });
    await fakeBrowser.storage.local.set({ 'w:under-way': { at: new Date().toISOString(), ids: [target.id] }, [`rec:${target.id}`]: newer });
    const r3 = await loadAndCheck();
    expect(r3.fromStore).toBe(1);
    expect(r3.records.find((r) => r.id === target.id)!.questions[2]!.note).toBe('Newer.');
    expect(((await stored())[SNAPSHOT_META_KEY] as { journal: string[] }).journal).not.toContain('w:under-way');
  });

  it('reads everything once after a damaged journal entry, then trusts the rebuilt snapshot again', async () => {
    await saveRecords(makeRecords(1200, 90));
    await loadAndCheck();
    await fakeBrowser.storage.local.set({ 'w:damaged': 'not an entry' });
    expect(await loadAndCheck()).toMatchObject({ fromSnapshot: 0, fromStore: 1200 });
    expect(await loadAndCheck()).toMatchObject({ fromSnapshot: 1200, fromStore: 0 });
  });

  it('clears old journal entries of a small store, keeping recent ones', async () => {
    await saveRecords(makeRecords(10, 91));
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000).toISOString();
    await fakeBrowser.storage.local.set({ 'w:old': { at: old, ids: [], done: true } });
    await loadAndCheck();
    const journal = Object.keys(await stored()).filter((k) => k.startsWith('w:'));
    expect(journal).toHaveLength(1);
    expect(journal).not.toContain('w:old');
  });

  it('reports progress up to the number of records', async () => {
    await saveRecords(makeRecords(1200, 87));
    await (await loadRecords()).snapshotSaved;
    const seen: [number, number][] = [];
    await loadRecords((done, total) => seen.push([done, total]));
    expect(seen.at(-1)).toEqual([1200, 1200]);
    expect(seen.every(([d, t]) => t === 1200 && d <= t)).toBe(true);
  });

  it('leaves no copy behind when records are deleted', async () => {
    const records = makeRecords(1200, 88);
    await saveRecords(records);
    await loadAndCheck();
    await deleteRecords([records[0]!.id]);
    expect(Object.keys(await stored()).some((k) => k.startsWith('snap:'))).toBe(false);
    await loadAndCheck();
    await deleteAll({ exportOffered: true });
    expect(Object.keys(await stored()).filter((k) => k.startsWith('snap:') || k.startsWith('w:') || k.startsWith('rec:'))).toEqual([]);
  });
});

describe('watchRecordChanges', () => {
  it('hands over the records written and the ids removed, validated', async () => {
    const seen: { saved: string[]; removed: string[] }[] = [];
    const stop = watchRecordChanges((c) => seen.push({ saved: c.saved.map((r) => r.id), removed: c.removed }));
    const [a, b] = makeRecords(2, 89);
    await saveRecords([a!, b!]);
    await deleteRecords([a!.id]);
    await fakeBrowser.storage.local.set({ [`rec:${b!.id}`]: { id: b!.id, garbage: true } });
    stop();
    expect(seen).toEqual([{ saved: [a!.id, b!.id], removed: [] }, { saved: [], removed: [a!.id] }]);
  });
});
