/**
 * Where the result-page content script runs: manifest match patterns narrowed to result paths,
 * and real result URLs the tests (this area's and the LMS meta-test) check against.
 */
import { GOOGLE_DOMAINS } from './google-domains.ts';

/** Match patterns for the result-page content script (`matches` in the manifest). */
export const SERP_MATCHES: string[] = [
  // Google: every supported search domain (google-domains.ts), result pages only.
  ...GOOGLE_DOMAINS.map((d) => `*://www.${d}/search*`),
  '*://www.bing.com/search*',
  '*://cn.bing.com/search*',
  // DuckDuckGo's JS results live at the root with ?q=, which a path pattern cannot single out;
  // the reader's URL test rejects every other DuckDuckGo page before touching the DOM.
  '*://duckduckgo.com/*',
  '*://html.duckduckgo.com/html*',
  '*://lite.duckduckgo.com/lite*',
  // Yahoo: search.yahoo.com and the regional {cc}.search.yahoo.com hosts.
  '*://*.search.yahoo.com/search*',
  '*://yandex.ru/search*',
  '*://yandex.com/search*',
  '*://yandex.com.tr/search*',
  '*://yandex.by/search*',
  '*://yandex.kz/search*',
  '*://yandex.uz/search*',
  '*://ya.ru/search*',
  '*://www.baidu.com/s*',
  '*://www.ecosia.org/search*',
  '*://search.brave.com/search*',
  '*://www.startpage.com/sp/search*',
  '*://www.startpage.com/do/search*',
  '*://www.startpage.com/do/dsearch*',
];

/** Real result-page URLs, one or more per engine (shapes seen in saved pages and engine docs). */
export const SERP_EXAMPLE_URLS: string[] = [
  'https://www.google.com/search?q=iran+hostage+crisis&hl=en',
  'https://www.google.co.uk/search?q=coffee&num=100',
  'https://www.google.com.mx/search?q=toma+de+la+embajada+de+estados+unidos+en+teher%C3%A1n',
  'https://www.bing.com/search?q=javascript+tutorial&form=QBLH',
  'https://duckduckgo.com/?q=cloud+service&t=h_&ia=web',
  'https://html.duckduckgo.com/html/?q=what+happened',
  'https://lite.duckduckgo.com/lite/?q=iran',
  'https://search.yahoo.com/search?p=javascript+tutorial&fr=yfp-t',
  'https://de.search.yahoo.com/search?p=snow&fr=sfp',
  'https://yandex.ru/search/?text=game&lr=213',
  'https://www.baidu.com/s?wd=number',
  'https://www.ecosia.org/search?method=index&q=javascript+tutorial',
  'https://search.brave.com/search?q=javascript+tutorial&source=web',
  'https://www.startpage.com/sp/search?query=javascript+tutorial',
];
