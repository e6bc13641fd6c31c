/**
 * The one summary on a result page, in plain DOM: a compact line ("3 countries · 7 with no
 * country") that expands into the countries with counts, the hints and the suggested searches.
 * Not Svelte: the result-page script has a few milliseconds for reading, badges and this, and a
 * framework mount alone costs about that. Not a shadow root either: its styles come from page.css,
 * which the browser injects from the manifest, reset with `all: initial` and set with !important
 * so the engine's styles cannot reach it; a shadow root and its constructed sheet cost about half
 * a millisecond on every search. The body is only built when the person opens it. Every string
 * from the page (the query inside a design) goes in as text.
 */
import { badgeText, serpStrings, type SerpUiLang } from '../../lib/serp/strings.ts';
import type { SerpView } from '../../lib/serp/view.ts';

export const SUMMARY_TAG = 'vantage-serp-summary';

/** What the summary shows: a reading's view, or that the page could not be read. */
export type SummaryContent = Pick<SerpView, 'diversity' | 'hints' | 'countryLabels'> | 'unreadable';

export interface SummaryOptions {
  engineName: string;
  lang: SerpUiLang;
  onturnoff: () => void;
}

export interface SummaryHandle {
  host: HTMLElement;
  /** Shows new content in place (the open/closed state is kept). */
  update(content: SummaryContent): void;
  remove(): void;
}

let sequence = 0;

/** Builds the summary (not yet in the page: append `host` where it belongs). */
export function createSummary(doc: Document, options: SummaryOptions, content: SummaryContent): SummaryHandle {
  const s = serpStrings(options.lang);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
    const node = doc.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const host = doc.createElement(SUMMARY_TAG);
  const wrap = el('div', 'v-wrap');
  const section = el('section', 'v-summary');
  section.setAttribute('aria-label', s.title);
  const head = el('button', 'v-head');
  head.type = 'button';
  const line = el('span', 'v-line');
  const index = el('span', 'v-index');
  head.append(line, index);
  const body = el('div', 'v-body');
  body.id = `vantage-serp-${++sequence}`;
  body.hidden = true;
  head.setAttribute('aria-controls', body.id);
  head.setAttribute('aria-expanded', 'false');
  section.append(head, body);
  wrap.append(section);
  host.append(wrap);

  let current = content;
  let open = false;

  const badge = (country: string | null, label: string) => {
    const span = el('span', undefined, badgeText(country));
    span.setAttribute('role', 'img');
    span.setAttribute('aria-label', label);
    span.title = label;
    span.className = country ? 'v-badge' : 'v-badge v-generic';
    return span;
  };

  const renderHead = () => {
    if (current === 'unreadable') {
      line.textContent = s.unreadable;
      index.textContent = '';
      return;
    }
    line.textContent = s.line(Object.keys(current.diversity.countries).length, current.diversity.generic);
    index.textContent = s.index(current.diversity.index.toFixed(2));
  };

  // Built only while open: a closed summary costs one button.
  const renderBody = () => {
    body.replaceChildren();
    if (!open) return;
    if (current === 'unreadable') {
      body.append(el('p', undefined, s.unreadableWhy(options.engineName)));
    } else {
      const { diversity, hints, countryLabels } = current;
      const counts = el('ul', 'v-counts');
      const count = (b: HTMLElement, n: number) => {
        const li = el('li');
        li.append(b, ' ', el('span', undefined, String(n)));
        counts.append(li);
      };
      for (const [code, n] of Object.entries(diversity.countries)) count(badge(code, countryLabels[code] ?? code), n);
      if (diversity.generic) count(badge(null, s.noCountry), diversity.generic);
      if (diversity.unknown) count(badge(null, s.hidden), diversity.unknown);
      body.append(counts);
      for (const sentence of hints.sentences) body.append(el('p', undefined, sentence));
      if (hints.designs.length) {
        const list = el('ul', 'v-designs');
        for (const design of hints.designs) {
          const li = el('li');
          const a = el('a', undefined, design.query);
          // Only links the background built reach here, but a link is still checked before it becomes an href.
          if (/^https:\/\//.test(design.url)) a.href = design.url;
          li.append(a, el('span', 'v-why', design.why));
          list.append(li);
        }
        body.append(list);
      }
    }
    const off = el('button', 'v-off', s.turnOff(options.engineName));
    off.type = 'button';
    off.addEventListener('click', () => options.onturnoff());
    body.append(off);
  };

  head.addEventListener('click', () => {
    open = !open;
    head.setAttribute('aria-expanded', String(open));
    body.hidden = !open;
    renderBody();
  });

  renderHead();
  return {
    host,
    update(next) {
      current = next;
      renderHead();
      if (open) renderBody();
    },
    remove() {
      host.remove();
    },
  };
}
