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
 *
 * Opening the dashboard on a big store (`loadRecords`): Chrome spends ~9 s of a 50,000-record
 * read turning nested stored objects into JavaScript ones, while the same data as a few large
 * strings reads in under 2 s. So the dashboard keeps a derived copy, the snapshot: `snap:<n>`
 * buckets of validated records as JSON text, and `snap:meta`. The `rec:` keys stay the only truth.
 * Every write first adds a journal key `w:<uuid>` naming the ids it is about to write, so a
 * reader knows which snapshot copies are stale without reading the records: records whose key is
 * gone, whose id is in a journal entry the snapshot has not absorbed, or that sit in a bucket a
 * concurrent tab overwrote, are read from their `rec:` key as before. Deleting records deletes
 * the snapshot too, so nothing removed lingers in it.
 */
import { browser } from 'wxt/browser';
import { exportStore } from '../records/bundle.ts';
import { mergeRecords, mergeSummary, type MergeConflict } from '../records/merge.ts';
import { migrateRecord } from '../records/migrations.ts';
import { sha256HexSync } from '../records/sha256.ts';
import { randomUuid } from '../records/uuid.ts';
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
export const SNAPSHOT_PREFIX = 'snap:';
export const SNAPSHOT_META_KEY = 'snap:meta';
export const JOURNAL_PREFIX = 'w:';
/** Snapshot buckets: a record's bucket comes from its id, so a change rewrites 1/64 of the copy. */
const SNAPSHOT_BUCKETS = 64;
/** Below this many records a plain read is quick enough: no snapshot is kept. */
export const SNAPSHOT_MIN_RECORDS = 1000;
/** Journal entries older than this that a snapshot has absorbed are removed (no build lasts an hour). */
const JOURNAL_KEEP_MS = 60 * 60 * 1000;
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

/** What `loadRecords` answers: the records, those set aside, and how the snapshot was used and renewed. */
export interface LoadedRecords {
  records: AuditRecord[];
  quarantined: QuarantineEntry[];
  /** Records taken from the snapshot, and read from their own keys (new, changed, or not in it). */
  fromSnapshot: number;
  fromStore: number;
  /** Settles once the snapshot is renewed in the background (buckets written; 0 when none needed it). */
  snapshotSaved: Promise<number>;
}

/**
 * Every stored record, as `listRecords` gives them, but fast on a big store: records the snapshot
 * holds unchanged are taken from it; everything else is read and validated from its own key, and
 * the snapshot is then renewed in the background (only the buckets that changed). Without a key
 * list (older browsers) or on a small store, it is `listRecords`. `onProgress` as there.
 */
export async function loadRecords(onProgress?: (done: number, total: number) => void): Promise<LoadedRecords> {
  const keys = await listKeys();
  const recKeys = keys?.filter((k) => k.startsWith(RECORD_PREFIX)) ?? [];
  if (!keys || recKeys.length < SNAPSHOT_MIN_RECORDS) {
    const { records, quarantined } = await listRecords(onProgress);
    // Without a snapshot the journal serves nothing: old entries go (a tab building one now has read them).
    if (keys && !keys.includes(SNAPSHOT_META_KEY)) {
      const journalKeys = keys.filter((k) => k.startsWith(JOURNAL_PREFIX));
      await pruneJournal(journalKeys, { v: 1, schema: CURRENT_SCHEMA_VERSION, journal: journalKeys, buckets: {} }).catch(() => undefined);
    }
    return { records, quarantined, fromSnapshot: 0, fromStore: records.length, snapshotSaved: Promise.resolve(0) };
  }
  const total = recKeys.length;
  onProgress?.(0, total);
  const present = new Set(recKeys);
  const journalKeys = keys.filter((k) => k.startsWith(JOURNAL_PREFIX));
  const snap = await readSnapshot(keys, journalKeys);
  const journal = await readJournal(journalKeys, snap.meta);
  for (const id of journal.changed) snap.changed.add(id);

  const records: AuditRecord[] = [];
  const covered = new Set<string>();
  const dirty = new Set<number>(snap.untrusted);
  const trustNone = snap.changed.has('*');
  for (const [b, bucket] of trustNone ? [] : snap.buckets) {
    for (const r of bucket) {
      const key = recordKey(r.id);
      if (!present.has(key) || snap.changed.has(r.id) || covered.has(key) || !looksCurrent(r) || bucketOf(r.id) !== b) {
        dirty.add(b);
        continue;
      }
      covered.add(key);
      records.push(r);
    }
  }
  const fromSnapshot = records.length;
  onProgress?.(fromSnapshot, total);
  const missing = recKeys.filter((k) => !covered.has(k));
  const bad: { key: string; value: unknown; error: string }[] = [];
  for (let i = 0; i < missing.length; i += READ_CHUNK) {
    const values = await local().get(missing.slice(i, i + READ_CHUNK));
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) continue;
      const checked = checkStored(key, value);
      if (checked.ok) {
        records.push(checked.record);
        dirty.add(bucketOf(checked.record.id));
      } else bad.push({ key, value, error: checked.error });
    }
    onProgress?.(fromSnapshot + Math.min(missing.length, i + READ_CHUNK), total);
  }
  const quarantined = bad.length ? await quarantine(bad, new Set(keys.filter((k) => k.startsWith(QUARANTINE_PREFIX)))) : [];
  const snapshotSaved =
    dirty.size || !snap.meta || journal.absorbable.length !== snap.meta.journal.length
      ? saveSnapshot(records, dirty, snap.meta, journal, !snap.meta).catch(() => 0)
      : pruneJournal(journalKeys, snap.meta).then(() => 0, () => 0);
  return { records, quarantined, fromSnapshot, fromStore: records.length - fromSnapshot, snapshotSaved };
}

/** One change to the stored records, as `watchRecordChanges` reports it. */
export interface RecordChanges {
  /** Records written (new or replaced), validated; values that fail are left for the next full read to quarantine. */
  saved: AuditRecord[];
  /** Ids whose key was removed. */
  removed: string[];
}

/**
 * Calls back with what changed whenever records are written or removed, from any tab, using the
 * values the browser hands over with the change: the dashboard stays current without reading the
 * store again. Returns the unsubscribe.
 */
export function watchRecordChanges(callback: (changes: RecordChanges) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const out: RecordChanges = { saved: [], removed: [] };
    for (const [key, change] of Object.entries(changes)) {
      if (!key.startsWith(RECORD_PREFIX)) continue;
      // Chrome leaves `newValue` out for a removed key; some implementations say null.
      if (change.newValue === undefined || change.newValue === null) out.removed.push(key.slice(RECORD_PREFIX.length));
      else {
        const checked = checkStored(key, change.newValue);
        if (checked.ok) out.saved.push(checked.record);
      }
    }
    if (out.saved.length || out.removed.length) callback(out);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
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
  const all = await allKeys();
  const keys = all.filter(
    (k) => (k.startsWith(RECORD_PREFIX) && gone.has(k.slice(RECORD_PREFIX.length))) || (k.startsWith(INDEX_PREFIX) && gone.has(k.slice(k.lastIndexOf(':') + 1))),
  );
  // The snapshot holds copies of what is deleted: it goes first, and the next load rebuilds it.
  await removeKeys(all.filter((k) => k.startsWith(SNAPSHOT_PREFIX)));
  await removeKeys(keys);
}

/**
 * Removes every record, its index keys and every quarantined value (the pick-lists and settings
 * stay). The caller must have offered an export first, and says so: `deleteAll({ exportOffered: true })`.
 */
export async function deleteAll(confirm: { exportOffered: true }): Promise<{ removed: number }> {
  if (confirm?.exportOffered !== true) throw new Error('deleteAll: offer an export before deleting everything.');
  const all = await allKeys();
  await removeKeys(all.filter((k) => k.startsWith(SNAPSHOT_PREFIX) || k.startsWith(JOURNAL_PREFIX)));
  const keys = all.filter((k) => k.startsWith(RECORD_PREFIX) || k.startsWith(INDEX_PREFIX) || k.startsWith(QUARANTINE_PREFIX));
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
  // Upgrades are journalled like any write (a snapshot holds records already upgraded in memory, but
  // the journal costs nothing and keeps the rule simple).
  const journal = upgraded.length ? await writeJournal(upgraded.map((r) => r.id)).catch(() => null) : null;
  for (let i = 0; i < upgraded.length; i += BATCH) {
    const batch = upgraded.slice(i, i + BATCH);
    try {
      await local().set(Object.fromEntries(batch.map((r) => [recordKey(r.id), r])));
      migrated += batch.length;
    } catch {
      break;
    }
  }
  if (journal) await local().set({ [journal]: { at: new Date().toISOString(), ids: upgraded.map((r) => r.id), done: true } }).catch(() => undefined);
  // Index keys are derived data: repairing them is always safe.
  const ix = Object.keys(missingIndex);
  for (let i = 0; i < ix.length; i += BATCH) await local().set(Object.fromEntries(ix.slice(i, i + BATCH).map((k) => [k, 1]))).catch(() => undefined);
  const meta = await readMeta();
  if (meta.schemaVersion !== CURRENT_SCHEMA_VERSION && migrated === upgraded.length) {
    await local().set({ [META_KEY]: { ...meta, schemaVersion: CURRENT_SCHEMA_VERSION } });
  }
  return { total, migrated, quarantined: bad.length };
}

// ---- snapshot (see the file comment) ----

interface SnapshotMeta {
  v: 1;
  schema: number;
  /** Journal keys whose changes every bucket listed in `buckets` already holds. */
  journal: string[];
  /** Build id of each bucket's current text: a bucket whose own id differs was overwritten by another tab. */
  buckets: Record<string, string>;
}

interface SnapshotBucket {
  v: 1;
  schema: number;
  build: string;
  records: AuditRecord[];
}

function bucketOf(id: string): number {
  const n = parseInt(id.slice(0, 2), 16);
  return Number.isFinite(n) ? n % SNAPSHOT_BUCKETS : 0;
}

const bucketKey = (b: number) => `${SNAPSHOT_PREFIX}${b}`;

/** Cheap check of a snapshot copy (it was fully validated when it was written). */
function looksCurrent(r: unknown): r is AuditRecord {
  const x = r as Partial<AuditRecord> | null;
  return (
    !!x &&
    typeof x === 'object' &&
    x.schemaVersion === CURRENT_SCHEMA_VERSION &&
    typeof x.id === 'string' &&
    typeof x.createdAt === 'string' &&
    typeof x.updatedAt === 'string' &&
    Array.isArray(x.questions) &&
    x.questions.length === 6 &&
    !!x.assignment &&
    typeof x.assignment.key === 'string' &&
    !!x.labels &&
    !!x.auditor
  );
}

/** The usable part of the snapshot: trusted buckets (their build matches the meta) and buckets that cannot be trusted. */
async function readSnapshot(
  keys: readonly string[],
  _journalKeys: readonly string[],
): Promise<{ meta: SnapshotMeta | null; buckets: Map<number, AuditRecord[]>; untrusted: number[]; changed: Set<string> }> {
  const none = { meta: null, buckets: new Map<number, AuditRecord[]>(), untrusted: [], changed: new Set<string>() };
  if (!keys.includes(SNAPSHOT_META_KEY)) return none;
  const meta = parseMeta((await local().get(SNAPSHOT_META_KEY))[SNAPSHOT_META_KEY]);
  if (!meta) return none;
  const changed = new Set<string>();
  const buckets = new Map<number, AuditRecord[]>();
  const untrusted: number[] = [];
  const wanted = Object.keys(meta.buckets)
    .map(Number)
    .filter((b) => Number.isInteger(b) && b >= 0 && b < SNAPSHOT_BUCKETS && keys.includes(bucketKey(b)));
  // One `get` per bucket, all at once: Chrome serves them in parallel (0.7 s for 50,000 records
  // against 1.25 s for one `get` of every bucket), and each is parsed as soon as it arrives.
  await Promise.all(
    wanted.map(async (b) => {
      const bucket = parseBucket((await local().get(bucketKey(b)))[bucketKey(b)]);
      if (bucket && bucket.build === meta.buckets[b]) buckets.set(b, bucket.records);
      else untrusted.push(b);
    }),
  );
  return { meta, buckets, untrusted, changed };
}

/** What the journal says since the snapshot: ids to read again, and entries the next snapshot may absorb. */
interface JournalState {
  /** Ids written since the snapshot (or being written now): their snapshot copies are not used. */
  changed: Set<string>;
  /** Present entries the renewed snapshot will hold: those absorbed before, and finished writes since. */
  absorbable: string[];
  /** Entries of writes still under way (or unreadable): never absorbed, and if one vanishes before the
   * snapshot is saved (a rolled-back write), the snapshot is not saved. */
  pending: string[];
}

async function readJournal(journalKeys: readonly string[], meta: SnapshotMeta | null): Promise<JournalState> {
  const absorbed = new Set(meta?.journal ?? []);
  const out: JournalState = { changed: new Set(), absorbable: journalKeys.filter((k) => absorbed.has(k)), pending: [] };
  const fresh = journalKeys.filter((k) => !absorbed.has(k));
  for (let i = 0; i < fresh.length; i += READ_CHUNK) {
    const chunk = fresh.slice(i, i + READ_CHUNK);
    const values = await local().get(chunk);
    for (const k of chunk) {
      const entry = values[k] as { ids?: unknown; at?: unknown; done?: unknown } | undefined;
      if (!entry || !Array.isArray(entry.ids)) {
        // An entry that cannot be read could name any record: take nothing from the snapshot this
        // time. Entries are written whole, so this is damage, not a write under way: the snapshot
        // rebuilt from this full read absorbs it.
        out.changed.add('*');
        out.absorbable.push(k);
        continue;
      }
      for (const id of entry.ids) if (typeof id === 'string') out.changed.add(id);
      const at = Date.parse(String(entry.at ?? ''));
      if (entry.done === true || (Number.isFinite(at) && Date.now() - at > JOURNAL_KEEP_MS)) out.absorbable.push(k);
      else out.pending.push(k);
    }
  }
  return out;
}

function parseMeta(raw: unknown): SnapshotMeta | null {
  const m = raw as Partial<SnapshotMeta> | undefined;
  if (!m || m.v !== 1 || m.schema !== CURRENT_SCHEMA_VERSION || !Array.isArray(m.journal) || !m.buckets || typeof m.buckets !== 'object') return null;
  return m as SnapshotMeta;
}

function parseBucket(raw: unknown): SnapshotBucket | null {
  if (typeof raw !== 'string') return null;
  try {
    const b = JSON.parse(raw) as Partial<SnapshotBucket>;
    return b && b.v === 1 && b.schema === CURRENT_SCHEMA_VERSION && typeof b.build === 'string' && Array.isArray(b.records) ? (b as SnapshotBucket) : null;
  } catch {
    return null;
  }
}

/**
 * Rewrites the changed buckets from the records just loaded, then the meta (last, so a bucket is
 * only trusted once both are written). Skipped when storage has a limit the copy would crowd.
 * Returns the number of buckets written.
 */
async function saveSnapshot(records: readonly AuditRecord[], dirty: Set<number>, meta: SnapshotMeta | null, journal: JournalState, all: boolean): Promise<number> {
  const quota = await quotaBytes();
  if (Number.isFinite(quota)) {
    const { bytes } = await bytesInUse();
    // The copy is about as big as the records: keep it only while both fit in half the quota.
    if (bytes * 2 > quota * 0.5) return 0;
  }
  const build = randomUuid();
  const byBucket = new Map<number, AuditRecord[]>();
  const targets = all ? Array.from({ length: SNAPSHOT_BUCKETS }, (_, b) => b) : [...dirty];
  for (const b of targets) byBucket.set(b, []);
  for (const r of records) byBucket.get(bucketOf(r.id))?.push(r);
  const buckets: Record<string, string> = all ? {} : { ...(meta?.buckets ?? {}) };
  for (const [b, list] of byBucket) {
    const bucket: SnapshotBucket = { v: 1, schema: CURRENT_SCHEMA_VERSION, build, records: list };
    await local().set({ [bucketKey(b)]: JSON.stringify(bucket) });
    buckets[b] = build;
  }
  // A write that was under way and is gone now was rolled back: what was read of it may be half of it.
  if (journal.pending.length) {
    const still = await local().get(journal.pending);
    if (journal.pending.some((k) => still[k] === undefined)) return 0;
  }
  const next: SnapshotMeta = { v: 1, schema: CURRENT_SCHEMA_VERSION, journal: journal.absorbable, buckets };
  await local().set({ [SNAPSHOT_META_KEY]: next });
  await pruneJournal(journal.absorbable, next);
  return byBucket.size;
}

/** Removes journal entries the snapshot has absorbed once they are old enough that no build can still be missing them. */
async function pruneJournal(journalKeys: readonly string[], meta: SnapshotMeta | null): Promise<void> {
  if (!meta || !journalKeys.length) return;
  const absorbed = new Set(meta.journal);
  const candidates = journalKeys.filter((k) => absorbed.has(k));
  if (!candidates.length) return;
  const values = await local().get(candidates);
  const old = candidates.filter((k) => {
    const at = Date.parse(String((values[k] as { at?: unknown } | undefined)?.at ?? ''));
    return Number.isFinite(at) && Date.now() - at > JOURNAL_KEEP_MS;
  });
  await removeKeys(old);
}

/** Writes a journal entry naming the ids about to be written; returns its key. */
async function writeJournal(ids: readonly string[]): Promise<string> {
  const key = `${JOURNAL_PREFIX}${randomUuid()}`;
  await local().set({ [key]: { at: new Date().toISOString(), ids: [...ids] } });
  return key;
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
  let journal: string | null = null;
  try {
    // The journal entry goes first: a reader that sees any of these records changed sees it too.
    journal = await writeJournal(records.map((r) => r.id));
    for (let i = 0; i < entries.length; i += BATCH) {
      const batch = entries.slice(i, i + BATCH);
      touched.push(...batch.map(([k]) => k));
      await local().set(Object.fromEntries(batch));
    }
  } catch (e) {
    const restored = await restore(touched, before);
    // Nothing was changed: the entry goes, and the snapshot is rebuilt on the next load in case a
    // dashboard read the records while they were half written.
    if (journal && restored) await local().remove([journal, SNAPSHOT_META_KEY]).catch(() => undefined);
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
  // Finished: a snapshot may now absorb the entry (until then, readers take these ids from their keys).
  await local().set({ [journal]: { at: new Date().toISOString(), ids: records.map((r) => r.id), done: true } }).catch(() => undefined);
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
