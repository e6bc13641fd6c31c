/**
 * Brave Search (SvelteKit): each block in `#results` is a `div.snippet`; web results carry
 * `data-type="web"` (videos, "People also ask", "Find elsewhere" are `standalone`). The first
 * link of a web block is the result; its `.title` holds the title. Pre-2023 pages used
 * `.snippet.fdb` with `a.result-header`.
 *
 * Test URLs: https://search.brave.com/search?q=javascript+tutorial&source=web
 */
import type { SerpReader } from './types.ts';
import { all, first } from './dom.ts';
import { readerParts, type Candidate, type EngineSpec } from './read.ts';

function webSnippets(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const block of all(doc, '#results [data-type="web"]')) {
    const anchor = all(block, 'a[href]')[0];
    if (anchor) out.push({ anchor, titleEl: first(block, ['.title', '.snippet-title', '.search-snippet-title']) ?? anchor });
  }
  return out;
}

function legacy(doc: Document): Candidate[] {
  return all(doc, '#results .snippet.fdb a.result-header').map((anchor) => ({ anchor, titleEl: first(anchor, ['.snippet-title']) ?? anchor }));
}

const spec: EngineSpec = {
  engine: 'brave',
  queryBoxes: ['input#searchbox', 'input[name="q"]', 'textarea[name="q"]'],
  queryParams: ['q'],
  isSearchPath: (url) => url.pathname === '/search',
  // The 2022 "Confirm you're not a robot" page: a slider puzzle in an iframe, no results.
  captchaMarkers: ['iframe#captcha-iframe'],
  strategies: [webSnippets, legacy],
  isInternal: (target) => /(^|\.)search\.brave\.com$/.test(target.hostname),
  noResultsText: /Not many great matches came back for your search|No results found/i,
};

/** The Brave Search reader. */
export const brave: SerpReader = {
  id: 'brave',
  name: 'Brave Search',
  exampleUrls: ['https://search.brave.com/search?q=javascript+tutorial&source=web', 'https://search.brave.com/search?q=iran+hostage+crisis'],
  matchUrl: (url) => url.hostname === 'search.brave.com' && (url.pathname === '/search' || url.pathname === '/'),
  ...readerParts(spec),
};
