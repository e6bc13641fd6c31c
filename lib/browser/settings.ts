/** The stored settings item (browser.storage.local through WXT's storage). */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../settings.ts';

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

/** Current settings; fields that fail validation come back as their defaults. */
export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Merges a change into the stored settings and returns the result. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await getSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back on every change from any tab or page. Returns the unsubscribe function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}
