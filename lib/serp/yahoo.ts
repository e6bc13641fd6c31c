/**
 * Yahoo: 2020+ result blocks `#web div.algo` (title in `.compTitle`), ≈2015 `#web li div.res`
 * with `h3 > a`. Links go through `r.search.yahoo.com/…/RU=<target>/RK=…` unless JavaScript
 * already rewrote them; both are handled. Regional hosts (`de.search.yahoo.com`) share the markup.
 *
 * Test URLs: https://search.yahoo.com/search?p=javascript+tutorial
 *            https://de.search.yahoo.com/search?p=snow
 */
import type { SerpReader } from './types.ts';
import { all, classes, insideExcluded, type Exclusion } from './dom.ts';
import { readerParts, type Candidate, type EngineSpec } from './read.ts';

const isYahooSearchHost = (host: string): boolean => host === 'search.yahoo.com' || /^[a-z]{2}\.search\.yahoo\.com$/.test(host);
const ADS: Exclusion = { classes: ['searchCenterTopAds', 'searchCenterBottomAds', 'searchRightTopAds', 'searchRightBottomAds', 'ads'] };

/** 2020+: one `div.algo` per result; its first `.compTitle` link is the title. */
function algoBlocks(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const block of all(doc, '#web div.algo')) {
    if (insideExcluded(block, ADS)) continue;
    const anchor = all(block, '.compTitle a[href]')[0] ?? all(block, 'h3 a[href]')[0];
    if (anchor) out.push({ anchor, titleEl: all(anchor, 'h3')[0] ?? all(block, '.compTitle h3')[0] ?? anchor });
  }
  return out;
}

/** ≈2015: `div.res` per result; `div.res.sc` are shortcuts (weather, images, video). */
function resBlocks(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const block of all(doc, '#web li div.res')) {
    if (classes(block).includes('sc') || insideExcluded(block, ADS)) continue;
    const anchor = all(block, 'h3 a[href]')[0];
    if (anchor) out.push({ anchor });
  }
  return out;
}

const spec: EngineSpec = {
  engine: 'yahoo',
  queryBoxes: ['input#yschsp', 'input[name="p"]'],
  queryParams: ['p', 'q'],
  isSearchPath: (url) => url.pathname.startsWith('/search'),
  strategies: [algoBlocks, resBlocks],
  // Yahoo's own verticals (images, video, news search) and unresolved click trackers.
  isInternal: (target) => /(^|\.)search\.yahoo\.com$/.test(target.hostname),
  noResultsMarkers: ['#web .zrp', '.zrp-wrap', '#web .noresult'],
  noResultsText: /We did not find results for/i,
};

/** The Yahoo reader. */
export const yahoo: SerpReader = {
  id: 'yahoo',
  name: 'Yahoo',
  exampleUrls: [
    'https://search.yahoo.com/search?p=javascript+tutorial&fr=yfp-t',
    'https://de.search.yahoo.com/search?p=snow&fr=sfp',
  ],
  // `/search;_ylt=…` carries tracking after a semicolon in the path.
  matchUrl: (url) => isYahooSearchHost(url.hostname) && (url.pathname === '/' || url.pathname.startsWith('/search')),
  ...readerParts(spec),
};
