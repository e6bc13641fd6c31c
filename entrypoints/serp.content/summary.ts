/**
 * The one summary on a result page, in plain DOM: a compact line ("3 countries · 7 with no
 * country") that expands into the countries with counts, the hints and the suggested searches.
 * Not Svelte: the result-page script has a few milliseconds for reading, badges and this, and a
 * framework mount alone costs about that. Not a shadow root either: its styles come from page.css,
 * which the browser injects from the manifest, reset with `all: initial` and set with !important
 * so the engine's styles cannot reach it; a shadow root and its constructed sheet cost about half
 * a millisecond on every search. Every string from the page (the query inside a design) goes in
 * as text.
 *
 * The closed summary is four elements (the fixed host, the labelled region, the button and the
 * figure beside the line): each element, and the first element of each kind, costs the page's
 * main thread on every search, and most students never open it. The body, and the code that
 * builds it, are only run when the person opens it.
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
  return new Summary(doc, options, content);
}

// A class, so that V8 compiles the opening and the updates only when they happen.
class Summary implements SummaryHandle {
  readonly host: HTMLElement;
  private readonly section: HTMLElement;
  private readonly head: HTMLButtonElement;
  private readonly index: HTMLElement;
  private body: HTMLElement | null = null;
  private open = false;

  constructor(
    private readonly doc: Document,
    private readonly options: SummaryOptions,
    private current: SummaryContent,
  ) {
    const host = (this.host = doc.createElement(SUMMARY_TAG));
    const section = (this.section = doc.createElement('section'));
    section.className = 'v-summary';
    section.setAttribute('aria-label', serpStrings(options.lang).title);
    const head = (this.head = doc.createElement('button'));
    head.className = 'v-head';
    head.type = 'button';
    head.setAttribute('aria-expanded', 'false');
    const index = (this.index = doc.createElement('span'));
    index.className = 'v-index';
    // The line is the button's own text, given as a string (a text node of our own would be one
    // more kind of object to set up in this script's world); the figure beside it is styled apart.
    head.append(this.renderHead(), index);
    head.addEventListener('click', () => this.toggle());
    section.append(head);
    host.append(section);
  }

  /** Sets the figure and returns the line. */
  private renderHead(): string {
    const s = serpStrings(this.options.lang);
    const current = this.current;
    if (current === 'unreadable') {
      this.index.textContent = '';
      return s.unreadable;
    }
    this.index.textContent = s.index(current.diversity.index.toFixed(2));
    return s.line(Object.keys(current.diversity.countries).length, current.diversity.generic);
  }

  private toggle(): void {
    let body = this.body;
    if (!body) {
      body = this.body = this.doc.createElement('div');
      body.className = 'v-body';
      body.id = `vantage-serp-${++sequence}`;
      body.hidden = true;
      this.head.setAttribute('aria-controls', body.id);
      this.section.append(body);
    }
    this.open = !this.open;
    this.head.setAttribute('aria-expanded', String(this.open));
    body.hidden = !this.open;
    renderBody(this.doc, body, this.open, this.current, this.options);
  }

  update(next: SummaryContent): void {
    this.current = next;
    this.head.replaceChildren(this.renderHead(), this.index);
    if (this.body && this.open) renderBody(this.doc, this.body, true, next, this.options);
  }

  remove(): void {
    this.host.remove();
  }
}

/** The open summary's body: countries with counts, the hints, the designs and the turn-off button (emptied when closed). */
function renderBody(doc: Document, body: HTMLElement, open: boolean, content: SummaryContent, options: SummaryOptions): void {
  body.replaceChildren();
  if (!open) return;
  const s = serpStrings(options.lang);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
    const node = doc.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const badge = (country: string | null, label: string) => {
    const span = el('span', country ? 'v-badge' : 'v-badge v-generic', badgeText(country));
    span.setAttribute('role', 'img');
    span.setAttribute('aria-label', label);
    span.title = label;
    return span;
  };
  if (content === 'unreadable') {
    body.append(el('p', undefined, s.unreadableWhy(options.engineName)));
  } else {
    const { diversity, hints, countryLabels } = content;
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
        // A query in the other side's words may be Arabic or Persian: it keeps its own direction.
        a.dir = 'auto';
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
}
