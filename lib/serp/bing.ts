/**
 * Bing: the JS page and the no-JS page share `#b_results > li.b_algo`, with the title link in
 * an `h2` (2019+: sometimes inside `div.b_title`). Since 2022 the links are `/ck/a?…&u=a1<base64>`
 * click trackers, unwrapped in url.ts. Ads are `li.b_ad`, never `b_algo`.
 *
 * Test URLs: https://www.bing.com/search?q=javascript+tutorial
 *            https://www.bing.com/search?q=coffee&cc=ES&setlang=es
 */
import type { SerpReader } from './types.ts';
import { all, insideExcluded } from './dom.ts';
import { readerParts, type Candidate, type EngineSpec } from './read.ts';

const BING_HOSTS = new Set(['www.bing.com', 'bing.com', 'cn.bing.com']);
// Bing's own pages that appear among results' links: other searches, trackers, verticals.
const INTERNAL_PATHS = /^\/(search|ck\/|aclick|aclk|images\/|videos\/|news\/|maps|shop)/;

function algoLinks(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const anchor of all(doc, 'li.b_algo h2 a')) {
    if (insideExcluded(anchor, { classes: ['b_ad', 'b_adTop', 'b_adBottom'] })) continue;
    out.push({ anchor });
  }
  return out;
}

const spec: EngineSpec = {
  engine: 'bing',
  queryBoxes: ['#sb_form_q', 'textarea[name="q"]', 'input[name="q"]'],
  queryParams: ['q'],
  isSearchPath: (url) => url.pathname === '/search',
  captchaMarkers: ['#b_captcha', '.b_captcha'],
  strategies: [algoLinks],
  isInternal: (target) => BING_HOSTS.has(target.hostname) && INTERNAL_PATHS.test(target.pathname),
  noResultsMarkers: ['#b_results > li.b_no', '.b_no'],
};

/** The Bing reader. */
export const bing: SerpReader = {
  id: 'bing',
  name: 'Bing',
  exampleUrls: [
    'https://www.bing.com/search?q=javascript+tutorial&form=QBLH',
    'https://www.bing.com/search?q=coffee&cc=ES&setlang=es',
    'https://cn.bing.com/search?q=model+context+protocol',
  ],
  matchUrl: (url) => BING_HOSTS.has(url.hostname) && (url.pathname === '/search' || url.pathname === '/'),
  ...readerParts(spec),
};
