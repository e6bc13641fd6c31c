/**
 * The toolbar popup: what Vantage can do on the current tab (audit it through activeTab, enable
 * it on a self-hosted LMS), and the search designer with the topic taken from the page.
 */
import { browser } from 'wxt/browser';
import { translator, uiLang, type Lang } from '../../lib/i18n.ts';
import { DEFAULT_SETTINGS, originPattern, type Role, type Settings } from '../../lib/settings.ts';
import { getSettings, updateSettings } from '../../lib/browser/settings.ts';
import type { BackgroundReply, OverlayState } from '../../lib/messages.ts';
import { matchesKnownHost } from '../../lib/lms/hosts.ts';
import { topicFromPage } from '../../lib/topic-source.ts';
import { documentName } from '../../lib/documents/file-name.ts';

export class PopupState {
  lang: Lang = uiLang(navigator.language);
  t = translator(this.lang);
  settings = $state<Settings>(DEFAULT_SETTINGS);
  tabId = $state<number | null>(null);
  url = $state<URL | null>(null);
  topic = $state('');
  message = $state<string | null>(null);
  /** The tab shows a PDF (the browser's viewer): "Audit this PDF" takes it to the dashboard. */
  pdf = $state(false);

  /** http(s) pages only: Vantage has nothing to do on browser or extension pages. */
  get scriptable(): boolean {
    return this.url?.protocol === 'https:' || this.url?.protocol === 'http:';
  }
  get origin(): string | null {
    return this.url ? originPattern(this.url.href) : null;
  }
  get known(): boolean {
    return this.url ? matchesKnownHost(this.url) : false;
  }
  get enabled(): boolean {
    return this.origin !== null && this.settings.enabledSites.includes(this.origin);
  }

  async load(): Promise<void> {
    this.settings = await getSettings();
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.id || !tab.url) return;
    this.tabId = tab.id;
    try {
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
      this.url = new URL(tab.url);
    } catch {
      return;
    }
    if (this.scriptable) this.topic = await this.readTab(tab.id, this.url);
  }

  /**
   * Looks at the tab once: whether it is a PDF (sets `pdf`), and the designer's topic: selected
   * text first, then the assignment the overlay detected, then the search query in the URL.
   */
  private async readTab(tabId: number, url: URL): Promise<string> {
    const probe = await browser.scripting
      .executeScript({ target: { tabId }, func: () => ({ selection: getSelection()?.toString() ?? '', type: document.contentType }) })
      .then((r) => r[0]?.result as { selection?: unknown; type?: unknown } | undefined)
      .catch(() => undefined);
    const selection = String(probe?.selection ?? '');
    // Chromium's viewer is a document of the PDF's own type, whatever the address (`/files/345/download`).
    // Only a viewer Vantage can script is offered: the file is taken from inside it. (Firefox's
    // viewer is closed to extensions; there the popup's "Paste its text" stays the way.)
    this.pdf = probe?.type === 'application/pdf';
    const overlay = (await browser.tabs.sendMessage(tabId, { type: 'overlay:get' }, { frameId: 0 }).catch(() => null)) as OverlayState | null;
    return topicFromPage({ selection, assignmentTitle: overlay?.audit?.topic ?? null, url });
  }

  async setRole(role: Role): Promise<void> {
    this.settings = await updateSettings({ role });
  }

  async auditPage(): Promise<void> {
    if (this.tabId === null) return;
    const reply = (await browser.runtime.sendMessage({ type: 'page:audit', tabId: this.tabId })) as BackgroundReply;
    if (reply.ok) window.close();
    else this.message = reply.message;
  }

  /** The permission prompt must come from this click, so it is asked here, not in the background. */
  async enableSite(): Promise<void> {
    const origin = this.origin;
    if (!origin || !this.url) return;
    const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
    if (!granted) {
      this.message = this.t('popup.permissionDenied', { host: this.url.host });
      return;
    }
    const reply = (await browser.runtime.sendMessage({ type: 'site:enable', origin })) as BackgroundReply;
    this.settings = await getSettings();
    this.message = reply.ok ? this.t('popup.enabled', { host: this.url.host }) : reply.message;
    if (reply.ok && this.tabId !== null) void browser.tabs.reload(this.tabId);
  }

  async disableSite(): Promise<void> {
    const origin = this.origin;
    if (!origin) return;
    await browser.runtime.sendMessage({ type: 'site:disable', origin });
    this.settings = await getSettings();
  }

  openDashboard(): void {
    void browser.runtime.openOptionsPage();
    window.close();
  }

  /**
   * The PDF open in this tab, read by the dashboard's "Audit a text": it takes the file from the
   * tab (this click granted the tab to Vantage: activeTab) and audits it like a dropped PDF.
   */
  openPdfAudit(): void {
    if (this.tabId === null || !this.url) return;
    const query = `pdf-tab=${this.tabId}&name=${encodeURIComponent(documentName(this.url.href, null))}`;
    void browser.tabs.create({ url: browser.runtime.getURL(`/options.html?${query}#/text`) });
    window.close();
  }

  /** The dashboard's "Audit a text", for an assignment no page shows as text (a PDF, a Google Doc). */
  openTextAudit(): void {
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html#/text') });
    window.close();
  }
}
