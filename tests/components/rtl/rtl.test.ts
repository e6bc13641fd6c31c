// @vitest-environment happy-dom
/**
 * Arabic, Hebrew and Persian page text in an English UI: every element that shows text from a
 * page or a person takes that text's own direction (`dir="auto"`, or a `<bdi>` inside a UI
 * sentence), so punctuation stays at the right end and quote marks stay around the quote, while
 * the UI's own labels keep the UI's direction.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AssignmentHeader from '../../../components/overlay/AssignmentHeader.svelte';
import QuestionCard from '../../../components/overlay/QuestionCard.svelte';
import RecordDetail from '../../../components/dashboard/RecordDetail.svelte';
import RecordsTable from '../../../components/dashboard/RecordsTable.svelte';
import TeacherProgress from '../../../components/dashboard/TeacherProgress.svelte';
import SearchDesigner from '../../../components/search/SearchDesigner.svelte';
import { dashboardStrings } from '../../../components/dashboard/strings.ts';
import { audit } from '../../../lib/audit.ts';
import { translator } from '../../../lib/i18n.ts';
import { progress } from '../../../lib/records/aggregate.ts';
import type { AuditRecord } from '../../../lib/records/schema.ts';
import { makeRecords } from '../../unit/records/factory.ts';

afterEach(() => cleanup());

const t = translator('en');
const s = dashboardStrings('en');

/** True when the element shows its text in the text's own direction. */
const ownDirection = (el: Element | null) => !!el && (el.tagName === 'BDI' || el.getAttribute('dir') === 'auto');

// A Moodle course in Amman: the title ends in a question mark, which an LTR line would put first.
const ARABIC_TITLE = 'الثورة العربية الكبرى: من كتب التاريخ؟';
const ARABIC_TEXT = 'قارن بين مصدرين من بلدين مختلفين عن الثورة العربية الكبرى (1916). ابحث في site:jo وفي site:tr.';
const ARABIC_QUOTE = 'مصدرين من بلدين مختلفين';
const HEBREW_TITLE = 'מלחמת ששת הימים: שני עיתונים, שני סיפורים';
const HEBREW_TEACHER = 'גב׳ כהן';

describe('teacher’s panel', () => {
  it('gives the assignment’s title and excerpt their own direction, and not the panel’s labels', () => {
    const result = audit({ platform: 'moodle', url: 'https://moodle.example.jo/mod/assign/view.php?id=4', title: ARABIC_TITLE, description: ARABIC_TEXT, language: 'ar' });
    const { container } = render(AssignmentHeader, { audit: result, t });
    const title = screen.getByRole('heading', { level: 2 });
    expect(title.textContent).toBe(ARABIC_TITLE);
    expect(title.getAttribute('dir')).toBe('auto');
    const excerpt = screen.getByText(ARABIC_TEXT);
    expect(excerpt.getAttribute('dir')).toBe('auto');
    // "Detected on: Moodle", "3 of 6", the first-reading note: the UI's own words stay LTR.
    for (const p of container.querySelectorAll('p')) if (p !== excerpt) expect(p.hasAttribute('dir'), p.textContent!).toBe(false);
  });

  it('keeps the quote marks around Arabic evidence, and lets the teacher type a note right to left', async () => {
    const question = { id: 1 as const, status: 'evident' as const, evidence: [{ text: ARABIC_QUOTE, start: 6, end: 30 }], suggestions: [] };
    const onnote = vi.fn();
    const props = { question, title: 'Perspectives', text: 'Does the assignment…', verdict: null, note: '', t, onverdict: () => {}, onnote, onjump: () => {} };

    render(QuestionCard, { ...props, canJump: true });
    const jump = screen.getByRole('button', { name: new RegExp(ARABIC_QUOTE) });
    // The marks are the UI's, outside the isolated quote: “ first and ” last in every direction.
    expect(jump.firstChild!.textContent).toBe('“');
    expect(jump.lastChild!.textContent).toBe('”');
    expect(jump.querySelector('bdi')!.textContent).toBe(ARABIC_QUOTE);
    const note = screen.getByRole('textbox');
    expect(note.getAttribute('dir')).toBe('auto');
    await fireEvent.input(note, { target: { value: 'ممتاز، أضف مصدرًا من تركيا.' } });
    expect(onnote).toHaveBeenLastCalledWith('ممتاز، أضف مصدرًا من تركيا.');
    expect(screen.getByRole('heading', { level: 3 }).hasAttribute('dir')).toBe(false);
    cleanup();

    // Where the panel cannot scroll the page to the quote, it is a <q>: the marks come from the <q>.
    const { container } = render(QuestionCard, { ...props, canJump: false });
    const q = container.querySelector('q')!;
    expect(q.hasAttribute('dir')).toBe(false);
    expect(q.querySelector('bdi')!.textContent).toBe(ARABIC_QUOTE);
  });
});

describe('search designer', () => {
  it('lets a student type an Arabic topic and shows back an unknown country in its own direction', async () => {
    render(SearchDesigner, {
      topic: ARABIC_TITLE, lang: 'en', designs: [], perspectives: [],
      ontopic: () => {}, onaddcountry: () => {}, onremovecountry: () => {}, oncopy: () => {},
    });
    const topic = screen.getByRole('textbox', { name: /topic/i }) as HTMLInputElement;
    expect(topic.value).toBe(ARABIC_TITLE);
    expect(topic.getAttribute('dir')).toBe('auto');
    const country = screen.getByRole('combobox');
    expect(country.getAttribute('dir')).toBe('auto');
    await fireEvent.input(country, { target: { value: 'بلاد الواق واق' } });
    await fireEvent.submit(country.closest('form')!);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('"بلاد الواق واق" is not a country Vantage knows.');
    expect(alert.querySelector('bdi')!.textContent).toBe('بلاد الواق واق');
    expect(alert.hasAttribute('dir')).toBe(false);
  });
});

describe('dashboard', () => {
  const record: AuditRecord = (() => {
    const r = structuredClone(makeRecords(1, 7)[0]!);
    r.assignment.title = HEBREW_TITLE;
    r.assignment.excerpt = 'השוו בין שני עיתונים, אחד מישראל ואחד ממצרים, על יוני 1967.';
    r.labels = { teacher: HEBREW_TEACHER, course: 'היסטוריה י׳' };
    r.questions[0] = { ...r.questions[0]!, status: 'evident', evidence: [{ text: 'שני עיתונים', start: 5, end: 16 }], note: 'טוב מאוד!' };
    return r;
  })();

  it('shows a Hebrew record’s title, excerpt, evidence, note and names in their own direction', () => {
    const { container } = render(RecordDetail, { s, record, history: [record] });
    const title = screen.getByRole('heading', { level: 2 });
    expect(title.textContent).toBe(HEBREW_TITLE);
    expect(title.getAttribute('dir')).toBe('auto');
    expect(container.querySelector('blockquote')!.getAttribute('dir')).toBe('auto');
    const evidence = within(container.querySelector('.questions')!).getByText('שני עיתונים');
    expect(evidence.tagName).toBe('BDI');
    expect(evidence.parentElement!.textContent).toBe('“שני עיתונים”');
    expect(ownDirection(screen.getByText('טוב מאוד!'))).toBe(true);
    expect(ownDirection(screen.getByText(HEBREW_TEACHER))).toBe(true);
    // The question headings and the back link are the UI's.
    for (const h of screen.getAllByRole('heading', { level: 3 })) expect(h.hasAttribute('dir')).toBe(false);
    expect(screen.getByRole('link', { name: s.detailBack }).hasAttribute('dir')).toBe(false);
  });

  it('lists a Hebrew title, teacher and course in their own direction in the records table and a teacher’s progress', () => {
    render(RecordsTable, { s, rows: [record], page: 0, pages: 1, onpage: () => {}, teacherHref: (n: string) => `#/teacher/${encodeURIComponent(n)}` });
    const link = screen.getByRole('link', { name: s.open(HEBREW_TITLE) });
    expect(link.getAttribute('dir')).toBe('auto');
    expect(ownDirection(screen.getByRole('link', { name: HEBREW_TEACHER }))).toBe(true);
    expect(ownDirection(screen.getByText('היסטוריה י׳'))).toBe(true);
    for (const th of screen.getAllByRole('columnheader')) expect(th.hasAttribute('dir')).toBe(false);
    cleanup();

    render(TeacherProgress, { s, progress: progress([record], HEBREW_TEACHER), backHref: '#/questions' });
    const heading = screen.getByRole('heading', { level: 2, name: /progress over time$/ });
    expect(heading.textContent).toBe(`${HEBREW_TEACHER}: progress over time`);
    expect(heading.querySelector('bdi')!.textContent).toBe(HEBREW_TEACHER);
  });
});
