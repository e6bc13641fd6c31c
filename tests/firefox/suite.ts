/**
 * The Firefox build, run for real in Debian's firefox-esr: installed as a temporary add-on, with
 * saved LMS and search pages served under their real host names through a proxy that refuses
 * everything else. Each check is what a person sees (the tab and its score, the panel and its six
 * questions, badges on a result page) or what they must be able to rely on (nothing sent anywhere).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluate, poll, type Bidi } from './bidi.ts';
import { EXTENSION_UUID, launchFirefox, type RunningFirefox } from './firefox.ts';
import { click, findContext, goto, openTab } from './page.ts';
import { startProxy, type Proxy, type SeenRequest } from './proxy.ts';
import { parseHtmlDocument } from '../../lib/cli/io.ts';
import { readerFor, withCountries } from '../../lib/serp/index.ts';
import { diversity } from '../../lib/serp/diversity.ts';
import { BRIEF_PATH, briefPdf, handoutPage } from '../fixtures/handout-demo.ts';
import { stripInertMarkup } from '../../lib/serp/prepare.ts';
import { serpStrings } from '../../lib/serp/strings.ts';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const EXTENSION_DIR = path.join(ROOT, '.output', 'firefox-mv2');
const EXTENSION_ID = 'vantage@vantage-extension.org';
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

// The same pages and addresses as the Chromium e2e (tests/e2e/overlay.spec.ts, serp.spec.ts), over
// http: the content scripts match *://, and plain http lets the proxy answer without TLS.
const DEMO_URL = 'http://vantage-demo.instructure.com/courses/101/assignments/2001';
const NON_LMS_URL = 'http://www.example.org/courses/1/assignments/2';
const GOOGLE_URL = 'http://www.google.com/search?q=google&num=100';
const GOOGLE_FILE = path.join(ROOT, '..', 'shared', 'fixtures', 'serp', 'google-desktop-2023-zlurad-google-100.html');
const CANVAS_FILE = path.join(ROOT, 'tests', 'fixtures', 'lms', 'canvas', 'classic-student.html');
const PACKAGE_FILE = path.join(ROOT, 'tests', 'fixtures', 'packages', 'cc13-plain.imscc');
/** The real DataONE exercise as its authors published it (tests/fixtures/documents/PROVENANCE.md). */
const PDF_FILE = path.join(ROOT, 'tests', 'fixtures', 'documents', 'dataone-l10-legal-policy-exercise.pdf');

/** The shadow-root lookups a check runs in the page (the overlay's shadow root is open). */
const TAB = `() => document.querySelector('vantage-overlay')?.shadowRoot?.querySelector('button.tab') ?? null`;

/** One check's outcome. */
export interface CheckResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
  skipped?: boolean;
}

class CheckFailed extends Error {}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailed(message);
}

interface LogEntry {
  level: string;
  text: string;
  context: string | null;
  url: string;
}

/** Runs every check; logs one line per check and returns the results. */
export async function runSuite(log: (line: string) => void = console.log): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  let proxy: Proxy | null = null;
  let firefox: RunningFirefox | null = null;
  let blocked: string | null = null;
  const consoleErrors: LogEntry[] = [];
  const pageHosts = new Set<string>();

  const check = async (name: string, fn: () => Promise<void>, options: { required?: boolean } = {}) => {
    const started = Date.now();
    if (blocked) {
      results.push({ name, ok: false, ms: 0, skipped: true, error: `not run: ${blocked}` });
      log(`  - ${name} (not run: ${blocked})`);
      return;
    }
    proxy?.step(name);
    try {
      await fn();
      results.push({ name, ok: true, ms: Date.now() - started });
      log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      results.push({ name, ok: false, ms: Date.now() - started, error });
      log(`  ✗ ${name} (${Date.now() - started} ms)\n      ${error.replace(/\n/g, '\n      ')}`);
      if (options.required) blocked = `"${name}" failed`;
    }
  };

  /** Serves a page and remembers the hosts its own markup names (its assets are its requests, not ours). */
  const serve = (url: string, html: string) => {
    proxy!.serve(url, html);
    pageHosts.add(new URL(url).host);
    for (const m of html.matchAll(/(?:https?:)?\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) pageHosts.add(m[1]!.toLowerCase());
  };

  let bidi!: Bidi;
  try {
    await check(
      'Firefox starts headless on a fresh profile with its WebDriver BiDi agent',
      async () => {
        proxy = await startProxy();
        firefox = await launchFirefox(proxy.port, EXTENSION_ID);
        bidi = firefox.bidi;
        bidi.on('log.entryAdded', (p) => {
          const entry = p as { level?: string; text?: string; source?: { context?: string }; stackTrace?: { callFrames?: { url?: string }[] } };
          if (entry.level !== 'error') return;
          consoleErrors.push({ level: entry.level, text: String(entry.text ?? ''), context: entry.source?.context ?? null, url: entry.stackTrace?.callFrames?.[0]?.url ?? '' });
        });
        await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
      },
      { required: true },
    );

    await check(
      'the build installs as a temporary add-on',
      async () => {
        expect(existsSync(path.join(EXTENSION_DIR, 'manifest.json')), `no build at ${EXTENSION_DIR}`);
        const reply = await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: EXTENSION_DIR } });
        expect(reply.extension === EXTENSION_ID, `installed as ${reply.extension}, expected ${EXTENSION_ID}`);
      },
      { required: true },
    );

    let welcome: string | null = null;
    await check('first run: the welcome page opens by itself, says nothing leaves the browser, and takes the role', async () => {
      welcome = await findContext(bidi, (u) => u.startsWith(`${EXTENSION_ORIGIN}/welcome.html`));
      expect(welcome, 'no welcome tab opened after install');
      await chooseRole(bidi, welcome, 'teacher');
      const privacy = await evaluate<string>(bidi, welcome, `() => document.querySelector('.privacy')?.textContent ?? ''`);
      expect(/Nothing leaves your browser/.test(privacy), `privacy note: ${JSON.stringify(privacy)}`);
    });

    let tab = '';
    await check(
      'Canvas (Instructure-hosted course): the collapsed Vantage tab appears with the score 2/6',
      async () => {
        tab = await openTab(bidi);
        serve(DEMO_URL, readFileSync(path.join(ROOT, 'scripts', 'demo', 'assignment.html'), 'utf8'));
        await goto(bidi, tab, DEMO_URL);
        const text = await poll<string>(bidi, tab, `() => (${TAB})()?.textContent ?? ''`, 15_000);
        expect(text, 'no Vantage tab on the page within 15 s');
        expect(/^2\/6/.test(text), `tab says ${JSON.stringify(text)}, expected 2/6 (as in Chromium)`);
        const state = await evaluate<{ expanded: string | null; inFlow: boolean }>(
          bidi,
          tab,
          `() => { const host = document.querySelector('vantage-overlay'); const r = host.getBoundingClientRect();
            return { expanded: (${TAB})().getAttribute('aria-expanded'), inFlow: r.width > 0 || r.height > 0 }; }`,
        );
        expect(state.expanded === 'false', `aria-expanded=${state.expanded}, expected collapsed`);
        expect(!state.inFlow, 'the overlay host takes space in the page layout');
      },
      { required: true },
    );

    let panel: string | null = null;
    await check('opening the tab shows the panel: the assignment and the six questions with evidence and a search design', async () => {
      await click(bidi, tab, TAB);
      const expanded = await poll<boolean>(bidi, tab, `() => (${TAB})()?.getAttribute('aria-expanded') === 'true'`, 5_000);
      expect(expanded, 'the tab did not open (aria-expanded stays false)');
      panel = await findContext(bidi, (u) => u.startsWith(`${EXTENSION_ORIGIN}/panel.html`), tab);
      expect(panel, 'no panel frame (moz-extension://…/panel.html) inside the page');
      const seen = await poll<{ title: string; questions: number; q1: string; q5: string }>(
        bidi,
        panel,
        `() => { const qs = document.querySelectorAll('section.question');
          return qs.length === 6 ? { title: document.querySelector('.assignment h2')?.textContent ?? document.body.textContent.slice(0, 200),
            questions: qs.length, q1: qs[0].textContent, q5: qs[4].textContent } : null; }`,
        10_000,
      );
      expect(seen, 'the panel never showed six questions');
      expect(/Iranian Hostage Crisis/.test(seen.title), `assignment title in the panel: ${JSON.stringify(seen.title)}`);
      expect(/Evident/.test(seen.q1) && seen.q1.includes('site:ir') && seen.q1.includes('site:ac.ir'), `question 1: ${seen.q1.slice(0, 300)}`);
      expect(/Not found/.test(seen.q5), `question 5 should be "Not found": ${seen.q5.slice(0, 200)}`);
    });

    await check('a verdict saved in the panel is shown again after the page is reloaded', async () => {
      expect(panel, 'no panel to save from');
      await click(bidi, panel, `() => document.querySelector('section[data-question="1"] input[type=radio][value=yes]')`);
      await click(bidi, panel, `() => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Save audit') ?? null`);
      const saved = await poll<string>(bidi, panel, `() => document.querySelector('.actions [role=status]')?.textContent ?? ''`, 10_000);
      expect(saved && /Saved/.test(saved), `after Save: ${JSON.stringify(saved)}`);
      await bidi.send('browsingContext.reload', { context: tab, wait: 'complete' });
      await poll(bidi, tab, `() => /\\d\\/6/.test((${TAB})()?.textContent ?? '')`, 15_000);
      await click(bidi, tab, TAB);
      const again = await findContext(bidi, (u) => u.startsWith(`${EXTENSION_ORIGIN}/panel.html`), tab);
      expect(again, 'no panel after the reload');
      const state = await poll<{ yes: boolean; history: number }>(
        bidi,
        again,
        `() => { const yes = document.querySelector('section[data-question="1"] input[type=radio][value=yes]');
          return yes ? { yes: yes.checked, history: document.querySelectorAll('.history li').length } : null; }`,
        10_000,
      );
      expect(state?.yes, 'question 1 is no longer "Yes" after the reload');
      expect(state.history === 1, `history shows ${state.history} audits, expected 1`);
      await click(bidi, tab, TAB);
    });

    await check('a PDF the assignment hands out is read into the audit on the teacher’s click: the content script fetches it from the page’s own site', async () => {
      const url = DEMO_URL.replace('/assignments/2001', '/assignments/2002');
      serve(url, handoutPage());
      proxy!.serve(new URL(BRIEF_PATH, url).href, briefPdf(), 'application/pdf');
      await goto(bidi, tab, url);
      expect(await poll<boolean>(bidi, tab, `() => /^0\\/6/.test((${TAB})()?.textContent ?? '') || null`, 15_000), 'the pointer page did not show 0/6');
      await click(bidi, tab, TAB);
      const frame = await findContext(bidi, (u) => u.startsWith(`${EXTENSION_ORIGIN}/panel.html`), tab);
      expect(frame, 'no panel frame');
      const offered = await poll<string>(bidi, frame, `() => document.querySelector('.handouts li')?.textContent ?? null`, 10_000);
      expect(offered?.includes('Hostage crisis brief.pdf'), `the panel offers no brief to read: ${JSON.stringify(offered)}`);
      await click(bidi, frame, `() => document.querySelector('.handouts button')`);
      const q1 = await poll<string>(
        bidi,
        frame,
        `() => document.querySelector('.handouts .done') ? document.querySelector('section[data-question="1"]')?.textContent ?? null : document.querySelector('.handouts [role=alert]')?.textContent ?? null`,
        15_000,
      );
      expect(q1 && /Evident/.test(q1) && q1.includes('site:ac.ir'), `question 1 after reading the brief: ${JSON.stringify(q1?.slice(0, 300))}`);
      expect(await poll<boolean>(bidi, tab, `() => /^2\\/6/.test((${TAB})()?.textContent ?? '') || null`, 5_000), 'the tab did not take the new score 2/6');
      await click(bidi, tab, TAB);
    });

    await check('Canvas classic assignment page saved from a real course, under its own address: the tab shows a score', async () => {
      const html = readFileSync(CANVAS_FILE, 'utf8');
      const saved = /saved from url=\(\d+\)(\S+) -->/.exec(html)?.[1];
      expect(saved, 'the fixture has no saved-from address');
      const url = new URL(saved);
      url.protocol = 'http:';
      serve(url.href, html);
      await goto(bidi, tab, url.href);
      const text = await poll<string>(bidi, tab, `() => (${TAB})()?.textContent ?? ''`, 15_000);
      expect(text && /^[0-6]\/6/.test(text), `tab on ${url.host}: ${JSON.stringify(text)}`);
    });

    // Which pages get a content script at all is the manifest's matches (manifest.spec.ts); here, what a person sees.
    await check('a page that is not an LMS (same assignment on example.org) gets no Vantage element', async () => {
      serve(NON_LMS_URL, readFileSync(path.join(ROOT, 'scripts', 'demo', 'assignment.html'), 'utf8'));
      await goto(bidi, tab, NON_LMS_URL);
      await new Promise((r) => setTimeout(r, 1_500));
      const found = await evaluate<{ tags: number; title: string }>(
        bidi,
        tab,
        `() => ({ tags: document.querySelectorAll('vantage-overlay, [data-vantage-badge], vantage-serp-summary').length, title: document.title })`,
      );
      expect(/Hostage/.test(found.title), `the example.org page did not load: ${found.title}`);
      expect(found.tags === 0, `${found.tags} Vantage elements on example.org`);
    });

    await check("a student (role chosen on the welcome page) sees a country badge per result and one summary on Google's 100-result page", async () => {
      // BiDi may not send a tab to a moz-extension:// address, so the person changes their mind on
      // the welcome page that first run opened.
      expect(welcome, 'no welcome page to choose the role on');
      await chooseRole(bidi, welcome, 'student');

      const html = readFileSync(GOOGLE_FILE, 'utf8');
      // What the same reader finds in the same page outside the browser.
      const url = new URL(GOOGLE_URL);
      const reading = withCountries(readerFor(url)!.read(url, parseHtmlDocument(stripInertMarkup(html))));
      const d = diversity(reading.results);
      const countryCodes = [...new Set(reading.results.map((r) => r.country).filter((c): c is string => Boolean(c)))].sort();
      const line = serpStrings('en').line(Object.keys(d.countries).length, d.generic);

      serve(GOOGLE_URL, html);
      await goto(bidi, tab, GOOGLE_URL);
      // The badge is the link title's ::after, drawn from the manifest's stylesheet: what it shows
      // is its computed content (Firefox must draw it too, with or without alternative text).
      const seen = await poll<{ badges: number; texts: string[]; drawn: string[]; summaries: number; line: string }>(
        bidi,
        tab,
        `(want) => { const badges = [...document.querySelectorAll('[data-vantage-badge]')];
          const summaries = document.querySelectorAll('vantage-serp-summary');
          const line = summaries[0]?.querySelector('button.v-head')?.textContent ?? '';
          const drawn = badges.map((b) => { const s = getComputedStyle(b, '::after'); return s.position + ' ' + s.width + ' ' + s.content; });
          return badges.length >= want && line ? { badges: badges.length, texts: badges.map((b) => b.getAttribute('data-vantage-badge')), drawn, summaries: summaries.length, line } : null; }`,
        15_000,
        reading.results.length,
      );
      expect(seen, `fewer than ${reading.results.length} badges or no summary within 15 s`);
      expect(seen.badges === reading.results.length, `${seen.badges} badges for ${reading.results.length} results`);
      expect(seen.summaries === 1, `${seen.summaries} summaries`);
      // Chromium resolves attr() in the computed value, Firefox keeps it; 'none' or 'normal' would mean not drawn.
      const undrawn = seen.drawn.filter((d) => !/^absolute 28px ("|attr\(data-vantage-badge\))/.test(d));
      expect(undrawn.length === 0, `badges not drawn: ${JSON.stringify(undrawn.slice(0, 3))}`);
      expect(seen.line.startsWith(line), `summary says ${JSON.stringify(seen.line)}, expected ${JSON.stringify(line)}`);
      const shown = [...new Set(seen.texts.filter((t) => /^[A-Z]{2}$/.test(t)))].sort();
      expect(JSON.stringify(shown) === JSON.stringify(countryCodes), `country badges ${shown.join(',')} but results from ${countryCodes.join(',')}`);
    });

    await check("the dashboard lists the audit saved in the panel, with the teacher's verdict", async () => {
      expect(welcome, 'no extension tab to open the dashboard from');
      // An extension page may open another one; BiDi itself may not navigate a tab to moz-extension://.
      await evaluate(bidi, welcome, `() => { location.assign('/options.html#/records'); return true; }`);
      const row = await poll<string>(
        bidi,
        welcome,
        `() => [...document.querySelectorAll('[data-testid=records-table] tbody tr')].map((tr) => tr.textContent).find((t) => /Iranian Hostage Crisis/.test(t)) ?? null`,
        15_000,
      );
      expect(row, 'no row for the saved audit in the records table');
      expect(/Yes/.test(row), `the row does not carry the "Yes" verdict: ${row.replace(/\s+/g, ' ').slice(0, 300)}`);
    });

    await check('a course export dropped on the dashboard is audited in its worker, which reads the file piece by piece', async () => {
      expect(welcome, 'no extension tab to open the dashboard from');
      await openAndDrop(bidi, welcome, '/options.html#/import', '[data-testid=package-drop]', PACKAGE_FILE, 'cc13-plain.imscc');
      const run = await poll<string>(
        bidi,
        welcome,
        `() => { const r = document.querySelector('[data-testid=package-run]'); const phase = r?.getAttribute('data-phase'); return phase === 'done' || phase === 'failed' ? phase + '|' + r.getAttribute('data-mode') + '|' + r.textContent : null; }`,
        30_000,
      );
      expect(run, 'the export was never audited');
      expect(run.startsWith('done|worker|'), `not audited in the worker: ${run.replace(/\s+/g, ' ').slice(0, 300)}`);
      expect(/Saved: [1-9]\d* new/.test(run), `nothing saved: ${run.replace(/\s+/g, ' ').slice(0, 300)}`);
    });

    await check('a PDF handout dropped on “Audit a text” is read by pdf.js and audited', async () => {
      expect(welcome, 'no extension tab to open the dashboard from');
      // Dropped on the file input: the drop reaches the view's handler as it bubbles.
      await openAndDrop(bidi, welcome, '/options.html#/text', '[data-testid=document-input]', PDF_FILE, 'exercise.pdf');
      const read = await poll<string>(
        bidi,
        welcome,
        `() => { const alert = document.querySelector('main [role=alert]'); if (alert) return 'alert|' + alert.textContent; const n = document.querySelectorAll('[data-testid=text-audit-result] section.question').length; const t = document.querySelector('textarea')?.value ?? ''; return n === 6 && t.includes('Identify at least 3 issues') ? 'ok' : null; }`,
        20_000,
      );
      expect(read === 'ok', `the PDF was not read: ${String(read).slice(0, 300)}`);
    });

    await check('nothing left the browser: every request was a page we served or an asset that page names itself', async () => {
      const seen = proxy!.seen;
      const all = unexplained(seen, pageHosts);
      const firefoxOwn = all.filter(isFirefoxOwn);
      const stray = all.filter((r) => !isFirefoxOwn(r));
      const refused = seen.filter((r) => !r.served).length;
      log(`      (${seen.length - refused} requests answered with a saved page, ${refused - all.length} page assets refused, ${firefoxOwn.length} Firefox services refused, ${stray.length} unexplained)`);
      for (const r of firefoxOwn) log(`      Firefox itself (a pref in tests/firefox/firefox.ts should stop it): ${r.method} ${r.url}`);
      expect(stray.length === 0, `requests nobody asked for:\n${stray.map((r) => `[${r.step}] ${r.method} ${r.url} (origin ${r.origin ?? '-'}, referer ${r.referer ?? '-'})`).join('\n')}`);
    });

    await check('no errors from Vantage: background, extension pages, content scripts, or the pages it ran on', async () => {
      // BiDi reports page errors; Firefox prints every uncaught error and rejection, extension
      // code included, as "JavaScript error: <script url>, line N: …" (prefs in firefox.ts).
      const printed = (firefox as RunningFirefox | null)?.output() ?? '';
      const ours = [
        ...printed.split('\n').filter((l) => l.startsWith(`JavaScript error: ${EXTENSION_ORIGIN}/`)),
        ...consoleErrors.filter((e) => e.url.startsWith('moz-extension://') || /vantage/i.test(e.text)).map((e) => `${e.url}: ${e.text}`),
      ];
      // The demo page has no script of its own: any error there came from us.
      const onDemo = printed.split('\n').filter((l) => l.startsWith(`JavaScript error: ${DEMO_URL}`));
      expect(ours.length === 0 && onDemo.length === 0, [...ours, ...onDemo].join('\n'));
    });
  } finally {
    const ff = firefox as RunningFirefox | null;
    if (ff) await ff.close().catch(() => undefined);
    await (proxy as Proxy | null)?.close().catch(() => undefined);
  }
  return results;
}

/** Picks a role on the welcome page in `context` the way a person does, and waits for the confirmation. */
/**
 * Opens a dashboard view in `context` and drops `file` (as `name`) on `target`, as a person drags
 * it from the desktop: dragover, then drop.
 */
async function openAndDrop(bidi: Bidi, context: string, view: string, target: string, file: string, name: string): Promise<void> {
  await evaluate(bidi, context, `() => { location.assign('${view}'); return true; }`);
  expect(await poll<boolean>(bidi, context, `() => document.querySelector('${target}') ? true : null`, 15_000), `${view} has no ${target}`);
  const b64 = readFileSync(file).toString('base64');
  await evaluate(
    bidi,
    context,
    `() => { const dt = new DataTransfer(); dt.items.add(new File([Uint8Array.from(atob('${b64}'), (c) => c.charCodeAt(0))], '${name}')); const el = document.querySelector('${target}'); for (const type of ['dragover', 'drop']) el.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true })); return true; }`,
  );
}

async function chooseRole(bidi: Bidi, context: string, role: 'teacher' | 'student'): Promise<void> {
  const ready = await poll<boolean>(bidi, context, `(r) => Boolean(document.querySelector('input[name=role][value=' + r + ']'))`, 10_000, role);
  expect(ready, 'the welcome page shows no role choice');
  await click(bidi, context, `(r) => document.querySelector('input[name=role][value=' + r + ']')?.closest('label') ?? null`, role);
  await click(bidi, context, `() => document.querySelector('.welcome button')`);
  const label = role === 'teacher' ? 'Teacher' : 'Student';
  // The confirmation may still name an earlier choice for a moment: wait for this one.
  const done = await poll<string>(bidi, context, `(l) => { const t = document.querySelector('.done')?.textContent ?? ''; return t.includes(l) ? t : null; }`, 5_000, label);
  const shown = done ?? (await evaluate<string>(bidi, context, `() => document.querySelector('.done')?.textContent ?? ''`));
  expect(done, `after Continue: ${JSON.stringify(shown)}`);
}

/**
 * Firefox's own services (updates, Safe Browsing, remote settings, media plugins) that a pref
 * missed, perhaps in a newer Firefox. Vantage never calls these hosts, and a request from the
 * extension carries its moz-extension:// origin, so these are reported rather than failed.
 */
const FIREFOX_SERVICES = /(^|\.)(mozilla\.(com|org|net)|mozaws\.net|firefox\.com|gvt1\.com)$|^(update|safebrowsing)\.googleapis\.com$/;

function isFirefoxOwn(r: SeenRequest): boolean {
  if (r.origin || r.referer || !URL.canParse(r.url)) return false;
  return FIREFOX_SERVICES.test(new URL(r.url).hostname);
}

/**
 * Requests the extension made (its moz-extension:// origin or referrer) or that nobody explains:
 * neither a served page nor an asset a served page names in its own markup.
 */
export function unexplained(seen: SeenRequest[], pageHosts: Set<string>): SeenRequest[] {
  return seen.filter((r) => {
    if ([r.origin, r.referer].some((h) => h?.startsWith('moz-extension://'))) return true;
    if (r.served) return false;
    if (!URL.canParse(r.url)) return true;
    return !pageHosts.has(new URL(r.url).hostname.toLowerCase());
  });
}
