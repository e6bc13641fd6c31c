/**
 * Self-hosted LMSs: the person grants one origin (optional host permission, asked in the popup at
 * the moment they choose "Enable Vantage on this site"), and the assignment content script is
 * registered there at run time. "Audit this page" uses activeTab instead and needs no grant.
 */
import { browser } from 'wxt/browser';
import type { BackgroundReply } from '../../lib/messages.ts';
import { getSettings, updateSettings } from '../../lib/browser/settings.ts';

const SCRIPT = '/content-scripts/assignment.js';
const idFor = (origin: string) => `site:${origin}`;
/** One site, as the popup asks for it (`originPattern`): never a wildcard host. */
const SITE = /^https?:\/\/[^/*]+\/\*$/;

// The popup's own follow-up and the permissions.onAdded event can both enable the same site at
// once; one change at a time keeps registration and the stored list from racing each other.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Registers the overlay on an origin the person has granted. */
export function enableSite(origin: string): Promise<BackgroundReply> {
  return serial(async () => {
    if (!SITE.test(origin)) return { ok: false, message: `Not a site address: ${origin}` };
    const granted = await browser.permissions.contains({ origins: [origin] });
    if (!granted) return { ok: false, message: 'Permission was not granted.' };
    await register(origin);
    const settings = await getSettings();
    if (!settings.enabledSites.includes(origin)) await updateSettings({ enabledSites: [...settings.enabledSites, origin] });
    return { ok: true };
  });
}

/** Unregisters the overlay on an origin and gives the permission back. */
export function disableSite(origin: string): Promise<BackgroundReply> {
  return serial(async () => {
    await forget(origin);
    await browser.permissions.remove({ origins: [origin] }).catch(() => undefined);
    return { ok: true };
  });
}

/**
 * The person allowed sites in the browser's permission prompt. The popup that asked may never
 * see the answer: Chromium closes an extension popup when the prompt takes the focus (seen in
 * tests/e2e/popup.spec.ts), and with it goes the popup's own "site:enable". The grant itself
 * is what enables the site.
 */
export async function sitesGranted(origins: readonly string[] = []): Promise<void> {
  for (const origin of origins) {
    if (!SITE.test(origin)) continue;
    const reply = await enableSite(origin).catch(() => null);
    if (reply?.ok) await injectIntoOpenTabs(origin);
  }
}

/**
 * The tabs already open on a newly allowed site get the overlay now, without a reload: the
 * person just said yes while looking at that page.
 */
async function injectIntoOpenTabs(origin: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: origin }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [SCRIPT] }).catch(() => undefined);
  }
}

/** Sites taken back in the browser's own settings stop getting the overlay and leave the list. */
export function sitesRevoked(origins: readonly string[] = []): Promise<void> {
  return serial(async () => {
    const enabled = (await getSettings()).enabledSites;
    for (const origin of origins) if (enabled.includes(origin)) await forget(origin);
  });
}

async function forget(origin: string) {
  await browser.scripting.unregisterContentScripts({ ids: [idFor(origin)] }).catch(() => undefined);
  const settings = await getSettings();
  await updateSettings({ enabledSites: settings.enabledSites.filter((o) => o !== origin) });
}

/** Re-registers every enabled site whose permission is still granted (Firefox forgets at restart). */
export async function syncRegisteredSites(): Promise<void> {
  const settings = await getSettings();
  for (const origin of settings.enabledSites) {
    if (await browser.permissions.contains({ origins: [origin] })) await register(origin).catch(() => undefined);
  }
}

async function register(origin: string) {
  const id = idFor(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] }).catch(() => []);
  if (existing.length) return;
  await browser.scripting.registerContentScripts([
    { id, matches: [origin], js: [SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** "Audit this page": inject the overlay through activeTab, then ask it to audit whatever is there. */
export async function auditPage(tabId: number): Promise<BackgroundReply> {
  await browser.scripting.executeScript({ target: { tabId }, files: [SCRIPT] });
  await browser.tabs.sendMessage(tabId, { type: 'overlay:audit-page' }, { frameId: 0 });
  return { ok: true };
}
