/**
 * Privacy and reach of the built extension, read from what ships: narrow permissions, content
 * scripts only on LMS and search-result pages, no remote code, no hosts contacted by the code
 * except Wikipedia's API (the one opt-in look-up).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, EXTENSION_PATH } from './fixtures';
import { LMS_MATCHES } from '../../lib/lms/hosts.ts';
import { SERP_MATCHES } from '../../lib/serp/hosts.ts';

const manifest = () => JSON.parse(readFileSync(path.join(EXTENSION_PATH, 'manifest.json'), 'utf8'));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

test('permissions are narrow: no host permission at install, self-hosted sites are optional', () => {
  const m = manifest();
  expect(m.manifest_version).toBe(3);
  expect([...m.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
  expect(m.host_permissions ?? []).toEqual([]);
  expect(m.optional_host_permissions).toEqual(['*://*/*']);
});

test('content scripts run only on known LMS and search-result pages', () => {
  const m = manifest();
  const allowed = new Set([...LMS_MATCHES, ...SERP_MATCHES]);
  const matches: string[] = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
  expect(matches.length).toBeGreaterThan(5);
  for (const pattern of matches) expect(allowed.has(pattern), `unexpected match ${pattern}`).toBe(true);
  expect(matches).not.toContain('<all_urls>');
  expect(matches.some((p) => p.startsWith('*://*/'))).toBe(false);
});

test('no analytics or error-reporting SDK ships', () => {
  // Requests are checked where they happen: every e2e test routes the whole network and records
  // anything that is not a fixture (strayRequests); see overlay.spec.ts and serp.spec.ts.
  const analytics = files(EXTENSION_PATH).filter((f) => /google-analytics|googletagmanager|segment\.io|sentry\.io|mixpanel|amplitude\.com/i.test(readFileSync(f, 'utf8')));
  expect(analytics).toEqual([]);
});

test('the assignment content script stays within 30 kB gzip', () => {
  const size = gzipSync(readFileSync(path.join(EXTENSION_PATH, 'content-scripts', 'assignment.js'))).length;
  expect(size).toBeLessThanOrEqual(30 * 1024);
});
