/**
 * The coach dashboard in Chromium with the built extension: import teachers' bundles by choosing
 * and by dropping files, read the summary ("N new", conflicts, refused files), filter, see small
 * wins, and export a CSV whose bytes a spreadsheet can trust.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { createBundle } from '../../lib/records/bundle.ts';
import { editRecord } from '../../lib/records/create.ts';
import type { AuditRecord } from '../../lib/records/schema.ts';
import { makeRecords } from '../unit/records/factory.ts';
import { expect, test } from './fixtures.ts';

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
  const teacherB = makeRecords(20, 902);
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
  await page.locator('input[type=file]').setInputFiles([files.a, files.b, files.bad]);
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
  await page.locator('#f-teacher').selectOption('Ms. Rahimi');
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
});

test('clearing all offers a backup first and keeps nothing behind', async ({ context, extensionId }, testInfo) => {
  const file = testInfo.outputPath('some.json');
  writeFileSync(file, await createBundle(makeRecords(5, 903), { now }));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#/import`);
  await page.locator('input[type=file]').setInputFiles([file]);
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
  await page.locator('input[type=file]').setInputFiles([file]);
  await expect(page.getByTestId('import-summary')).toContainText('42 new');
  for (const view of ['wins', 'records', 'questions', 'time', 'coverage', 'import', 'export', 'settings', 'print', 'record/22222222-2222-4222-8222-222222222222']) {
    await page.goto(`chrome-extension://${extensionId}/options.html#/${view}`);
    await expect(page.getByTestId('record-count')).toHaveText('42 audits');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => `${view}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  }
});
