/**
 * The panel's glue: asks the content script (through the background) for the current audit,
 * loads the saved verdicts and history of this assignment, and saves new audits as records.
 */
import { browser } from 'wxt/browser';
import type { OverlayState, PanelToContent } from '../../lib/messages.ts';
import { withSearchDesign } from '../../lib/audit-design.ts';
import { audit } from '../../lib/audit.ts';
import { translator, uiLang, type Lang } from '../../lib/i18n.ts';
import { DEFAULT_SETTINGS, type Role, type Settings } from '../../lib/settings.ts';
import { getSettings, updateSettings } from '../../lib/browser/settings.ts';
import { getRecordsForAssignment, saveRecord } from '../../lib/browser/records.ts';
import { assignmentKey, recordFromAudit } from '../../lib/records/create.ts';
import type { AuditRecord } from '../../lib/records/schema.ts';
import { textChanged, textFingerprint } from '../../lib/records/fingerprint.ts';
import { MAX_HANDOUT_TEXT } from '../../lib/lms/handouts.ts';
import type { Status } from '../../lib/analyze/types.ts';
import type { Verdict } from '../../components/overlay/types.ts';
import { fromFetched } from '../../lib/browser/fetch-document.ts';

export class PanelState {
  lang: Lang = uiLang(navigator.language);
  t = translator(this.lang);
  overlay = $state<OverlayState | null>(null);
  loading = $state(true);
  error = $state<string | null>(null);
  settings = $state<Settings>(DEFAULT_SETTINGS);
  verdicts = $state<Record<number, Verdict>>({});
  notes = $state<Record<number, string>>({});
  history = $state.raw<AuditRecord[]>([]);
  /** The instructions on the page now (see lib/records/fingerprint.ts), and the analysis that read them. */
  current = $state<{ fingerprint: string; analysisVersion: string } | null>(null);
  /** Set when the latest saved audit was of other instructions than the page shows now. */
  textChange = $state.raw<TextChange | null>(null);
  saveMessage = $state<string | null>(null);
  saving = $state(false);
  /** Per handout address: being read, or why it could not be. */
  handoutProgress = $state<Record<string, { reading: boolean; message?: string }>>({});

  async load(): Promise<void> {
    this.loading = true;
    try {
      this.settings = await getSettings();
      this.overlay = withDesign((await this.send({ type: 'overlay:get' })) as OverlayState | null);
      await this.loadHistory();
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.loading = false;
    }
  }

  /** The latest saved audit of this assignment fills the verdicts and notes back in. */
  private async loadHistory() {
    const key = this.key();
    if (!key) return;
    const records = await getRecordsForAssignment(key);
    this.history = [...records].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const audit = this.overlay?.audit;
    this.current = audit ? { fingerprint: textFingerprint(this.ownText()), analysisVersion: audit.analysisVersion } : null;
    const latest = this.history[0];
    this.textChange = null;
    if (latest) {
      this.verdicts = Object.fromEntries(latest.questions.map((q) => [q.id, q.verdict]));
      this.notes = Object.fromEntries(latest.questions.map((q) => [q.id, q.note]));
      if (audit && textChanged(latest.assignment.fingerprint, this.current?.fingerprint)) {
        this.textChange = {
          at: latest.createdAt,
          score: latest.score,
          // Another analysis version may read the same page differently: said, not hidden.
          updated: latest.analysisVersion !== audit.analysisVersion,
          // What the teacher's old verdicts may no longer fit: the questions read differently now.
          questions: latest.questions.flatMap((q) => {
            const now = audit.questions.find((x) => x.id === q.id)?.status;
            return now && now !== q.status ? [{ id: q.id, before: q.status, after: now }] : [];
          }),
        };
      }
    }
  }

  private key(): string | null {
    const o = this.overlay;
    if (!o?.audit) return null;
    return assignmentKey({ platform: o.platform, url: o.url, title: o.audit.title, description: this.ownText(), ...(o.assignmentId ? { assignmentId: o.assignmentId } : {}) });
  }

  /**
   * The page's own instructions, without the handouts read with them: what says whether the page
   * changed since an audit, so an audit with its handout is recognised on the next visit.
   */
  private ownText(): string {
    const o = this.overlay;
    return o?.audit ? o.audit.description.slice(0, o.ownLength ?? o.audit.description.length) : '';
  }

  /**
   * Reads one of the page's handouts into the audit, on the teacher's click: the content script
   * fetches it (from the page's own site), the bytes are read here (pdf.js and the Word reader
   * load only now), and the content script audits the page with the text added.
   */
  async readHandout(handout: { name: string; url: string }): Promise<void> {
    const { name, url } = handout;
    if (this.handoutProgress[url]?.reading) return;
    const done = (message?: string): void => {
      this.handoutProgress = { ...this.handoutProgress, [url]: { reading: false, ...(message ? { message } : {}) } };
    };
    this.handoutProgress = { ...this.handoutProgress, [url]: { reading: true } };
    try {
      const got = fromFetched(await this.send({ type: 'overlay:handout', url }));
      if (!got.ok) {
        if (got.reason === 'status') return done(this.t('panel.handoutStatus', { status: got.status }));
        if (got.reason === 'tooBig') return done(this.t('panel.handoutTooBig', { mb: (got.size / 1024 / 1024).toFixed(1) }));
        return done(this.t('panel.handoutFailed'));
      }
      const { isDocumentFile, readDocumentFile } = await import('../../lib/documents/read.ts');
      if (!isDocumentFile(got.bytes)) return done(this.t('panel.handoutNotFile', { name }));
      const doc = await readDocumentFile(name, got.bytes);
      if (!doc.ok) return done(this.t('panel.handoutUnread', { name, message: doc.error }));
      const next = (await this.send({ type: 'overlay:add-handout', url, name, text: doc.text.slice(0, MAX_HANDOUT_TEXT) })) as OverlayState | null;
      if (!next?.handouts?.some((h) => h.url === url && h.read)) return done(this.t('panel.handoutFailed'));
      // The page's own text is unchanged, so its history and the teacher's unsaved verdicts stand.
      this.overlay = withDesign(next);
      done();
    } catch {
      done(this.t('panel.handoutFailed'));
    }
  }

  async save(): Promise<void> {
    const o = this.overlay;
    if (!o?.audit || this.saving) return;
    this.saving = true;
    this.saveMessage = null;
    try {
      const record = recordFromAudit(o.audit, {
        verdicts: { ...this.verdicts },
        notes: { ...this.notes },
        role: this.settings.role,
        source: 'page',
        ownText: this.ownText(),
        courseId: o.courseId,
        assignmentId: o.assignmentId,
      });
      const result = await saveRecord(record);
      if (result.ok) {
        this.saveMessage = this.t('panel.saved');
        this.history = [record, ...this.history];
        // The new audit is of the text as it is now.
        this.textChange = null;
        void this.send({ type: 'overlay:saved', score: o.audit.score });
      } else this.saveMessage = this.t('panel.saveFailed', { message: result.message });
    } catch (e) {
      this.saveMessage = this.t('panel.saveFailed', { message: e instanceof Error ? e.message : String(e) });
    } finally {
      this.saving = false;
    }
  }

  async setRole(role: Role): Promise<void> {
    this.settings = await updateSettings({ role });
  }

  jump(text: string): void {
    void this.send({ type: 'overlay:jump', text });
  }

  close(): void {
    void this.send({ type: 'overlay:close' });
  }

  async useSelection(): Promise<void> {
    const next = (await this.send({ type: 'overlay:use-selection' })) as OverlayState | null;
    if (next) {
      this.overlay = withDesign(next);
      await this.loadHistory();
    }
  }

  openDashboard(): void {
    void browser.runtime.openOptionsPage();
  }

  /** The dashboard's "Audit a text": for a page whose text cannot be read or selected (a Google Doc draws it on a canvas). */
  openTextAudit(): void {
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html#/text') });
  }

  private send(message: PanelToContent): Promise<unknown> {
    return browser.runtime.sendMessage({ type: 'panel:to-content', message });
  }
}

/** The latest audit was of other instructions: when, its score, and the questions read differently now. */
export interface TextChange {
  at: string;
  score: number;
  /** The earlier audit was read by another version of Vantage's analysis. */
  updated: boolean;
  questions: { id: number; before: Status; after: Status }[];
}

/** The content script sends statuses only; the full audit (suggestions, search design) is made here. */
function withDesign(state: OverlayState | null): OverlayState | null {
  const a = state?.audit;
  if (!state || !a) return state;
  const full = audit({ platform: a.platform, url: a.url, title: a.title, description: a.description, language: a.language });
  return { ...state, audit: withSearchDesign(full) };
}
