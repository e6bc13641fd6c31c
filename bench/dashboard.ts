/**
 * Dashboard budget: with 50,000 records in the store, a filter change must redraw the table and
 * the charts in ≤ 100 ms in Chromium. Loads the built extension (`.output/chrome-mv3`, or
 * VANTAGE_EXTENSION_PATH) into Debian's Chromium, writes 50,000 generated records straight into
 * storage, opens the dashboard's Records view (table + per-question chart) and times, in the
 * page, from the `change` event of a filter pick-list to the second animation frame after it
 * (the redraw painted). Filters are multi-value pick-lists (a disclosure with checkboxes): each
 * change ticks or unticks one value, several values at once included, and sets a question status.
 * Also reports how long the dashboard takes to open with that store: the first time (every record
 * read from its own key) and the next (from the snapshot the first open leaves, see
 * lib/browser/records.ts `loadRecords`).
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
    const open = async (): Promise<number> => {
      const t0 = Date.now();
      await page.goto(`chrome-extension://${id}/options.html#/records`);
      await page.getByTestId('records-table').waitFor({ timeout: 120_000 });
      return Date.now() - t0;
    };
    const openMs = await open();
    // The first open leaves a snapshot behind (written in the background): wait for it, then open again.
    const snapshotWritten = await waitFor(() => worker.evaluate(async () => (await chrome.storage.local.get('snap:meta'))['snap:meta'] !== undefined), 120_000);
    await page.goto('about:blank');
    const openWarmMs = await open();
    // Loading leaves the validated copies' garbage behind; V8 collects it in the first seconds.
    // The budget is for a coach working with the filters, so measure once that has settled.
    await page.waitForTimeout(5000);

    // Each change: tick or untick one value of a pick-list (or set a question status), timed to the painted frame.
    const changes: { field: string; value: string }[] = [
      { field: 'teacher', value: 'Ms. Rahimi' },
      { field: 'teacher', value: 'Mr. Okafor' },
      { field: 'teacher', value: 'Ms. Rahimi' },
      { field: 'teacher', value: 'Mr. Okafor' },
      { field: 'school', value: 'Lincoln High' },
      { field: 'course', value: 'Biology 9' },
      { field: 'grade', value: '10' },
      { field: 'q1', value: 'missing' },
      { field: 'school', value: 'Lincoln High' },
      { field: 'course', value: 'Biology 9' },
      { field: 'grade', value: '10' },
      { field: 'q1', value: '' },
      { field: 'platform', value: 'Canvas' },
      { field: 'platform', value: 'Canvas' },
    ];
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const c of changes) {
        const ms = await page.evaluate(async ({ field, value }) => {
          // No named inner functions here: the bundler would wrap them in a helper the page lacks.
          // Open the pick-list (not timed): the change is the tick inside it.
          const button = document.getElementById(field.startsWith('q') ? 'f-questions' : `f-${field}`) as HTMLButtonElement;
          if (button.getAttribute('aria-expanded') !== 'true') {
            button.click();
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          }
          const select = field.startsWith('q') ? (document.getElementById(`f-${field}`) as HTMLSelectElement) : null;
          const box = select
            ? null
            : [...document.querySelectorAll<HTMLInputElement>(`#f-${field}-panel input[type=checkbox]`)].find((b) => b.closest('label')?.querySelector('bdi')?.textContent === value);
          if (!select && !box) throw new Error(`no choice ${value} in ${field}`);
          const t0 = performance.now();
          if (select) {
            select.value = value;
            select.dispatchEvent(new Event('change', { bubbles: true }));
          } else box!.click();
          await new Promise((r) => setTimeout(r, 0));
          const t1 = performance.now();
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          (globalThis as unknown as { __js?: number[] }).__js = [...((globalThis as unknown as { __js?: number[] }).__js ?? []), t1 - t0];
          return performance.now() - t0;
        }, c);
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
      openDashboardFromSnapshotMs: openWarmMs,
      snapshotWritten,
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

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

declare const chrome: typeof import('wxt/browser').browser;
