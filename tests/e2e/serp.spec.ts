/**
 * Result-page hints in real Chromium: a shared real Google page served under its real URL gets a
 * badge beside each organic result and one summary, without any layout shift; results that
 * arrive later get badges too; nothing is sent anywhere.
 */
import { test, expect, serve, sharedSerp, setSettings, fixture } from './fixtures.ts';

const GOOGLE = 'https://www.google.com/search?q=The+Matrix';

// The shared fixture aborts every request, the extension's own included; the summary's CSS is
// fetched from the extension (cssInjectionMode 'ui'), so let chrome-extension:// through.
test.beforeEach(async ({ context }) => {
  await context.route(
    (u) => u.protocol === 'chrome-extension:',
    (route) => route.continue(),
  );
});

/** Sum of layout-shift scores on the page since load (buffered entries included). */
async function layoutShift(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
            if (!e.hadRecentInput) total += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
}

test('a student sees a badge per result and one summary, and the page does not move', async ({ context, serviceWorker, strayRequests }) => {
  await setSettings(serviceWorker, { role: 'student' });
  await serve(context, GOOGLE, sharedSerp('google-desktop-2023-zlurad-matrix.html'));
  const page = await context.newPage();
  await page.goto(GOOGLE);

  await expect(page.locator('vantage-badge')).toHaveCount(8);
  const summary = page.locator('vantage-serp-summary');
  await expect(summary).toHaveCount(1);
  const head = summary.getByRole('button', { name: /0 countries · 8 with no country/ });
  await expect(head).toHaveAttribute('aria-expanded', 'false');
  // The saved page carries Google's cookie-consent dialog over everything, as many first visits
  // do; the student dismisses it first.
  await page.evaluate(() => {
    let el: Element | null = document.querySelector('[role="dialog"][aria-modal="true"]');
    while (el && el.parentElement !== document.body) el = el.parentElement;
    el?.remove();
  });
  await head.click();
  await expect(head).toHaveAttribute('aria-expanded', 'true');
  await expect(summary.getByText('All 8 results are from sites with no country.')).toBeVisible();
  // Styled in its shadow root, fixed to the corner of the viewport.
  const box = await summary.getByRole('region').evaluate((el) => {
    const s = getComputedStyle(el);
    return { width: s.width, background: s.backgroundColor, fixed: getComputedStyle(el.parentElement!).position };
  });
  expect(box).toEqual({ width: '320px', background: 'rgb(255, 255, 255)', fixed: 'fixed' });

  expect(await layoutShift(page)).toBe(0);
  expect(strayRequests.filter((u) => !u.startsWith('https://www.google.com/') && !u.includes('gstatic.com'))).toEqual([]);
});

test('badges say the country in words, and later results get badges too', async ({ context, serviceWorker }) => {
  await setSettings(serviceWorker, { role: 'student' });
  const url = 'https://duckduckgo.com/?q=iran+hostage+crisis&ia=web';
  await serve(context, url, fixture('serp/duckduckgo-js-2024-reconstructed-iran.html'));
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('vantage-badge')).toHaveCount(4);
  await page.evaluate(() => {
    const li = document.createElement('li');
    li.innerHTML = '<article data-testid="result"><h2><a data-testid="result-title-a" href="https://www.irna.ir/news/1"><span>IRNA</span></a></h2></article>';
    document.querySelector('ol')!.append(li);
  });
  await expect(page.locator('vantage-badge')).toHaveCount(5);
  await expect(page.locator('vantage-serp-summary').getByRole('button', { name: /2 countries · 3 with no country/ })).toBeVisible();
});

test('teachers see nothing unless they turn hints on', async ({ context, serviceWorker }) => {
  await setSettings(serviceWorker, { role: 'teacher' });
  await serve(context, GOOGLE, sharedSerp('google-desktop-2023-zlurad-matrix.html'));
  const page = await context.newPage();
  await page.goto(GOOGLE);
  await page.waitForTimeout(1500);
  await expect(page.locator('vantage-badge')).toHaveCount(0);
  await expect(page.locator('vantage-serp-summary')).toHaveCount(0);
});
