// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import DesignCard from '../../../components/search/DesignCard.svelte';
import PerspectiveChips from '../../../components/search/PerspectiveChips.svelte';
import SearchDesigner from '../../../components/search/SearchDesigner.svelte';
import { designSearches, perspectivesFor } from '../../../lib/search/index.ts';

afterEach(() => cleanup());

const topic = 'Iranian hostage crisis';
const perspectives = perspectivesFor(topic).perspectives;
const designs = designSearches(topic, ['IR']).designs;

describe('DesignCard', () => {
  it('shows the query in monospace, why and look-for, and engine links that open a new tab', () => {
    render(DesignCard, { design: designs[1]!, lang: 'en', oncopy: () => {} });
    const code = screen.getByText('site:ac.ir Iranian hostage crisis');
    expect(code.tagName).toBe('CODE');
    expect(screen.getByText(/Universities in Iran use web addresses/)).toBeTruthy();
    const google = screen.getByRole('link', { name: /Google/ });
    expect(google.getAttribute('href')).toBe(designs[1]!.engines.google);
    expect(google.getAttribute('target')).toBe('_blank');
    expect(google.getAttribute('rel')).toContain('noopener');
    expect(screen.getAllByRole('link')).toHaveLength(3);
  });

  it('calls oncopy with the query and says it was copied', async () => {
    const oncopy = vi.fn();
    render(DesignCard, { design: designs[0]!, lang: 'es', oncopy });
    await fireEvent.click(screen.getByRole('button', { name: /Copiar la búsqueda site:ir/ }));
    expect(oncopy).toHaveBeenCalledWith('site:ir Iranian hostage crisis');
    expect(screen.getByRole('status').textContent).toBe('Copiado');
  });

  it('renders hostile text as text, never as HTML', () => {
    const evil = { ...designs[0]!, query: '<img src=x onerror=alert(1)>', why: '<b>bold</b>' };
    const { container } = render(DesignCard, { design: evil, lang: 'en', oncopy: () => {} });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});

describe('PerspectiveChips', () => {
  it('lists countries with a labelled remove button', async () => {
    const onremovecountry = vi.fn();
    render(PerspectiveChips, { perspectives, lang: 'en', onaddcountry: () => {}, onremovecountry });
    expect(screen.getByText('Iran')).toBeTruthy();
    expect(screen.getAllByText('one side in the Iran hostage crisis')).toHaveLength(2);
    await fireEvent.click(screen.getByRole('button', { name: 'Remove Iran' }));
    expect(onremovecountry).toHaveBeenCalledWith('IR');
  });

  it('adds countries typed as English or Spanish names or codes', async () => {
    const onaddcountry = vi.fn();
    render(PerspectiveChips, { perspectives: [], lang: 'es', onaddcountry, onremovecountry: () => {} });
    const input = screen.getByLabelText('Agregar un país (nombre o código)');
    for (const [text, code] of [['Irak', 'IQ'], ['Germany', 'DE'], ['mx', 'MX'], ['Estados Unidos', 'US']] as const) {
      await fireEvent.input(input, { target: { value: text } });
      await fireEvent.click(screen.getByRole('button', { name: 'Agregar' }));
      expect(onaddcountry).toHaveBeenLastCalledWith(code);
    }
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('says so when the typed country is unknown, without calling back', async () => {
    const onaddcountry = vi.fn();
    render(PerspectiveChips, { perspectives: [], lang: 'en', onaddcountry, onremovecountry: () => {} });
    const input = screen.getByLabelText('Add a country (name or code)');
    await fireEvent.input(input, { target: { value: 'Narnia' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onaddcountry).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Narnia');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('SearchDesigner', () => {
  const base = { topic, lang: 'en' as const, designs, perspectives, ontopic: () => {}, onaddcountry: () => {}, onremovecountry: () => {}, oncopy: () => {} };

  it('shows the topic, chips and one card per design', () => {
    render(SearchDesigner, base);
    expect((screen.getByLabelText('Topic') as HTMLInputElement).value).toBe(topic);
    expect(screen.getAllByRole('article')).toHaveLength(designs.length);
    expect(screen.queryByText("The other side's words")).toBeNull();
  });

  it('reports a new topic', async () => {
    const ontopic = vi.fn();
    render(SearchDesigner, { ...base, ontopic });
    await fireEvent.input(screen.getByLabelText('Topic'), { target: { value: 'Berlin Wall' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Design searches' }));
    expect(ontopic).toHaveBeenCalledWith('Berlin Wall');
  });

  it('walks the other side’s words through off, loading, results and failure', async () => {
    const onlookup = vi.fn();
    const { rerender } = render(SearchDesigner, { ...base, terms: { status: 'off' }, onlookup });
    await fireEvent.click(screen.getByRole('button', { name: 'Look up on Wikipedia' }));
    expect(onlookup).toHaveBeenCalledTimes(1);
    await rerender({ ...base, terms: { status: 'loading' }, onlookup });
    expect(screen.getByText('Asking Wikipedia…').getAttribute('role')).toBe('status');
    await rerender({ ...base, terms: { status: 'results', terms: [{ lang: 'fa', text: 'تسخیر لانه جاسوسی آمریکا', url: 'https://fa.wikipedia.org/wiki/x' }] }, onlookup });
    const term = screen.getByRole('link', { name: 'تسخیر لانه جاسوسی آمریکا' });
    expect(term.closest('li')!.getAttribute('lang')).toBe('fa');
    await rerender({ ...base, terms: { status: 'failure', message: 'Could not reach Wikipedia.' }, onlookup });
    expect(screen.getByRole('alert').textContent).toBe('Could not reach Wikipedia.');
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onlookup).toHaveBeenCalledTimes(2);
  });

  it('labels every form control and shows the designer’s notes', () => {
    const { container } = render(SearchDesigner, { ...base, lang: 'es', designs: [], messages: ['Suecia no tiene…'] });
    for (const input of container.querySelectorAll('input')) {
      const id = input.getAttribute('id');
      expect(container.querySelector(`label[for="${id}"]`), id ?? '').not.toBeNull();
    }
    expect(screen.getByText('Escribe un tema para obtener diseños de búsqueda.')).toBeTruthy();
    expect(within(container).getByText('Suecia no tiene…')).toBeTruthy();
  });
});
