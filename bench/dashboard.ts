/**
 * Dashboard budget: with 50,000 records in the store, a filter change must redraw the table and
 * the charts in ≤ 100 ms in Chromium. Loads the built extension (`.output/chrome-mv3`, or
 * VANTAGE_EXTENSION_PATH) into Debian's Chromium, writes 50,000 generated records straight into
 * storage, opens the dashboard's Records view (table + per-question chart) and times, in the
 * page, from the `change` event of a filter pick-list to the second animation frame after it
 * (the redraw painted). Also reports how long the dashboard takes to open with that store.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRecords } from '../tests/unit/records/factory.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION = process.env.VANTAGE_EXTENSION_PATH ?? path.join(ROOT, '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const N = 50_000;
const BUDGET_MS = 100;

export async function run(): Promise<Record<string, number | string | boolean | object>> {
  if (!existsSync(path.join(EXTENSION, 'manifest.json'))) throw new Error(`No built extension at ${EXTENSION}: run \`npm run build\` first.`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
    const id = new URL(worker.url()).host;
    const records = makeRecords(N, 5, { assignments: 12_000, days: 365 });
    for (let i = 0; i < N; i += 5000) {
      const batch = Object.fromEntries(records.slice(i, i + 5000).map((r) => [`rec:${r.id}`, r]));
      await worker.evaluate((items) => chrome.storage.local.set(items), batch).catch((e: Error) => {
        throw new Error(`Storing ${N} records failed (${e.message}): the manifest needs the "unlimitedStorage" permission.`);
      });
    }

    const page = await context.newPage();
    const opened = Date.now();
    await page.goto(`chrome-extension://${id}/options.html#/records`);
    await page.getByTestId('records-table').waitFor({ timeout: 120_000 });
    const openMs = Date.now() - opened;
    // Loading leaves the validated copies' garbage behind; V8 collects it in the first seconds.
    // The budget is for a coach working with the filters, so measure once that has settled.
    await page.waitForTimeout(5000);

    // Each change: one pick-list set to a value (or back to all), timed to the painted frame.
    const changes: { label: string; value: string }[] = [
      { label: 'Teacher', value: 'Ms. Rahimi' },
      { label: 'Teacher', value: '' },
      { label: 'School', value: 'Lincoln High' },
      { label: 'Course', value: 'Biology 9' },
      { label: 'Grade', value: '10' },
      { label: 'School', value: '' },
      { label: 'Course', value: '' },
      { label: 'Grade', value: '' },
      { label: 'Platform', value: 'canvas' },
      { label: 'Platform', value: '' },
    ];
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const c of changes) {
        const select = page.getByLabel(c.label, { exact: true });
        const ms = await select.evaluate(async (el, value) => {
          const s = el as HTMLSelectElement;
          const t0 = performance.now();
          s.value = value;
          s.dispatchEvent(new Event('change', { bubbles: true }));
          await new Promise((r) => setTimeout(r, 0));
          const t1 = performance.now();
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          (globalThis as unknown as { __js?: number[] }).__js = [...((globalThis as unknown as { __js?: number[] }).__js ?? []), t1 - t0];
          return performance.now() - t0;
        }, c.value);
        if (round > 0) times.push(ms);
      }
    }
    times.sort((a, b) => a - b);
    const round1 = (x: number) => Math.round(x * 10) / 10;
    const shown = await page.getByTestId('record-count').textContent();
    const js = await page.evaluate(() => (globalThis as unknown as { __js: number[] }).__js.map((x) => Math.round(x)));
    return {
      records: N,
      openDashboardMs: openMs,
      filterRedrawMedianMs: round1(times[Math.floor(times.length / 2)]!),
      filterRedrawP90Ms: round1(times[Math.floor(times.length * 0.9)]!),
      filterRedrawMaxMs: round1(times.at(-1)!),
      filterRedrawAllMs: times.map(round1),
      budgetMs: BUDGET_MS,
      withinBudget: times.at(-1)! <= BUDGET_MS,
      lastCount: shown ?? '',
      scriptMs: js,
    };
  } finally {
    await context.close();
  }
}

declare const chrome: typeof import('wxt/browser').browser;
