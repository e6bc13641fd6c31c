// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import BeforeYouSearch from '../../../entrypoints/panel/BeforeYouSearch.svelte';

afterEach(() => cleanup());
const t = (key: string) => key;

describe('BeforeYouSearch (the student panel’s search ideas)', () => {
  it('keeps the other side’s own words among its six cards even with two countries', () => {
    render(BeforeYouSearch, { topic: 'The Falklands War', countries: ['AR', 'GB'], lang: 'en', t });
    const queries = screen.getAllByRole('listitem').map((li) => li.querySelector('code')!.textContent);
    expect(queries).toHaveLength(6);
    expect(queries).toContain('site:ar The Falklands War');
    expect(queries.some((q) => q?.includes('"Guerra de Malvinas"') || q?.includes('Malvinas'))).toBe(true);
  });

  it('shows November’s example words for the hostage crisis', () => {
    render(BeforeYouSearch, { topic: 'Iranian hostage crisis', countries: ['IR', 'US'], lang: 'en', t });
    expect(screen.getAllByText(/conquest of the American spy den/).length).toBeGreaterThan(0);
  });

  it('says how to go on when the assignment’s title names no topic, instead of an empty list', () => {
    // "Reading Responses", "Essay 2": the audit's topic is empty rather than the furniture.
    render(BeforeYouSearch, { topic: '', countries: [], lang: 'en', t });
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText('student.noTopic')).toBeTruthy();
    expect(screen.queryByText('student.intro')).toBeNull();
  });
});
