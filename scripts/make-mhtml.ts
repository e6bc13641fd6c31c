/**
 * Saves pages as Chromium's "Webpage, Single File" does (MHTML, through the same serializer:
 * DevTools' Page.captureSnapshot), for the command line's tests of saved pages. Each page is served
 * under its real address; every other request gets a small HTML frame, so the archive holds a
 * frame part after the page, as real ones do.
 *
 *   node --import tsx scripts/make-mhtml.ts   # rewrites tests/fixtures/saved/*.mhtml
 *
 * The Date header and the random boundary differ from run to run; the tests read what they hold.
 */
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'tests/fixtures/saved');

const PAGES = [
  // The demo assignment, with a frame and a shadow root added after load, as an LMS page has.
  { source: 'scripts/demo/assignment.html', url: 'https://vantage-demo.instructure.com/courses/101/assignments/2001', out: 'canvas-demo.mhtml', extras: true },
  // A real Google result page (no-JS variant, from the shared fixtures).
  { source: '../shared/fixtures/serp/google-nojs-zlurad-google-nojs.html', url: 'https://www.google.com/search?q=google', out: 'google-nojs.mhtml', extras: false },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const p of PAGES) {
    const context = await browser.newContext({ javaScriptEnabled: p.extras });
    await context.route('**/*', (route) =>
      route.request().url() === p.url
        ? route.fulfill({ body: readFileSync(path.join(ROOT, p.source)), contentType: 'text/html; charset=utf-8' })
        : route.request().resourceType() === 'document'
          ? route.fulfill({ body: '<html><body><p>Text of a frame inside the page</p></body></html>', contentType: 'text/html' })
          : route.abort(),
    );
    const page = await context.newPage();
    await page.goto(p.url);
    if (p.extras) {
      await page.evaluate(() => {
        const frame = document.createElement('iframe');
        frame.src = '/frame.html';
        document.body.append(frame);
        const host = document.createElement('div');
        document.body.append(host);
        host.attachShadow({ mode: 'open' }).innerHTML = '<p>Texto en una raíz de sombra</p>';
      });
      await page.waitForTimeout(300);
    }
    const cdp = await context.newCDPSession(page);
    const { data } = (await cdp.send('Page.captureSnapshot', { format: 'mhtml' })) as { data: string };
    writeFileSync(path.join(OUT, p.out), data);
    await context.close();
  }
} finally {
  await browser.close();
}
