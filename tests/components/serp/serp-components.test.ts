// @vitest-environment happy-dom
/**
 * The result page's plain-DOM pieces as the student meets them: the badge beside a result and
 * the one summary (collapsed line → countries, hints, designs, turn-off), in English and Spanish,
 * with hostile text kept as text.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { within } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { putBadge, takeBadge, BADGE_ATTR, LABEL_ATTR } from '../../../entrypoints/serp.content/badges.ts';
import { badgeText } from '../../../lib/serp/strings.ts';
import { createSummary, SUMMARY_TAG } from '../../../entrypoints/serp.content/summary.ts';
import { serpView } from '../../../lib/serp/view.ts';
import type { SerpReading, SerpResult } from '../../../lib/serp/types.ts';

afterEach(() => document.body.replaceChildren());

const res = (domain: string): SerpResult => ({ url: `https://${domain}/`, title: '', domain, country: null });
const reading: SerpReading = { engine: 'google', query: 'iraq war', isResultPage: true, results: [res('irna.ir'), res('x.example'), res('y.example'), res('bbc.co.uk')] };

function mount(lang: 'en' | 'es' = 'en', content: Parameters<typeof createSummary>[2] = serpView(reading, lang), onturnoff = () => {}) {
  const handle = createSummary(document, { engineName: 'Google', lang, onturnoff }, content);
  document.body.append(handle.host);
  return { handle, ui: within(handle.host as unknown as HTMLElement) };
}

describe('result badges', () => {
  const badge = (el: Element | null | undefined) => [el?.getAttribute(BADGE_ATTR), el?.getAttribute(LABEL_ATTR)];

  it('go on the heading inside a result link, with the code shown and the country in words', () => {
    document.body.innerHTML = '<div><a href="https://irna.ir/"><br><h3>IRNA</h3><div><cite>irna.ir</cite></div></a></div>';
    const a = document.querySelector('a')!;
    const target = putBadge(a, undefined, 'IR', 'IR — Iran');
    expect(target).toBe(document.querySelector('h3'));
    expect(badge(target)).toEqual(['IR', 'IR — Iran']);
    // Nothing is added to the page: the badge is the title's ::after (page.css).
    expect(a.outerHTML).toBe('<a href="https://irna.ir/"><br><h3 data-vantage-badge="IR" data-vantage-label="IR — Iran">IRNA</h3><div><cite>irna.ir</cite></div></a>');
  });

  it("use the reader's title element, else the link, and go down to the element that holds the title text", () => {
    document.body.innerHTML =
      '<h2><a id="bing" href="https://x.example/">Plain title</a></h2>' +
      '<a id="mobile" href="https://y.example/"><div role="heading"><div id="text">Mobile title</div></div><div>y.example</div></a>' +
      '<a id="brave" href="https://z.example/"><div class="site">z</div><div class="title" id="title">Brave title</div></a>';
    const $ = (id: string) => document.getElementById(id)!;
    expect(putBadge($('bing'), undefined, null, 'no country')).toBe($('bing'));
    expect(badge($('bing'))).toEqual(['–', 'no country']);
    expect(putBadge($('mobile'), undefined, 'FR', 'FR — France')).toBe($('text'));
    expect(putBadge($('brave'), $('title'), 'DE', 'DE — Germany')).toBe($('title'));
  });

  it('stay on the title when it holds text beside a child, and never go into a script or an image', () => {
    document.body.innerHTML =
      '<a id="a" href="https://a.ir/"><h3 id="h">Safe title<script>alert(1)</script></h3></a>' +
      '<a id="b" href="https://b.ir/"><h3 id="h2"><script>alert(2)</script></h3></a>' +
      '<a id="c" href="https://c.ir/"><span id="s"><img alt=""></span></a>';
    const $ = (id: string) => document.getElementById(id)!;
    expect(putBadge($('a'), undefined, 'IR', 'IR — Iran')).toBe($('h'));
    expect(putBadge($('b'), undefined, 'IR', 'IR — Iran')).toBe($('h2'));
    expect(putBadge($('c'), undefined, 'IR', 'IR — Iran')).toBe($('s'));
    expect(document.querySelectorAll('script[data-vantage-badge], img[data-vantage-badge]')).toHaveLength(0);
  });

  it('are taken away without a trace', () => {
    document.body.innerHTML = '<p><a href="https://irna.ir/" class="r">IRNA</a></p>';
    const before = document.body.innerHTML;
    takeBadge(putBadge(document.querySelector('a')!, null, 'IR', 'IR — Iran'));
    expect(document.body.innerHTML).toBe(before);
  });

  it('are drawn out of flow, at one fixed size, in colours the page cannot override', () => {
    const css = readFileSync(path.join(import.meta.dirname, '../../../entrypoints/serp.content/page.css'), 'utf8');
    const rule = css.slice(css.indexOf('[data-vantage-badge]::after {'), css.indexOf('}', css.indexOf('[data-vantage-badge]::after {')));
    for (const declaration of ['position: absolute', 'inset: auto', 'visibility: visible', 'opacity: 1', 'display: inline-block', 'width: 28px', 'height: 16px', 'overflow: hidden'])
      expect(rule).toContain(`${declaration} !important`);
    // The alternative text (the country in words) is declared after the plain fallback, so a
    // browser that knows it uses it and one that does not still draws the code.
    expect(rule.indexOf('content: attr(data-vantage-badge) !important')).toBeLessThan(rule.indexOf('content: attr(data-vantage-badge) / attr(data-vantage-label) !important'));
    expect(css).toContain(`[${BADGE_ATTR}='${badgeText(null)}']::after`);
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
    const root = handle.host;
    expect(root.querySelector('img[src]')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(ui.getByText('<b>q</b>').getAttribute('href')).toBeNull();
  });
});
