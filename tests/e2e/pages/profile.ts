/**
 * Chromium profile state a test cannot reach through any page: what the browser stores after
 * the person answers "Allow" in the native permission prompt.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes an optional host permission the person granted into a closed profile, the way Chromium
 * keeps it (the extension's `granted_permissions` and `active_permissions` in `Default/Preferences`).
 * The next launch on this profile starts with the grant, as it would after a real "Allow".
 * The browser must be closed: it rewrites this file on exit.
 */
export function grantHostInProfile(userDataDir: string, extensionId: string, origin: string): void {
  const file = path.join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as {
    extensions?: { settings?: Record<string, Record<string, { explicit_host?: string[] } | undefined>> };
  };
  const entry = prefs.extensions?.settings?.[extensionId];
  if (!entry) throw new Error(`extension ${extensionId} is not in the profile's preferences`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    const set = (entry[key] ??= {});
    set.explicit_host = [...new Set([...(set.explicit_host ?? []), origin])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}
