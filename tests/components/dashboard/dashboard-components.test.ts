// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ClearAll from '../../../components/dashboard/ClearAll.svelte';
import FilterBar from '../../../components/dashboard/FilterBar.svelte';
import ImportPanel from '../../../components/dashboard/ImportPanel.svelte';
import QuestionBars from '../../../components/dashboard/QuestionBars.svelte';
import RecordsTable from '../../../components/dashboard/RecordsTable.svelte';
import SmallWins from '../../../components/dashboard/SmallWins.svelte';
import { dashboardStrings } from '../../../components/dashboard/strings.ts';
import { perQuestion, smallWins } from '../../../lib/records/aggregate.ts';
import { makeRecords } from '../../unit/records/factory.ts';

afterEach(() => cleanup());

const s = dashboardStrings('en');
const options = { school: ['Lincoln High'], teacher: ['Mr. Okafor', 'Ms. Rahimi'], course: [], subject: [], grade: ['9'] };

describe('FilterBar', () => {
  it('offers only the pick-lists that have values, each with "All" and "(none)"', () => {
    render(FilterBar, { s, filter: {}, options, onchange: () => {}, onclear: () => {} });
    const teacher = screen.getByLabelText('Teacher') as HTMLSelectElement;
    expect([...teacher.options].map((o) => o.textContent)).toEqual(['All', 'Mr. Okafor', 'Ms. Rahimi', '(none)']);
    expect(screen.queryByLabelText('Course')).toBeNull();
  });

  it('calls back with a filter patch: a value, "no label", or none', async () => {
    const onchange = vi.fn();
    render(FilterBar, { s, filter: {}, options, onchange, onclear: () => {} });
    const teacher = screen.getByLabelText('Teacher') as HTMLSelectElement;
    await fireEvent.change(teacher, { target: { value: 'Ms. Rahimi' } });
    expect(onchange).toHaveBeenLastCalledWith({ teacher: ['Ms. Rahimi'] });
    await fireEvent.change(teacher, { target: { value: teacher.options[3]!.value } });
    expect(onchange).toHaveBeenLastCalledWith({ teacher: [null] });
    await fireEvent.change(teacher, { target: { value: '' } });
    expect(onchange).toHaveBeenLastCalledWith({ teacher: undefined });
  });

  it('builds question conditions: met, or a status', async () => {
    const onchange = vi.fn();
    const { rerender } = render(FilterBar, { s, filter: {}, options, onchange, onclear: () => {} });
    await fireEvent.change(screen.getByLabelText('Question'), { target: { value: '4' } });
    expect(onchange).toHaveBeenLastCalledWith({ questions: [{ id: 4 }] });
    await rerender({ s, filter: { questions: [{ id: 4 }] }, options, onchange, onclear: () => {} });
    await fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'notmet' } });
    expect(onchange).toHaveBeenLastCalledWith({ questions: [{ id: 4, met: false }] });
    await fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'missing' } });
    expect(onchange).toHaveBeenLastCalledWith({ questions: [{ id: 4, status: ['missing'] }] });
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
    cleanup();
    render(SmallWins, { s, wins: [] });
    expect(screen.getByText(s.winsNone)).toBeTruthy();
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
