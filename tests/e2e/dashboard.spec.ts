/**
 * The coach dashboard in Chromium with the built extension: import teachers' bundles by choosing
 * and by dropping files, read the summary ("N new", conflicts, refused files), filter, see small
 * wins, and export a CSV whose bytes a spreadsheet can trust; drop course exports (IMS Common
 * Cartridge) and watch them audited in a worker; narrow the records with several filters at once
 * and keep them across a reload.
 */
import AxeBuilder from '@axe-core/playwright';
import { zipSync, strToU8 } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { createBundle } from '../../lib/records/bundle.ts';
import { toCsv } from '../../lib/records/csv.ts';
import { editRecord } from '../../lib/records/create.ts';
import type { AuditRecord } from '../../lib/records/schema.ts';
import { encodeCodePage } from '../unit/code-page.ts';
import { makeRecords } from '../unit/records/factory.ts';
import { backupWithFiles, gzip, withBigMedia, writeSparse, writeTar } from '../../scripts/make-packages.ts';
import { makePdf } from '../../scripts/make-pdf.ts';
import { ROOT, expect, test } from './fixtures.ts';
import type { BrowserContext } from '@playwright/test';

const now = new Date('2025-11-03T09:00:00Z');

/** A re-audit of one assignment that meets more questions: the small win the coach should see. */
function winPair(): [AuditRecord, AuditRecord] {
  const [base] = makeRecords(1, 900);
  const key = 'url:https://canvas.lincoln-hs.org/courses/2841/assignments/51177';
  const assignment = { ...base!.assignment, key, title: 'Iran Hostage Crisis: Multiple Perspectives' };
  const labels = { school: 'Lincoln High', teacher: 'Ms. Rahimi', course: 'World History 10' };
  const statuses = (evident: number) =>
    base!.questions.map((q, i) => ({ ...q, status: i < evident ? ('evident' as const) : ('missing' as const), verdict: null, evidence: [] }));
  const first = { ...base!, id: '11111111-1111-4111-8111-111111111111', createdAt: '2025-09-01T10:00:00.000Z', updatedAt: '2025-09-01T10:00:00.000Z', assignment, labels, questions: statuses(1), score: 1 };
  const again = { ...first, id: '22222222-2222-4222-8222-222222222222', createdAt: '2025-10-06T10:00:00.000Z', updatedAt: '2025-10-06T10:00:00.000Z', questions: statuses(3), score: 3 };
  again.questions[3] = { ...again.questions[3]!, note: '=HYPERLINK("http://evil.example","x")' };
  return [first, again];
}

test('a coach imports bundles, filters, sees small wins and exports CSV', async ({ context, extensionId }, testInfo) => {
  const [first, again] = winPair();
  const teacherA = [first, again, ...makeRecords(30, 901)];
  // Mr. Okafor's assignment, unedited, audited again after Vantage's analysis changed: a gain no verdict backs.
  const [okFirst, okAgain] = winPair().map((r, i) => ({
    ...r,
    id: i ? '44444444-4444-4444-8444-444444444444' : '33333333-3333-4333-8333-333333333333',
    assignment: { ...r.assignment, key: 'url:https://canvas.lincoln-hs.org/courses/2900/assignments/6001', title: 'Photosynthesis Lab Report' },
    labels: { school: 'Lincoln High', teacher: 'Mr. Okafor', course: 'Biology 9' },
    analysisVersion: i ? '1.8.0' : '1.7.0',
  }));
  const teacherB = [okFirst!, okAgain!, ...makeRecords(18, 902)];
  const all = [...teacherA, ...teacherB];
  const files = {
    a: testInfo.outputPath('rahimi.json'),
    b: testInfo.outputPath('okafor.json'),
    bad: testInfo.outputPath('saved-page.html'),
  };
  writeFileSync(files.a, await createBundle(teacherA, { createdBy: 'Ms. Rahimi', now }));
  writeFileSync(files.b, await createBundle(teacherB, { now }));
  writeFileSync(files.bad, '<!doctype html><html><body>Assignment</body></html>');

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#/import`);
  await expect(page.getByTestId('drop-zone')).toBeVisible();

  // Choose three files at once: two bundles and a page saved by mistake.
  await page.getByLabel('Choose files').setInputFiles([files.a, files.b, files.bad]);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText(`${all.length} new`);
  await expect(summary).toContainText('saved-page.html: This is an HTML or XML page, not a Vantage bundle.');
  await expect(page.getByTestId('record-count')).toHaveText(`${all.length} audits`);

  // Drop the first bundle again, with one record edited later and one changed at the same time.
  const newer = editRecord(teacherA[5]!, { notes: { 2: 'Added after the coaching visit.' }, now: new Date('2025-11-01T00:00:00Z') });
  const clash = structuredClone(teacherA[6]!);
  clash.questions[0]!.note = 'Edited elsewhere at the same moment.';
  const again2 = await createBundle([...teacherA.slice(0, 5), newer, clash], { now });
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'rahimi-again.json', { type: 'application/json' }));
    return dt;
  }, again2);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
  await expect(summary).toContainText('1 updated, 1 conflict, 5 already here');
  await expect(summary).toContainText(clash.assignment.title);

  // Filter by teacher: the count, the table and the charts follow.
  await page.goto(`chrome-extension://${extensionId}/options.html#/records`);
  await page.getByRole('button', { name: /^Teacher/ }).click();
  await page.getByRole('checkbox', { name: /^Ms\. Rahimi/ }).check();
  await page.keyboard.press('Escape');
  const rahimi = all.filter((r) => r.labels.teacher === 'Ms. Rahimi');
  await expect(page.getByTestId('record-count')).toHaveText(`${rahimi.length} of ${all.length} audits`);
  const teacherCells = page.getByTestId('records-table').locator('tbody tr td:nth-child(3)');
  await expect(teacherCells.first()).toHaveText('Ms. Rahimi');
  expect(new Set(await teacherCells.allTextContents())).toEqual(new Set(['Ms. Rahimi']));
  await expect(page.getByTestId('question-bars')).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  // Small wins: the re-audited assignment, with what it gained.
  await page.getByRole('link', { name: 'Small wins' }).click();
  const wins = page.getByTestId('small-wins');
  await expect(wins).toContainText('Iran Hostage Crisis: Multiple Perspectives');
  await expect(wins).toContainText('1 → 3 questions met');
  await expect(wins).toContainText('Now meets: Q2 New lines of inquiry, Q3 Thinking made visible');
  // Ms. Rahimi's two audits were read by the same analysis: no warning. (Mr. Okafor's win is
  // filtered out here; it is checked below with the filter cleared.)
  await expect(wins.getByTestId('reading-changed')).toHaveCount(0);

  // CSV of the filtered audits: BOM, CRLF, header, one row each, formulas neutralised.
  await page.getByRole('link', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/^vantage-audits-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.split('\r\n').filter(Boolean);
  expect(lines[0]!.startsWith('id,created,updated,platform,title,url,school,teacher,course')).toBe(true);
  expect(lines).toHaveLength(rahimi.length + 1);
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  expect(text).not.toMatch(/(^|,)=HYPERLINK/m);

  // Mr. Okafor's win came with a newer analysis and no verdict behind it: the coach is told so.
  await page.getByRole('link', { name: 'Small wins' }).click();
  await page.getByRole('button', { name: /^Teacher/ }).click();
  await page.getByRole('checkbox', { name: /^Ms\. Rahimi/ }).uncheck();
  await page.getByRole('checkbox', { name: /^Mr\. Okafor/ }).check();
  await page.keyboard.press('Escape');
  const okWin = wins.getByRole('listitem').filter({ hasText: 'Photosynthesis Lab Report' });
  await expect(okWin).toContainText('1 → 3 questions met');
  await expect(okWin.getByTestId('reading-changed')).toHaveText(
    "Vantage's reading changed between these audits (analysis 1.7.0 → 1.8.0), and no verdict backs the gain: check that the assignment changed too.",
  );
});

test('a coach re-imports our CSV after Excel in Spanish saved it again (semicolons, Windows-1252): every audit, accents intact', async ({ context, extensionId }, testInfo) => {
  const records = makeRecords(6, 904).map((r, i) => ({
    ...r,
    labels: { ...r.labels, teacher: 'Sra. López' },
    assignment: { ...r.assignment, title: `La independencia de México: fuentes ${i + 1}` },
  }));
  const rows = Papa.parse<string[]>(toCsv(records).slice(1), { skipEmptyLines: true }).data;
  const file = testInfo.outputPath('auditorias.csv');
  writeFileSync(file, encodeCodePage(Papa.unparse(rows, { delimiter: ';', newline: '\r\n' }), 'windows-1252'));

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#/import`);
  await page.getByLabel('Choose files').setInputFiles([file]);
  await expect(page.getByTestId('import-summary')).toContainText('6 new');
  await page.goto(`chrome-extension://${extensionId}/options.html#/records`);
  const teacherCells = page.getByTestId('records-table').locator('tbody tr td:nth-child(3)');
  await expect(teacherCells).toHaveText(Array(6).fill('Sra. López'));
  await expect(page.getByTestId('records-table')).toContainText('La independencia de México: fuentes 1');
});

test('clearing all offers a backup first and keeps nothing behind', async ({ context, extensionId }, testInfo) => {
  const file = testInfo.outputPath('some.json');
  writeFileSync(file, await createBundle(makeRecords(5, 903), { now }));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#/import`);
  await page.getByLabel('Choose files').setInputFiles([file]);
  await expect(page.getByTestId('import-summary')).toContainText('5 new');

  await page.getByRole('link', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'Clear all audits' }).click();
  const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup, then clear' }).click()]);
  const saved = JSON.parse(readFileSync(await backup.path(), 'utf8'));
  expect(saved).toMatchObject({ format: 'vantage-audits', count: 5 });
  await expect(page.getByTestId('record-count')).toHaveText('0 audits');
  await expect(page.getByRole('status').filter({ hasText: '5 audits removed.' })).toBeVisible();
});

test('every dashboard view passes axe (WCAG 2 A/AA)', async ({ context, extensionId }, testInfo) => {
  const file = testInfo.outputPath('some.json');
  writeFileSync(file, await createBundle([...winPair(), ...makeRecords(40, 904)], { now }));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#/import`);
  await page.getByLabel('Choose files').setInputFiles([file]);
  await expect(page.getByTestId('import-summary')).toContainText('42 new');
  for (const view of ['wins', 'records', 'questions', 'time', 'coverage', 'text', 'import', 'export', 'settings', 'print', 'record/22222222-2222-4222-8222-222222222222']) {
    await page.goto(`chrome-extension://${extensionId}/options.html#/${view}`);
    await expect(page.getByTestId('record-count')).toHaveText('42 audits');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => `${view}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  }
});

test('a teacher whose assignment is a PDF handout pastes its text: reads the six questions, saves a verdict, finds the audit in the records', async ({ context, extensionId, strayRequests }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#/wins`);
  await expect(page.getByTestId('record-count')).toHaveText('0 audits');
  await page.getByRole('link', { name: 'Audit a text' }).click();
  await expect(page.getByRole('heading', { name: 'Audit a text' })).toBeVisible();
  const read = page.getByRole('button', { name: 'Read the six questions' });
  await read.click();
  await expect(page.getByRole('alert')).toHaveText('Paste the assignment’s text first.');

  // A Spanish project, with no title given: the first line becomes the title, and the questions
  // are asked in Spanish, the text's language.
  const text = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'assignments', 'ours', 'global-project-es.txt'), 'utf8');
  const [first, ...rest] = text.split('\n');
  await page.getByLabel('The assignment’s text').fill([first, `<img src=x onerror="document.title='pwned'">`, ...rest].join('\n'));
  await read.click();
  const result = page.getByTestId('text-audit-result');
  await expect(result.locator('section.question')).toHaveCount(6);
  await expect(result.getByRole('heading', { level: 2 })).toHaveText('Proyecto: ¿Cómo cuentan la independencia de México los dos países?');
  await expect(result).toContainText('Pasted text');
  await expect(result.locator('section.question').first()).toContainText('Pensamiento crítico en la web');
  await expect(result.locator('section.question').first()).toContainText('site:mx');
  // Pasted markup is text, never HTML.
  await expect(result).toContainText('<img src=x onerror=');
  expect(await page.title()).not.toBe('pwned');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);

  const q4 = result.locator('section.question').nth(3);
  await q4.getByRole('radio', { name: 'Partly' }).check();
  await q4.getByRole('textbox').fill('Ask the Monterrey school to answer on the blog.');
  await result.getByRole('button', { name: 'Save audit' }).click();
  await expect(result.getByRole('status')).toContainText('Saved.');
  await expect(page.getByTestId('record-count')).toHaveText('1 audit');
  await result.getByRole('link', { name: 'Open it' }).click();
  await expect(page).toHaveURL(/#\/record\//);
  await expect(page.getByRole('main')).toContainText('Pasted text');
  await expect(page.getByRole('main')).toContainText('Ask the Monterrey school to answer on the blog.');
  expect(strayRequests).toEqual([]);
});

test('a teacher chooses the handout itself (a Word, LibreOffice or PDF file), or drops it on the page: its text is read and audited, a file with no text is refused with what to do', async ({ context, extensionId, strayRequests }, testInfo) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#/text`);
  const odt = path.join(ROOT, 'tests', 'fixtures', 'documents', 'quintogrado-numeracion-egipcia.odt');
  await page.getByTestId('document-input').setInputFiles(odt);
  await expect(page.getByText('Read from quintogrado-numeracion-egipcia.odt.')).toBeVisible();
  await expect(page.getByLabel('The assignment’s text')).toHaveValue(/^Hace aproximadamente 5\.000 años, en Egipto/);
  const result = page.getByTestId('text-audit-result');
  await expect(result.locator('section.question')).toHaveCount(6);
  await expect(result.getByRole('heading', { level: 2 })).toHaveText('Hace aproximadamente 5.000 años, en Egipto se usaban estos símbolos para representar los números.');

  // A Word handout replaces it.
  await page.getByTestId('document-input').setInputFiles(path.join(ROOT, 'tests', 'fixtures', 'documents', 'espol-solid-instrucciones.docx'));
  await expect(page.getByText('Read from espol-solid-instrucciones.docx.')).toBeVisible();
  await expect(result.getByRole('heading', { level: 2 })).toHaveText('Taller Principios SOLID');

  // A PDF is read by pdf.js, loaded into the dashboard only now: its wrapped lines come back as sentences.
  await page.getByTestId('document-input').setInputFiles(path.join(ROOT, 'tests', 'fixtures', 'documents', 'dataone-l10-legal-policy-exercise.pdf'));
  await expect(page.getByText('Read from dataone-l10-legal-policy-exercise.pdf.')).toBeVisible();
  await expect(page.getByLabel('The assignment’s text')).toHaveValue(/\n2\. Identify at least 3 issues which may limit your ability to share data\. Then, as a class, create a list/);
  await expect(result.getByRole('heading', { level: 2 })).toHaveText('Hands-on Activity 10: Legal and Policy Issues');
  await expect(result.locator('section.question')).toHaveCount(6);

  const scan = testInfo.outputPath('scan.pdf');
  writeFileSync(scan, makePdf([{ picture: true }]));
  await page.getByTestId('document-input').setInputFiles(scan);
  await expect(page.getByRole('alert')).toContainText('scan.pdf: scan.pdf has no text Vantage can read: it looks like a scan');
  // The text already read stays.
  await expect(result.locator('section.question')).toHaveCount(6);
  await expect(result.getByRole('heading', { level: 2 })).toHaveText('Hands-on Activity 10: Legal and Policy Issues');

  // Dropped on this view, a handout is read here, not imported as records.
  const drop = await page.evaluateHandle((b64) => {
    const dt = new DataTransfer();
    dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'consignas de escritura.odt'));
    return dt;
  }, readFileSync(path.join(ROOT, 'tests', 'fixtures', 'documents', 'quintogrado-consignas-de-escritura.odt')).toString('base64'));
  await page.locator('main').dispatchEvent('dragover', { dataTransfer: drop });
  await page.locator('main').dispatchEvent('drop', { dataTransfer: drop });
  await expect(page).toHaveURL(/#\/text$/);
  await expect(page.getByText('Read from consignas de escritura.odt.')).toBeVisible();
  await expect(result.getByRole('heading', { level: 2 })).toHaveText('Ahora vamos a escribir, en parejas, las cartas de inicio de los cuentos. Tengan en cuenta:');
  await expect(page.getByTestId('record-count')).toHaveText('0 audits');
  // The PDF reader asked the network for nothing (no fonts, no character maps).
  expect(strayRequests).toEqual([]);
});

const PACKAGES = path.join(ROOT, 'tests', 'fixtures', 'packages');

/**
 * A Common Cartridge 1.3 export with `n` assignments (assignment_xmlv1p0, the shape of
 * tests/fixtures/packages/src/cc13-plain), one of them with broken XML and one whose file is
 * missing: big enough that the progress bar is seen between its ends.
 */
/** The coach chooses a course export on the import page and waits for its audit to finish. */
async function chooseExport(context: BrowserContext, extensionId: string, file: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#/import`);
  await page.getByTestId('package-input').setInputFiles(file);
  const run = page.getByTestId('package-run').first();
  await expect(run).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
  return { page, run };
}

function bigPackage(n: number, title = 'Civics 8 (all sections)'): Uint8Array {
  const topics = ['the 1979 hostage crisis', 'water rights on the Nile', 'the Good Friday Agreement', 'the 2011 Egyptian protests', 'the Falklands War'];
  const files: Record<string, Uint8Array> = {};
  const items: string[] = [];
  const resources: string[] = [];
  for (let i = 1; i <= n; i++) {
    const topic = topics[i % topics.length]!;
    items.push(`<item identifier="it${i}" identifierref="res${i}"><title>Assignment ${i}: ${topic}</title></item>`);
    resources.push(`<resource identifier="res${i}" type="assignment_xmlv1p0" href="a${i}/assignment.xml"><file href="a${i}/assignment.xml"/></resource>`);
    if (i === 7) continue; // listed in the manifest, missing from the zip
    const text =
      i === 3
        ? '<title>Broken</titel>'
        : `<title>Assignment ${i}: ${topic}</title><text texttype="text/plain">Research ${topic}. Find at least three sources, including one from another country, and compare how each one tells the story.${
            i % 2 ? ' Publish your comparison on the class blog and invite comments from a partner school.' : ''
          } Explain how your thinking changed.</text>`;
    files[`a${i}/assignment.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?>\n<assignment xmlns="http://www.imsglobal.org/xsd/imscc_extensions/assignment" identifier="a${i}">${text}</assignment>`);
  }
  files['imsmanifest.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?>\n<manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1" xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest">` +
      `<metadata><schema>IMS Common Cartridge</schema><schemaversion>1.3.0</schemaversion><lomimscc:lom><lomimscc:general><lomimscc:title><lomimscc:string>${title}</lomimscc:string></lomimscc:title></lomimscc:general></lomimscc:lom></metadata>` +
      `<organizations><organization identifier="org" structure="rooted-hierarchy"><item identifier="root">${items.join('')}</item></organization></organizations>` +
      `<resources>${resources.join('')}</resources></manifest>`,
  );
  return zipSync(files);
}

test('a coach drops a course export: audited in a worker with a progress bar, saved once, problems listed', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#/import`);
  await page.getByLabel('Teacher', { exact: true }).fill('Ms. Rahimi');

  // Watch the bar: every label and value it shows while the audit runs.
  await page.evaluate(() => {
    const seen: { label: string; value: number; max: number }[] = [];
    (globalThis as unknown as { __progress: typeof seen }).__progress = seen;
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('[data-testid=package-progress]');
      if (bar) seen.push({ label: bar.labels?.[0]?.textContent ?? '', value: bar.value, max: bar.max });
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });

  // Drop a 600-assignment export on the drop zone, as a person drags it from their files.
  const N = 600;
  const bytes = Buffer.from(bigPackage(N)).toString('base64');
  const drop = await page.evaluateHandle((b64) => {
    const dt = new DataTransfer();
    dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'civics8.imscc', { type: 'application/zip' }));
    return dt;
  }, bytes);
  await page.getByTestId('package-drop').dispatchEvent('drop', { dataTransfer: drop });
  const run = page.getByTestId('package-run').first();
  await expect(run).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
  await expect(run).toHaveAttribute('data-mode', 'worker');
  const audited = N - 2;
  await expect(run.getByTestId('package-result')).toContainText(`${audited} assignments audited`);
  await expect(run.getByTestId('package-result')).toContainText(`Saved: ${audited} new`);
  const errors = run.getByTestId('package-errors');
  await expect(errors).toContainText('2 items could not be audited');
  await expect(errors.getByRole('listitem')).toHaveCount(2);
  await expect(errors.getByRole('listitem').first()).toContainText(/Assignment 3: the 2011 Egyptian protests \(a3\/assignment\.xml\): .*not well-formed XML/);
  await expect(errors.getByRole('listitem').last()).toContainText(/Assignment 7: the Good Friday Agreement \(a7\/assignment\.xml\): missing file/);
  await expect(page.getByTestId('record-count')).toHaveText(`${audited} audits`);

  const seen = await page.evaluate(() => (globalThis as unknown as { __progress: { label: string; value: number; max: number }[] }).__progress);
  const midway = seen.filter((p) => p.max === N && p.value > 0 && p.value < N);
  expect(midway.length, JSON.stringify(seen.slice(0, 5))).toBeGreaterThan(0);
  expect(midway.every((p) => p.label === `${p.value.toLocaleString('en')} of 600 assignments`)).toBe(true);

  // The same export again: the same records, nothing new.
  await page.getByTestId('package-drop').dispatchEvent('drop', { dataTransfer: drop });
  await expect(page.getByTestId('package-run').first().getByTestId('package-result')).toContainText(`Saved: ${audited} already here`, { timeout: 60_000 });
  await expect(page.getByTestId('record-count')).toHaveText(`${audited} audits`);

  // A real Canvas export, chosen with the file picker.
  await page.getByTestId('package-input').setInputFiles(path.join(PACKAGES, 'canvas-cc11.imscc'));
  const canvas = page.getByTestId('package-run').first();
  await expect(canvas).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });
  await expect(canvas).toContainText('World History 10 (Period 3)');
  const saved = Number((await canvas.getByTestId('package-result').textContent())!.match(/Saved: (\d+) new/)![1]);
  expect(saved).toBeGreaterThan(3);
  await expect(page.getByTestId('record-count')).toHaveText(`${audited + saved} audits`);

  // Wrong kind of file, a truncated download, a zip bomb: a clear message each, the store untouched.
  for (const [file, message] of [
    ['bad-wrong-kind.pdf', /PDF/],
    ['bad-truncated.imscc', /truncated|incomplete|cut off|end of/i],
    ['bad-zip-bomb-ratio.imscc', /zip bomb/i],
  ] as const) {
    await page.getByTestId('package-input').setInputFiles(path.join(PACKAGES, file));
    const r = page.getByTestId('package-run').first();
    await expect(r).toHaveAttribute('data-phase', 'failed');
    await expect(r.getByRole('alert')).toContainText(message);
    await expect(page.getByTestId('record-count')).toHaveText(`${audited + saved} audits`);
  }

  // "See these audits": the records view, filtered to the export's audits, each marked as such.
  await page.getByRole('link', { name: 'See these audits' }).last().click();
  await expect(page).toHaveURL(/#\/records\?course=Civics\+8.*source=package/);
  await expect(page.getByTestId('record-count')).toHaveText(`${audited} of ${audited + saved} audits`);
  const rows = page.getByTestId('records-table').locator('tbody tr');
  await expect(rows.first()).toContainText('Course export');
  await expect(rows.first().locator('td').nth(2)).toHaveText('Ms. Rahimi');
});

test('a coach chooses a 1.5 GB course export with its lecture video: audited in the worker, which reads only the text', async ({ context, extensionId }, testInfo) => {
  // Written sparse: the video's 1.5 GB are a hole in the file, on no disk. Before, anything over
  // 512 MB was refused, since the whole file was held in memory.
  const parts = withBigMedia(new Uint8Array(readFileSync(path.join(PACKAGES, 'cc13-plain.imscc'))), 'web_resources/media/lecture.mp4', 1536 * 1024 * 1024);
  const file = testInfo.outputPath('history-with-video.imscc');
  writeSparse(file, parts);
  const { page, run } = await chooseExport(context, extensionId, file);
  await expect(run).toHaveAttribute('data-mode', 'worker');
  await expect(run.getByTestId('package-result')).toContainText(/Saved: [1-9]\d* new/);
  await expect(page.getByTestId('record-count')).toHaveText(/^[1-9]\d* audits$/);
});

test('a coach at a Moodle school drops the course backup (.mbz, a gzip-compressed tar): its assignments are audited and saved, in the worker', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#/import`);
  const bytes = readFileSync(path.join(PACKAGES, 'mbz', 'moodle43-rivers.mbz'));
  // Dropped on the page with no file type, as a desktop drag gives an unknown extension.
  const dataTransfer = await page.evaluateHandle((data) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], 'backup-moodle2-course-58-rivers.mbz', { type: '' }));
    return dt;
  }, [...bytes]);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
  const run = page.getByTestId('package-run').first();
  await expect(run).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
  await expect(run).toHaveAttribute('data-mode', 'worker');
  await expect(run.getByTestId('package-result')).toContainText('5 assignments audited');
  await expect(run.getByTestId('package-result')).toContainText('Saved: 5 new');
  await expect(page.getByTestId('record-count')).toHaveText('5 audits');
  await page.goto(`chrome-extension://${extensionId}/options.html#/records`);
  await expect(page.getByTestId('records-table')).toContainText('Water on the Nile: Position Paper');
});

/**
 * The coach chooses the rivers backup whose position-paper assignment says only `intro` and has
 * the DataONE exercise (`fixture`, saved as `name`) in its Additional files; returns the record
 * the coach opens for it.
 */
async function auditBackupWithHandout(context: BrowserContext, extensionId: string, file: string, intro: string, fixture: string, name: string) {
  const handout = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'documents', fixture));
  const entries = backupWithFiles('moodle43-rivers', { 'activities/assign_204/assign.xml': intro }, [
    { contextId: 504, component: 'mod_assign', area: 'introattachment', name, data: new Uint8Array(handout) },
  ]);
  writeFileSync(file, gzip(writeTar(entries, { longNames: 'prefix' })));
  const { page, run } = await chooseExport(context, extensionId, file);
  await expect(run).toHaveAttribute('data-mode', 'worker');
  await expect(run.getByTestId('package-result')).toContainText('Saved: 5 new');
  await page.goto(`chrome-extension://${extensionId}/options.html#/records`);
  await page.getByRole('link', { name: /Water on the Nile: Position Paper/ }).click();
  return page.locator('main');
}

test('a coach’s Moodle backup where the assignment’s task is in its attached Word file: the file is read with it, and its words are the evidence the coach sees', async ({ context, extensionId }, testInfo) => {
  const record = await auditBackupWithHandout(context, extensionId, testInfo.outputPath('backup-moodle2-course-27-rivers10.mbz'), '<p>Work through the attached exercise sheet.</p>', 'dataone-l10-legal-policy-exercise.docx', 'Legal and policy exercise.docx');
  // Written only in the Word file, quoted as evidence.
  await expect(record).toContainText('Discuss this in your group and pick one example to share with the class');
});

test('a coach’s Moodle backup whose assignment’s brief is a PDF: the audit worker reads it with pdf.js, and its words are the evidence', async ({ context, extensionId }, testInfo) => {
  const record = await auditBackupWithHandout(context, extensionId, testInfo.outputPath('backup-moodle2-course-27-rivers11.mbz'), '<p>The instructions are in the attached PDF.</p>', 'dataone-l10-legal-policy-exercise.pdf', 'Exercise 10.pdf');
  // Written only in the PDF.
  await expect(record).toContainText('Discuss this in your group and pick one example to share with the class');
});

test('a coach at a Blackboard school chooses the course’s own export (not a Common Cartridge): its assignment, task items and the forum that sets a task are audited, students’ posts never read', async ({ context, extensionId }) => {
  const { page, run } = await chooseExport(context, extensionId, path.join(PACKAGES, 'blackboard-learn.zip'));
  await expect(run).toContainText('HIST 210: The Modern Middle East (Spring 2026)');
  await expect(run).toContainText('Blackboard Learn export');
  await expect(run.getByTestId('package-result')).toContainText('4 assignments audited');
  await expect(page.getByTestId('record-count')).toHaveText('4 audits');
  await page.goto(`chrome-extension://${extensionId}/options.html#/records`);
  const table = page.getByTestId('records-table');
  await expect(table).toContainText('Whose Hostage Crisis? A Source Comparison');
  await expect(table).toContainText('Mossadegh and 1953');
  await expect(table).not.toContainText('Week 1 Quiz');
  await expect(page.locator('body')).not.toContainText('STUDENT POST');
});

test('a coach chooses an Ultra course’s export: the Ultra assignment, exported as a test, is audited in its unit', async ({ context, extensionId }) => {
  const { page, run } = await chooseExport(context, extensionId, path.join(PACKAGES, 'blackboard-ultra.zip'));
  await expect(run.getByTestId('package-result')).toContainText('3 assignments audited');
  await page.goto(`chrome-extension://${extensionId}/options.html#/records`);
  const row = page.getByTestId('records-table').getByRole('row').filter({ hasText: 'Tarea: calidad del agua' });
  await expect(row).toHaveCount(1);
});

test('cancelling a course export stops it and saves nothing', async ({ context, extensionId }, testInfo) => {
  const file = testInfo.outputPath('huge-course.imscc');
  writeFileSync(file, bigPackage(6000, 'Huge course'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#/import`);
  await page.getByTestId('package-input').setInputFiles(file);
  const run = page.getByTestId('package-run').first();
  await expect(run.getByTestId('package-progress')).toBeVisible();
  await expect(run).toHaveAttribute('data-phase', 'auditing');
  await run.getByRole('button', { name: 'Cancel' }).click();
  await expect(run).toHaveAttribute('data-phase', 'cancelled');
  await expect(run).toContainText(/Cancelled after [\d,]+ of 6,000 assignments\. Nothing was saved\./);
  await page.waitForTimeout(500);
  await expect(page.getByTestId('record-count')).toHaveText('0 audits');
  expect(await context.serviceWorkers()[0]!.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('rec:')).length)).toBe(0);
});

test('several filters at once narrow the table, and survive a reload', async ({ context, extensionId }, testInfo) => {
  const records = makeRecords(300, 905);
  const file = testInfo.outputPath('many.json');
  writeFileSync(file, await createBundle(records, { now }));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#/import`);
  await page.getByLabel('Choose files').setInputFiles([file]);
  await expect(page.getByTestId('import-summary')).toContainText('300 new');

  await page.getByRole('link', { name: 'Records' }).click();
  const count = page.getByTestId('record-count');
  // Two teachers (keyboard only: Tab into the list, Space ticks).
  const teacher = page.getByRole('button', { name: /^Teacher/ });
  await teacher.focus();
  await page.keyboard.press('Enter');
  await expect(teacher).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('checkbox', { name: /^Ms\. Rahimi/ }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: /^Mr\. Okafor/ }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  await expect(teacher).toBeFocused();
  await expect(teacher).toHaveAccessibleName('Teacher Mr. Okafor, Ms. Rahimi');
  const two = records.filter((r) => r.labels.teacher === 'Ms. Rahimi' || r.labels.teacher === 'Mr. Okafor');
  await expect(count).toHaveText(`${two.length} of 300 audits`);

  // And question 1 not found.
  await page.getByRole('button', { name: /^Status/ }).click();
  await page.getByLabel('Q1 Critical thinking on the web').selectOption('missing');
  await page.keyboard.press('Escape');
  const narrowed = two.filter((r) => r.questions[0]!.status === 'missing');
  expect(narrowed.length).toBeGreaterThan(0);
  await expect(count).toHaveText(`${narrowed.length} of 300 audits`);
  const table = page.getByTestId('records-table');
  expect(new Set(await table.locator('tbody tr td:nth-child(3)').allTextContents())).toEqual(new Set(['Ms. Rahimi', 'Mr. Okafor']));
  for (const cell of await table.locator('tbody tr td:nth-child(5) .sr').allTextContents()) expect(cell.startsWith('Not found')).toBe(true);

  // The address holds the filter: a reload shows the same selection.
  expect(page.url()).toMatch(/teacher=Mr\.\+Okafor&teacher=Ms\.\+Rahimi.*q1=missing/);
  await page.reload();
  await expect(count).toHaveText(`${narrowed.length} of 300 audits`);
  await expect(page.getByRole('button', { name: /^Teacher/ })).toHaveAccessibleName('Teacher Mr. Okafor, Ms. Rahimi');

  // A teacher's name leads to their progress over time; the other filters still apply.
  await page.getByRole('link', { name: 'Per question' }).click();
  await page.getByTestId('split-by').selectOption('teacher');
  const groupRows = page.getByTestId('group-table').locator('tbody tr');
  await expect(groupRows).toHaveCount(2);
  await page.getByTestId('group-table').getByRole('link', { name: 'Ms. Rahimi' }).click();
  await expect(page.getByRole('heading', { name: 'Ms. Rahimi: progress over time' })).toBeVisible();
  await expect(page.getByTestId('teacher-months')).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a course export dropped anywhere on the dashboard is audited, not opened by the browser', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#/wins`);
  const drop = await page.evaluateHandle((b64) => {
    const dt = new DataTransfer();
    dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'moodle-cc11.imscc'));
    return dt;
  }, readFileSync(path.join(PACKAGES, 'moodle-cc11.imscc')).toString('base64'));
  await page.locator('main').dispatchEvent('dragover', { dataTransfer: drop });
  await page.locator('main').dispatchEvent('drop', { dataTransfer: drop });
  await expect(page).toHaveURL(/#\/import$/);
  await expect(page.getByTestId('package-run').first()).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('record-count')).not.toHaveText('0 audits');
});

test('a big store opens from its snapshot and still shows every change made since, live and after a reload', async ({ context, extensionId, serviceWorker }, testInfo) => {
  const records = makeRecords(1500, 906);
  await serviceWorker.evaluate((items) => chrome.storage.local.set(items), Object.fromEntries(records.map((r) => [`rec:${r.id}`, r])));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#/records`);
  const count = page.getByTestId('record-count');
  await expect(count).toHaveText('1500 audits');
  await expect.poll(() => serviceWorker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('snap:')).length), { timeout: 20_000 }).toBe(65);

  // Another tab imports 5 new audits and a later edit of one this tab shows: this tab follows without a reload.
  const edited = editRecord(records[0]!, { notes: { 1: 'Revised after the coaching visit.' }, now: new Date('2025-12-01T00:00:00Z') });
  const file = testInfo.outputPath('more.json');
  writeFileSync(file, await createBundle([...makeRecords(5, 907), edited], { now }));
  const other = await context.newPage();
  await other.goto(`chrome-extension://${extensionId}/options.html#/import`);
  await other.getByLabel('Choose files').setInputFiles([file]);
  await expect(other.getByTestId('import-summary')).toContainText('5 new, 1 updated');
  await expect(count).toHaveText('1505 audits');

  // Reopened: the snapshot is used, and the changes are there.
  await page.goto(`chrome-extension://${extensionId}/options.html#/record/${edited.id}`);
  await expect(count).toHaveText('1505 audits');
  await expect(page.getByText('Note: Revised after the coaching visit.')).toBeVisible();
});

declare const chrome: typeof import('wxt/browser').browser;
