import { chromium } from '@playwright/test';
import { makeRecords } from '/work/main/tests/unit/records/factory.ts';
const ext = '/tmp/dash/output/chrome-mv3';
const ctx = await chromium.launchPersistentContext('', { executablePath: '/usr/bin/chromium', headless: true, args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--no-first-run'] });
let [sw] = ctx.serviceWorkers(); if (!sw) sw = await ctx.waitForEvent('serviceworker');
const id = new URL(sw.url()).host;
const recs = makeRecords(50000, 5, { assignments: 12000, days: 365 });
for (let i = 0; i < 50000; i += 5000) await sw.evaluate((items) => chrome.storage.local.set(items), Object.fromEntries(recs.slice(i, i + 5000).map((r) => [`rec:${r.id}`, r])));
const page = await ctx.newPage();
const t0 = Date.now();
await page.goto(`chrome-extension://${id}/options.html#/records`);
await page.getByTestId('records-table').waitFor({ timeout: 120000 });
console.log('open', Date.now() - t0);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
for (const [l, v] of [['f-teacher', 'Ms. Rahimi'], ['f-teacher', ''], ['f-school', 'Lincoln High'], ['f-course', 'Biology 9'], ['f-school', ''], ['f-course', '']] as const) {
  await page.locator('#' + l).selectOption(v);
  await page.waitForTimeout(200);
}
const { profile } = await cdp.send('Profiler.stop') as any;
const self = new Map<string, number>();
const dt = profile.timeDeltas as number[];
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
profile.samples.forEach((s: number, i: number) => { const n: any = byId.get(s); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(1)}ms ${k}`).join('\n'));
await ctx.close();
declare const chrome: any;
