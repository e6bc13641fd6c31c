/**
 * Result-page hints in real Chromium: a shared real Google page served under its real URL gets a
 * badge beside each organic result and one summary, without any layout shift; results that
 * arrive later get badges too; nothing is sent anywhere.
 */
import { test, expect, serve, sharedSerp, setSettings, fixture } from './fixtures.ts';

const GOOGLE = 'https://www.google.com/search?q=The+Matrix';
/** What carries a badge: the result title (its ::after draws it; entrypoints/serp.content/badges.ts). */
const BADGES = '[data-vantage-badge]';

// The shared fixture aborts every request the test did not route; the extension's own pages load.
test.beforeEach(async ({ context }) => {
  await context.route(
    (u) => u.protocol === 'chrome-extension:',
    (route) => route.continue(),
  );
});

/**
 * Where every result heading and link sits, with Vantage's badges and summary in the page and then
 * with them taken out: the same boxes mean they take no room and move nothing. (A layout-shift
 * score would also count the saved page's own rare late shifts, which the bench reports apart.)
 */
async function movedByVantage(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = () =>
      [...document.querySelectorAll('h3, a[href]')].map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
      });
    const withVantage = boxes();
    const summaries = [...document.querySelectorAll('vantage-serp-summary')];
    const places = summaries.map((el) => [el, el.parentNode, el.nextSibling] as const);
    for (const el of summaries) el.remove();
    const badged = [...document.querySelectorAll('[data-vantage-badge]')].map((el) => [el, el.getAttribute('data-vantage-badge')!] as const);
    for (const [el] of badged) el.removeAttribute('data-vantage-badge');
    const without = boxes();
    for (const [el, parent, next] of places) parent?.insertBefore(el, next);
    for (const [el, text] of badged) el.setAttribute('data-vantage-badge', text);
    return withVantage.flatMap((box, i) => (box === without[i] ? [] : [`${box} -> ${without[i]}`]));
  });
}

test('a student sees a badge per result and one summary, and the page does not move', async ({ context, serviceWorker, strayRequests }) => {
  await setSettings(serviceWorker, { role: 'student' });
  await serve(context, GOOGLE, sharedSerp('google-desktop-2023-zlurad-matrix.html'));
  const page = await context.newPage();
  // What the page's own scripts would hear: every window message.
  await page.addInitScript(() => {
    const heard: string[] = ((window as unknown as { __heard: string[] }).__heard = []);
    addEventListener('message', (e) => heard.push(JSON.stringify(e.data) ?? ''));
  });
  // Page rules as heavy-handed as an engine could write them must not reach the summary.
  await page.addInitScript(() => {
    addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = 'button, .v-head, section, a { font-size: 40px !important; background: red !important; width: 10px !important; }';
      document.head.append(style);
    });
  });
  await page.goto(GOOGLE);

  await expect(page.locator(BADGES)).toHaveCount(8);
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
  // Styled by the stylesheet the browser injects, fixed to the corner of the viewport.
  const box = await summary.getByRole('region').evaluate((el) => {
    const s = getComputedStyle(el);
    return { width: s.width, background: s.backgroundColor, fixed: getComputedStyle(el.parentElement!).position };
  });
  expect(box).toEqual({ width: '320px', background: 'rgb(255, 255, 255)', fixed: 'fixed' });
  expect(await head.evaluate((el) => [getComputedStyle(el).fontSize, getComputedStyle(el).backgroundColor])).toEqual(['13px', 'rgb(239, 246, 255)']);

  expect(await movedByVantage(page)).toEqual([]);
  // Nothing the search page's own scripts could read says Vantage is here: no timing entries, no
  // window message (the page sees only the badges and the summary, which are the feature).
  expect(await page.evaluate(() => performance.getEntries().filter((e) => e.name.includes('vantage')).map((e) => e.name))).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard.filter((m) => /wxt|content-script|vantage/i.test(m)))).toEqual([]);
  expect(strayRequests.filter((u) => !u.startsWith('https://www.google.com/') && !u.includes('gstatic.com'))).toEqual([]);
});

test('badges say the country in words, and later results get badges too', async ({ context, serviceWorker }) => {
  await setSettings(serviceWorker, { role: 'student' });
  const url = 'https://duckduckgo.com/?q=iran+hostage+crisis&ia=web';
  await serve(context, url, fixture('serp/duckduckgo-js-2024-reconstructed-iran.html'));
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator(BADGES)).toHaveCount(4);
  await page.evaluate(() => {
    const li = document.createElement('li');
    li.innerHTML = '<article data-testid="result"><h2><a data-testid="result-title-a" href="https://www.irna.ir/news/1"><span>IRNA</span></a></h2></article>';
    document.querySelector('ol')!.append(li);
  });
  await expect(page.locator(BADGES)).toHaveCount(5);
  await expect(page.locator('vantage-serp-summary').getByRole('button', { name: /2 countries · 3 with no country/ })).toBeVisible();
  // A framework may reuse a result's elements for another result: same link, new address and title.
  await page.evaluate(() => {
    const a = document.querySelector<HTMLAnchorElement>('a[href="https://www.irna.ir/news/1"]')!;
    a.href = 'https://www.bbc.co.uk/persian';
    a.querySelector('span')!.firstChild!.nodeValue = 'BBC Persian';
  });
  await expect(page.locator('[data-vantage-label="GB — United Kingdom"]')).toHaveCount(1);
  // ...or replace a title inside a link it keeps: the new title gets the badge.
  await page.evaluate(() => {
    const a = document.querySelector('a[data-testid="result-title-a"][href="https://en.wikipedia.org/wiki/Iran_hostage_crisis"]')!;
    const title = document.createElement('span');
    title.textContent = 'Iran hostage crisis (Wikipedia)';
    a.replaceChildren(title);
  });
  await expect(page.getByText('Iran hostage crisis (Wikipedia)')).toHaveAttribute('data-vantage-label', 'no country');
  await expect(page.locator('vantage-serp-summary').getByRole('button', { name: /countries · 3 with no country/ })).toBeVisible();
});

test("the search page's own scripts are not told that Vantage is there", async ({ context, serviceWorker }) => {
  await setSettings(serviceWorker, { role: 'student' });
  await serve(context, GOOGLE, sharedSerp('google-desktop-2023-zlurad-matrix.html'));
  const page = await context.newPage();
  // What any script of the page could hear: window messages (WXT announces a content script with
  // one unless told not to, naming the extension's id).
  await page.addInitScript(() => {
    const heard: unknown[] = [];
    (window as unknown as { __heard: unknown[] }).__heard = heard;
    window.addEventListener('message', (e) => heard.push(e.data));
  });
  await page.goto(GOOGLE);
  await expect(page.locator(BADGES)).toHaveCount(8);
  const heard = await page.evaluate(() => JSON.stringify((window as unknown as { __heard: unknown[] }).__heard));
  expect(heard).not.toMatch(/content-script-started|wxt/);
});

test('teachers see nothing unless they turn hints on', async ({ context, serviceWorker }) => {
  await setSettings(serviceWorker, { role: 'teacher' });
  await serve(context, GOOGLE, sharedSerp('google-desktop-2023-zlurad-matrix.html'));
  const page = await context.newPage();
  await page.goto(GOOGLE);
  await page.waitForTimeout(1500);
  await expect(page.locator(BADGES)).toHaveCount(0);
  await expect(page.locator('vantage-serp-summary')).toHaveCount(0);
});

test('a page whose markup no reader knows gets a plain "could not read" summary and no error', async ({ context, serviceWorker }) => {
  await setSettings(serviceWorker, { role: 'student' });
  const url = 'https://www.bing.com/search?q=iran+hostage+crisis';
  // A redesign: a search box and links, but none of the result structures Bing has used.
  await serve(
    context,
    url,
    '<!doctype html><html><body><form><input name="q" value="iran hostage crisis"></form><main><div class="card-2031"><a href="https://www.irna.ir/x">IRNA</a></div></main></body></html>',
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  const head = page.locator('vantage-serp-summary').getByRole('button', { name: 'Vantage could not read this result page' });
  await expect(head).toBeVisible({ timeout: 10_000 });
  await head.click();
  await expect(page.locator('vantage-serp-summary').getByText(/Bing may have changed how its results look/)).toBeVisible();
  await expect(page.locator(BADGES)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("a Google redesign whose headings link only to Google's own pages is read again the slow way, then called unreadable", async ({ context, serviceWorker }) => {
  await setSettings(serviceWorker, { role: 'student' });
  const url = 'https://www.google.com/search?q=iran+hostage+crisis';
  // The fast native query finds links around headings, but none is a result: the worker finishes
  // them into nothing, the page is scanned the structural way, and that finds no layout either.
  await serve(
    context,
    url,
    '<!doctype html><html><body><textarea name="q">iran hostage crisis</textarea><div id="search">' +
      '<a href="/search?q=iran+hostage+crisis+1979"><h3>Iran hostage crisis 1979</h3></a>' +
      '<a href="https://www.google.com/search?q=embassy"><h3>Embassy</h3></a></div></body></html>',
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await expect(page.locator('vantage-serp-summary').getByRole('button', { name: 'Vantage could not read this result page' })).toBeVisible({ timeout: 10_000 });
  await expect(page.locator(BADGES)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('hostile result titles stay text on a strict-CSP page: nothing runs, nothing breaks, every result is badged', async ({ context, serviceWorker }) => {
  await setSettings(serviceWorker, { role: 'student' });
  const url = 'https://www.google.com/search?q=hostile+test';
  // The page's own inline scripts are blocked by its CSP (as on many real pages), so any dialog or
  // error could only come from Vantage rendering page text as markup.
  const html = fixture('serp/google-desktop-reconstructed-hostile.html').replace(
    /<head>/i,
    `<head><meta http-equiv="Content-Security-Policy" content="script-src 'none'; style-src 'self'">`,
  );
  await serve(context, url, html);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !/Content Security Policy/i.test(m.text()) && problems.push(m.text()));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  await expect(page.locator(BADGES)).toHaveCount(5);
  const summary = page.locator('vantage-serp-summary');
  await summary.getByRole('button', { expanded: false }).click();
  // Styled despite the page's style-src: the browser injects the extension's stylesheet itself.
  expect(await summary.getByRole('region').evaluate((el) => getComputedStyle(el).width)).toBe('320px');
  await page.waitForTimeout(300);
  expect(problems).toEqual([]);
});

test('turning hints off on one engine removes them at once and keeps them off there only', async ({ context, serviceWorker }) => {
  await setSettings(serviceWorker, { role: 'student' });
  await serve(context, GOOGLE, sharedSerp('google-desktop-2023-zlurad-matrix.html'));
  const page = await context.newPage();
  await page.goto(GOOGLE);
  await expect(page.locator(BADGES)).toHaveCount(8);
  await page.evaluate(() => {
    let el: Element | null = document.querySelector('[role="dialog"][aria-modal="true"]');
    while (el && el.parentElement !== document.body) el = el.parentElement;
    el?.remove();
  });
  const summary = page.locator('vantage-serp-summary');
  await summary.getByRole('button', { expanded: false }).click();
  await summary.getByRole('button', { name: 'Turn off on Google' }).click();
  await expect(page.locator(BADGES)).toHaveCount(0);
  await expect(summary).toHaveCount(0);
  await expect.poll(() => serviceWorker.evaluate(`chrome.storage.local.get('settings').then((s) => s.settings?.serpHints)`)).toEqual({ google: false });
  await page.reload();
  await page.waitForTimeout(1500);
  await expect(page.locator(BADGES)).toHaveCount(0);
  // Still on for the other engines.
  const ddg = 'https://duckduckgo.com/?q=iran+hostage+crisis&ia=web';
  await serve(context, ddg, fixture('serp/duckduckgo-js-2024-reconstructed-iran.html'));
  await page.goto(ddg);
  await expect(page.locator(BADGES)).toHaveCount(4);
});

/**
 * In the browser the content script finds Google's result links with one native query (`:has()`),
 * not the structural reading the command line and the unit tests use. Every saved desktop Google
 * page, under its real address, must get exactly the badges the shared expected readings give:
 * one per result, in page order, each naming that result's country.
 */
test('every saved Google desktop page gets one badge per expected result, in order, with its country', async ({ context, serviceWorker }) => {
  test.setTimeout(120_000);
  const { readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const { countryOf } = await import('../../lib/serp/country.ts');
  const { badgeLabel } = await import('../../lib/serp/view.ts');
  await setSettings(serviceWorker, { role: 'student' });
  const expected = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'serp', 'expected.json'), 'utf8')) as Array<{
    file: string;
    query: string | null;
    is_result_page: boolean;
    links: string[];
    domains: string[];
  }>;
  const pages = expected.filter((e) => e.file.startsWith('google-desktop-2023') && e.is_result_page && e.links.length);
  expect(pages.length).toBeGreaterThanOrEqual(8);
  for (const e of pages) {
    const url = `https://www.google.com/search?q=${encodeURIComponent(e.query ?? 'x')}`;
    await serve(context, url, sharedSerp(e.file));
    const page = await context.newPage();
    await page.goto(url);
    await expect(page.locator(BADGES), e.file).toHaveCount(e.links.length);
    const labels = await page.locator(BADGES).evaluateAll((els) => els.map((el) => el.getAttribute('data-vantage-label')));
    expect(labels, e.file).toEqual(e.domains.map((d) => badgeLabel(countryOf(d), 'en')));
    await page.close();
  }
});

/**
 * Google cuts long titles to the width of their result box, which clips everything outside it, so
 * a badge after such a title would be painted as a sliver at the box's edge. Every badge on the
 * saved coffee page (95 results, several with full-width titles) must lie wholly inside the box
 * that clips its title, and nothing on the page may move for it.
 */
test('a badge after a title that fills its result box is pulled into view, moving nothing', async ({ context, serviceWorker }) => {
  test.setTimeout(90_000);
  await setSettings(serviceWorker, { role: 'student' });
  const url = 'https://www.google.com/search?q=coffee';
  await serve(context, url, sharedSerp('google-desktop-2023-zlurad-coffee.html'));
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await expect(page.locator(BADGES)).toHaveCount(95);
  const full = (await clipEdges(page)).filter((e) => e.full).length;
  // The page has titles that leave no room for a badge: the case this test is about.
  expect(full).toBeGreaterThanOrEqual(3);
  await expect.poll(async () => badgesOutside(await badgeBoxes(context, page), await clipEdges(page))).toEqual([]);
  expect(await movedByVantage(page)).toEqual([]);
  await page.close();
});

/**
 * A site:ir search brings Persian titles, which end on the left: there the badge sits left of the
 * title, and a title that reaches the left edge of its box would push it past that edge. The saved
 * coffee page, turned right to left as Google serves a Persian interface (`<html dir="rtl">`, which
 * its own stylesheet answers) and given Persian titles of several lengths, must keep every badge
 * wholly inside the box that clips its title, moving nothing.
 */
test('a badge after a right-to-left title that fills its result box is pulled into view on the left', async ({ context, serviceWorker }) => {
  test.setTimeout(90_000);
  await setSettings(serviceWorker, { role: 'student' });
  const url = 'https://www.google.com/search?q=coffee';
  const persian = ['قهوه', 'تاریخچه قهوه در ایران و جهان', 'قهوه‌خانه‌های تهران: روایت‌های متفاوت از فرهنگ قهوه و چای در ایران معاصر و جهان'];
  let n = 0;
  const html = sharedSerp('google-desktop-2023-zlurad-coffee.html')
    .replace('<html itemscope="" itemtype="http://schema.org/SearchResultsPage" lang="en">', '<html itemscope="" itemtype="http://schema.org/SearchResultsPage" lang="fa" dir="rtl">')
    .replace(/(<h3 class="LC20lb[^"]*">)[^<]*(<\/h3>)/g, (_m, open: string, close: string) => `${open}${persian[n++ % persian.length]}${close}`);
  expect(n).toBeGreaterThan(30);
  await serve(context, url, html);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await expect(page.locator(BADGES)).toHaveCount(95);
  const edges = await clipEdges(page);
  expect(edges.filter((e) => e.rtl).length).toBeGreaterThan(30);
  // Titles that leave no room on the left for a badge: the case this test is about.
  expect(edges.filter((e) => e.rtl && e.full).length).toBeGreaterThanOrEqual(3);
  await expect.poll(async () => badgesOutside(await badgeBoxes(context, page), await clipEdges(page))).toEqual([]);
  expect(await movedByVantage(page)).toEqual([]);
  await page.close();
});

/**
 * For each badged title: the edges of the box that clips it, whether it runs right to left, and
 * whether its text leaves no room for a badge on the side where the badge goes.
 */
function clipEdges(page: import('@playwright/test').Page) {
  return page.locator(BADGES).evaluateAll((els) =>
    els.map((el) => {
      let clip = { left: 0, right: document.documentElement.clientWidth };
      for (let a = el.parentElement, n = 0; a && n < 8; a = a.parentElement, n++) {
        const cs = getComputedStyle(a);
        if (cs.overflowX !== 'visible' || /paint|strict|content/.test(cs.contain)) {
          clip = a.getBoundingClientRect();
          break;
        }
      }
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = range.getClientRects();
      const last = lines[lines.length - 1]!;
      const rtl = getComputedStyle(el).direction === 'rtl';
      return { left: clip.left, right: clip.right, rtl, full: rtl ? last.left - 34 < clip.left : last.right + 34 > clip.right };
    }),
  );
}

/** The badges that are not wholly inside the box that clips their title, described. */
function badgesOutside(boxes: Awaited<ReturnType<typeof badgeBoxes>>, clips: Awaited<ReturnType<typeof clipEdges>>): string[] {
  return boxes.flatMap((b, i) => {
    const c = clips[i]!;
    if (b && b.x >= c.left - 0.5 && b.x + b.width <= c.right + 0.5) return [];
    return [`badge ${i} at ${b ? `${Math.round(b.x)}–${Math.round(b.x + b.width)}` : '?'}, box ${Math.round(c.left)}–${Math.round(c.right)}`];
  });
}

/** Each badge's box on the page (the ::after of the element carrying it), from the browser's own layout. */
async function badgeBoxes(context: import('@playwright/test').BrowserContext, page: import('@playwright/test').Page) {
  const cdp = await context.newCDPSession(page);
  type Node = { nodeName: string; attributes?: string[]; children?: Node[]; pseudoElements?: Array<{ nodeId: number; pseudoType: string }> };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: Node };
  const boxes: Array<{ x: number; y: number; width: number; height: number } | null> = [];
  const walk = async (n: Node): Promise<void> => {
    if (n.attributes?.includes('data-vantage-badge')) {
      const after = n.pseudoElements?.find((p) => p.pseudoType === 'after');
      const model = after ? ((await cdp.send('DOM.getBoxModel', { nodeId: after.nodeId }).catch(() => null)) as { model: { border: number[]; width: number; height: number } } | null) : null;
      boxes.push(model ? { x: model.model.border[0]!, y: model.model.border[1]!, width: model.model.width, height: model.model.height } : null);
    }
    for (const c of n.children ?? []) await walk(c);
  };
  await walk(root);
  await cdp.detach();
  return boxes;
}

/**
 * Badges a student cannot see are no badges: engines clip their result boxes (Google's clips
 * everything outside the title and address), so each saved engine page is checked pixel by pixel:
 * the badge's box looks different with the badge drawn than without it. The page's own boxes do
 * not move, and a screen reader hears the country with the result's link.
 */
test('every engine draws the badges where the student sees them, moving nothing', async ({ context, serviceWorker }) => {
  test.setTimeout(180_000);
  await setSettings(serviceWorker, { role: 'student' });
  const pages: Array<[string, string, number]> = [
    ['https://www.google.com/search?q=The+Matrix', sharedSerp('google-desktop-2023-zlurad-matrix.html'), 8],
    ['https://www.google.com/search?q=things+to+do+in+paris', sharedSerp('google-mobile-zlurad-paris.html'), 14],
    ['https://www.bing.com/search?q=The+Matrix', sharedSerp('bing-nojs-zlurad-matrix-nojs.html'), 5],
    ['https://duckduckgo.com/?q=iran+hostage+crisis&ia=web', fixture('serp/duckduckgo-js-2024-reconstructed-iran.html'), 4],
    ['https://html.duckduckgo.com/html/?q=iran+hostage+crisis', fixture('serp/duckduckgo-html-2024-reconstructed-iran.html'), 5],
    ['https://yandex.com/search/?text=cloud+service&lr=177', fixture('serp/yandex-2019-sescraper-cloud-service.html'), 10],
    ['https://www.baidu.com/s?ie=utf-8&wd=model+context+protocol', fixture('serp/baidu-2025-reconstructed-mcp.html'), 4],
    ['https://www.ecosia.org/search?method=index&q=javascript+tutorial', fixture('serp/ecosia-2026-wsm-javascript.html'), 10],
  ];
  for (const [url, html, count] of pages) {
    await serve(context, url, html);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    await expect(page.locator(BADGES), url).toHaveCount(count);
    await page.locator('vantage-serp-summary').waitFor({ state: 'attached' });
    // Consent dialogs saved with some pages cover everything, and hide the page from assistive
    // technology while open; the student dismisses them first.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('[role="dialog"][aria-modal="true"]')) {
        let el: Element | null = d;
        while (el && el.parentElement !== document.body) el = el.parentElement;
        el?.remove();
      }
      for (let el = document.querySelector('[data-vantage-badge]'); el; el = el.parentElement) {
        el.removeAttribute('aria-hidden');
        el.removeAttribute('inert');
      }
    });
    await page.addStyleTag({ content: 'html.no-vantage-badges [data-vantage-badge]::after { content: none !important; }' });
    const boxes = await badgeBoxes(context, page);
    expect(boxes, url).toHaveLength(count);
    for (const [i, box] of boxes.slice(0, 6).entries()) {
      expect(box, `${url} badge ${i} has no box`).not.toBeNull();
      const clip = { x: Math.max(0, box!.x), y: Math.max(0, box!.y), width: box!.width, height: box!.height };
      const drawn = await page.screenshot({ clip, fullPage: true });
      await page.evaluate(() => document.documentElement.classList.add('no-vantage-badges'));
      const bare = await page.screenshot({ clip, fullPage: true });
      await page.evaluate(() => document.documentElement.classList.remove('no-vantage-badges'));
      expect(drawn.equals(bare), `${url}: badge ${i} at ${Math.round(box!.x)},${Math.round(box!.y)} is not visible`).toBe(false);
    }
    expect(await movedByVantage(page), url).toEqual([]);
    const label = await page.locator(BADGES).first().getAttribute('data-vantage-label');
    // The badge ends the title, so a screen reader hears its words with the result's link.
    await expect(page.getByRole('link', { name: label! }).first(), url).toBeAttached();
    await page.close();
  }
});
