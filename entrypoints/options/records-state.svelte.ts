/**
 * The dashboard's glue: loads the store, keeps the filter and the route, derives every number
 * from one column index (lib/records/aggregate.ts), and runs imports and exports. Components get
 * plain data from here and call back; only this class talks to storage.
 */
import { browser } from 'wxt/browser';
import { dashboardStrings, type DashboardLang, type DashboardStrings } from '../../components/dashboard/strings.ts';
import type { Choice, PackageAuditView, SplitKey } from '../../components/dashboard/types.ts';
import {
  deleteAll,
  exportAll,
  getLabelLists,
  importRecords,
  listQuarantine,
  loadRecords,
  setLabelLists,
  usage,
  watchRecordChanges,
  type RecordChanges,
  type QuarantineEntry,
  type Usage,
} from '../../lib/browser/records.ts';
import { getSettings, updateSettings } from '../../lib/browser/settings.ts';
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
  type RecordIndex,
} from '../../lib/records/aggregate.ts';
import { createBundle } from '../../lib/records/bundle.ts';
import { toCsv } from '../../lib/records/csv.ts';
import { filterFromQuery, filterToQuery } from '../../lib/records/filter-query.ts';
import { decodeText } from '../../lib/decode-text.ts';
import { readImportFile } from '../../lib/records/import-file.ts';
import { mergeRecords, type MergeConflict } from '../../lib/records/merge.ts';
import { packageLabels, reconcilePackageRecords } from '../../lib/records/package-records.ts';
import { MAX_PACKAGE_BYTES } from '../../lib/package/types.ts';
import {
  LABEL_KEYS,
  PLATFORMS,
  SOURCES,
  emptyLabelLists,
  labelsMissingFromLists,
  type AuditRecord,
  type LabelKey,
  type LabelLists,
} from '../../lib/records/schema.ts';
import { DEFAULT_SETTINGS, type Role, type Settings } from '../../lib/settings.ts';
import { startPackageAudit, type PackageRun } from './package-client.ts';
import type { PackageRunEvent } from './package-run.ts';

export const VIEWS = ['wins', 'records', 'questions', 'time', 'coverage', 'text', 'import', 'export', 'settings', 'print'] as const;
export type View = (typeof VIEWS)[number];
export type Route = { view: View } | { view: 'record'; id: string } | { view: 'teacher'; name: string };

/** Largest file the dashboard reads (checked on `File.size` before reading). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
/** Storage one package item's record takes, with its index key, rounded up (for the room check before auditing). */
const BYTES_PER_PACKAGE_RECORD = 4096;
const PAGE_SIZE = 50;
const SPLIT_KEYS: readonly SplitKey[] = ['teacher', 'course', 'school', 'subject', 'grade', 'platform', 'source'];
/** Finished course-export runs kept on the Import view. */
const KEEP_RUNS = 8;

/** `#/record/<id>` → record view, `#/teacher/<name>` → a teacher's progress, `#/wins` etc.; anything else → small wins. */
export function parseHash(hash: string): Route {
  const [view, id] = splitHash(hash).path.replace(/^\/?/, '').split('/');
  if (view === 'record' && id) return { view: 'record', id: safeDecode(id) };
  if (view === 'teacher' && id) return { view: 'teacher', name: safeDecode(id) };
  return { view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : 'wins' };
}

/** `#/records?teacher=…` → path `/records` and query `teacher=…` (null when the address has no `?`). */
export function splitHash(hash: string): { path: string; query: string | null } {
  const h = hash.replace(/^#/, '');
  const q = h.indexOf('?');
  return q < 0 ? { path: h, query: null } : { path: h.slice(0, q), query: h.slice(q + 1) };
}

/** The address path of a route (without `#` and query). */
export function routePath(route: Route): string {
  if (route.view === 'record') return `/record/${encodeURIComponent(route.id)}`;
  if (route.view === 'teacher') return `/teacher/${encodeURIComponent(route.name)}`;
  return `/${route.view}`;
}

/** A dropped file that is a course export rather than a bundle or CSV: by name, by type, or by its zip signature. */
export async function isPackageFile(file: File): Promise<boolean> {
  if (/\.(imscc|zip|mbz)$/i.test(file.name) || /zip/i.test(file.type)) return true;
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  // A zip, or gzip: a Moodle backup (.mbz) written as a compressed tar, whatever its name.
  return (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7)) || (head[0] === 0x1f && head[1] === 0x8b);
}

export interface ImportReport {
  files: number;
  summary: string | null;
  refused: { name: string; error: string }[];
  conflicts: MergeConflict[];
  missingLabels: LabelLists | null;
}

export class RecordsState {
  lang: DashboardLang = navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
  s = dashboardStrings(this.lang);

  loading = $state(true);
  /** Records read so far while the store loads (a 50,000-record store takes seconds in Chrome). */
  loadProgress = $state<{ done: number; total: number } | null>(null);
  error = $state<string | null>(null);
  message = $state<string | null>(null);
  route = $state<Route>(parseHash(location.hash));

  /** Newest first, so the index order is the table order and no filter change needs a sort. */
  records = $state.raw<AuditRecord[]>([]);
  index = $derived(buildIndex(this.records));
  /** Read from the address first, so a reload (or a bookmark) shows the same selection. */
  filter = $state.raw<RecordFilter>(filterFromQuery(splitHash(location.hash).query ?? ''));
  selection = $derived(filterRecords(this.index, this.filter));
  page = $state(0);
  unit = $state<'week' | 'month'>('week');
  /** What the per-question view is split by, on request (null: not split). */
  split = $state<SplitKey | null>(splitFromQuery(splitHash(location.hash).query ?? ''));
  coverageWeeks = $state(6);
  /** The query part of the address: the filter and the split. */
  query = $derived(queryOf(this.filter, this.split));

  labelLists = $state.raw<LabelLists>(emptyLabelLists());
  questionCounts = $derived(perQuestion(this.selection));
  trend = $derived(overTime(this.selection, this.unit));
  groups = $derived(this.split ? groupBy(this.selection, this.split) : []);
  wins = $derived(smallWins(this.selection, { limit: 200 }));
  /** A teacher's progress: every filter but the teacher one applies. */
  teacherProgress = $derived.by(() => {
    const route = this.route;
    if (route.view !== 'teacher') return null;
    return progress(filterRecords(this.index, { ...this.filter, teacher: undefined }), route.name);
  });
  coverage = $derived(
    coverage(filterRecords(this.index, { ...this.filter, from: undefined, to: undefined }), this.coverageWeeks, now(), this.labelLists),
  );
  pages = $derived(Math.max(1, Math.ceil(this.selection.rows.length / PAGE_SIZE)));
  pageRows = $derived.by(() => {
    const { rows, index } = this.selection;
    const start = Math.min(this.page, this.pages - 1) * PAGE_SIZE;
    const out: AuditRecord[] = [];
    for (let k = start; k < Math.min(rows.length, start + PAGE_SIZE); k++) out.push(index.records[rows[k]!]!);
    return out;
  });

  /** Values offered in each filter pick-list: the set-up list plus any value the records use. */
  options = $derived.by(() => {
    const out = {} as Record<(typeof LABEL_KEYS)[number], string[]>;
    for (const key of LABEL_KEYS) {
      const used = labelValues(this.index, key).map((v) => v.value);
      out[key] = unique([...this.labelLists[key], ...used]).sort((a, b) => a.localeCompare(b));
    }
    return out;
  });

  /** Choices of each multi-value filter, with how many records carry each; "(none)" last. */
  choices = $derived(filterChoices(this.index, this.options, this.s));

  settings = $state<Settings>(DEFAULT_SETTINGS);
  usage = $state<Usage | null>(null);
  quarantined = $state.raw<QuarantineEntry[]>([]);
  importProgress = $state<{ done: number; total: number; saving: boolean } | null>(null);
  importReport = $state.raw<ImportReport | null>(null);

  /** Course exports dropped on the dashboard: the one running, those waiting, and the last finished ones. */
  packageRuns = $state.raw<PackageAuditView[]>([]);
  /** Labels typed for the next course export's audits. */
  packageLabelInput = $state.raw<Partial<Record<LabelKey, string>>>({});
  storageWarning = $derived(this.usage?.nearlyFull ? this.s.storageNearlyFull : null);

  private stopWatching: (() => void) | null = null;
  private reloadTimer: ReturnType<typeof setTimeout> | null = null;
  /** Changes seen before the first read finished wait for it. */
  private reloaded = false;
  private pendingSaved: AuditRecord[] = [];
  private pendingRemoved: string[] = [];
  /** Settles once the store has been read: package audits line up with stored records only after it. */
  // Declared before `ready`: class fields are set in order, and these would reset what it assigned.
  private markReady: () => void = () => {};
  private markFailed: (e: unknown) => void = () => {};
  private ready = new Promise<void>((resolve, reject) => {
    this.markReady = resolve;
    this.markFailed = reject;
  });
  private packageQueue: { id: number; file: File }[] = [];
  private packageRun: PackageRun | null = null;
  private packageRunning = false;
  private nextRunId = 1;

  /** Address of a view (or `record/<id>`, `teacher/<name>`) that keeps the current filter. */
  href(path: string): string {
    return `#/${path}${this.query ? `?${this.query}` : ''}`;
  }

  /** Address of a teacher's progress view. */
  teacherHref = (name: string): string => this.href(`teacher/${encodeURIComponent(name)}`);

  async load(): Promise<void> {
    addEventListener('hashchange', () => {
      const { query } = splitHash(location.hash);
      const route = parseHash(location.hash);
      if (routePath(route) !== routePath(this.route)) scrollTo(0, 0);
      this.route = route;
      // An address without a query (a record link) keeps the filter; one with a query sets it.
      if (query !== null && query !== this.query) {
        this.filter = filterFromQuery(query);
        this.split = splitFromQuery(query);
        this.page = 0;
      }
    });
    try {
      [this.settings, this.labelLists] = await Promise.all([getSettings(), getLabelLists()]);
      // Watching starts before the read, so nothing written meanwhile is missed (applying a change
      // twice is harmless: the merge keeps the newer version).
      this.stopWatching = watchRecordChanges((c) => this.queueChanges(c));
      await this.reload();
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.markFailed(e);
    } finally {
      this.loading = false;
    }
  }

  async reload(): Promise<void> {
    const { records } = await loadRecords((done, total) => {
      if (this.loading) this.loadProgress = { done, total };
    });
    records.sort(newestFirst);
    this.records = records;
    this.reloaded = true;
    this.flushChanges();
    this.markReady();
    // The records are what the coach waits for; the rest fills in after they show.
    this.loading = false;
    [this.quarantined, this.usage] = await Promise.all([listQuarantine(), usage()]);
  }

  /**
   * Saves and removals from any tab (this one included) are applied in memory from the values the
   * browser hands over: no second read of the store. Bursts (an import writes in batches of 500)
   * are folded into one update.
   */
  private queueChanges(changes: RecordChanges): void {
    this.pendingSaved.push(...changes.saved);
    this.pendingRemoved.push(...changes.removed);
    if (this.reloadTimer) return;
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = null;
      if (this.reloaded) this.flushChanges();
    }, 300);
  }

  private flushChanges(): void {
    if (!this.pendingSaved.length && !this.pendingRemoved.length) return;
    const merged = applyChanges(this.records, this.pendingSaved, this.pendingRemoved);
    this.pendingSaved = [];
    this.pendingRemoved = [];
    this.records = merged;
  }

  setFilter(patch: RecordFilter): void {
    const next: RecordFilter = { ...this.filter, ...patch };
    for (const k of Object.keys(next) as (keyof RecordFilter)[]) if (next[k] === undefined) delete next[k];
    this.filter = next;
    this.page = 0;
    this.writeHash();
  }

  clearFilters(): void {
    this.filter = {};
    this.page = 0;
    this.writeHash();
  }

  setSplit(split: SplitKey | null): void {
    this.split = split;
    this.writeHash();
  }

  /** Puts the filter in the address without a navigation (no history entry, no hashchange). */
  private writeHash(): void {
    const q = queryOf(this.filter, this.split);
    history.replaceState(history.state, '', `#${routePath(this.route)}${q ? `?${q}` : ''}`);
  }

  recordById(id: string): AuditRecord | null {
    return this.records.find((r) => r.id === id) ?? null;
  }

  /** All audits of the record's assignment, oldest first. */
  historyOf(record: AuditRecord): AuditRecord[] {
    return this.records.filter((r) => r.assignment.key === record.assignment.key).reverse();
  }

  /** Reads every dropped file, refuses the bad ones with their reasons, imports the rest in one merge. */
  async importFiles(all: readonly File[]): Promise<void> {
    const packages: File[] = [];
    const files: File[] = [];
    for (const f of all) (await isPackageFile(f) ? packages : files).push(f);
    if (packages.length) this.auditPackages(packages);
    if (!files.length || this.importProgress) return;
    const refused: ImportReport['refused'] = [];
    const incoming: AuditRecord[] = [];
    this.importReport = null;
    this.importProgress = { done: 0, total: files.length, saving: false };
    try {
      for (const file of files) {
        this.importProgress = { ...this.importProgress, done: this.importProgress.done + 1 };
        if (file.size > MAX_IMPORT_BYTES) {
          refused.push({ name: file.name, error: `${Math.round(file.size / 1e6)} MB is more than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB limit for one file.` });
          continue;
        }
        // Let the progress bar paint between files.
        await new Promise((r) => setTimeout(r, 0));
        // Not file.text(), which assumes UTF-8: a CSV saved again by a spreadsheet may be UTF-16
        // ("Unicode Text") or the system's code page (Windows-1252), and its accents must survive.
        const result = await readImportFile(decodeText(new Uint8Array(await file.arrayBuffer())), { maxBytes: MAX_IMPORT_BYTES });
        if (result.ok) incoming.push(...result.records);
        else refused.push({ name: file.name, error: result.error });
      }
      let summary: string | null = null;
      let conflicts: MergeConflict[] = [];
      if (incoming.length) {
        this.importProgress = { ...this.importProgress, saving: true };
        const r = await importRecords(incoming);
        if (r.ok) {
          summary = r.summary;
          conflicts = r.conflicts;
        } else refused.push({ name: `${files.length === 1 ? files[0]!.name : `${files.length - refused.length} files`}`, error: r.message });
        await this.reload();
      }
      const missing = labelsMissingFromLists(incoming, this.labelLists);
      const missingCount = LABEL_KEYS.reduce((n, k) => n + missing[k].length, 0);
      this.importReport = { files: files.length, summary, refused, conflicts, missingLabels: missingCount ? missing : null };
    } finally {
      this.importProgress = null;
    }
  }

  /** Queues course exports for auditing, one after the other. */
  auditPackages(files: readonly File[]): void {
    const views: PackageAuditView[] = [];
    for (const file of files) {
      const id = this.nextRunId++;
      this.packageQueue.push({ id, file });
      views.push(emptyRun(id, file.name));
    }
    const finished = this.packageRuns.filter((r) => r.phase === 'done' || r.phase === 'failed' || r.phase === 'cancelled');
    const live = this.packageRuns.filter((r) => !finished.includes(r));
    this.packageRuns = [...finished.slice(-KEEP_RUNS), ...live, ...views];
    if (!this.packageRunning) void this.runPackageQueue();
  }

  /** Stops the running course export (nothing of it is saved) and drops those waiting. */
  cancelPackages(): void {
    const waiting = this.packageQueue.map((q) => q.id);
    this.packageQueue = [];
    this.packageRun?.cancel();
    this.packageRuns = this.packageRuns.map((r) =>
      waiting.includes(r.id) || r.phase === 'reading' || r.phase === 'auditing' ? { ...r, phase: 'cancelled' } : r,
    );
  }

  setPackageLabels(patch: Partial<Record<LabelKey, string>>): void {
    this.packageLabelInput = { ...this.packageLabelInput, ...patch };
  }

  private async runPackageQueue(): Promise<void> {
    this.packageRunning = true;
    try {
      for (let next = this.packageQueue.shift(); next; next = this.packageQueue.shift()) await this.runPackage(next.id, next.file);
    } finally {
      this.packageRunning = false;
    }
  }

  private updateRun(id: number, patch: Partial<PackageAuditView>): void {
    this.packageRuns = this.packageRuns.map((r) => (r.id === id ? { ...r, ...patch } : r));
  }

  private runView(id: number): PackageAuditView | undefined {
    return this.packageRuns.find((r) => r.id === id);
  }

  /**
   * One course export: checks the size and the room left, audits it (in a worker when one starts),
   * then saves all its records in one all-or-nothing import. Cancelled or refused: nothing saved.
   */
  private async runPackage(id: number, file: File): Promise<void> {
    const { s } = this;
    const fail = (failure: string) => this.updateRun(id, { phase: 'failed', failure });
    if (file.size > MAX_PACKAGE_BYTES) return fail(s.packageTooBig(Math.round(file.size / 1048576), MAX_PACKAGE_BYTES / 1048576));
    const room = await usage().catch(() => null);
    if (room) this.usage = room;
    if (room?.nearlyFull) return fail(s.storageNearlyFull);
    const labelInput = { ...this.packageLabelInput };
    this.updateRun(id, { phase: 'reading' });

    const records: AuditRecord[] = [];
    // Written by the event callback; an object so the checks after `await` see the writes.
    const result: { done: Extract<PackageRunEvent, { type: 'done' }> | null; refused: string | null } = { done: null, refused: null };
    const run = startPackageAudit({ type: 'start', file, fileName: file.name, labels: labelInput }, (event) => {
      switch (event.type) {
        case 'open': {
          // Say so before anything is audited when the audits could not be saved.
          const need = event.total * BYTES_PER_PACKAGE_RECORD;
          if (room && Number.isFinite(room.quota) && room.bytes + need > room.quota * 0.9) {
            result.refused = s.packageNoRoom((need / 1e6).toFixed(1), (Math.max(0, room.quota * 0.9 - room.bytes) / 1e6).toFixed(1));
            run.cancel();
            return;
          }
          this.updateRun(id, { phase: 'auditing', name: event.name, format: event.format, total: event.total, done: 0 });
          return;
        }
        case 'progress':
          this.updateRun(id, { done: event.done, total: event.total });
          return;
        case 'scan':
          this.updateRun(id, { opening: event.total ? event.done / event.total : null });
          return;
        case 'records':
          for (const r of event.records) records.push(r);
          return;
        case 'done':
          result.done = event;
          return;
        case 'failed':
          result.refused = event.error;
      }
    });
    this.packageRun = run;
    void run.mode.then((mode) => this.updateRun(id, { mode }));
    await run.finished;
    this.packageRun = null;
    if (result.refused) return fail(result.refused);
    const done = result.done;
    if (!done || done.cancelled || this.runView(id)?.phase === 'cancelled') {
      if (this.runView(id)?.phase !== 'cancelled') this.updateRun(id, { phase: 'cancelled' });
      return;
    }
    const course = packageLabels(labelInput, done.name).course;
    this.updateRun(id, { phase: 'saving', name: done.name, audited: done.summary.items, skipped: done.summary.skipped, errors: done.errors });
    if (!records.length) {
      this.updateRun(id, { phase: 'done' });
      return;
    }
    // Verdicts and notes on earlier audits of the same items are carried over: that needs the store read.
    try {
      await this.ready;
    } catch (e) {
      return fail(e instanceof Error ? e.message : String(e));
    }
    const reconciled = reconcilePackageRecords(records, lookupById(this.records));
    const saved = await importRecords(reconciled.records);
    if (!saved.ok) return fail(saved.message);
    this.applySaved(reconciled.records);
    this.usage = await usage().catch(() => this.usage);
    const filter: RecordFilter = { source: ['package'], ...(course ? { course: [course] } : {}) };
    this.updateRun(id, { phase: 'done', saved: saved.summary, href: `#/records?${filterToQuery(filter)}` });
  }

  /** Folds records just written into the in-memory list (the same merge the store ran), newest first. */
  private applySaved(saved: readonly AuditRecord[]): void {
    const merged = mergeRecords(this.records, saved).records;
    merged.sort(newestFirst);
    this.records = merged;
  }

  async addMissingLabels(): Promise<void> {
    const missing = this.importReport?.missingLabels;
    if (!missing) return;
    const merged = {} as LabelLists;
    for (const k of LABEL_KEYS) merged[k] = [...this.labelLists[k], ...missing[k]];
    this.labelLists = await setLabelLists(merged);
    this.importReport = { ...this.importReport!, missingLabels: null };
  }

  downloadCsv(): void {
    download(toCsv(selectedRecords(this.selection)), `vantage-audits-${today()}.csv`, 'text/csv;charset=utf-8');
  }

  async downloadBackup(): Promise<void> {
    download(await exportAll(), `vantage-backup-${today()}.json`, 'application/json');
  }

  async downloadShare(options: { from?: string; to?: string; course?: string }): Promise<void> {
    const text = await createBundle(this.records, {
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: options.to } : {}),
      ...(options.course ? { course: options.course } : {}),
      createdBy: this.settings.role ? this.s.roles[this.settings.role] : undefined,
    });
    download(text, `vantage-audits-${options.course ? `${slug(options.course)}-` : ''}${today()}.json`, 'application/json');
  }

  downloadQuarantine(): void {
    download(JSON.stringify(this.quarantined, null, 2), `vantage-unreadable-${today()}.json`, 'application/json');
  }

  /** "Clear all": the export comes first unless the person chose to skip it. */
  async clearAll(withBackup: boolean): Promise<void> {
    if (withBackup) await this.downloadBackup();
    const { removed } = await deleteAll({ exportOffered: true });
    await this.reload();
    this.message = this.s.cleared(removed);
  }

  async saveLabelLists(lists: LabelLists): Promise<void> {
    this.labelLists = await setLabelLists(lists);
    this.message = this.s.listsSaved;
  }

  async setRole(role: Role): Promise<void> {
    this.settings = await updateSettings({ role });
  }

  async removeSite(origin: string): Promise<void> {
    await browser.runtime.sendMessage({ type: 'site:disable', origin }).catch(() => undefined);
    this.settings = await getSettings();
  }

  destroy(): void {
    this.stopWatching?.();
  }
}

function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// Plain helpers outside the class: the values they make are never mutated, so they need no runes.
function now(): Date {
  return new Date();
}

/** Choices of each multi-value filter with their record counts; "(none)" last. */
function filterChoices(index: RecordIndex, options: Record<LabelKey, string[]>, s: DashboardStrings): Record<LabelKey | 'platform' | 'source', Choice[]> {
  const out = {} as Record<LabelKey | 'platform' | 'source', Choice[]>;
  for (const key of LABEL_KEYS) {
    const counts = new Map(labelValues(index, key).map((v) => [v.value, v.count]));
    let none = 0;
    for (let i = 0; i < index.size; i++) if (index.labels[key].codes[i]! < 0) none++;
    out[key] = [...options[key].map((v) => ({ value: v, label: v, count: counts.get(v) ?? 0 })), { value: null, label: s.none, count: none }];
  }
  const platformCounts = new Uint32Array(PLATFORMS.length + 1);
  const sourceCounts = new Uint32Array(SOURCES.length + 1);
  for (let i = 0; i < index.size; i++) {
    platformCounts[index.platform[i]! + 1]!++;
    sourceCounts[index.source[i]! + 1]!++;
  }
  out.platform = [
    ...PLATFORMS.map((p, i) => ({ value: p, label: s.platformNames[p] ?? p, count: platformCounts[i + 1]! })),
    { value: null, label: s.noPlatform, count: platformCounts[0]! },
  ];
  out.source = SOURCES.map((v, i) => ({ value: v, label: s.source[v] ?? v, count: sourceCounts[i + 1]! }));
  return out;
}

/** The records with changes from storage applied (removals, then saves merged: newer wins), newest first. */
function applyChanges(records: readonly AuditRecord[], saved: readonly AuditRecord[], removedIds: readonly string[]): AuditRecord[] {
  const removed = new Set(removedIds);
  const kept = removed.size ? records.filter((r) => !removed.has(r.id)) : [...records];
  const merged = saved.length ? mergeRecords(kept, saved.filter((r) => !removed.has(r.id))).records : kept;
  return merged.sort(newestFirst);
}

function newestFirst(a: AuditRecord, b: AuditRecord): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}

function lookupById(records: readonly AuditRecord[]): (id: string) => AuditRecord | undefined {
  const byId = new Map(records.map((r) => [r.id, r]));
  return (id) => byId.get(id);
}

function emptyRun(id: number, fileName: string): PackageAuditView {
  return { id, fileName, phase: 'waiting', name: null, done: 0, total: 0, opening: null, audited: 0, skipped: 0, errors: [], saved: null, failure: null, mode: null, href: null };
}

/** The address query of a filter and a split (`by=` last). */
function queryOf(filter: RecordFilter, split: SplitKey | null): string {
  const q = filterToQuery(filter);
  return split ? `${q ? `${q}&` : ''}by=${split}` : q;
}

function splitFromQuery(query: string): SplitKey | null {
  const by = new URLSearchParams(query).get('by');
  return by && (SPLIT_KEYS as readonly string[]).includes(by) ? (by as SplitKey) : null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'course';
}
