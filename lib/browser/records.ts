/**
 * The record store over `browser.storage.local`. Every record is its own key (`rec:<id>`), so
 * saves from many tabs at the same moment never read-modify-write a shared key and none is lost.
 * A small `meta` key holds the schema version and the label pick-lists, and a tiny
 * `ix:<assignment hash>:<id>` key beside each record lets the panel find one assignment's audits
 * from the key list alone: reading every value of a 50,000-record store takes Chrome ~16 s.
 * Large reads go in chunks with progress, never one `get(null)` where the key list is available.
 *
 * Nothing is ever dropped: a stored value that fails validation is moved to `quarantine:<id>`
 * with the reason; a write that would pass ~90 % of the quota is refused before it starts; a
 * write the browser refuses halfway (quota, disk) is rolled back so the store is as it was.
 */
import { browser } from 'wxt/browser';
import { exportStore } from '../records/bundle.ts';
import { mergeRecords, mergeSummary, type MergeConflict } from '../records/merge.ts';
import { migrateRecord } from '../records/migrations.ts';
import { sha256HexSync } from '../records/sha256.ts';
import {
  AuditRecordSchema,
  CURRENT_SCHEMA_VERSION,
  LabelListsSchema,
  describeError,
  emptyLabelLists,
  type AuditRecord,
  type LabelLists,
} from '../records/schema.ts';

export const RECORD_PREFIX = 'rec:';
export const QUARANTINE_PREFIX = 'quarantine:';
export const INDEX_PREFIX = 'ix:';
export const META_KEY = 'meta';
/** Keys per `get` when reading the whole store (progress is reported between chunks). */
const READ_CHUNK = 2000;
/** Share of the quota past which writes are refused with `nearly-full`. */
export const NEARLY_FULL = 0.9;
/** Keys per `storage.local.set` call: big enough to be quick, small enough not to stall the browser. */
const BATCH = 500;

export type StoreFailure = { ok: false; reason: 'invalid' | 'nearly-full' | 'write-failed'; message: string };
export type SaveResult = { ok: true } | StoreFailure;

export interface QuarantineEntry {
  /** The storage key the value was found under. */
  key: string;
  /** Why it was set aside. */
  error: string;
  quarantinedAt: string;
  /** The value exactly as it was stored. */
  value: unknown;
}

export interface Usage {
  bytes: number;
  /** Infinity when the browser sets no limit (`unlimitedStorage`, or Firefox without an estimate). */
  quota: number;
  nearlyFull: boolean;
  /** True when `bytes` was estimated (the browser has no `getBytesInUse`). */
  estimated: boolean;
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  older: number;
  conflicts: MergeConflict[];
  /** "12 new, 3 updated, 1 conflict". */
  summary: string;
}

const recordKey = (id: string) => `${RECORD_PREFIX}${id}`;
const local = () => browser.storage.local;

/** Saves (or replaces) one record. Validates it first; never throws for storage trouble. */
export async function saveRecord(record: AuditRecord): Promise<SaveResult> {
  const r = await saveRecords([record]);
  return r.ok ? { ok: true } : r;
}

/** Saves many records in batched writes; all or nothing. */
export async function saveRecords(records: readonly AuditRecord[]): Promise<({ ok: true; saved: number }) | StoreFailure> {
  const valid: AuditRecord[] = [];
  for (let i = 0; i < records.length; i++) {
    const parsed = AuditRecordSchema.safeParse(records[i]);
    if (!parsed.success) {
      return { ok: false, reason: 'invalid', message: describeError(parsed.error, records.length > 1 ? `record ${i + 1}` : 'record') };
    }
    valid.push(parsed.data);
  }
  const written = await writeAll(valid);
  return written.ok ? { ok: true, saved: valid.length } : written;
}

/**
 * Every stored record, validated (older schema versions upgraded in memory). Values that fail
 * are moved to quarantine (never dropped) and listed in `quarantined`. `onProgress` is called
 * after each chunk read (records read so far, total).
 */
export async function listRecords(
  onProgress?: (done: number, total: number) => void,
): Promise<{ records: AuditRecord[]; quarantined: QuarantineEntry[] }> {
  const records: AuditRecord[] = [];
  const bad: { key: string; value: unknown; error: string }[] = [];
  const taken = new Set<string>();
  await readChunked(
    (k) => k.startsWith(RECORD_PREFIX),
    (values) => {
      for (const [key, value] of Object.entries(values)) {
        if (value === undefined) continue;
        const checked = checkStored(key, value);
        if (checked.ok) records.push(checked.record);
        else bad.push({ key, value, error: checked.error });
      }
    },
    onProgress,
  );
  if (bad.length) {
    for (const k of await allKeys()) if (k.startsWith(QUARANTINE_PREFIX)) taken.add(k);
  }
  const quarantined = bad.length ? await quarantine(bad, taken) : [];
  return { records, quarantined };
}

/** The records of one assignment (see `assignmentKey`), oldest first. */
export async function getRecordsForAssignment(key: string): Promise<AuditRecord[]> {
  const prefix = `${INDEX_PREFIX}${assignmentHash(key)}:`;
  const keys = await listKeys();
  let candidates: Record<string, unknown>;
  if (keys) {
    const ids = keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
    candidates = ids.length ? await local().get(ids.map(recordKey)) : {};
  } else {
    candidates = await local().get(null);
  }
  const out: AuditRecord[] = [];
  for (const [k, value] of Object.entries(candidates)) {
    if (!k.startsWith(RECORD_PREFIX) || !value || typeof value !== 'object') continue;
    // Cheap pre-filter on the raw value; only matches (and old versions, which have no key yet) are validated.
    const raw = value as { assignment?: { key?: unknown }; schemaVersion?: unknown };
    if (raw.schemaVersion === CURRENT_SCHEMA_VERSION && raw.assignment?.key !== key) continue;
    const checked = checkStored(k, value);
    if (checked.ok && checked.record.assignment.key === key) out.push(checked.record);
  }
  return out.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/** One record by id, or null when absent or invalid. */
export async function getRecord(id: string): Promise<AuditRecord | null> {
  const key = recordKey(id);
  const value = (await local().get(key))[key];
  if (value === undefined) return null;
  const checked = checkStored(key, value);
  return checked.ok ? checked.record : null;
}

/** Removes some records (and their index keys). */
export async function deleteRecords(ids: readonly string[]): Promise<void> {
  const gone = new Set(ids);
  const keys = (await allKeys()).filter(
    (k) => (k.startsWith(RECORD_PREFIX) && gone.has(k.slice(RECORD_PREFIX.length))) || (k.startsWith(INDEX_PREFIX) && gone.has(k.slice(k.lastIndexOf(':') + 1))),
  );
  await removeKeys(keys);
}

/**
 * Removes every record, its index keys and every quarantined value (the pick-lists and settings
 * stay). The caller must have offered an export first, and says so: `deleteAll({ exportOffered: true })`.
 */
export async function deleteAll(confirm: { exportOffered: true }): Promise<{ removed: number }> {
  if (confirm?.exportOffered !== true) throw new Error('deleteAll: offer an export before deleting everything.');
  const keys = (await allKeys()).filter((k) => k.startsWith(RECORD_PREFIX) || k.startsWith(INDEX_PREFIX) || k.startsWith(QUARANTINE_PREFIX));
  await removeKeys(keys);
  return { removed: keys.filter((k) => k.startsWith(RECORD_PREFIX)).length };
}

/**
 * Merges records from bundles or CSV into the store. Everything is validated first (nothing is
 * written unless all of it is valid), then only new and newer records are written; if the
 * browser refuses a write, what was written is rolled back.
 */
export async function importRecords(incoming: readonly unknown[]): Promise<({ ok: true } & ImportSummary) | StoreFailure> {
  const valid: AuditRecord[] = [];
  for (let i = 0; i < incoming.length; i++) {
    const r = migrateRecord(incoming[i]);
    if (!r.ok) return { ok: false, reason: 'invalid', message: `record ${i + 1}: ${r.error}. Nothing was imported.` };
    valid.push(r.record);
  }
  // Only the stored versions of the incoming ids matter to the merge: no full read of a big store.
  const stored = await local().get([...new Set(valid.map((r) => recordKey(r.id)))]);
  const existing: AuditRecord[] = [];
  const bad: { key: string; value: unknown; error: string }[] = [];
  for (const [key, value] of Object.entries(stored)) {
    if (value === undefined) continue;
    const checked = checkStored(key, value);
    if (checked.ok) existing.push(checked.record);
    else bad.push({ key, value, error: checked.error });
  }
  if (bad.length) await quarantine(bad, new Set((await allKeys()).filter((k) => k.startsWith(QUARANTINE_PREFIX))));
  const merged = mergeRecords(existing, valid);
  const written = await writeAll(merged.changed);
  if (!written.ok) return written;
  const { added, updated, unchanged, older, conflicts } = merged;
  return { ok: true, added, updated, unchanged, older, conflicts, summary: mergeSummary(merged) };
}

/** Bytes in use and the quota; `nearlyFull` past 90 %. */
export async function usage(): Promise<Usage> {
  const [{ bytes, estimated }, quota] = await Promise.all([bytesInUse(), quotaBytes()]);
  return { bytes, quota, nearlyFull: bytes >= quota * NEARLY_FULL, estimated };
}

/** Stored values set aside as unreadable, with their reasons (the dashboard offers them for download). */
export async function listQuarantine(): Promise<QuarantineEntry[]> {
  const out: QuarantineEntry[] = [];
  await readChunked(
    (k) => k.startsWith(QUARANTINE_PREFIX),
    (values) => {
      for (const v of Object.values(values)) if (v !== undefined) out.push(v as QuarantineEntry);
    },
  );
  return out;
}

/** The label pick-lists (empty until set up in Settings). */
export async function getLabelLists(): Promise<LabelLists> {
  return (await readMeta()).labelLists;
}

/** Replaces the label pick-lists; returns what was stored (trimmed, de-duplicated). */
export async function setLabelLists(lists: Partial<LabelLists>): Promise<LabelLists> {
  const meta = await readMeta();
  const parsed = LabelListsSchema.safeParse({ ...meta.labelLists, ...lists });
  if (!parsed.success) throw new Error(describeError(parsed.error, 'label lists'));
  await local().set({ [META_KEY]: { ...meta, labelLists: parsed.data } });
  return parsed.data;
}

/** The whole store (records and pick-lists) as one file that `importStore` reads back identically. */
export async function exportAll(now?: Date): Promise<string> {
  const [{ records }, lists] = await Promise.all([listRecords(), getLabelLists()]);
  return exportStore(records, lists, now);
}

/** Calls back when any record is added, changed or removed, from any tab. Returns the unsubscribe. */
export function watchRecords(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(RECORD_PREFIX))) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Upgrades every stored record to the current schema (run from the background on install and
 * update). Records that cannot be read are quarantined, never dropped; a record whose upgraded
 * form cannot be written stays in its old form, which `listRecords` still upgrades in memory.
 */
export async function migrateStore(): Promise<{ total: number; migrated: number; quarantined: number }> {
  const upgraded: AuditRecord[] = [];
  const bad: { key: string; value: unknown; error: string }[] = [];
  const indexKeys = new Set<string>();
  const keys = await allKeys();
  for (const k of keys) if (k.startsWith(INDEX_PREFIX)) indexKeys.add(k);
  const missingIndex: Record<string, 1> = {};
  let total = 0;
  await readChunked(
    (k) => k.startsWith(RECORD_PREFIX),
    (values) => {
      for (const [key, value] of Object.entries(values)) {
        if (value === undefined) continue;
        total++;
        const checked = checkStored(key, value);
        if (!checked.ok) {
          bad.push({ key, value, error: checked.error });
          continue;
        }
        if (checked.from !== CURRENT_SCHEMA_VERSION) upgraded.push(checked.record);
        const ix = indexKey(checked.record);
        if (!indexKeys.has(ix)) missingIndex[ix] = 1;
      }
    },
    undefined,
    keys,
  );
  if (bad.length) await quarantine(bad, new Set(keys.filter((k) => k.startsWith(QUARANTINE_PREFIX))));
  let migrated = 0;
  for (let i = 0; i < upgraded.length; i += BATCH) {
    const batch = upgraded.slice(i, i + BATCH);
    try {
      await local().set(Object.fromEntries(batch.map((r) => [recordKey(r.id), r])));
      migrated += batch.length;
    } catch {
      break;
    }
  }
  // Index keys are derived data: repairing them is always safe.
  const ix = Object.keys(missingIndex);
  for (let i = 0; i < ix.length; i += BATCH) await local().set(Object.fromEntries(ix.slice(i, i + BATCH).map((k) => [k, 1]))).catch(() => undefined);
  const meta = await readMeta();
  if (meta.schemaVersion !== CURRENT_SCHEMA_VERSION && migrated === upgraded.length) {
    await local().set({ [META_KEY]: { ...meta, schemaVersion: CURRENT_SCHEMA_VERSION } });
  }
  return { total, migrated, quarantined: bad.length };
}

// ---- internals ----

type Checked = { ok: true; record: AuditRecord; from: number } | { ok: false; error: string };

function checkStored(key: string, value: unknown): Checked {
  const r = migrateRecord(value);
  if (!r.ok) return r;
  if (recordKey(r.record.id) !== key) return { ok: false, error: `stored under ${key} but its id is ${r.record.id}` };
  return r;
}

/** Moves values to quarantine keys (written first, then the originals removed: never lost in between). */
async function quarantine(bad: { key: string; value: unknown; error: string }[], taken: Set<string>): Promise<QuarantineEntry[]> {
  const at = new Date().toISOString();
  const entries: Record<string, QuarantineEntry> = {};
  for (const b of bad) {
    let qKey = QUARANTINE_PREFIX + b.key.slice(RECORD_PREFIX.length);
    if (taken.has(qKey) || qKey in entries) qKey = `${qKey}:${Date.now()}:${Object.keys(entries).length}`;
    entries[qKey] = { key: b.key, error: b.error, quarantinedAt: at, value: b.value };
  }
  try {
    await local().set(entries);
    await local().remove(bad.map((b) => b.key));
  } catch {
    // Storage refused the quarantine copy: leave the originals where they are; they are reported anyway.
  }
  return Object.values(entries);
}

/** Every key in the store: the key list where the browser has one (Chrome 130+), else a full read. */
async function allKeys(): Promise<string[]> {
  return (await listKeys()) ?? Object.keys(await local().get(null));
}

/** The key list, or null when the browser cannot list keys without reading every value. */
async function listKeys(): Promise<string[] | null> {
  const area = local() as unknown as { getKeys?: () => Promise<string[]> };
  if (typeof area.getKeys !== 'function') return null;
  try {
    const keys = await area.getKeys();
    return Array.isArray(keys) ? keys : null;
  } catch {
    return null;
  }
}

/** Reads the values of the keys that pass `wanted`, in chunks; one full read where keys cannot be listed. */
async function readChunked(
  wanted: (key: string) => boolean,
  each: (values: Record<string, unknown>) => void,
  onProgress?: (done: number, total: number) => void,
  knownKeys?: string[],
): Promise<void> {
  const keys = knownKeys ?? (await listKeys());
  if (!keys) {
    const all = await local().get(null);
    const picked: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(all)) if (wanted(k)) picked[k] = v;
    each(picked);
    onProgress?.(Object.keys(picked).length, Object.keys(picked).length);
    return;
  }
  const selected = keys.filter(wanted);
  onProgress?.(0, selected.length);
  for (let i = 0; i < selected.length; i += READ_CHUNK) {
    const chunk = selected.slice(i, i + READ_CHUNK);
    each(await local().get(chunk));
    onProgress?.(Math.min(selected.length, i + READ_CHUNK), selected.length);
  }
}

async function removeKeys(keys: readonly string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += BATCH) await local().remove(keys.slice(i, i + BATCH));
}

/** The index key that files a record under its assignment. */
function indexKey(r: AuditRecord): string {
  return `${INDEX_PREFIX}${assignmentHash(r.assignment.key)}:${r.id}`;
}

function assignmentHash(key: string): string {
  return sha256HexSync(key).slice(0, 16);
}

interface Meta {
  /** Null in a store that never ran `migrateStore` (or lost its meta). */
  schemaVersion: number | null;
  labelLists: LabelLists;
}

async function readMeta(): Promise<Meta> {
  const raw = (await local().get(META_KEY))[META_KEY] as Partial<Meta> | undefined;
  const lists = LabelListsSchema.safeParse(raw?.labelLists ?? {});
  return {
    schemaVersion: typeof raw?.schemaVersion === 'number' ? raw.schemaVersion : null,
    labelLists: lists.success ? lists.data : emptyLabelLists(),
  };
}

/** Writes records all or nothing: room check first, batched sets, rollback on a refused write. */
async function writeAll(records: readonly AuditRecord[]): Promise<{ ok: true } | StoreFailure> {
  if (!records.length) return { ok: true };
  const entries = records.flatMap((r) => [[recordKey(r.id), r], [indexKey(r), 1]] as const);
  const adding = entries.reduce((n, [k, v]) => n + byteLength(k) + byteLength(JSON.stringify(v)), 0);
  const room = await checkRoom(adding);
  if (!room.ok) return room;

  const keys = entries.map(([k]) => k);
  const before = await local().get(keys);
  const touched: string[] = [];
  try {
    for (let i = 0; i < entries.length; i += BATCH) {
      const batch = entries.slice(i, i + BATCH);
      touched.push(...batch.map(([k]) => k));
      await local().set(Object.fromEntries(batch));
    }
  } catch (e) {
    const restored = await restore(touched, before);
      const why = e instanceof Error ? e.message : String(e);
    const full = /quota|space|full|disk/i.test(why);
    return {
      ok: false,
      reason: 'write-failed',
      message:
        `${full ? 'Storage is full' : 'The browser refused to save'} (${why.slice(0, 200)}). ` +
        (restored ? 'Nothing was changed: your records are as they were.' : 'Some of the new records may have been kept; nothing stored before was removed.'),
    };
  }
  return { ok: true };
}

async function restore(keys: readonly string[], before: Record<string, unknown>): Promise<boolean> {
  const back: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const k of keys) {
    // Some storage areas (and fakes) answer absent keys with `undefined` values.
    if (before[k] !== undefined) back[k] = before[k];
    else remove.push(k);
  }
  try {
    for (let i = 0; i < remove.length; i += BATCH) await local().remove(remove.slice(i, i + BATCH));
    if (Object.keys(back).length) await local().set(back);
    return true;
  } catch {
    return false;
  }
}

async function checkRoom(adding: number): Promise<{ ok: true } | StoreFailure> {
  const quota = await quotaBytes();
  if (!Number.isFinite(quota)) return { ok: true };
  const { bytes } = await bytesInUse();
  if (bytes + adding <= quota * NEARLY_FULL) return { ok: true };
  return {
    ok: false,
    reason: 'nearly-full',
    message:
      `Storage is nearly full: ${mb(bytes)} MB of ${mb(quota)} MB used, and saving this would pass 90 %. ` +
      'Nothing was saved. Export your records (Dashboard → Export), then remove ones you no longer need.',
  };
}

async function bytesInUse(): Promise<{ bytes: number; estimated: boolean }> {
  const area = local() as unknown as { getBytesInUse?: (keys: null) => Promise<number> };
  if (typeof area.getBytesInUse === 'function') {
    try {
      const bytes = await area.getBytesInUse(null);
      if (typeof bytes === 'number') return { bytes, estimated: false };
    } catch {
      // Firefox (storage.local) and test fakes lack it: estimate below.
    }
  }
  // Firefox keeps storage.local in the extension's origin storage, which the origin estimate covers.
  try {
    const est = await globalThis.navigator?.storage?.estimate?.();
    if (typeof est?.usage === 'number' && est.quota) return { bytes: est.usage, estimated: true };
  } catch {
    // No estimate either: measure.
  }
  const all = await local().get(null);
  let bytes = 0;
  for (const [k, v] of Object.entries(all)) bytes += byteLength(k) + byteLength(JSON.stringify(v) ?? '');
  return { bytes, estimated: true };
}

async function quotaBytes(): Promise<number> {
  try {
    const permissions = browser.runtime.getManifest().permissions ?? [];
    if (permissions.includes('unlimitedStorage')) return Infinity;
  } catch {
    // No manifest (test fakes): fall through to the declared quota.
  }
  const declared = (local() as unknown as { QUOTA_BYTES?: unknown }).QUOTA_BYTES;
  if (typeof declared === 'number' && declared > 0) return declared;
  // Firefox declares no quota for storage.local; it lives in the extension's origin storage.
  try {
    const est = await globalThis.navigator?.storage?.estimate?.();
    if (est?.quota) return est.quota;
  } catch {
    // No estimate: no limit we can know of; a refused write is still rolled back.
  }
  return Infinity;
}

function byteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}
