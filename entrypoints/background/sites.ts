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

/** Registers the overlay on an origin the person has granted. */
export async function enableSite(origin: string): Promise<BackgroundReply> {
  if (!/^https?:\/\/[^/*]+\/\*$/.test(origin)) return { ok: false, message: `Not a site address: ${origin}` };
  const granted = await browser.permissions.contains({ origins: [origin] });
  if (!granted) return { ok: false, message: 'Permission was not granted.' };
  await register(origin);
  const settings = await getSettings();
  if (!settings.enabledSites.includes(origin)) await updateSettings({ enabledSites: [...settings.enabledSites, origin] });
  return { ok: true };
}

/** Unregisters the overlay on an origin and gives the permission back. */
export async function disableSite(origin: string): Promise<BackgroundReply> {
  await browser.scripting.unregisterContentScripts({ ids: [idFor(origin)] }).catch(() => undefined);
  await browser.permissions.remove({ origins: [origin] }).catch(() => undefined);
  const settings = await getSettings();
  await updateSettings({ enabledSites: settings.enabledSites.filter((o) => o !== origin) });
  return { ok: true };
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
