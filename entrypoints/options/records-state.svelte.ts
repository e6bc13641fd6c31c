/**
 * The dashboard's glue: loads the store, keeps the filter and the route, derives every number
 * from one column index (lib/records/aggregate.ts), and runs imports and exports. Components get
 * plain data from here and call back; only this class talks to storage.
 */
import { browser } from 'wxt/browser';
import { dashboardStrings, type DashboardLang } from '../../components/dashboard/strings.ts';
import {
  deleteAll,
  exportAll,
  getLabelLists,
  importRecords,
  listQuarantine,
  listRecords,
  setLabelLists,
  usage,
  watchRecords,
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
  selectedRecords,
  smallWins,
  type GroupKey,
  type RecordFilter,
} from '../../lib/records/aggregate.ts';
import { createBundle } from '../../lib/records/bundle.ts';
import { toCsv } from '../../lib/records/csv.ts';
import { readImportFile } from '../../lib/records/import-file.ts';
import type { MergeConflict } from '../../lib/records/merge.ts';
import { LABEL_KEYS, emptyLabelLists, labelsMissingFromLists, type AuditRecord, type LabelLists } from '../../lib/records/schema.ts';
import { DEFAULT_SETTINGS, type Role, type Settings } from '../../lib/settings.ts';

export const VIEWS = ['wins', 'records', 'questions', 'time', 'coverage', 'import', 'export', 'settings', 'print'] as const;
export type View = (typeof VIEWS)[number];
export type Route = { view: View } | { view: 'record'; id: string };

/** Largest file the dashboard reads (checked on `File.size` before reading). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
const PAGE_SIZE = 50;

/** `#/record/<id>` → record view; `#/wins` etc.; anything else → small wins, the first view. */
export function parseHash(hash: string): Route {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  if (view === 'record' && id) return { view: 'record', id: decodeURIComponent(id) };
  return { view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : 'wins' };
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
  filter = $state.raw<RecordFilter>({});
  selection = $derived(filterRecords(this.index, this.filter));
  page = $state(0);
  unit = $state<'week' | 'month'>('week');
  groupKey = $state<GroupKey>('teacher');
  coverageWeeks = $state(6);

  labelLists = $state.raw<LabelLists>(emptyLabelLists());
  questionCounts = $derived(perQuestion(this.selection));
  trend = $derived(overTime(this.selection, this.unit));
  groups = $derived(groupBy(this.selection, this.groupKey));
  wins = $derived(smallWins(this.selection, { limit: 200 }));
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

  settings = $state<Settings>(DEFAULT_SETTINGS);
  usage = $state<Usage | null>(null);
  quarantined = $state.raw<QuarantineEntry[]>([]);
  importProgress = $state<{ done: number; total: number; saving: boolean } | null>(null);
  importReport = $state.raw<ImportReport | null>(null);

  private stopWatching: (() => void) | null = null;
  private reloadTimer: ReturnType<typeof setTimeout> | null = null;

  async load(): Promise<void> {
    addEventListener('hashchange', () => {
      this.route = parseHash(location.hash);
      scrollTo(0, 0);
    });
    try {
      [this.settings, this.labelLists] = await Promise.all([getSettings(), getLabelLists()]);
      await this.reload();
      // Saves from other tabs show up without a refresh; bursts are folded into one reload.
      this.stopWatching = watchRecords(() => {
        if (this.reloadTimer || this.importProgress) return;
        this.reloadTimer = setTimeout(() => {
          this.reloadTimer = null;
          void this.reload();
        }, 500);
      });
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.loading = false;
    }
  }

  async reload(): Promise<void> {
    const { records } = await listRecords((done, total) => {
      if (this.loading) this.loadProgress = { done, total };
    });
    records.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    this.records = records;
    [this.quarantined, this.usage] = await Promise.all([listQuarantine(), usage()]);
  }

  setFilter(patch: RecordFilter): void {
    this.filter = { ...this.filter, ...patch };
    this.page = 0;
  }

  clearFilters(): void {
    this.filter = {};
    this.page = 0;
  }

  recordById(id: string): AuditRecord | null {
    return this.records.find((r) => r.id === id) ?? null;
  }

  /** All audits of the record's assignment, oldest first. */
  historyOf(record: AuditRecord): AuditRecord[] {
    return this.records.filter((r) => r.assignment.key === record.assignment.key).reverse();
  }

  /** Reads every dropped file, refuses the bad ones with their reasons, imports the rest in one merge. */
  async importFiles(files: readonly File[]): Promise<void> {
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
        const result = await readImportFile(await file.text(), { maxBytes: MAX_IMPORT_BYTES });
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

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'course';
}
