// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CountryBadge from '../../../components/serp/CountryBadge.svelte';
import DiversitySummary from '../../../components/serp/DiversitySummary.svelte';
import { diversity } from '../../../lib/serp/diversity.ts';
import { hints } from '../../../lib/serp/hints.ts';
import type { SerpReading, SerpResult } from '../../../lib/serp/types.ts';

afterEach(() => cleanup());

const res = (country: string | null, domain = 'x.example'): SerpResult => ({ url: `https://${domain}/`, title: 't', domain, country });

describe('CountryBadge', () => {
  it('shows the code with a spoken name', () => {
    render(CountryBadge, { country: 'IR', lang: 'en' });
    const badge = screen.getByRole('img', { name: 'IR — Iran' });
    expect(badge.textContent).toBe('IR');
  });
  it('says "no country" for generic sites, in Spanish too, and "address hidden" when the engine hid it', () => {
    render(CountryBadge, { country: null, lang: 'es' });
    expect(screen.getByRole('img', { name: 'sin país' })).toBeTruthy();
    render(CountryBadge, { country: null, hidden: true });
    expect(screen.getByRole('img', { name: 'address hidden' })).toBeTruthy();
  });
  it('has one fixed size whatever it says, so it never moves the page', () => {
    const { container } = render(CountryBadge, { country: 'GB' });
    const style = container.querySelector('span')!.getAttribute('style')!;
    expect(style).toMatch(/width: ?28px/);
    expect(style).toMatch(/height: ?16px/);
    expect(style).toMatch(/overflow: ?hidden/);
  });
});

describe('DiversitySummary', () => {
  const results = [res('IR', 'irna.ir'), res(null), res(null), res('GB', 'bbc.co.uk')];
  const reading: SerpReading = { engine: 'google', query: 'iraq war', isResultPage: true, results };
  const d = diversity(results);
  const h = hints(reading, d, 'en');

  it('starts collapsed with a compact line and aria-expanded=false', () => {
    render(DiversitySummary, { engineName: 'Google', diversity: d, hints: h, onturnoff: () => {} });
    const head = screen.getByRole('button', { name: /2 countries · 2 with no country/ });
    expect(head.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('expands to countries, hints and design links, and reports the toggle', async () => {
    const ontoggle = vi.fn();
    render(DiversitySummary, { engineName: 'Google', diversity: d, hints: h, ontoggle, onturnoff: () => {} });
    const head = screen.getByRole('button', { expanded: false });
    await fireEvent.click(head);
    expect(head.getAttribute('aria-expanded')).toBe('true');
    expect(ontoggle).toHaveBeenCalledWith(true);
    expect(screen.getByRole('img', { name: 'IR — Iran' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'no country' })).toBeTruthy();
    expect(screen.getByText(/none from Iraq/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'site:iq iraq war' });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.google\.com\/search\?q=site%3Aiq/);
    expect(document.getElementById(head.getAttribute('aria-controls')!)).toBeTruthy();
  });

  it('calls back to turn itself off on this engine', async () => {
    const onturnoff = vi.fn();
    render(DiversitySummary, { engineName: 'Bing', diversity: d, hints: h, expanded: true, onturnoff, lang: 'es' });
    await fireEvent.click(screen.getByRole('button', { name: 'Desactivar en Bing' }));
    expect(onturnoff).toHaveBeenCalledOnce();
  });

  it('renders hostile text as text and drops non-https links', () => {
    const evil = { sentences: ['<img src=x onerror=alert(1)>'], designs: [{ id: 'x', query: '<b>q</b>', url: 'javascript:alert(1)', why: 'w', countries: ['IR'] }] };
    const { container } = render(DiversitySummary, { engineName: 'Google', diversity: d, hints: evil, expanded: true, onturnoff: () => {} });
    expect(container.querySelector('img[src]')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('<b>q</b>').getAttribute('href')).toBeNull();
  });
});
