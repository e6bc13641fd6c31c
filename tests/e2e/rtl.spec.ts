/**
 * An Arabic assignment title in the English panel, in real Chromium: the title lays out right to
 * left (its question mark at its left end), while the panel around it stays left to right.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, ROOT, serve, setSettings, test } from './fixtures';
import { OverlayPage } from './pages/overlay';

const DEMO_URL = 'https://vantage-demo.instructure.com/courses/101/assignments/2002';
const TITLE = 'أزمة الرهائن في إيران: من يروي القصة؟';

test('an Arabic assignment title keeps its own direction in the English panel', async ({ context, serviceWorker }) => {
  await setSettings(serviceWorker, { role: 'teacher' });
  const demo = readFileSync(path.join(ROOT, 'scripts', 'demo', 'assignment.html'), 'utf8');
  await serve(context, DEMO_URL, demo.replaceAll('The Iranian Hostage Crisis: Two Sides of 444 Days', TITLE));
  const page = await context.newPage();
  await page.goto(DEMO_URL);
  const overlay = new OverlayPage(page);
  await overlay.open();

  const title = overlay.panel.getByRole('heading', { level: 2, name: TITLE });
  await expect(title).toHaveAttribute('dir', 'auto');
  // What Chromium resolves, not only the attribute: the title RTL, the panel's own heading LTR.
  expect(await title.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(await overlay.panel.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
});
