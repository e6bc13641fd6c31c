/**
 * DuckDuckGo: the JS page (`duckduckgo.com/?q=`; React since 2022: `article[data-testid=result]`,
 * before that `#links .result`), the HTML page (`html.duckduckgo.com/html/`, links wrapped in
 * `/l/?uddg=`) and lite (`lite.duckduckgo.com/lite/`, a table of `a.result-link`).
 * The JS page's results are not in the server HTML: an unrendered page reads as unknown markup,
 * and the content script reads again when they arrive.
 *
 * Test URLs: https://duckduckgo.com/?q=cloud+service&t=h_&ia=web
 *            https://html.duckduckgo.com/html/?q=what+happened
 *            https://lite.duckduckgo.com/lite/?q=iran
 */
import type { SerpReader } from './types.ts';
import { all, insideExcluded, type Exclusion } from './dom.ts';
import { readerParts, type Candidate, type EngineSpec } from './read.ts';

const HOSTS = new Set(['duckduckgo.com', 'www.duckduckgo.com', 'html.duckduckgo.com', 'lite.duckduckgo.com', 'start.duckduckgo.com']);
const PATHS = new Set(['/', '/html', '/html/', '/lite', '/lite/']);

const ADS: Exclusion = {
  classes: ['result--ad', 'result--ad--small', 'result-sponsored', 'badge--ad'],
  attrs: ['data-testid=ad', 'data-layout=ad'],
};

function linksOf(selector: string) {
  return (doc: Document): Candidate[] =>
    all(doc, selector)
      .filter((anchor) => !insideExcluded(anchor, ADS))
      .map((anchor) => ({ anchor }));
}

const spec: EngineSpec = {
  engine: 'duckduckgo',
  queryBoxes: ['input#search_form_input', 'input[name="q"]'],
  queryParams: ['q'],
  isSearchPath: (url) => url.pathname !== '/' || url.searchParams.has('q'),
  captchaMarkers: ['.anomaly-modal__modal', '#challenge-form', 'form[action*="anomaly"]'],
  strategies: [
    // React page (2022+).
    linksOf('article[data-testid="result"] a[data-testid="result-title-a"]'),
    // JS page 2016–2021 and the HTML page (same class names).
    linksOf('a.result__a'),
    // HTML page ≈2015.
    linksOf('div.links_main > a.large'),
    // Lite.
    linksOf('a.result-link'),
  ],
  // Anything still on DuckDuckGo after unwrapping is an ad (`/y.js`) or an internal link.
  isInternal: (target) => /(^|\.)duckduckgo\.com$/.test(target.hostname),
  noResultsMarkers: ['.no-results', '.result--no-result', '[data-testid="no-results-message"]'],
  noResultsText: /No (more )?results( found)?\.?\s*(for|$)/i,
};

/** The DuckDuckGo reader. */
export const duckduckgo: SerpReader = {
  id: 'duckduckgo',
  name: 'DuckDuckGo',
  exampleUrls: [
    'https://duckduckgo.com/?q=cloud+service&t=h_&ia=web',
    'https://duckduckgo.com/?q=iran+hostage+crisis&kl=xa-ar',
    'https://html.duckduckgo.com/html/?q=what+happened',
    'https://lite.duckduckgo.com/lite/?q=iran',
  ],
  // Home ('/' without q) is accepted so that it reads as `reason: 'home'`.
  matchUrl: (url) => HOSTS.has(url.hostname) && PATHS.has(url.pathname),
  ...readerParts(spec),
};
