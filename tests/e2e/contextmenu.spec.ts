/**
 * "Design a search for …" on selected text: the item the background registers (only on a
 * selection), and what choosing it does: the search designer opens with the selection as its
 * topic and designs that reach the other country's sources. See pages/context-menu.ts for what
 * a test can and cannot reach of Chromium's native menu.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, serve, test } from './fixtures';
import { chooseDesignSearch, MENU_ID, menuItemExists, registeredMenuItems } from './pages/context-menu';

const NEWS_URL = 'https://www.example-news.org/world/2024/11/04/embassy-anniversary';
// A news story a student is reading; the topic is a phrase in it, not the page's title.
const NEWS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>45 years on | Example News</title></head>
<body><main><article><h1>45 years on, two countries remember the embassy siege differently</h1>
<p>Forty-five years after the <span id="topic">Iranian hostage crisis</span> began, the anniversary is
marked by rallies in Tehran and by quiet remembrance in Washington.</p>
<p id="long">${'Students compared the coverage in both countries, then wrote about what each side calls the event. '.repeat(12)}</p>
</article></main></body></html>`;

/** The designer tab the item opens (other tabs, such as the first-run welcome, may open too). */
async function designerTab(context: BrowserContext): Promise<Page> {
  const find = () => context.pages().find((p) => new URL(p.url()).pathname === '/search.html');
  await expect.poll(() => Boolean(find()), { message: 'the search designer opens in a tab' }).toBe(true);
  const tab = find()!;
  await tab.waitForLoadState('domcontentloaded');
  return tab;
}

test('the background registers "Design a search for …" for selections only', async ({ serviceWorker }) => {
  await expect.poll(() => menuItemExists(serviceWorker)).toBe(true);
  expect(await registeredMenuItems(serviceWorker)).toEqual([{ id: MENU_ID, title: 'Design a search for “%s”', contexts: ['selection'] }]);
  // The set-up runs again on every update: it clears its old item first, so the item is still there.
  expect(await menuItemExists(serviceWorker)).toBe(true);
});

test('choosing it on selected text opens the designer with that topic and country designs', async ({ context, serviceWorker, strayRequests }) => {
  await serve(context, NEWS_URL, NEWS);
  const page = await context.newPage();
  await page.goto(NEWS_URL);
  await page.locator('#topic').selectText();
  await expect.poll(() => menuItemExists(serviceWorker)).toBe(true);

  await chooseDesignSearch(serviceWorker, page);
  const designer = await designerTab(context);

  await expect(designer.getByRole('textbox').first()).toHaveValue('Iranian hostage crisis');
  const cards = designer.locator('article.card');
  await expect(cards.first()).toBeVisible();
  const text = (await cards.allTextContents()).join('\n');
  expect(text).toContain('site:ir');
  expect(text).toContain('site:ac.ir');
  // The page the person was reading stays where it was.
  expect(page.isClosed()).toBe(false);
  expect(strayRequests).toEqual([]);
});

test('a long selection becomes a bounded topic, shown as text', async ({ context, serviceWorker }) => {
  await serve(context, NEWS_URL, NEWS.replace('Students compared', 'Students <b>compared</b> &lt;img src=x onerror=alert(1)&gt;'));
  const page = await context.newPage();
  await page.goto(NEWS_URL);
  await page.locator('#long').selectText();
  await expect.poll(() => menuItemExists(serviceWorker)).toBe(true);
  let dialogs = 0;
  context.on('page', (p) => p.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  }));

  await chooseDesignSearch(serviceWorker, page);
  const designer = await designerTab(context);
  const topic = designer.getByRole('textbox').first();
  await expect(topic).toHaveValue(/^Students compared <img src=x onerror=alert\(1\)>/);
  // The background passes at most 500 characters of a selection on.
  expect((await topic.inputValue()).length).toBeLessThanOrEqual(500);
  await expect(designer.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});
