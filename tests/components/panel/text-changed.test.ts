// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import HistoryList from '../../../components/overlay/HistoryList.svelte';
import TextChangedNotice from '../../../components/overlay/TextChangedNotice.svelte';
import { translator } from '../../../lib/i18n.ts';

afterEach(() => cleanup());

describe('TextChangedNotice (the instructions changed since the last audit)', () => {
  it('names the questions read differently now, in the panel’s language', () => {
    render(TextChangedNotice, {
      at: '2026-11-12T10:00:00.000Z',
      score: 2,
      updated: false,
      questions: [{ id: 4, before: 'partial', after: 'evident' }],
      lang: 'en',
      t: translator('es'),
    });
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('Las instrucciones han cambiado desde tu auditoría del');
    expect(note.textContent).toContain('(2/6 entonces)');
    expect(note.textContent).toContain('4. Authentic global audience: En parte → Evidente');
    expect(note.textContent).not.toContain('se ha actualizado');
  });

  it('says so when the earlier audit was read by another version of Vantage, which may be the whole difference', () => {
    render(TextChangedNotice, { at: '2026-11-12T10:00:00.000Z', score: 2, updated: true, questions: [], lang: 'en', t: translator('en') });
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('Vantage has been updated since that audit and may read the page differently');
    expect(note.querySelector('ul')).toBeNull();
  });
});

describe('HistoryList (earlier audits of this assignment)', () => {
  it('marks audits of other instructions read by this version, and claims nothing of audits another version read', () => {
    const audit = (id: string, analysisVersion: string, fingerprint?: string) => ({ id, createdAt: '2026-11-0' + id + 'T10:00:00.000Z', score: 2, analysisVersion, assignment: fingerprint ? { fingerprint } : {} });
    render(HistoryList, {
      records: [audit('4', '1.8.2', 'aaaaaaaaaaaaaaaa'), audit('3', '1.8.2', 'bbbbbbbbbbbbbbbb'), audit('2', '1.8.1', 'cccccccccccccccc'), audit('1', '1.8.2')],
      current: { fingerprint: 'aaaaaaaaaaaaaaaa', analysisVersion: '1.8.2' },
      t: translator('en'),
    });
    const marked = screen.getAllByRole('listitem').map((li) => li.textContent!.includes('an earlier version of the instructions'));
    expect(marked).toEqual([false, true, false, false]);
  });
});
