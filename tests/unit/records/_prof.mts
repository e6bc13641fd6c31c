import { chromium } from '@playwright/test';
import { makeRecords } from '/work/main/tests/unit/records/factory.ts';
const ext = '/tmp/dash/output/chrome-mv3';
const ctx = await chromium.launchPersistentContext('', { executablePath: '/usr/bin/chromium', headless: true, args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--no-first-run'] });
let [sw] = ctx.serviceWorkers(); if (!sw) sw = await ctx.waitForEvent('serviceworker');
const id = new URL(sw.url()).host;
const recs = makeRecords(50000, 5, { assignments: 12000, days: 365 });
for (let i = 0; i < 50000; i += 5000) await sw.evaluate((items) => chrome.storage.local.set(items), Object.fromEntries(recs.slice(i, i + 5000).map((r) => [`rec:${r.id}`, r])));
const page = await ctx.newPage();
await page.goto(`chrome-extension://${id}/options.html#/records`);
await page.getByTestId('records-table').waitFor({ timeout: 120000 });
await page.waitForTimeout(3000);
const cdp = await ctx.newCDPSession(page);
for (const view of ['coverage', 'time', 'records']) {
  await page.evaluate((v) => (location.hash = '#/' + v), view);
  await page.waitForTimeout(1000);
  const out: number[] = [];
  for (const [l, v] of [['f-teacher', 'Ms. Rahimi'], ['f-teacher', ''], ['f-school', 'Lincoln High'], ['f-school', '']] as const) {
    out.push(await page.locator('#' + l).evaluate(async (el, v) => { const t0 = performance.now(); (el as HTMLSelectElement).value = v; el.dispatchEvent(new Event('change', { bubbles: true })); await new Promise((r) => setTimeout(r, 0)); return Math.round(performance.now() - t0); }, v));
    await page.waitForTimeout(300);
  }
  const m = await cdp.send('Performance.getMetrics').catch(() => null);
  console.log(view, out.join(' '));
}
const heap = await page.evaluate(() => (performance as any).memory?.usedJSHeapSize / 1e6);
console.log('heapMB', heap);
await ctx.close();
declare const chrome: any;
