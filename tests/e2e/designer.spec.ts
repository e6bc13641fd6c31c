/**
 * The search designer as a student meets it: the page the context menu opens for selected text,
 * perspectives from the topic, designs with engine links, and nothing sent until the person asks
 * for the other side's words (answered here from a recorded Wikipedia response).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, ROOT, test } from './fixtures';

test('a topic gives Iran as a perspective and site:ir / site:ac.ir designs, offline', async ({ context, extensionId, strayRequests }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/search.html#topic=${encodeURIComponent('Iranian hostage crisis')}`);
  await expect(page.getByRole('textbox').first()).toHaveValue('Iranian hostage crisis');
  await expect(page.getByText('Iran', { exact: false }).first()).toBeVisible();
  const queries = await page.locator('article.card').allTextContents();
  expect(queries.join('\n')).toContain('site:ir');
  expect(queries.join('\n')).toContain('site:ac.ir');
  const google = page.locator('article.card a', { hasText: 'Google' }).first();
  await expect(google).toHaveAttribute('href', /^https:\/\/www\.google\.com\/search\?q=.*site%3Air/);

  // A new topic redraws the designs.
  await page.getByRole('textbox').first().fill('la revolución mexicana');
  await page.getByRole('textbox').first().press('Enter');
  await expect(page.locator('article.card').first()).toContainText('site:mx');

  expect(strayRequests).toEqual([]);
});

test('the other side\'s words are looked up only when asked, and only the topic is sent', async ({ context, extensionId }) => {
  const sent: string[] = [];
  const samples = path.join(ROOT, 'tests', 'fixtures', 'wikipedia');
  await context.route(/wikipedia\.org|wikidata\.org/, (route) => {
    const url = route.request().url();
    sent.push(url);
    const file = url.includes('wikidata') ? 'iran-hostage-crisis.wikidata.json' : url.includes('fa.wikipedia') ? 'iran-hostage-crisis.fa-redirects.json' : 'iran-hostage-crisis.en-search.json';
    return route.fulfill({ contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: readFileSync(path.join(samples, file), 'utf8') });
  });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/search.html#topic=${encodeURIComponent('Iranian hostage crisis')}`);
  await expect(page.locator('article.card').first()).toBeVisible();
  await page.waitForTimeout(500);
  expect(sent).toEqual([]);
  await page.getByRole('button', { name: /look|words|buscar/i }).first().click();
  await expect.poll(() => sent.length).toBeGreaterThan(0);
  for (const url of sent) expect(decodeURIComponent(url)).not.toMatch(/role|teacher|student|assignment/i);
});


test('the toolbar popup asks the role first, then offers the designer and the dashboard', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByText('Nothing leaves your browser', { exact: false })).toBeVisible();
  await page.getByRole('radio', { name: /Student/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Design a search' })).toBeVisible();
  // The popup opened as a tab is an extension page: nothing to audit there, and it says so.
  await expect(page.getByText('Vantage cannot run on this kind of page.')).toBeVisible();
  await page.getByRole('textbox').first().fill('Guerre d’Algérie');
  await page.getByRole('textbox').first().press('Enter');
  await expect(page.locator('article.card').first()).toContainText('site:dz');
  await expect(page.getByRole('combobox', { name: 'Role' })).toHaveValue('student');
});
