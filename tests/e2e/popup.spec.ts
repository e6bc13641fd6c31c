/**
 * The toolbar popup as a person uses it, in the real popup window (pages/popup.ts opens it the
 * way the toolbar button does): "Audit this page" on a site no adapter knows, the "pick the
 * assignment text" fallback, and "Enable Vantage on this site" up to the browser's permission
 * prompt and after the person's "Allow", down to removing the site again in the settings.
 *
 * The one step no test here can take is the click on "Allow" in Chromium's native permission
 * prompt: no DevTools command or page event reaches it. The tests stop at the prompt, then start
 * again from a profile that holds the grant the way Chromium stores it (pages/profile.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, extensionWorker, fixture, launchExtension, ROOT, serve, setSettings, test } from './fixtures';
import { OverlayPage } from './pages/overlay';
import { ToolbarPopup } from './pages/popup';
import { grantHostInProfile } from './pages/profile';

declare const chrome: typeof import('wxt/browser').browser;
/** Chromium's extension events can be dispatched to their listeners; the typings leave it out. */
type Dispatchable = { dispatch(...args: unknown[]): void };

test.use({ remoteDebugging: true });

// A teacher's own class site (WordPress): no LMS adapter knows it, no content script runs there.
const BLOG_URL = 'https://mrsrahimi-history.example.org/2024/03/04/unit-3-project-two-newspapers/';
const BLOG_HOST = 'mrsrahimi-history.example.org';

// A school's self-hosted Moodle: an LMS Vantage reads, on a domain it cannot know in advance.
const MOODLE_URL = 'https://moodle.example.edu/mod/assign/view.php?id=17';
const MOODLE_ORIGIN = 'https://moodle.example.edu/*';
const moodle = () => fixture('lms/moodle/v41-boost-teacher.html');

// A school portal's homework page where the instructions sit inside the submission form: the
// generic reader leaves forms out (they are usually log-ins and search boxes), so it finds no
// assignment and the person has to point at the text.
const PORTAL_URL = 'https://portal.lincoln-hs.example.org/homework/view.php?id=77';
const TASK =
  'Compare how newspapers in Argentina and the United Kingdom reported the Falklands War in 1982. ' +
  'Find one article from each country, explain which words each side uses for the islands, and ' +
  'publish your comparison on the class blog so students in other schools can comment on it.';
const PORTAL = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Homework 7 | Lincoln High Portal</title>
<style>main { max-width: 560px; margin: 24px; font: 16px/1.5 sans-serif; }</style></head>
<body><header><nav><a href="/">Home</a> <a href="/homework/">Homework</a></nav></header>
<main><h1>Homework 7</h1>
<form method="post" action="/homework/submit.php" enctype="multipart/form-data">
<fieldset><legend>Instructions</legend><p id="task">${TASK}</p></fieldset>
<label>Your file <input type="file" name="upload"></label> <button type="submit">Hand in</button>
</form></main></body></html>`;

/**
 * Uncaught errors thrown into the page that are not the page's own: the host page must never see
 * one from Vantage. (The saved Moodle page's inline scripts fail without Moodle's JavaScript
 * behind them; their stack points at the page's own address.)
 */
function pageErrors(page: Page, pageUrl: string): string[] {
  const errors: string[] = [];
  const origin = new URL(pageUrl).origin;
  page.on('pageerror', (e) => {
    const frames = (e.stack ?? '').split('\n').slice(1).join('\n');
    if (!frames.includes(origin)) errors.push(`${e.message}\n${frames}`);
  });
  return errors;
}

const hasHost = (sw: Worker, origin: string) => sw.evaluate((o) => chrome.permissions.contains({ origins: [o] }), origin);
const registered = (sw: Worker) => sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
const enabledSites = (sw: Worker) =>
  sw.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { enabledSites?: string[] } | undefined)?.enabledSites ?? []);

test('"Audit this page" from the toolbar shows the six questions on a site no adapter knows', async ({ context, serviceWorker, extensionId, strayRequests }) => {
  await setSettings(serviceWorker, { role: 'teacher' });
  await serve(context, BLOG_URL, fixture('lms/_generic/wordpress-assignment.html'));
  const page = await context.newPage();
  const errors = pageErrors(page, BLOG_URL);
  await page.goto(BLOG_URL);
  const overlay = new OverlayPage(page);
  await page.waitForTimeout(500);
  await expect(overlay.host).toHaveCount(0);

  // The teacher has the list of events selected: the popup's designer starts from it.
  await page.locator('li', { hasText: 'Choose an event' }).selectText();
  const popup = await ToolbarPopup.open(context, extensionId, page);
  await expect(popup.page.getByRole('heading', { name: 'This page' })).toBeVisible();
  await expect(popup.button(`Enable Vantage on ${BLOG_HOST}`)).toBeVisible();
  await expect(popup.page.getByRole('textbox').first()).toHaveValue(/^Choose an event from Unit 3 \(the Suez Crisis/);
  await expect(popup.page.locator('article.card').first()).toBeVisible();
  // The popup as a screen-reader or keyboard user meets it (the designer's cards included), held
  // to WCAG 2 A/AA like the dashboard. Legacy mode runs axe inside the popup: the default mode
  // opens a tab of its own to finish, and a new tab takes the focus and closes the popup.
  const axe = await new AxeBuilder({ page: popup.page }).withTags(['wcag2a', 'wcag2aa', 'best-practice']).setLegacyMode(true).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  await popup.button('Audit this page').click();
  // The popup closes itself and the panel opens over the page.
  await popup.closed();
  await popup.detach();

  await expect(overlay.tab).toHaveAttribute('aria-expanded', 'true');
  await expect(overlay.tab).toContainText(/[0-6]\/6/);
  const panel = overlay.panel;
  await expect(panel.locator('.assignment h2')).toHaveText('Unit 3 Project: Two Newspapers');
  await expect(panel.getByText('Detected: Any page')).toBeVisible();
  await expect(panel.locator('section.question')).toHaveCount(6);
  await expect(overlay.question(1).getByRole('heading').first()).toContainText('Critical thinking on the web');

  // The audit is kept like any other, with no platform and the page's address.
  await panel.getByRole('button', { name: 'Save audit' }).click();
  await expect(panel.getByRole('status')).toContainText('Saved');
  const records = await serviceWorker.evaluate(async () =>
    Object.entries(await chrome.storage.local.get(null))
      .filter(([k]) => k.startsWith('rec:'))
      .map(([, v]) => v as { assignment: { platform: string | null; url: string; title: string } }),
  );
  expect(records.map((r) => r.assignment)).toEqual([expect.objectContaining({ platform: null, url: BLOG_URL, title: 'Unit 3 Project: Two Newspapers' })]);

  // It went through activeTab alone: no host permission for the site was asked for or kept.
  expect(await hasHost(serviceWorker, `https://${BLOG_HOST}/*`)).toBe(false);
  // Nothing left the browser: the only requests not served are the blog's own styles and script.
  expect(strayRequests.filter((u) => new URL(u).host !== BLOG_HOST)).toEqual([]);
  expect(errors).toEqual([]);
});

test('with no assignment found, the person selects the text on the page and audits that', async ({ context, serviceWorker, extensionId }) => {
  await setSettings(serviceWorker, { role: 'teacher' });
  await serve(context, PORTAL_URL, PORTAL);
  const page = await context.newPage();
  const errors = pageErrors(page, PORTAL_URL);
  await page.goto(PORTAL_URL);
  const overlay = new OverlayPage(page);

  const popup = await ToolbarPopup.open(context, extensionId, page);
  await popup.button('Audit this page').click();
  await popup.closed();
  await popup.detach();

  await expect(overlay.tab).toContainText('?');
  await expect(overlay.tab).toHaveAccessibleName(/pick the assignment text/);
  const panel = overlay.panel;
  await expect(panel.getByText('Vantage found no assignment text on this page.', { exact: false })).toBeVisible();
  await expect(panel.locator('section.question')).toHaveCount(0);
  // Where nothing can be selected either (a Google Doc draws its text on a canvas), the text can be pasted in the dashboard.
  const opened = context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Paste the text in the dashboard' }).click();
  const dashboard = await opened;
  await expect(dashboard).toHaveURL(`chrome-extension://${extensionId}/options.html#/text`);
  await expect(dashboard.getByRole('heading', { name: 'Audit a text' })).toBeVisible();
  await dashboard.close();
  await page.bringToFront();

  // The person selects the instructions with the mouse (a triple click takes the paragraph)...
  await page.locator('#task').click({ clickCount: 3 });
  await expect.poll(() => page.evaluate(() => getSelection()?.toString().trim() ?? '')).toBe(TASK);
  // ...and uses them.
  await panel.getByRole('button', { name: 'Use selected text' }).click();
  await expect(panel.locator('section.question')).toHaveCount(6);
  await expect(panel.locator('.assignment h2')).toContainText('Homework 7');
  await expect(panel.locator('.assignment .excerpt')).toContainText('Compare how newspapers in Argentina');
  // The selection is what was analysed: its "publish … so students in other schools can comment"
  // is an authentic audience (question 4).
  await expect(overlay.question(4)).not.toContainText('Not found');
  await expect(overlay.tab).toContainText(/[1-6]\/6/);
  expect(errors).toEqual([]);
});

test('for an assignment kept in a PDF or a Google Doc, "Paste its text" opens the dashboard’s text audit', async ({ context, serviceWorker, extensionId }) => {
  await setSettings(serviceWorker, { role: 'teacher' });
  await serve(context, PORTAL_URL, PORTAL);
  const page = await context.newPage();
  await page.goto(PORTAL_URL);
  const popup = await ToolbarPopup.open(context, extensionId, page);
  await expect(popup.page.getByText('Assignment in a PDF or a Google Doc?')).toBeVisible();
  const opened = context.waitForEvent('page');
  await popup.button('Paste its text').click();
  const dashboard = await opened;
  await popup.closed();
  await popup.detach();
  await expect(dashboard).toHaveURL(`chrome-extension://${extensionId}/options.html#/text`);
  await expect(dashboard.getByRole('heading', { name: 'Audit a text' })).toBeVisible();
  await expect(dashboard.getByLabel('The assignment’s text')).toBeEditable();
});

// A Canvas download link as a teacher opens it: nothing in the address says PDF, the server's
// header names the file. Served twice at most: the tab's own load, and Vantage's one request
// for the file, made inside the tab. `answer` is the status of that second request.
async function pdfTab(context: BrowserContext, answer = 200) {
  const url = 'https://school.instructure.com/courses/12/files/345/download?download_frd=1';
  const pdf = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'documents', 'dataone-l10-legal-policy-exercise.pdf'));
  const served: number[] = [];
  await context.route(url, (route) => {
    const status = served.length ? answer : 200;
    served.push(status);
    return status === 200
      ? route.fulfill({ status, contentType: 'application/pdf', headers: { 'content-disposition': 'inline; filename="L10 Legal and Policy Exercise.pdf"' }, body: pdf })
      : route.fulfill({ status, contentType: 'text/html', body: '<p>Link expired</p>' });
  });
  const page = await context.newPage();
  await page.goto(url);
  return { url, page, served };
}

/** Opens the popup over `page`, clicks "Audit this PDF" and returns the dashboard it opens. */
async function auditPdfFromPopup(context: BrowserContext, extensionId: string, page: Page): Promise<Page> {
  const popup = await ToolbarPopup.open(context, extensionId, page);
  // The viewer has no page text: the one thing to do is to read the file.
  await expect(popup.button('Audit this PDF')).toBeVisible();
  await expect(popup.button('Audit this page')).toHaveCount(0);
  await expect(popup.button(/^Enable Vantage on/)).toHaveCount(0);
  const opened = context.waitForEvent('page');
  await popup.button('Audit this PDF').click();
  const dashboard = await opened;
  await popup.closed();
  await popup.detach();
  return dashboard;
}

test('"Audit this PDF" reads the PDF open in the tab on the dashboard, and the saved audit keeps its address', async ({ context, serviceWorker, extensionId, strayRequests }) => {
  await setSettings(serviceWorker, { role: 'teacher' });
  const { url, page, served } = await pdfTab(context);
  const dashboard = await auditPdfFromPopup(context, extensionId, page);
  await expect(dashboard.getByText('Read from L10 Legal and Policy Exercise.pdf.')).toBeVisible();
  // The file is taken once: the address no longer asks for it, so a reload does not fetch it again.
  await expect(dashboard).toHaveURL(`chrome-extension://${extensionId}/options.html#/text`);
  await expect(dashboard.getByLabel('The assignment’s text')).toHaveValue(/\n2\. Identify at least 3 issues which may limit your ability to share data\. Then, as a class, create a list/);
  const result = dashboard.getByTestId('text-audit-result');
  await expect(result.getByRole('heading', { level: 2 })).toHaveText('Hands-on Activity 10: Legal and Policy Issues');
  await expect(result.locator('section.question')).toHaveCount(6);
  await result.getByRole('button', { name: 'Save audit' }).click();
  await expect(result.getByRole('status')).toContainText('Saved.');
  const records = await serviceWorker.evaluate(async () =>
    Object.entries(await chrome.storage.local.get(null))
      .filter(([k]) => k.startsWith('rec:'))
      .map(([, v]) => v as { source: string; assignment: { platform: string | null; url: string | null; title: string } }),
  );
  expect(records).toEqual([expect.objectContaining({ source: 'text', assignment: expect.objectContaining({ platform: null, url, title: 'Hands-on Activity 10: Legal and Policy Issues' }) })]);
  await dashboard.reload();
  await expect(dashboard.getByText('Read from L10 Legal and Policy Exercise.pdf.')).toHaveCount(0);
  // The tab's load and Vantage's one request; nothing else left the browser (Chromium's PDF
  // viewer loads its own chrome:// resources, which are not the network).
  expect(served).toEqual([200, 200]);
  expect(strayRequests.filter((u) => !u.startsWith('chrome://'))).toEqual([]);
  // It went through activeTab alone.
  expect(await hasHost(serviceWorker, 'https://school.instructure.com/*')).toBe(false);
});

test('"Audit this PDF" says what to do when the site will not give the file again', async ({ context, serviceWorker, extensionId }) => {
  await setSettings(serviceWorker, { role: 'teacher' });
  const { page, served } = await pdfTab(context, 403);
  const dashboard = await auditPdfFromPopup(context, extensionId, page);
  await expect(dashboard.getByRole('alert')).toHaveText(
    'download.pdf: The PDF’s site answered 403 when Vantage asked for the file again (a download link may have expired). Save the PDF, then drop it here.',
  );
  expect(served).toEqual([200, 403]);
  // The form is as it was, ready for the saved file.
  await expect(dashboard.getByLabel('The assignment’s text')).toHaveValue('');
});

test('"Enable Vantage on this site" asks the browser for that one site, and nothing changes until the person allows it', async ({ context, serviceWorker, extensionId }) => {
  await setSettings(serviceWorker, { role: 'teacher' });
  await serve(context, MOODLE_URL, moodle());
  const page = await context.newPage();
  await page.goto(MOODLE_URL);
  const overlay = new OverlayPage(page);
  await page.waitForTimeout(500);
  await expect(overlay.host).toHaveCount(0);

  const popup = await ToolbarPopup.open(context, extensionId, page);
  await popup.button('Enable Vantage on moodle.example.edu').click();
  // The click calls permissions.request for https://moodle.example.edu/* and Chromium shows its
  // prompt. The prompt takes the focus, and Chromium closes the popup: whatever the popup meant to
  // do after the answer never runs (why the background enables sites on permissions.onAdded).
  await popup.closed();
  await popup.detach();

  // Unanswered, nothing is granted, registered or stored, and the page stays without Vantage.
  expect(await hasHost(serviceWorker, MOODLE_ORIGIN)).toBe(false);
  expect(await registered(serviceWorker)).toEqual([]);
  expect(await enabledSites(serviceWorker)).toEqual([]);
  await page.reload();
  await page.waitForTimeout(800);
  await expect(overlay.host).toHaveCount(0);
});

/**
 * A browser on a fresh profile whose person has allowed `origin` in the permission prompt:
 * launched once to install Vantage, closed, given the grant, launched again.
 */
async function browserWithGrant(strayRequests: string[], origin: string) {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'vantage-e2e-'));
  const first = await launchExtension(strayRequests, { userDataDir, remoteDebugging: true });
  const installWorker = await extensionWorker(first);
  const extensionId = new URL(installWorker.url()).host;
  await setSettings(installWorker, { role: 'teacher' });
  await first.close();
  grantHostInProfile(userDataDir, extensionId, origin);
  const context: BrowserContext = await launchExtension(strayRequests, { userDataDir, remoteDebugging: true });
  const serviceWorker = await extensionWorker(context);
  return {
    context,
    serviceWorker,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

test('after the person allows the site: the overlay comes by itself, and removing the site in settings stops it', async ({ strayRequests }) => {
  test.setTimeout(120_000);
  const browser = await browserWithGrant(strayRequests, MOODLE_ORIGIN);
  try {
    const { context, serviceWorker, extensionId } = browser;
    expect(await hasHost(serviceWorker, MOODLE_ORIGIN)).toBe(true);
    await serve(context, MOODLE_URL, moodle());
    const page = await context.newPage();
    const errors = pageErrors(page, MOODLE_URL);
    await page.goto(MOODLE_URL);
    const overlay = new OverlayPage(page);

    // The popup's own path: the permission is there, so the request answers at once, the site
    // is registered, and the popup reloads the tab.
    const popup = await ToolbarPopup.open(context, extensionId, page);
    await popup.button('Enable Vantage on moodle.example.edu').click();
    await expect(popup.status).toHaveText('Vantage is enabled on moodle.example.edu.');
    await popup.detach();
    await expect(overlay.tab).toContainText(/[0-6]\/6/);
    expect(await registered(serviceWorker)).toEqual([`site:${MOODLE_ORIGIN}`]);
    expect(await enabledSites(serviceWorker)).toEqual([MOODLE_ORIGIN]);

    // Any later visit: the overlay comes by itself, reading the Moodle page as Moodle.
    await page.reload();
    await expect(overlay.tab).toContainText(/[0-6]\/6/);
    await overlay.open();
    await expect(overlay.panel.getByText('Detected: Moodle')).toBeVisible();
    await expect(overlay.panel.locator('.assignment h2')).toHaveText('Propaganda Posters: Two Sides of the Same War');

    // The popup now offers to remove it.
    const again = await ToolbarPopup.open(context, extensionId, page);
    await expect(again.button('Remove moodle.example.edu')).toBeVisible();
    await again.detach();

    // Settings: the site is listed; removing it gives the permission back and stops the overlay.
    const settings = await context.newPage();
    await settings.goto(`chrome-extension://${extensionId}/options.html#/settings`);
    await settings.getByRole('button', { name: `Remove ${MOODLE_ORIGIN}` }).click();
    await expect(settings.getByText('No self-hosted sites enabled.', { exact: false })).toBeVisible();
    expect(await hasHost(serviceWorker, MOODLE_ORIGIN)).toBe(false);
    expect(await registered(serviceWorker)).toEqual([]);
    expect(await enabledSites(serviceWorker)).toEqual([]);
    await settings.close();

    await page.reload();
    await page.waitForTimeout(800);
    await expect(overlay.host).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('a grant answered after the popup has closed still enables the site; a grant taken back in the browser disables it', async ({ strayRequests }) => {
  test.setTimeout(120_000);
  const browser = await browserWithGrant(strayRequests, MOODLE_ORIGIN);
  try {
    const { context, serviceWorker } = browser;
    await serve(context, MOODLE_URL, moodle());
    const page = await context.newPage();
    await page.goto(MOODLE_URL);
    const overlay = new OverlayPage(page);

    // Chromium fires permissions.onAdded at the moment of "Allow". The grant here was made with the
    // browser closed, so the test delivers that same event to the background's real listener.
    await serviceWorker.evaluate((o) => (chrome.permissions.onAdded as unknown as Dispatchable).dispatch({ origins: [o], permissions: [] }), MOODLE_ORIGIN);
    await expect.poll(() => enabledSites(serviceWorker)).toEqual([MOODLE_ORIGIN]);
    expect(await registered(serviceWorker)).toEqual([`site:${MOODLE_ORIGIN}`]);
    // The page the person was looking at gets the overlay without a reload, and only one.
    await expect(overlay.tab).toContainText(/[0-6]\/6/);
    await expect(overlay.host).toHaveCount(1);
    await page.reload();
    await expect(overlay.tab).toContainText(/[0-6]\/6/);

    // A wildcard grant is never taken as "this site".
    await serviceWorker.evaluate(() => (chrome.permissions.onAdded as unknown as Dispatchable).dispatch({ origins: ['*://*/*'], permissions: [] }));
    await page.waitForTimeout(300);
    expect(await enabledSites(serviceWorker)).toEqual([MOODLE_ORIGIN]);

    // Taken back outside Vantage (a real removal: Chromium fires onRemoved): the list and the
    // registration follow.
    expect(await serviceWorker.evaluate((o) => chrome.permissions.remove({ origins: [o] }), MOODLE_ORIGIN)).toBe(true);
    await expect.poll(() => enabledSites(serviceWorker)).toEqual([]);
    expect(await registered(serviceWorker)).toEqual([]);
    await page.reload();
    await page.waitForTimeout(800);
    await expect(overlay.host).toHaveCount(0);
  } finally {
    await browser.close();
  }
});
