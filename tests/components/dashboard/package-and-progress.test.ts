// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import GroupTable from '../../../components/dashboard/GroupTable.svelte';
import PackageAudit from '../../../components/dashboard/PackageAudit.svelte';
import RecordsTable from '../../../components/dashboard/RecordsTable.svelte';
import TeacherProgress from '../../../components/dashboard/TeacherProgress.svelte';
import { dashboardStrings } from '../../../components/dashboard/strings.ts';
import type { PackageAuditView } from '../../../components/dashboard/types.ts';
import { startPackageAudit } from '../../../entrypoints/options/package-client.ts';
import type { PackageRunEvent } from '../../../entrypoints/options/package-run.ts';
import type { PackageFormat } from '../../../lib/package/types.ts';
import { groupBy, progress } from '../../../lib/records/aggregate.ts';
import type { AuditRecord } from '../../../lib/records/schema.ts';
import { makeRecords } from '../../unit/records/factory.ts';

afterEach(() => cleanup());

const s = dashboardStrings('en');
const noLabels = { school: [], teacher: ['Ms. Rahimi'], course: [], subject: [], grade: [] };
const run = (patch: Partial<PackageAuditView>): PackageAuditView => ({
  id: 1,
  fileName: 'wh10.imscc',
  phase: 'auditing',
  name: 'World History 10',
  done: 0,
  total: 0,
  opening: null,
  audited: 0,
  skipped: 0,
  errors: [],
  saved: null,
  failure: null,
  mode: 'worker',
  href: null,
  ...patch,
});
// Component tests run with happy-dom's import.meta.url (http://…): fixtures are found from the project root.
const packageFile = (name: string) => new File([readFileSync(path.join(process.cwd(), 'tests/fixtures/packages', name))], name, { type: 'application/zip' });

describe('PackageAudit', () => {
  const props = (runs: PackageAuditView[], extra: Partial<Record<string, unknown>> = {}) => ({
    s,
    runs,
    labels: {},
    suggestions: noLabels,
    warning: null,
    onlabels: () => {},
    onfiles: () => {},
    oncancel: () => {},
    ...extra,
  });

  it('names where the export came from beside its title, in the coach\u2019s language', () => {
    const d2l: PackageFormat = { version: null, root: '', kind: 'd2l-export' } as PackageFormat;
    render(PackageAudit, props([run({ name: 'COM216', fileName: 'D2LExport_2939842.zip', format: d2l })]));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('COM216 — Brightspace (D2L) export (D2LExport_2939842.zip)');
    cleanup();
    render(PackageAudit, props([run({ name: 'COM216', fileName: 'COM216', format: d2l })], { s: dashboardStrings('es') }));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('COM216 — exportación de Brightspace (D2L)');
    cleanup();
    const moodle = { version: '4.3', root: '', kind: 'moodle-backup', container: 'tar.gz' } as PackageFormat;
    render(PackageAudit, props([run({ format: moodle }), run({ id: 2, format: { version: '1.1.0', root: '' } }), run({ id: 3, format: { version: null, root: '' } })], { s: dashboardStrings('es') }));
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'World History 10 (wh10.imscc)',
      'World History 10 — Common Cartridge 1.1.0 (wh10.imscc)',
      'World History 10 — copia de seguridad de Moodle 4.3 (wh10.imscc)',
    ]);
  });

  it('takes a chosen export and the labels for its audits', async () => {
    const onfiles = vi.fn();
    const onlabels = vi.fn();
    render(PackageAudit, props([], { onfiles, onlabels }));
    const file = packageFile('canvas-cc11.imscc');
    await fireEvent.change(screen.getByLabelText('Choose a course export'), { target: { files: [file] } });
    expect(onfiles).toHaveBeenCalledWith([file]);
    await fireEvent.input(screen.getByLabelText('Teacher'), { target: { value: 'Ms. Rahimi' } });
    expect(onlabels).toHaveBeenLastCalledWith({ teacher: 'Ms. Rahimi' });
    expect(screen.getByLabelText('Course').getAttribute('placeholder')).toBe('The course title in the export');
  });

  it('shows a real progress bar with "312 of 1,204 assignments" and a Cancel button while auditing', async () => {
    const oncancel = vi.fn();
    render(PackageAudit, props([run({ done: 312, total: 1204 })], { oncancel }));
    const bar = screen.getByTestId('package-progress') as HTMLProgressElement;
    expect(bar.getAttribute('max')).toBe('1204');
    expect(bar.getAttribute('value')).toBe('312');
    expect(screen.getByLabelText('312 of 1,204 assignments')).toBe(bar);
    expect((screen.getByLabelText('Choose a course export') as HTMLInputElement).disabled).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(oncancel).toHaveBeenCalled();
  });

  it('while a compressed Moodle backup is read through before it can be listed, shows how much is read', () => {
    render(PackageAudit, props([run({ phase: 'reading', opening: 0.4, name: null, fileName: 'rivers.mbz' })]));
    const bar = screen.getByTestId('package-progress') as HTMLProgressElement;
    expect(screen.getByLabelText('Opening the export… 40% read')).toBe(bar);
    expect(bar.getAttribute('value')).toBe('0.4');
    cleanup();
    // Opening in one step (a zip): no share to show, the bar is indeterminate.
    render(PackageAudit, props([run({ phase: 'reading', opening: null, name: null })]));
    expect(screen.getByLabelText('Opening the export…').hasAttribute('value')).toBe(false);
  });

  it('reports what was saved, links to those audits, and lists each item that could not be audited', () => {
    const errors = [
      { item: 'i1b7', title: 'Water on the Nile: Position Paper', path: 'i1b7/assignment_settings.xml', message: 'is not well-formed XML: line 3' },
      { item: 'i6c0', path: 'i6c0/lab-4.html', message: 'missing file' },
    ];
    render(PackageAudit, props([run({ phase: 'done', done: 9, total: 9, audited: 6, skipped: 1, errors, saved: '6 new', href: '#/records?course=World+History+10&source=package' })]));
    const result = screen.getByTestId('package-result');
    expect(result.textContent).toContain('6 assignments audited; 1 other item');
    expect(result.textContent).toContain('Saved: 6 new');
    expect(within(result).getByRole('link', { name: 'See these audits' }).getAttribute('href')).toBe('#/records?course=World+History+10&source=package');
    const list = screen.getByTestId('package-errors');
    expect(list.textContent).toContain('2 items could not be audited');
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Water on the Nile: Position Paper (i1b7/assignment_settings.xml): is not well-formed XML: line 3',
      'i6c0 (i6c0/lab-4.html): missing file',
    ]);
  });

  it('says plainly why a file was refused', () => {
    render(PackageAudit, props([run({ phase: 'failed', name: null, fileName: 'notes.pdf', failure: 'Not a course export: this is a PDF document.' })]));
    expect(screen.getByRole('alert').textContent).toContain('Not audited: Not a course export: this is a PDF document.');
  });
});

describe('startPackageAudit (on the page, as when no worker can start)', () => {
  async function audit(file: File, labels = {}): Promise<PackageRunEvent[]> {
    const events: PackageRunEvent[] = [];
    const r = startPackageAudit({ type: 'start', file, fileName: file.name, labels }, (e) => events.push(e), { worker: false });
    expect(await r.mode).toBe('page');
    await r.finished;
    return events;
  }

  it('opens, reports progress up to the total, hands over labelled records, then the item errors', async () => {
    const events = await audit(packageFile('broken-item.imscc'), { teacher: 'Ms. Rahimi' });
    const open = events[0]!;
    expect(open).toMatchObject({ type: 'open', name: 'World History 10 (Period 3)' });
    const total = (open as { total: number }).total;
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.at(-1)).toEqual({ type: 'progress', done: total, total });
    const records = events.flatMap((e) => (e.type === 'records' ? e.records : []));
    const done = events.at(-1)!;
    expect(done).toMatchObject({ type: 'done', cancelled: false });
    const { summary, errors } = done as Extract<PackageRunEvent, { type: 'done' }>;
    expect(records).toHaveLength(summary.items);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/not well-formed XML[\s\S]*missing file/);
    expect(records.every((r) => r.source === 'package' && r.labels.teacher === 'Ms. Rahimi' && r.labels.course === 'World History 10 (Period 3)')).toBe(true);
    expect(records.every((r) => r.assignment.packageName === 'World History 10 (Period 3)')).toBe(true);
  });

  it('a Moodle backup written as a compressed tar reports its read-through before it opens', async () => {
    const file = new File([readFileSync(path.join(process.cwd(), 'tests/fixtures/packages/mbz/moodle43-rivers.mbz'))], 'rivers.mbz');
    const events = await audit(file);
    const open = events.findIndex((e) => e.type === 'open');
    expect(events[open]).toMatchObject({ type: 'open', name: 'Rivers and Empires (World History 10)', format: { kind: 'moodle-backup' } });
    const scans = events.slice(0, open);
    expect(scans.length).toBeGreaterThan(0);
    expect(scans.every((e) => e.type === 'scan')).toBe(true);
    expect(scans.at(-1)).toEqual({ type: 'scan', done: file.size, total: file.size });
    expect(events.at(-1)).toMatchObject({ type: 'done', summary: { items: 5 } });
  });

  it('gives the same record ids every time the same export is audited', async () => {
    const ids = async () => (await audit(packageFile('canvas-cc11.imscc'))).flatMap((e) => (e.type === 'records' ? e.records.map((r) => r.id) : []));
    const first = await ids();
    expect(first.length).toBeGreaterThan(3);
    expect(await ids()).toEqual(first);
  });

  it('refuses a file that is not a course export with one clear message', async () => {
    const events = await audit(packageFile('bad-wrong-kind.pdf'));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'failed', error: expect.stringContaining('PDF') });
    const bomb = await audit(packageFile('bad-zip-bomb-ratio.imscc'));
    expect(bomb[0]).toMatchObject({ type: 'failed', error: expect.stringMatching(/zip bomb/i) });
  });

  it('on the page, where the file must be held whole, refuses an export over 512 MB before reading it', async () => {
    const file = packageFile('canvas-cc11.imscc');
    Object.defineProperty(file, 'size', { value: 600 * 1024 * 1024 });
    file.arrayBuffer = () => Promise.reject(new Error('must not be read'));
    const events = await audit(file);
    expect(events).toEqual([{ type: 'failed', error: expect.stringMatching(/^This export is 600 MB; without its background worker the dashboard reads exports up to 512 MB\. Export the course without its media files/) }]);
  });

  it('delivers nothing after Cancel', async () => {
    const events: PackageRunEvent[] = [];
    const r = startPackageAudit({ type: 'start', file: packageFile('canvas-cc11.imscc'), fileName: 'x.imscc', labels: {} }, (e) => events.push(e), { worker: false });
    r.cancel();
    await r.finished;
    await new Promise((res) => setTimeout(res, 200));
    expect(events).toEqual([]);
  });
});

describe('GroupTable', () => {
  const records = makeRecords(120, 31);
  it('is not split until asked, then shows a row per teacher with a bar and the share meeting each question', async () => {
    const onby = vi.fn();
    const teacherHref = (n: string) => `#/teacher/${encodeURIComponent(n)}`;
    const { rerender } = render(GroupTable, { s, groups: [], by: null, onby, teacherHref });
    expect(screen.queryByRole('table')).toBeNull();
    await fireEvent.change(screen.getByLabelText('Split by'), { target: { value: 'teacher' } });
    expect(onby).toHaveBeenCalledWith('teacher');
    const groups = groupBy(records, 'teacher');
    await rerender({ s, groups, by: 'teacher', onby, teacherHref });
    const table = screen.getByRole('table', { name: 'Questions met, by teacher' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(groups.length);
    const first = groups[0]!;
    const link = within(rows[0]!).getByRole('link');
    expect(link.textContent).toBe(first.value);
    expect(link.getAttribute('href')).toBe(`#/teacher/${encodeURIComponent(first.value!)}`);
    const q1 = first.questions[0]!;
    expect(rows[0]!.querySelectorAll('td.q')[0]!.textContent).toContain(`${Math.round((100 * q1.met) / first.count)}%`);
    expect(rows[0]!.querySelectorAll('.bar .evident')).toHaveLength(6);
  });
});

describe('TeacherProgress', () => {
  it('charts questions met per month and compares first and latest audits per question', () => {
    const records = makeRecords(300, 41, { assignments: 40, days: 200 });
    const teacher = records[0]!.labels.teacher!;
    const p = progress(records, teacher);
    render(TeacherProgress, { s, progress: p, backHref: '#/questions' });
    // The name sits in its own <bdi> (a Hebrew name keeps the colon after it). happy-dom reports no
    // display for elements, so its accessible name puts a space around the <bdi>; Chromium's does not.
    const heading = screen.getByRole('heading', { level: 2, name: /: progress over time$/ });
    expect(heading.textContent).toBe(`${teacher}: progress over time`);
    expect(heading.querySelector('bdi')?.textContent).toBe(teacher);
    const chart = screen.getByRole('img', { name: 'Questions met per month' });
    expect(chart.querySelectorAll('rect')).toHaveLength(p.months.length);
    const table = screen.getByTestId('teacher-questions');
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    expect(screen.getByText(s.teacherSummary(p.audits, p.assignments), { exact: false })).toBeTruthy();
    expect(p.months.every((m) => m.questions.length === 6)).toBe(true);
  });
});

describe('RecordsTable', () => {
  it('marks audits that came from a course export and links teachers to their progress', () => {
    const [a, b] = makeRecords(2, 51) as [AuditRecord, AuditRecord];
    const fromPackage: AuditRecord = { ...a, source: 'package', assignment: { ...a.assignment, packageName: 'World History 10' }, labels: { teacher: 'Ms. Rahimi' } };
    render(RecordsTable, { s, rows: [fromPackage, b], page: 0, pages: 1, onpage: () => {}, teacherHref: (n: string) => `#/teacher/${n}` });
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toContain('Course export');
    expect(rows[0]!.querySelector('.src')!.getAttribute('title')).toBe('From the course export “World History 10”');
    expect(within(rows[0]!).getByRole('link', { name: 'Ms. Rahimi' }).getAttribute('href')).toBe('#/teacher/Ms. Rahimi');
    expect(rows[1]!.querySelector('.src')).toBeNull();
  });
});
