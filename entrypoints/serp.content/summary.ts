/**
 * The one summary on a result page, in plain DOM inside a shadow root: a compact line ("3
 * countries · 7 with no country") that expands into the countries with counts, the hints and the
 * suggested searches. Not Svelte: the result-page script has a few milliseconds for reading,
 * badges and this, and a framework mount alone costs about that. The body, and the styles only it
 * needs, are only built when the person opens it. Every string from the page (the query inside a design) goes in as text.
 */
import { applyStyles } from '../../components/dom/styles.ts';
import { BADGE_COUNTRY_CSS, BADGE_CSS, BADGE_GENERIC_CSS, badgeText, serpStrings, type SerpUiLang } from '../../lib/serp/strings.ts';
import type { SerpView } from '../../lib/serp/view.ts';

export const SUMMARY_TAG = 'vantage-serp-summary';

// The closed summary needs only these rules; the rest are parsed the first time it opens.
const HEAD_CSS = `
:host { all: initial; }
.wrap { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; margin: 0; }
.summary { box-sizing: border-box; width: 320px; max-height: 70vh; overflow: auto; border: 1px solid #94a3b8; border-radius: 8px;
  background: #ffffff; color: #0f172a; font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.2); }
.head { display: flex; justify-content: space-between; gap: 8px; width: 100%; padding: 8px 10px; border: 0; border-radius: 8px;
  background: #eff6ff; color: #0f172a; font: 600 13px/1.4 system-ui, sans-serif; text-align: left; cursor: pointer; }
.head:focus-visible, a:focus-visible, .off:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
.index { font-weight: 400; color: #334155; white-space: nowrap; }
.body[hidden] { display: none; }
`;
const BODY_CSS = `
.body { padding: 4px 10px 10px; }
ul { margin: 6px 0; padding: 0; list-style: none; }
.counts li { display: inline-flex; align-items: center; gap: 4px; margin: 0 10px 4px 0; }
.designs li { margin: 0 0 8px; }
a { display: block; color: #1d4ed8; font-family: ui-monospace, monospace; font-size: 12px; word-break: break-word; }
.why { display: block; color: #334155; font-size: 12px; }
p { margin: 6px 0; }
.off { padding: 4px 8px; border: 1px solid #94a3b8; border-radius: 4px; background: #ffffff; color: #0f172a; font: 12px system-ui, sans-serif; cursor: pointer; }
`;

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
  // Zero size and out of flow: every visible part is position: fixed inside the shadow root.
  host.setAttribute('style', 'all:initial;position:absolute;width:0;height:0;overflow:visible;');
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow, doc, HEAD_CSS);
  let fullStyles = false;

  const wrap = el('div', 'wrap');
  const section = el('section', 'summary');
  section.setAttribute('aria-label', s.title);
  const head = el('button', 'head');
  head.type = 'button';
  const line = el('span', 'line');
  const index = el('span', 'index');
  head.append(line, index);
  const body = el('div', 'body');
  body.id = `vantage-serp-${++sequence}`;
  body.hidden = true;
  head.setAttribute('aria-controls', body.id);
  head.setAttribute('aria-expanded', 'false');
  section.append(head, body);
  wrap.append(section);
  shadow.append(wrap);

  let current = content;
  let open = false;

  const badge = (country: string | null, label: string) => {
    const span = el('span', undefined, badgeText(country));
    span.setAttribute('role', 'img');
    span.setAttribute('aria-label', label);
    span.title = label;
    span.setAttribute('style', BADGE_CSS + (country ? BADGE_COUNTRY_CSS : BADGE_GENERIC_CSS));
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
      const counts = el('ul', 'counts');
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
        const list = el('ul', 'designs');
        for (const design of hints.designs) {
          const li = el('li');
          const a = el('a', undefined, design.query);
          // Only links the background built reach here, but a link is still checked before it becomes an href.
          if (/^https:\/\//.test(design.url)) a.href = design.url;
          li.append(a, el('span', 'why', design.why));
          list.append(li);
        }
        body.append(list);
      }
    }
    const off = el('button', 'off', s.turnOff(options.engineName));
    off.type = 'button';
    off.addEventListener('click', () => options.onturnoff());
    body.append(off);
  };

  head.addEventListener('click', () => {
    open = !open;
    if (!fullStyles) {
      fullStyles = true;
      applyStyles(shadow, doc, HEAD_CSS + BODY_CSS);
    }
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
