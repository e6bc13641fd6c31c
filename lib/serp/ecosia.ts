/**
 * Ecosia: results from Bing or Google in Ecosia's own markup. 2022+ cards are
 * `[data-test-id="mainline-result-web"]` with `a[data-test-id="result-link"]` (the URL line and the
 * title both carry it); 2019–2021 pages used `div.result.js-result a.result-title`. Ads are
 * `[data-test-id="mainline-result-ad"]` / `.result--ad`.
 *
 * Test URLs: https://www.ecosia.org/search?method=index&q=javascript+tutorial
 */
import type { SerpReader } from './types.ts';
import { all, first, insideExcluded } from './dom.ts';
import { readerParts, type Candidate, type EngineSpec } from './read.ts';

const HOSTS = new Set(['www.ecosia.org', 'ecosia.org']);
const ADS = { attrs: ['data-test-id=mainline-result-ad'], classes: ['result--ad', 'results-ads', 'card-ad', 'result-title-ad'] };
// A result's sitelinks share the title class of results on 2020–2021 pages: not results of their own.
const NOT_ORGANIC_LEGACY = { ...ADS, classes: [...ADS.classes, 'result-deeplink-list'] };

function cards(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const card of all(doc, '[data-test-id="mainline-result-web"]')) {
    if (insideExcluded(card, ADS)) continue;
    const title = first(card, ['[data-test-id="result-title"]', '.result__title a[href]', 'h2']);
    const titleLink = title && title.tagName.toUpperCase() === 'A' ? title : title ? all(title, 'a[href]')[0] : null;
    const anchor = titleLink ?? all(card, 'a[data-test-id="result-link"]')[0];
    if (anchor) out.push({ anchor, titleEl: title ?? anchor });
  }
  return out;
}

function legacy(doc: Document): Candidate[] {
  return all(doc, '.result a.result-title')
    .filter((a) => !insideExcluded(a, NOT_ORGANIC_LEGACY))
    .map((anchor) => ({ anchor }));
}

const spec: EngineSpec = {
  engine: 'ecosia',
  queryBoxes: ['input[name="q"]'],
  queryParams: ['q'],
  isSearchPath: (url) => url.pathname === '/search',
  captchaMarkers: ['input[name="cf-turnstile-response"]'],
  strategies: [cards, legacy],
  // Bing's ad redirect is never a source, whatever markup carried it.
  isInternal: (target) => /(^|\.)ecosia\.org$/.test(target.hostname) || (/(^|\.)bing\.com$/.test(target.hostname) && target.pathname === '/aclick'),
  // `.empty-result` ("No results found") is the 2020 page's.
  noResultsMarkers: ['[data-test-id="web-no-results"]', '.no-results', '.empty-result'],
};

/** The Ecosia reader. */
export const ecosia: SerpReader = {
  id: 'ecosia',
  name: 'Ecosia',
  exampleUrls: ['https://www.ecosia.org/search?method=index&q=javascript+tutorial', 'https://www.ecosia.org/search?q=iran+hostage+crisis'],
  matchUrl: (url) => HOSTS.has(url.hostname) && (url.pathname === '/search' || url.pathname === '/'),
  ...readerParts(spec),
};
