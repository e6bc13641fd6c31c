/**
 * Playwright fixtures: the built extension (.output/chrome-mv3) loaded into Debian's Chromium,
 * and fixture pages served under their real host names with `context.route`, so content scripts
 * run exactly as they would for a person on that site.
 */
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const EXTENSION_PATH = path.join(ROOT, '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Options = {
  /**
   * Opens a DevTools port (`--remote-debugging-port`) so a test can attach to targets Playwright
   * does not attach by itself, such as the toolbar popup (see pages/popup.ts). Off by default.
   */
  remoteDebugging: boolean;
};

type Fixtures = {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Every request the browser made to a host that is not a routed fixture (privacy check). */
  strayRequests: string[];
};

export const test = base.extend<Fixtures & Options>({
  remoteDebugging: [false, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies this way
  strayRequests: async ({}, use) => {
    await use([]);
  },
  // `locale` is Playwright's own option (default en-US): `test.use({ locale: 'es-ES' })` gives a
  // browser whose UI language is Spanish, for pages and for the extension alike.
  context: async ({ strayRequests, locale, remoteDebugging }, use) => {
    const userDataDir = remoteDebugging ? mkdtempSync(path.join(tmpdir(), 'vantage-e2e-')) : '';
    const context = await launchExtension(strayRequests, { locale, userDataDir, remoteDebugging });
    await use(context);
    await context.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    let [sw] = context.serviceWorkers();
    if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
    await use(sw);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export { expect };

/** How to launch the browser with the extension; see `launchExtension`. */
export interface LaunchOptions {
  /** Browser and UI language (LANGUAGE, `--lang` and Playwright's locale); en-US unless given. */
  locale?: string;
  /** A profile directory to reuse across launches; a throwaway one when empty. */
  userDataDir?: string;
  /** Open a DevTools port; needs `userDataDir` (Chromium writes the port there). */
  remoteDebugging?: boolean;
}

const endpoints = new WeakMap<BrowserContext, string>();

/**
 * Debian's Chromium with the built extension, every request not routed by a test aborted and
 * recorded in `strayRequests`. The `context` fixture uses it; tests that must restart the
 * browser on the same profile call it themselves.
 */
export async function launchExtension(strayRequests: string[], options: LaunchOptions = {}): Promise<BrowserContext> {
  const locale = options.locale ?? 'en-US';
  const userDataDir = options.userDataDir ?? '';
  if (options.remoteDebugging && !userDataDir) throw new Error('remoteDebugging needs a userDataDir');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: !process.env.HEADED,
    locale,
    // Chromium on Linux takes its UI language (chrome.i18n.getUILanguage, navigator.language in
    // every page and worker, the toolbar popup included) from LANGUAGE, not from --lang, and only
    // for languages whose resources are installed (Debian: chromium-l10n).
    env: { ...process.env, LANGUAGE: `${locale.replace('-', '_')}:${locale.split('-')[0]}` },
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      `--lang=${locale}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      ...(options.remoteDebugging ? ['--remote-debugging-port=0'] : []),
    ],
  });
  if (options.remoteDebugging) {
    // Chromium writes the port it picked into the profile directory.
    const port = readFileSync(path.join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0]!.trim();
    endpoints.set(context, `http://127.0.0.1:${port}`);
  }
  // Anything not routed by a test goes nowhere; we record it so privacy tests can assert on it.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    strayRequests.push(url);
    return route.abort();
  });
  return context;
}

/** The DevTools endpoint of a context launched with `remoteDebugging`. */
export function debuggingEndpoint(context: BrowserContext): string {
  const endpoint = endpoints.get(context);
  if (!endpoint) throw new Error('launch the context with remoteDebugging: test.use({ remoteDebugging: true })');
  return endpoint;
}

/** The extension's service worker in a context (waits for it to start). */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const [sw] = context.serviceWorkers();
  return sw ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}

/** Serves `html` at `url` (and only there) in this context. Later routes win over earlier ones. */
export async function serve(context: BrowserContext, url: string, html: string): Promise<void> {
  const target = new URL(url);
  await context.route(
    (u) => u.origin === target.origin && u.pathname === target.pathname,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

/** Reads a fixture file relative to tests/fixtures/. */
export function fixture(relativePath: string): string {
  return readFileSync(path.join(ROOT, 'tests', 'fixtures', relativePath), 'utf8');
}

/** Reads a shared real search-result page (../shared/fixtures/serp beside the repo). */
export function sharedSerp(file: string): string {
  return readFileSync(path.join(ROOT, '..', 'shared', 'fixtures', 'serp', file), 'utf8');
}

/** Sets the person's settings directly in extension storage (skips the welcome). */
export async function setSettings(sw: Worker, settings: Record<string, unknown>): Promise<void> {
  await sw.evaluate(async (s) => {
    const current = (await chrome.storage.local.get('settings')).settings ?? {};
    await chrome.storage.local.set({ settings: { ...current, ...s } });
  }, settings);
}

/** The overlay's shadow host on a page. */
export function overlay(page: Page) {
  return page.locator('vantage-overlay');
}

declare const chrome: typeof import('wxt/browser').browser;
