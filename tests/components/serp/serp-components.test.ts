// @vitest-environment happy-dom
/**
 * The result page's plain-DOM pieces as the student meets them: the badge beside a result and
 * the one summary (collapsed line → countries, hints, designs, turn-off), in English and Spanish,
 * with hostile text kept as text.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { within } from '@testing-library/svelte';
import { badgeMaker, BADGE_TAG } from '../../../entrypoints/serp.content/badges.ts';
import { createSummary, SUMMARY_TAG } from '../../../entrypoints/serp.content/summary.ts';
import { serpView } from '../../../lib/serp/view.ts';
import type { SerpReading, SerpResult } from '../../../lib/serp/types.ts';

afterEach(() => document.body.replaceChildren());

const res = (domain: string): SerpResult => ({ url: `https://${domain}/`, title: '', domain, country: null });
const reading: SerpReading = { engine: 'google', query: 'iraq war', isResultPage: true, results: [res('irna.ir'), res('x.example'), res('y.example'), res('bbc.co.uk')] };

function mount(lang: 'en' | 'es' = 'en', content: Parameters<typeof createSummary>[2] = serpView(reading, lang), onturnoff = () => {}) {
  const handle = createSummary(document, { engineName: 'Google', lang, onturnoff }, content);
  document.body.append(handle.host);
  return { handle, ui: within(handle.host.shadowRoot as unknown as HTMLElement) };
}

describe('result badges', () => {
  it('sit just before the result link, show the code and say the country in words', () => {
    document.body.innerHTML = '<div><a href="https://irna.ir/">IRNA</a></div><div><a href="https://x.example/">X</a></div>';
    const [ir, generic] = [...document.querySelectorAll('a')];
    const make = badgeMaker(document);
    make(ir!, 'IR', 'IR — Iran');
    make(generic!, null, 'no country');
    const badges = [...document.querySelectorAll(BADGE_TAG)];
    expect(badges.map((b) => b.nextElementSibling)).toEqual([ir, generic]);
    expect(badges.map((b) => b.getAttribute('role'))).toEqual(['img', 'img']);
    expect(badges.map((s) => [s.textContent, s.getAttribute('aria-label')])).toEqual([
      ['IR', 'IR — Iran'],
      ['–', 'no country'],
    ]);
  });

  it('take no room in the page (out of flow, one element) and have one fixed size whatever they say', () => {
    document.body.innerHTML = '<p><a href="https://irna.ir/">IRNA</a></p>';
    const badge = badgeMaker(document)(document.querySelector('a')!, 'IR', 'IR — Iran')!;
    expect(badge.children).toHaveLength(0);
    const style = badge.getAttribute('style')!;
    // The position comes after the reset, or `all: initial` would undo it.
    expect(style).toMatch(/^all:initial;.*position:absolute;display:block;/);
    expect(style).toMatch(/width:28px/);
    expect(style).toMatch(/height:16px/);
    expect(style).toMatch(/overflow:hidden/);
  });

  it('give every result its own badge, even when many share a country and label', () => {
    document.body.innerHTML = '<div><a href="https://a.ir/">A</a></div><div><a href="https://b.ir/">B</a></div><div><a href="https://c.example/">C</a></div>';
    const [a, b, c] = [...document.querySelectorAll('a')];
    const make = badgeMaker(document);
    const hosts = [make(a!, 'IR', 'IR — Iran'), make(b!, 'IR', 'IR — Iran'), make(c!, null, 'no country')];
    expect(new Set(hosts).size).toBe(3);
    hosts[0]!.remove();
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(2);
    expect([...document.querySelectorAll('[role="img"]')].map((s) => [s.textContent, s.getAttribute('title')])).toEqual([
      ['IR', 'IR — Iran'],
      ['–', 'no country'],
    ]);
  });

  it('are not placed for a link that has left the page', () => {
    const orphan = document.createElement('a');
    expect(badgeMaker(document)(orphan, 'IR', 'IR — Iran')).toBeNull();
  });
});

describe('serpView (the background side of the page)', () => {
  it('gives each result its country and label, and the page its diversity and hints', () => {
    const v = serpView(reading, 'en');
    expect(v.countries).toEqual(['IR', null, null, 'GB']);
    expect(v.labels).toEqual(['IR — Iran', 'no country', 'no country', 'GB — United Kingdom']);
    expect(v.countryLabels).toEqual({ IR: 'IR — Iran', GB: 'GB — United Kingdom' });
    expect(v.diversity).toMatchObject({ countries: { IR: 1, GB: 1 }, generic: 2, total: 4 });
    expect(v.hints.sentences.join(' ')).toMatch(/none from Iraq/);
  });

  it('speaks Spanish, and says "address hidden" where the engine hid the address', () => {
    const hidden: SerpReading = { ...reading, engine: 'baidu', results: [{ url: 'https://www.baidu.com/link?url=x', title: '', domain: '', country: null, redirect: true }] };
    const v = serpView(hidden, 'es');
    expect(v.labels).toEqual(['dirección oculta']);
    expect(serpView(reading, 'es').labels[0]).toBe('IR — Irán');
  });
});

describe('the summary', () => {
  it('starts collapsed with a compact line, and opens to countries, hints and design links', () => {
    const { ui } = mount();
    const head = ui.getByRole('button', { name: /2 countries · 2 with no country/ });
    expect(head.getAttribute('aria-expanded')).toBe('false');
    expect(ui.queryByRole('link')).toBeNull();
    head.click();
    expect(head.getAttribute('aria-expanded')).toBe('true');
    expect(ui.getByRole('img', { name: 'IR — Iran' })).toBeTruthy();
    expect(ui.getByRole('img', { name: 'no country' })).toBeTruthy();
    expect(ui.getByText(/none from Iraq/)).toBeTruthy();
    const link = ui.getByRole('link', { name: 'site:iq iraq war' });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.google\.com\/search\?q=site%3Aiq/);
    const body = (head.getRootNode() as ShadowRoot).getElementById(head.getAttribute('aria-controls')!);
    expect(body?.hidden).toBe(false);
  });

  it('updates in place and keeps the person\'s open/closed choice', () => {
    const { handle, ui } = mount();
    ui.getByRole('button', { expanded: false }).click();
    handle.update(serpView({ ...reading, results: [...reading.results, res('irna.ir'), res('presstv.ir')] }, 'en'));
    expect(ui.getByRole('button', { name: /2 countries · 2 with no country/ }).getAttribute('aria-expanded')).toBe('true');
    expect(ui.getByText('3')).toBeTruthy();
    expect(document.querySelectorAll(SUMMARY_TAG)).toHaveLength(1);
  });

  it('turns itself off on this engine, in Spanish too', () => {
    const onturnoff = vi.fn();
    const { ui } = mount('es', serpView(reading, 'es'), onturnoff);
    ui.getByRole('button', { name: /2 países · 2 sin país/ }).click();
    ui.getByRole('button', { name: 'Desactivar en Google' }).click();
    expect(onturnoff).toHaveBeenCalledOnce();
  });

  it('says plainly when the page could not be read', () => {
    const { ui } = mount('en', 'unreadable');
    const head = ui.getByRole('button', { name: 'Vantage could not read this result page' });
    head.click();
    expect(ui.getByText(/Google may have changed how its results look/)).toBeTruthy();
  });

  it('renders hostile text as text and drops non-https links', () => {
    const v = serpView(reading, 'en');
    const evil = { ...v, hints: { sentences: ['<img src=x onerror=alert(1)>'], designs: [{ id: 'x', query: '<b>q</b>', url: 'javascript:alert(1)', why: 'w', countries: ['IR'] }] } };
    const { handle, ui } = mount('en', evil);
    ui.getByRole('button', { expanded: false }).click();
    const root = handle.host.shadowRoot!;
    expect(root.querySelector('img[src]')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(ui.getByText('<b>q</b>').getAttribute('href')).toBeNull();
  });
});
