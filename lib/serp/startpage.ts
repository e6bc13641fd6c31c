/**
 * Startpage (Google results, Startpage's markup): `.w-gl .result` blocks whose title link is
 * `a.result-title` (2023+, CSS-in-JS class names beside it) or `a.w-gl__result-title` (2019–2022).
 * Searches are often POSTed, so the query comes from the box (`input[name=query]`, the one that
 * is not hidden).
 *
 * Test URLs: https://www.startpage.com/sp/search?query=javascript+tutorial
 *            https://www.startpage.com/do/dsearch?query=iran+hostage+crisis
 */
import type { SerpReader } from './types.ts';
import { all, insideExcluded } from './dom.ts';
import { readerParts, type Candidate, type EngineSpec } from './read.ts';

const HOSTS = new Set(['www.startpage.com', 'startpage.com', 'eu.startpage.com', 'us.startpage.com']);
const PATHS = /^\/(sp\/search|do\/search|do\/dsearch|do\/asearch|search)$/;
const ADS = { classes: ['w-gl--ads', 'a-bg-result', 'bannerad', 'sponsored'] };

function linksOf(selector: string) {
  return (doc: Document): Candidate[] =>
    all(doc, selector)
      .filter((a) => !insideExcluded(a, ADS))
      .map((anchor) => ({ anchor }));
}

const spec: EngineSpec = {
  engine: 'startpage',
  queryBoxes: ['input#q', 'input[name="query"]'],
  queryParams: ['query', 'q'],
  isSearchPath: (url) => PATHS.test(url.pathname),
  captchaMarkers: ['form[action*="captcha"]', '#captcha'],
  strategies: [linksOf('.w-gl .result a.result-title'), linksOf('a.w-gl__result-title'), linksOf('.w-gl__result a.result-link')],
  // Startpage's own links ("Anonymous View" proxy) are not sources.
  isInternal: (target) => /(^|\.)startpage\.com$/.test(target.hostname),
  noResultsMarkers: ['.no-results', '.no-results-message'],
  noResultsText: /did not match any (search )?results|No results found for/i,
};

/** The Startpage reader. */
export const startpage: SerpReader = {
  id: 'startpage',
  name: 'Startpage',
  exampleUrls: ['https://www.startpage.com/sp/search?query=javascript+tutorial', 'https://www.startpage.com/do/dsearch?query=iran+hostage+crisis&cat=web&pl=ext-ff'],
  matchUrl: (url) => HOSTS.has(url.hostname) && (PATHS.test(url.pathname) || url.pathname === '/'),
  ...readerParts(spec),
};
