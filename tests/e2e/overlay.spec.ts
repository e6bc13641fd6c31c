/**
 * The teacher's audit, as a teacher meets it: an assignment page of a real LMS host, the tab
 * with the score, the six questions with evidence and suggestions, a verdict saved and found
 * again after a reload, keyboard and axe checks, and nothing sent anywhere.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Worker } from '@playwright/test';
import { expect, fixture, ROOT, serve, setSettings, test } from './fixtures';
import { OverlayPage } from './pages/overlay';
import { BRIEF_PATH, briefPdf, handoutPage } from '../fixtures/handout-demo';

declare const chrome: typeof import('wxt/browser').browser;

const DEMO_URL = 'https://vantage-demo.instructure.com/courses/101/assignments/2001';
const demo = readFileSync(path.join(ROOT, 'scripts', 'demo', 'assignment.html'), 'utf8');

/** Runs axe-core over the overlay (its shadow root and the panel frame inside it) and expects no violations. */
async function scanPanel(page: import('@playwright/test').Page) {
  // On a busy machine axe sometimes
  // cannot reach into the frame in time ('frame-tested' left incomplete, the panel's content
  // unscanned, so "no violations" would mean nothing): scan again until the frame was tested.
  let results = await new AxeBuilder({ page }).include('vantage-overlay').analyze();
  for (let attempt = 1; attempt < 4 && !results.passes.some((r) => r.id === 'frame-tested'); attempt++) {
    await page.waitForTimeout(500);
    results = await new AxeBuilder({ page }).include('vantage-overlay').analyze();
  }
  expect(results.passes.map((r) => r.id)).toContain('frame-tested');
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  return results;
}

/** Serves `html` at the demo assignment's address, opens it, and collects the page's errors. */
async function openDemo(context: BrowserContext, html: string) {
  await serve(context, DEMO_URL, html);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(DEMO_URL);
  return { page, errors, overlay: new OverlayPage(page) };
}

test('a teacher sees the score, opens the six questions, saves a verdict and finds it again', async ({ context, serviceWorker, strayRequests }) => {
  // Two page loads, a save and a reload: on a loaded 2-core CI machine this takes longer than one step.
  test.setTimeout(120_000);
  await setSettings(serviceWorker, { role: 'teacher' });
  const { page, errors, overlay } = await openDemo(context, demo);

  await expect(overlay.tab).toContainText('2/6');
  await expect(overlay.tab).toHaveAttribute('aria-expanded', 'false');

  // The tab never covers one of the LMS's own controls.
  const box = (await overlay.tab.boundingBox())!;
  const underneath = await page.evaluate(({ x, y }) => {
    const hits = document.elementsFromPoint(x, y).filter((el) => el.tagName !== 'VANTAGE-OVERLAY');
    return hits.some((el) => el.closest('a,button,input,select,textarea,[role=button]'));
  }, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  expect(underneath).toBe(false);

  await overlay.open();
  await expect(overlay.tab).toHaveAttribute('aria-expanded', 'true');
  const panel = overlay.panel;
  await expect(panel.getByText('The Iranian Hostage Crisis: Two Sides of 444 Days')).toBeVisible();
  await expect(panel.locator('section.question')).toHaveCount(6);
  // The automatic statuses are offered as a first reading; the teacher's verdict is what counts.
  await expect(panel.getByText('first reading of the text', { exact: false })).toBeVisible();
  const q1 = overlay.question(1);
  await expect(q1).toContainText('Evident');
  await expect(q1).toContainText('site:ir');
  await expect(q1).toContainText('site:ac.ir');
  await expect(overlay.question(5)).toContainText('Not found');
  // The demo already keeps a research journal with reflections: question 3's ideas build on it
  // rather than asking for one.
  const q3 = overlay.question(3);
  await expect(q3).toContainText('In the journal students keep on The Iranian Hostage Crisis');
  await expect(q3).not.toContainText('Ask for a process journal');
  // It also has students compare an American and an Iranian newspaper already.
  await expect(q1).toContainText('have them read laterally');
  await expect(q1).not.toContainText('and one from their own country present');

  // Evidence can be shown in the page.
  await q1.getByRole('button', { name: /Show in page/ }).first().click();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString() ?? '')).toMatch(/newspaper/i);

  await q1.getByRole('radio', { name: 'Yes' }).check();
  await q1.getByRole('textbox').fill('Good start: add a site:ac.ir search.');
  await panel.getByRole('button', { name: 'Save audit' }).click();
  await expect(panel.getByRole('status')).toContainText('Saved');

  const stored = await serviceWorker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.entries(all).filter(([k]) => k.startsWith('rec:')).map(([, v]) => v as { questions: { verdict: string | null; note: string }[] });
  });
  expect(stored).toHaveLength(1);
  expect(stored[0]!.questions[0]).toMatchObject({ verdict: 'yes', note: 'Good start: add a site:ac.ir search.' });

  // Reopening the page shows the saved verdicts, and the history has the first audit.
  await page.reload();
  await overlay.open();
  await expect(overlay.question(1).getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(overlay.question(1).getByRole('textbox')).toHaveValue('Good start: add a site:ac.ir search.');
  await expect(overlay.panel.locator('.history li')).toHaveCount(1);
  // Same instructions as audited: no "changed" notice, and the audit is not marked as of another text.
  await expect(overlay.panel.getByTestId('text-changed')).toHaveCount(0);
  await expect(overlay.panel.locator('.history li')).not.toContainText('earlier version');

  // Escape closes the panel and gives focus back to the tab.
  // The key is dispatched from inside the panel after the call has returned: Escape removes the
  // panel's frame, and a real key press (between keydown and keyup) or a dispatch Playwright
  // waits on can hang when its frame goes away under it (seen once in CI under load).
  await overlay.panel.locator('h1').evaluate((h1) => {
    setTimeout(() => h1.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, composed: true })), 0);
  });
  await expect(overlay.tab).toHaveAttribute('aria-expanded', 'false');

  expect(errors).toEqual([]);
  expect(strayRequests).toEqual([]);
});

test('a teacher who revised the assignment since the audit is told so, with what reads differently now', async ({ context, serviceWorker }) => {
  test.setTimeout(120_000);
  await setSettings(serviceWorker, { role: 'teacher' });
  const { page, overlay } = await openDemo(context, demo);
  await overlay.open();
  await expect(overlay.question(4)).toContainText('Partly there');
  await overlay.question(4).getByRole('radio', { name: 'No' }).check();
  await overlay.question(4).getByRole('textbox').fill('Only the class hears the talk.');
  await overlay.panel.getByRole('button', { name: 'Save audit' }).click();
  await expect(overlay.panel.getByRole('status')).toContainText('Saved');

  // The teacher edits the assignment in Canvas: the class talk becomes a post on a public blog.
  const revised = demo.replace(
    'Present your main argument to the class in a two-minute talk during the week of December 2.',
    'Publish your essay on our public class blog and answer the comments of our partner class in Tehran.',
  );
  expect(revised).not.toBe(demo);
  await serve(context, DEMO_URL, revised);
  await page.reload();
  await expect(overlay.tab).toContainText('3/6');
  await overlay.open();
  const notice = overlay.panel.getByTestId('text-changed');
  await expect(notice).toContainText('The instructions have changed since your audit of');
  await expect(notice).toContainText('(2/6 then)');
  await expect(notice).toContainText('4. Authentic global audience: Partly there → Evident');
  await expect(notice.locator('li')).toHaveCount(1);
  // Both audits were read by this version of Vantage: the difference is the teacher's edit.
  await expect(notice).not.toContainText('Vantage has been updated');
  // The old verdict and note are there to be checked, not silently dropped.
  await expect(overlay.question(4).getByRole('radio', { name: 'No' })).toBeChecked();
  await expect(overlay.question(4).getByRole('textbox')).toHaveValue('Only the class hears the talk.');
  await expect(overlay.panel.locator('.history li').first()).toContainText('an earlier version of the instructions');
  await scanPanel(page);

  // A new audit is of the text as it is now: the notice goes, and the first audit stays marked.
  await overlay.question(4).getByRole('radio', { name: 'Yes' }).check();
  await overlay.panel.getByRole('button', { name: 'Save audit' }).click();
  await expect(overlay.panel.getByRole('status')).toContainText('Saved');
  await expect(notice).toHaveCount(0);
  await page.reload();
  await overlay.open();
  await expect(overlay.question(4).getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(overlay.panel.getByTestId('text-changed')).toHaveCount(0);
  const items = overlay.panel.locator('.history li');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).not.toContainText('earlier version');
  await expect(items.nth(1)).toContainText('an earlier version of the instructions');
});

test('a teacher reads the PDF the assignment hands out into the audit, on a click, and the page is recognised again', async ({ context, serviceWorker, strayRequests }) => {
  test.setTimeout(120_000);
  await setSettings(serviceWorker, { role: 'teacher' });
  // The usual Canvas assignment whose task is in a file: the page only points at it.
  const html = handoutPage();
  const pdf = briefPdf();
  const served: string[] = [];
  await context.route('https://vantage-demo.instructure.com/courses/101/files/**', (route) => {
    const url = route.request().url();
    served.push(url);
    if (url.includes(BRIEF_PATH)) return route.fulfill({ status: 200, contentType: 'application/pdf', body: Buffer.from(pdf) });
    // The rubric: first the sign-in page an LMS gives once a session has ended, then a refusal.
    const rubricAsks = served.filter((u) => !u.includes(BRIEF_PATH)).length;
    return rubricAsks === 1
      ? route.fulfill({ status: 200, contentType: 'text/html', body: '<html><body><h1>Log In to Canvas</h1><form><input name="password"></form></body></html>' })
      : route.fulfill({ status: 403, contentType: 'text/html', body: '<p>Unauthorized</p>' });
  });
  const { page, errors, overlay } = await openDemo(context, html);
  await expect(overlay.tab).toContainText('0/6');
  await overlay.open();
  const files = overlay.panel.getByRole('region', { name: 'Files handed out with this assignment' });
  await expect(files.locator('li')).toHaveCount(2);
  await expect(files.locator('li').first()).toContainText('Hostage crisis brief.pdf');
  // Nothing is fetched until the teacher asks.
  expect(served).toEqual([]);
  // A verdict given before reading the file stays.
  await overlay.question(6).getByRole('radio', { name: 'No' }).check();

  await files.getByRole('button', { name: 'Read with the instructions: Hostage crisis brief.pdf' }).click();
  await expect(files.locator('li').first()).toContainText('Read: its text is part of this audit.');
  const q1 = overlay.question(1);
  await expect(q1).toContainText('Evident');
  await expect(q1).toContainText('search site:ir and site:ac.ir');
  await expect(overlay.question(3)).toContainText('Keep a research journal');
  // The tab on the page says the new score too.
  await expect(overlay.tab).toContainText('2/6');
  await expect(overlay.question(6).getByRole('radio', { name: 'No' })).toBeChecked();
  expect(served).toEqual(['https://vantage-demo.instructure.com/courses/101/files/301/download?download_frd=1']);

  // A file the site will not give: what to do instead, and the audit stays as it was. A sign-in
  // page in the file's place is never audited as the file.
  const rubric = files.getByRole('button', { name: 'Read with the instructions: Rubric.docx' });
  await rubric.click();
  await expect(files.getByRole('alert')).toContainText('The site answered with a web page, not the file Rubric.docx (has your session ended?)');
  await expect(overlay.question(1)).not.toContainText('Log In');
  await rubric.click();
  await expect(files.getByRole('alert')).toContainText('The site answered 403 when Vantage asked for the file.');
  await expect(overlay.tab).toContainText('2/6');
  await scanPanel(page);

  await q1.getByRole('radio', { name: 'Yes' }).check();
  await overlay.panel.getByRole('button', { name: 'Save audit' }).click();
  await expect(overlay.panel.getByRole('status')).toContainText('Saved');
  const stored = await serviceWorker.evaluate(async () =>
    Object.entries(await chrome.storage.local.get(null))
      .filter(([k]) => k.startsWith('rec:'))
      .map(([, v]) => v as { score: number; questions: { id: number; status: string }[] }),
  );
  expect(stored).toHaveLength(1);
  expect(stored[0]!.score).toBe(2);
  expect(stored[0]!.questions[0]!.status).toBe('evident');

  // Opened again, the page is the same assignment with the same instructions: the verdict is
  // back, with no "instructions changed" notice, and the file is offered again.
  await page.reload();
  await expect(overlay.tab).toContainText('0/6');
  await overlay.open();
  await expect(overlay.question(1).getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(overlay.panel.getByTestId('text-changed')).toHaveCount(0);
  // Read again on this visit, the file does not reset what the teacher changed since the save.
  await overlay.question(2).getByRole('radio', { name: 'Partly' }).check();
  await overlay.panel.getByRole('button', { name: 'Read with the instructions: Hostage crisis brief.pdf' }).click();
  await expect(overlay.tab).toContainText('2/6');
  await expect(overlay.question(2).getByRole('radio', { name: 'Partly' })).toBeChecked();
  await expect(overlay.question(1).getByRole('radio', { name: 'Yes' })).toBeChecked();
  expect(served).toHaveLength(4);
  // Chromium itself logs the refused request in the page's console; nothing of Vantage's is there.
  expect(errors.filter((e) => !e.startsWith('Failed to load resource: the server responded with a status of 403'))).toEqual([]);
  expect(strayRequests).toEqual([]);
});

test('the open panel has no accessibility violations (axe-core)', async ({ context, serviceWorker }) => {
  await setSettings(serviceWorker, { role: 'teacher' });
  await serve(context, DEMO_URL, demo);
  const page = await context.newPage();
  await page.goto(DEMO_URL);
  const overlay = new OverlayPage(page);
  await overlay.open();
  await expect(overlay.panel.locator('section.question')).toHaveCount(6);
  const results = await scanPanel(page);
  // Rules that only apply inside the panel frame passed: its landmarks, headings and verdict fields were scanned.
  expect(results.passes.map((r) => r.id)).toEqual(expect.arrayContaining(['landmark-one-main', 'heading-order', 'label']));
});

test('first run: the panel asks for the role and says nothing leaves the browser', async ({ context }) => {
  await serve(context, DEMO_URL, demo);
  const page = await context.newPage();
  await page.goto(DEMO_URL);
  const overlay = new OverlayPage(page);
  await overlay.open();
  await expect(overlay.panel.getByText('Nothing leaves your browser', { exact: false })).toBeVisible();
  await overlay.panel.getByRole('radio', { name: /Teacher/ }).check();
  await overlay.panel.getByRole('button', { name: 'Continue' }).click();
  await expect(overlay.panel.locator('section.question')).toHaveCount(6);
});

test('a student gets "before you search" designs instead of the audit', async ({ context, serviceWorker }) => {
  await setSettings(serviceWorker, { role: 'student' });
  await serve(context, DEMO_URL, demo);
  const page = await context.newPage();
  await page.goto(DEMO_URL);
  const overlay = new OverlayPage(page);
  await expect(overlay.tab).toContainText('Search ideas');
  await overlay.open();
  await expect(overlay.panel.getByRole('heading', { name: 'Before you search' })).toBeVisible();
  await expect(overlay.panel.locator('code').first()).toContainText('site:ir');
});

test('hostile assignment text is shown as text and never runs', async ({ context, serviceWorker }) => {
  await setSettings(serviceWorker, { role: 'teacher' });
  const hostile = demo.replace(
    '<h3>What to do</h3>',
    '<p>Read &lt;script&gt;alert(1)&lt;/script&gt; and <a href="javascript:alert(2)">this link</a> <img src="x" onerror="window.__pwned=1"> \u202Eevil</p><h3>What to do</h3>',
  );
  await serve(context, DEMO_URL, hostile);
  const page = await context.newPage();
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(DEMO_URL);
  const overlay = new OverlayPage(page);
  await overlay.open();
  await expect(overlay.panel.getByText('<script>alert(1)</script>', { exact: false })).toBeVisible();
  expect(await overlay.panel.locator('.assignment script, .assignment img').count()).toBe(0);
  expect(dialogs).toBe(0);
});


// Self-hosted fixtures are served on the vendor's own hosting, where Vantage runs without a grant.
const CASES: { platform: string; file: string; expectTab: boolean; host?: string }[] = [
  { platform: 'canvas', file: 'canvas/classic-student.html', expectTab: true },
  { platform: 'canvas', file: 'canvas/syllabus.html', expectTab: false },
  { platform: 'classroom', file: 'classroom/student-details.html', expectTab: true },
  { platform: 'classroom', file: 'classroom/stream.html', expectTab: false },
  { platform: 'schoology', file: 'schoology/student.html', expectTab: true },
  // A real modern-theme page under the plural path (/assignments/{id}/info): the manifest must match it too.
  { platform: 'schoology', file: 'schoology/real-roundrock-lti-assignment.html', expectTab: true },
  { platform: 'blackboard', file: 'blackboard/original-upload-student.html', expectTab: true, host: 'school.blackboard.com' },
  // A real "Review Submission History" page as My Grades opens it (action=showHistory, no content id).
  { platform: 'blackboard', file: 'blackboard/real-utsa-3900-review-history.html', expectTab: true },
  { platform: 'brightspace', file: 'brightspace/student-submit.html', expectTab: true, host: 'algonquin.brightspace.com' },
];

for (const c of CASES) {
  test(`${c.platform}: ${c.file} under its real address ${c.expectTab ? 'shows' : 'does not show'} the tab`, async ({ context, serviceWorker }) => {
    let html: string;
    try {
      html = fixture(`lms/${c.file}`);
    } catch {
      test.skip(true, `fixture ${c.file} not present`);
      return;
    }
    const saved = /saved from url=\(\d+\)(\S+) -->/.exec(html)?.[1];
    expect(saved, 'fixture has a saved-from URL').toBeTruthy();
    const u = new URL(saved!);
    if (c.host) u.host = c.host;
    const url = u.href;
    await setSettings(serviceWorker, { role: 'teacher' });
    await serve(context, url, html);
    const page = await context.newPage();
    await page.goto(url);
    const overlay = new OverlayPage(page);
    if (c.expectTab) await expect(overlay.tab).toContainText(/\d\/6/);
    else {
      await page.waitForTimeout(1500);
      await expect(overlay.host).toHaveCount(0);
    }
  });
}

test('Blackboard: an audit saved on the edit form shows when the same assignment’s upload page is opened', async ({ context, serviceWorker }) => {
  await setSettings(serviceWorker, { role: 'teacher' });
  const host = 'https://school.blackboard.com/webapps/assignment';
  const edit = `${host}/execute/manageAssignment?method=showmodify&content_id=_55_1&course_id=_12_1&dispatch=modify`;
  const upload = `${host}/uploadAssignment?content_id=_55_1&course_id=_12_1&group_id=&mode=view`;
  await serve(context, edit, fixture('lms/blackboard/original-edit.html'));
  await serve(context, upload, fixture('lms/blackboard/original-upload-student.html'));
  const page = await context.newPage();
  await page.goto(edit);
  const overlay = new OverlayPage(page);
  await overlay.open();
  await overlay.question(2).getByRole('radio', { name: 'Partly' }).check();
  await overlay.panel.getByRole('button', { name: 'Save audit' }).click();
  await expect(overlay.panel.getByRole('status')).toContainText('Saved');

  await page.goto(upload);
  await overlay.open();
  await expect(overlay.question(2).getByRole('radio', { name: 'Partly' })).toBeChecked();
  await expect(overlay.panel.locator('.history li')).toHaveCount(1);
});

test('Blackboard: an audit saved on the review page My Grades opens shows on the same assignment’s upload page', async ({ context, serviceWorker }) => {
  await setSettings(serviceWorker, { role: 'teacher' });
  const html = fixture('lms/blackboard/real-utsa-3900-review-history.html');
  const review = /saved from url=\(\d+\)(\S+) -->/.exec(html)![1]!;
  const upload = 'https://utsa.blackboard.com/webapps/assignment/uploadAssignment?content_id=_7982805_1&course_id=_236652_1&group_id=&mode=view';
  await serve(context, review, html);
  const page = await context.newPage();
  await page.goto(review);
  const overlay = new OverlayPage(page);
  await overlay.open();
  await expect(overlay.panel.getByText('Laboratory 1: Sleep Diary-Basic Stats')).toBeVisible();
  await overlay.question(3).getByRole('radio', { name: 'No' }).check();
  await overlay.panel.getByRole('button', { name: 'Save audit' }).click();
  await expect(overlay.panel.getByRole('status')).toContainText('Saved');

  // Same path, other query: served from here on (the later route wins).
  await serve(context, upload, fixture('lms/blackboard/original-upload-student.html'));
  await page.goto(upload);
  await overlay.open();
  await expect(overlay.question(3).getByRole('radio', { name: 'No' })).toBeChecked();
  await expect(overlay.panel.locator('.history li')).toHaveCount(1);
});

/** Origins of the JavaScript worlds in the page: a content script runs in one of the extension's own. */
async function worldOrigins(context: import('@playwright/test').BrowserContext, page: import('@playwright/test').Page): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  const origins: string[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => origins.push(e.context.origin));
  // Enabling reports every world that already exists.
  await cdp.send('Runtime.enable');
  await cdp.detach();
  return origins;
}

test('a page that is no LMS gets no content script at all', async ({ context }) => {
  await serve(context, 'https://www.example.org/courses/1/assignments/2', demo);
  await serve(context, DEMO_URL, demo);
  const page = await context.newPage();
  await page.goto('https://www.example.org/courses/1/assignments/2');
  await page.waitForTimeout(1500);
  await expect(page.locator('vantage-overlay')).toHaveCount(0);
  expect((await worldOrigins(context, page)).filter((o) => o.startsWith('chrome-extension://'))).toEqual([]);
  // The same look on an LMS page does find the content script's world: the check above can fail.
  const lms = await context.newPage();
  await lms.goto(DEMO_URL);
  await expect(new OverlayPage(lms).tab).toBeVisible();
  expect((await worldOrigins(context, lms)).some((o) => o.startsWith('chrome-extension://'))).toBe(true);
});

test('single-page navigation keeps exactly one overlay, for the current assignment', async ({ context, serviceWorker }) => {
  await setSettings(serviceWorker, { role: 'teacher' });
  const first = 'https://classroom.google.com/u/0/c/NTk3MjE0NzE4MzQ0/a/NjE2NzQ1ODk4MDg5/details';
  const html = fixture('lms/classroom/student-details.html');
  const other = fixture('lms/classroom/student-details-es.html');
  await serve(context, first, html);
  const page = await context.newPage();
  await page.goto(first);
  const overlay = new OverlayPage(page);
  await expect(overlay.tab).toBeVisible();
  await overlay.open();
  const firstTitle = await overlay.panel.locator('.assignment h2').textContent();

  // Classroom swaps its view in place: new URL first, new content a moment later.
  const otherBody = /<body[^>]*>([\s\S]*)<\/body>/i.exec(other)![1]!;
  await page.evaluate(() => history.pushState({}, '', '/u/2/c/NTk3MjE0NzE4MzQ0/a/NjE2NzQ1ODk4MTAw/details'));
  await page.waitForTimeout(300);
  await page.evaluate((body) => {
    for (const el of [...document.body.children]) if (el.tagName !== 'VANTAGE-OVERLAY') el.remove();
    const holder = document.createElement('div');
    holder.innerHTML = body;
    document.body.prepend(...holder.childNodes);
  }, otherBody);

  // The open panel belonged to the old assignment: the overlay closes it when the new one is read.
  await expect(overlay.tab).toHaveAttribute('aria-expanded', 'false', { timeout: 15_000 });
  // Let the overlay's re-reads after navigation finish (the last is 4 s after the URL change).
  await page.waitForTimeout(4500);
  await overlay.open();
  await expect(overlay.panel.locator('.assignment h2')).not.toHaveText(firstTitle ?? '');
  await expect(overlay.panel.locator('.assignment h2')).not.toBeEmpty();
  await expect(page.locator('vantage-overlay')).toHaveCount(1);
});

test('a Canvas assignment page whose layout is new to Vantage gets the tab that offers to pick the text', async ({ context, serviceWorker, strayRequests }) => {
  test.setTimeout(90_000);
  await setSettings(serviceWorker, { role: 'teacher' });
  // The demo page as a Canvas update might ship it: the assignment's container and description
  // under names no adapter knows.
  const renamed = demo.replaceAll('assignment_show', 'assignment_view_2027').replaceAll('description user_content', 'assignment-body');
  expect(renamed).not.toContain('assignment_show');
  const { page, errors, overlay } = await openDemo(context, renamed);

  // After the retries a late-rendering page gets, the tab is there, asking for the text.
  await expect(overlay.tab).toContainText('?', { timeout: 15_000 });
  await expect(overlay.tab).toHaveAccessibleName(/pick the assignment text/);
  await overlay.open();
  const panel = overlay.panel;
  await expect(panel.getByText('This looks like a Canvas assignment, but Vantage does not recognise the page’s layout.', { exact: false })).toBeVisible();
  await expect(panel.locator('section.question')).toHaveCount(0);

  // The teacher selects the instructions (the list of steps) and uses them.
  await page.locator('.assignment-body ol').evaluate((ol) => {
    const range = document.createRange();
    range.selectNodeContents(ol);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await panel.getByRole('button', { name: 'Use selected text' }).click();
  await expect(panel.locator('section.question')).toHaveCount(6);
  await expect(panel.getByText('Detected: Canvas')).toBeVisible();
  // The steps ask for a research journal with reflections (question 3) and an American and an
  // Iranian newspaper compared (question 1).
  await expect(overlay.question(1)).toContainText('Evident');
  await expect(overlay.question(3)).toContainText('Evident');
  await expect(overlay.tab).toContainText(/[1-6]\/6/);

  // Saved like any audit, under the LMS the address names.
  await panel.getByRole('button', { name: 'Save audit' }).click();
  await expect(panel.getByRole('status')).toContainText('Saved');
  const stored = await serviceWorker.evaluate(async () =>
    Object.entries(await chrome.storage.local.get(null))
      .filter(([k]) => k.startsWith('rec:'))
      .map(([, v]) => (v as { assignment: { platform: string | null; url: string } }).assignment),
  );
  expect(stored).toEqual([expect.objectContaining({ platform: 'canvas', url: DEMO_URL })]);
  expect(errors).toEqual([]);
  expect(strayRequests).toEqual([]);
});

/**
 * A slow page: the assignment's container gets its name only after Vantage stopped retrying, so
 * the "?" tab shows first; then the page finishes rendering.
 */
async function openLateDemo(context: BrowserContext, serviceWorker: Worker) {
  await setSettings(serviceWorker, { role: 'teacher' });
  const opened = await openDemo(context, demo.replaceAll('assignment_show', 'assignment_pending'));
  await expect(opened.overlay.tab).toContainText('?', { timeout: 15_000 });
  await opened.page.evaluate(() => {
    document.getElementById('assignment_pending')!.id = 'assignment_show';
  });
  return opened;
}

test('an assignment that renders after the retries turns the "?" tab into the score by itself', async ({ context, serviceWorker }) => {
  test.setTimeout(90_000);
  const { page, errors, overlay } = await openLateDemo(context, serviceWorker);
  // Nobody touches the tab: a later read finds the assignment.
  await expect(overlay.tab).toContainText('2/6', { timeout: 20_000 });
  await expect(overlay.tab).toHaveAccessibleName(/2 of 6 questions evident/);
  await expect(page.locator('vantage-overlay')).toHaveCount(1);
  await overlay.open();
  await expect(overlay.panel.getByText('Detected: Canvas')).toBeVisible();
  expect(errors).toEqual([]);
});

test('an assignment that renders after the retries is read when the teacher opens the "?" tab', async ({ context, serviceWorker }) => {
  test.setTimeout(90_000);
  const { errors, overlay } = await openLateDemo(context, serviceWorker);
  await overlay.open();
  await expect(overlay.panel.locator('section.question')).toHaveCount(6);
  await expect(overlay.panel.getByText('Detected: Canvas')).toBeVisible();
  await expect(overlay.tab).toContainText('2/6');
  expect(errors).toEqual([]);
});
