/**
 * Playwright fixtures: the built extension (.output/chrome-mv3) loaded into Debian's Chromium,
 * and fixture pages served under their real host names with `context.route`, so content scripts
 * run exactly as they would for a person on that site.
 */
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const EXTENSION_PATH = path.join(ROOT, '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Fixtures = {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Every request the browser made to a host that is not a routed fixture (privacy check). */
  strayRequests: string[];
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies this way
  strayRequests: async ({}, use) => {
    await use([]);
  },
  context: async ({ strayRequests }, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      headless: !process.env.HEADED,
      locale: 'en-US',
      args: [
        `--disable-extensions-except=${EXTENSION_PATH}`,
        `--load-extension=${EXTENSION_PATH}`,
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
      ],
    });
    // Anything not routed by a test goes nowhere; we record it so privacy tests can assert on it.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
      strayRequests.push(url);
      return route.abort();
    });
    await use(context);
    await context.close();
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
