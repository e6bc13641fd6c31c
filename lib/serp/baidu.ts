/**
 * Baidu: results are `#content_left > .c-container` blocks with the title link in `h3 a`.
 * Every link is an opaque `www.baidu.com/link?url=…` redirect. Some blocks carry the real
 * target in a `mu` attribute (Baidu's own cards and, since ≈2020, many organic ones); for the
 * rest the only trace of the source is the address Baidu prints under the title, so the result
 * keeps the redirect as its URL and takes its domain from that text (`redirect: true`).
 *
 * Test URLs: https://www.baidu.com/s?wd=number
 *            https://www.baidu.com/s?ie=utf-8&wd=model+context+protocol
 */
import type { SerpReader } from './types.ts';
import { all, first, insideExcluded, type Exclusion } from './dom.ts';
import { readerParts, type Candidate, type EngineSpec } from './read.ts';
import { httpUrl } from './url.ts';
import { elementText } from './text.ts';

const HOSTS = new Set(['www.baidu.com', 'baidu.com', 'm.baidu.com']);
// Where Baidu prints a result's address: `.c-showurl` (2015–2020), `span.g` (≈2015),
// `.c-color-gray` (2020+, sometimes a site name rather than a host).
const DISPLAY_URL = ['.c-showurl', 'span.g', 'a.c-showurl', '.c-color-gray'];
// Carousels Baidu draws as one block among the results (`tpl` names the card's template): short
// videos (2020+, linking to Baidu's own lightapp page), images, the latest-news strip. Their
// links are other pages' pieces or Baidu's own aggregations, not a source. Baidu's content cards
// (Baike, Zhidao, dictionaries) stay results, as they always were here.
const CAROUSEL_TEMPLATES: Exclusion = { attrs: ['tpl=short_video_pc', 'tpl=img_address', 'tpl=sp_realtime_bigpic5'] };
const HOST_IN_TEXT = /(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?=[/\s:…]|$)/i;

/** A host name at the start of the displayed address ("dict.cn/number 2009-01-07" → dict.cn). */
export function hostFromDisplayed(text: string): string | null {
  const m = HOST_IN_TEXT.exec(text.trim());
  return m ? m[1]!.toLowerCase() : null;
}

function containers(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const block of all(doc, '#content_left .c-container')) {
    // 2020+ blocks nest a second `.c-container` inside the result; only the outer one counts.
    const parent = block.parentNode as Element | null;
    if (parent && parent.nodeType === 1 && insideExcluded(parent, { classes: ['c-container'] }, 8)) continue;
    // Paid results: `data-tuiguang` ("promotion") blocks and the EC ad family.
    if (insideExcluded(block, { attrs: ['data-tuiguang'], classes: ['ec_wise_ad', 'EC_result', 'ec-tuiguang'] })) continue;
    if (insideExcluded(block, CAROUSEL_TEMPLATES, 1)) continue;
    const anchor = all(block, 'h3 a[href]')[0];
    if (!anchor) continue;
    const mu = httpUrl(block.getAttribute('mu'));
    if (mu) {
      out.push({ anchor, href: mu.href });
      continue;
    }
    const shown = first(block, DISPLAY_URL);
    out.push({ anchor, displayHost: shown ? hostFromDisplayed(elementText(shown)) : null });
  }
  return out;
}

const spec: EngineSpec = {
  engine: 'baidu',
  queryBoxes: ['input#kw', 'input[name="wd"]', 'input[name="word"]'],
  queryParams: ['wd', 'word'],
  isSearchPath: (url) => url.pathname === '/s',
  strategies: [containers],
  isInternal: (target) => HOSTS.has(target.hostname) && (target.pathname === '/s' || target.pathname.startsWith('/baidu.php')),
  noResultsMarkers: ['#content_left .nors', '.content_none .nors'],
  noResultsText: /抱歉没有找到与|很抱歉，没有找到与/,
};

/** The Baidu reader. */
export const baidu: SerpReader = {
  id: 'baidu',
  name: 'Baidu',
  exampleUrls: ['https://www.baidu.com/s?wd=number', 'https://www.baidu.com/s?ie=utf-8&wd=model+context+protocol'],
  matchUrl: (url) => HOSTS.has(url.hostname) && (url.pathname === '/s' || url.pathname === '/'),
  ...readerParts(spec),
};
