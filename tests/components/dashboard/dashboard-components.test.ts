// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ClearAll from '../../../components/dashboard/ClearAll.svelte';
import FilterBar from '../../../components/dashboard/FilterBar.svelte';
import ImportPanel from '../../../components/dashboard/ImportPanel.svelte';
import QuestionBars from '../../../components/dashboard/QuestionBars.svelte';
import RecordDetail from '../../../components/dashboard/RecordDetail.svelte';
import RecordsTable from '../../../components/dashboard/RecordsTable.svelte';
import SmallWins from '../../../components/dashboard/SmallWins.svelte';
import { dashboardStrings } from '../../../components/dashboard/strings.ts';
import { perQuestion, smallWins } from '../../../lib/records/aggregate.ts';
import { makeRecords } from '../../unit/records/factory.ts';

afterEach(() => cleanup());

const s = dashboardStrings('en');

describe('FilterBar', () => {
  const choices = {
    school: [{ value: 'Lincoln High', label: 'Lincoln High', count: 3 }, { value: null, label: '(none)', count: 1 }],
    teacher: [
      { value: 'Mr. Okafor', label: 'Mr. Okafor', count: 2 },
      { value: 'Ms. Rahimi', label: 'Ms. Rahimi', count: 5 },
      { value: null, label: '(none)', count: 0 },
    ],
    course: [{ value: null, label: '(none)', count: 4 }],
    subject: [{ value: null, label: '(none)', count: 4 }],
    grade: [{ value: '9', label: '9', count: 4 }, { value: null, label: '(none)', count: 0 }],
    platform: [{ value: 'canvas', label: 'Canvas', count: 4 }, { value: null, label: 'Other / none', count: 0 }],
    source: [{ value: 'page', label: 'Audited on the page', count: 2 }, { value: 'package', label: 'From a course export', count: 2 }],
  };

  it('offers a multi-value pick-list per label in use, closed until asked, with every value and "(none)"', async () => {
    render(FilterBar, { s, filter: {}, choices, onchange: () => {}, onclear: () => {} });
    const teacher = screen.getByRole('button', { name: 'Teacher All' });
    expect(teacher.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: /^Course/ })).toBeNull();
    await fireEvent.click(teacher);
    expect(teacher.getAttribute('aria-expanded')).toBe('true');
    const group = screen.getByRole('group', { name: 'Teacher' });
    expect(within(group).getAllByRole('checkbox').map((c) => c.closest('label')!.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Mr. Okafor 2',
      'Ms. Rahimi 5',
      '(none) 0',
    ]);
  });

  it('calls back with several values, "no label" as null, and none when all are cleared', async () => {
    const onchange = vi.fn();
    const { rerender } = render(FilterBar, { s, filter: {}, choices, onchange, onclear: () => {} });
    await fireEvent.click(screen.getByRole('button', { name: 'Teacher All' }));
    await fireEvent.click(screen.getByRole('checkbox', { name: /Ms\. Rahimi/ }));
    expect(onchange).toHaveBeenLastCalledWith({ teacher: ['Ms. Rahimi'] });
    await rerender({ s, filter: { teacher: ['Ms. Rahimi'] }, choices, onchange, onclear: () => {} });
    await fireEvent.click(screen.getByRole('checkbox', { name: /\(none\)/ }));
    expect(onchange).toHaveBeenLastCalledWith({ teacher: ['Ms. Rahimi', null] });
    await rerender({ s, filter: { teacher: ['Ms. Rahimi', null] }, choices, onchange, onclear: () => {} });
    expect(screen.getByRole('button', { name: 'Teacher Ms. Rahimi, (none)' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onchange).toHaveBeenLastCalledWith({ teacher: undefined });
  });

  it('closes with Escape and gives focus back to its button', async () => {
    render(FilterBar, { s, filter: {}, choices, onchange: () => {}, onclear: () => {} });
    const platform = screen.getByRole('button', { name: 'Platform All' });
    await fireEvent.click(platform);
    const box = screen.getByRole('checkbox', { name: /Canvas/ });
    box.focus();
    await fireEvent.keyDown(box, { key: 'Escape' });
    expect(platform.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(platform);
  });

  it('filters by where audits came from, course exports included', async () => {
    const onchange = vi.fn();
    render(FilterBar, { s, filter: {}, choices, onchange, onclear: () => {} });
    await fireEvent.click(screen.getByRole('button', { name: 'Source All' }));
    await fireEvent.click(screen.getByRole('checkbox', { name: /From a course export/ }));
    expect(onchange).toHaveBeenLastCalledWith({ source: ['package'] });
  });

  it('builds question conditions, several at once: "Q1 not found" and "Q4 met"', async () => {
    const onchange = vi.fn();
    const { rerender } = render(FilterBar, { s, filter: {}, choices, onchange, onclear: () => {} });
    await fireEvent.click(screen.getByRole('button', { name: 'Status Any question' }));
    await fireEvent.change(screen.getByLabelText('Q1 Critical thinking on the web'), { target: { value: 'missing' } });
    expect(onchange).toHaveBeenLastCalledWith({ questions: [{ id: 1, status: ['missing'] }] });
    await rerender({ s, filter: { questions: [{ id: 1, status: ['missing'] }] }, choices, onchange, onclear: () => {} });
    await fireEvent.change(screen.getByLabelText('Q4 Authentic audiences worldwide'), { target: { value: 'met' } });
    expect(onchange).toHaveBeenLastCalledWith({ questions: [{ id: 1, status: ['missing'] }, { id: 4, met: true }] });
    await rerender({ s, filter: { questions: [{ id: 1, status: ['missing'] }, { id: 4, met: true }] }, choices, onchange, onclear: () => {} });
    expect(screen.getByRole('button', { name: 'Status Q1 not found, Q4 met' })).toBeTruthy();
    await fireEvent.change(screen.getByLabelText('Q1 Critical thinking on the web'), { target: { value: '' } });
    expect(onchange).toHaveBeenLastCalledWith({ questions: [{ id: 4, met: true }] });
  });
});

describe('RecordsTable', () => {
  it('shows one row per audit with a link to it and a spoken status per question', () => {
    const rows = makeRecords(3, 11);
    render(RecordsTable, { s, rows, page: 0, pages: 1, onpage: () => {} });
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    const link = within(table).getAllByRole('link')[0]!;
    expect(link.getAttribute('href')).toBe(`#/record/${rows[0]!.id}`);
    const q1 = rows[0]!.questions[0]!;
    expect(table.textContent).toContain(s.status[q1.status]!);
  });

  it('pages with Previous / Next', async () => {
    const onpage = vi.fn();
    render(RecordsTable, { s, rows: makeRecords(2, 12), page: 0, pages: 3, onpage });
    expect((screen.getByRole('button', { name: 'Previous' }) as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onpage).toHaveBeenCalledWith(1);
    expect(screen.getByText('Page 1 of 3')).toBeTruthy();
  });
});

describe('QuestionBars', () => {
  it('draws an SVG with a name and description, and a table with the same numbers', () => {
    const records = makeRecords(50, 13);
    const counts = perQuestion(records);
    render(QuestionBars, { s, counts });
    const chart = screen.getByRole('img', { name: s.perQuestionTitle });
    expect(chart.querySelectorAll('rect').length).toBeGreaterThan(6);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(7);
    expect(rows[1]!.textContent).toContain(String(counts[0]!.evident));
    expect(rows[1]!.textContent).toContain(`${counts[0]!.met} of 50 meet it`);
  });
});

describe('SmallWins', () => {
  it('lists each win with the change and the questions gained, or says there are none', () => {
    const records = makeRecords(400, 14, { assignments: 60 });
    const wins = smallWins(records, { limit: 5 });
    expect(wins.length).toBeGreaterThan(0);
    render(SmallWins, { s, wins });
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(wins.length);
    expect(items[0]!.textContent).toContain(s.metChange(wins[0]!.before.met, wins[0]!.after.met));
    expect(screen.queryByTestId('reading-changed')).toBeNull();
    expect(screen.queryByTestId('win-revised')).toBeNull();
    expect(screen.queryByTestId('win-same-text')).toBeNull();
    cleanup();
    // A gain read by a newer analysis with no verdict behind it carries the warning, with both versions.
    const reread = { ...wins[0]!, readingChanged: true, before: { ...wins[0]!.before, analysisVersion: '1.7.0' }, after: { ...wins[0]!.after, analysisVersion: '1.8.0' } };
    render(SmallWins, { s, wins: [reread] });
    expect(screen.getByTestId('reading-changed').textContent).toBe(s.readingChanged('1.7.0', '1.8.0'));
    expect(s.readingChanged('1.7.0', '1.8.0')).toContain('analysis 1.7.0 → 1.8.0');
    cleanup();
    // With fingerprints, a revision or the same text is named (the generated audits above have none).
    render(SmallWins, { s, wins: [{ ...wins[0]!, revised: true }, { ...wins[1] ?? wins[0]!, after: { ...wins[0]!.after, id: 'other' }, revised: false }] });
    expect(screen.getByTestId('win-revised').textContent).toBe(s.revised);
    expect(screen.getByTestId('win-same-text').textContent).toBe(s.sameText);
    cleanup();
    render(SmallWins, { s, wins: [] });
    expect(screen.getByText(s.winsNone)).toBeTruthy();
  });
});

describe('RecordDetail', () => {
  it('marks, in an assignment’s history, the audits made after its instructions were revised', () => {
    const [a, b, c, d, e] = makeRecords(5, 15);
    const at = (r: typeof a, day: string, fingerprint?: string) => ({ ...r!, createdAt: `2025-10-0${day}T10:00:00.000Z`, assignment: { ...r!.assignment, ...(fingerprint ? { fingerprint } : {}) } });
    // Revised between the first two audits, then judged again on the same text.
    // Then another fingerprint read by a newer analysis (maybe only a new reading: not marked), and an audit without one.
    const history = [at(a, '1', '1111111111111111'), at(b, '2', '2222222222222222'), at(c, '3', '2222222222222222'), { ...at(e, '4', '3333333333333333'), analysisVersion: '2026.1.0' }, at(d, '5')];
    const { container } = render(RecordDetail, { s, record: history[1]!, history });
    const items = within(container.querySelector<HTMLElement>('ol.history')!).getAllByRole('listitem');
    expect(items.map((li) => li.textContent!.includes(s.revisedMark))).toEqual([false, true, false, false, false]);
  });
});

describe('ImportPanel', () => {
  it('hands chosen files over, shows progress, then the summary and refusals', async () => {
    const onfiles = vi.fn();
    const { rerender } = render(ImportPanel, { s, progress: null, report: null, onfiles, onaddlabels: () => {} });
    const input = screen.getByLabelText('Choose files') as HTMLInputElement;
    const file = new File(['{}'], 'a.json', { type: 'application/json' });
    await fireEvent.change(input, { target: { files: [file] } });
    expect(onfiles).toHaveBeenCalledWith([file]);
    await rerender({ s, progress: { done: 2, total: 3, saving: false }, report: null, onfiles, onaddlabels: () => {} });
    expect(screen.getByText('Reading file 2 of 3…')).toBeTruthy();
    const report = { summary: '12 new, 3 updated, 1 conflict', refused: [{ name: 'page.html', error: 'This is an HTML page.' }], conflicts: [{ id: 'x', title: 'Essay', reason: 'same update time' }], missingLabels: null };
    await rerender({ s, progress: null, report, onfiles, onaddlabels: () => {} });
    const summary = screen.getByTestId('import-summary');
    expect(summary.textContent).toContain('12 new, 3 updated, 1 conflict');
    expect(summary.textContent).toContain('page.html: This is an HTML page.');
    expect(within(summary).getByRole('link', { name: 'Essay' }).getAttribute('href')).toBe('#/record/x');
  });
});

describe('ClearAll', () => {
  it('asks first, offering a backup before clearing', async () => {
    const onclear = vi.fn();
    render(ClearAll, { s, count: 5, onclear });
    await fireEvent.click(screen.getByRole('button', { name: 'Clear all audits' }));
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Download a backup, then clear' }));
    expect(onclear).toHaveBeenCalledWith(true);
  });
});
