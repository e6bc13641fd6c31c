/**
 * Yandex: one `.serp-item` per block (`li` since ≈2017, `div` ≈2015); the title link is
 * `a.OrganicTitle-Link` (2020+), `a.organic__url` / `h2 a` (2017–2019) or
 * `h2.serp-item__title > a` (≈2015). Ads link through `yabs.yandex.*`; wizards (video, images)
 * link back to Yandex's own search, so both fall out as internal targets.
 *
 * Test URLs: https://yandex.com/search/?text=cloud+service&lr=177
 *            https://yandex.ru/search/?text=game&lr=213
 */
import type { SerpReader } from './types.ts';
import { all, first, insideExcluded } from './dom.ts';
import { readerParts, type Candidate, type EngineSpec } from './read.ts';
import { httpUrl } from './url.ts';
import { cleanText } from './text.ts';

const SEARCH_HOST = /^(www\.)?(yandex\.(ru|com|com\.tr|by|kz|uz|ua|az|com\.am|com\.ge|co\.il|ee|lt|lv|md|tj|tm|fr)|ya\.ru)$/;
const TITLE_LINKS = ['a.OrganicTitle-Link', 'a.organic__url', 'h2 a[href]', '.organic__title-wrapper a[href]'];

function serpItems(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const item of all(doc, '.serp-item')) {
    // 2020+ ads carry data-fast-name="direct" or an "ad" label block.
    if (insideExcluded(item, { attrs: ['data-fast-name=direct'], classes: ['serp-adv', 'serp-adv__item'] })) continue;
    const anchor = first(item, TITLE_LINKS);
    if (anchor) out.push({ anchor });
  }
  return out;
}

/** The search a captcha page guards: its `retpath` field or address parameter holds the search URL. */
function captchaQuery(url: URL, doc: Document): string | null {
  const sources = [...all(doc, 'input[name="retpath"]').map((i) => i.getAttribute('value')), url.searchParams.get('retpath')];
  for (const source of sources) {
    const q = cleanText(httpUrl(source ?? '')?.searchParams.get('text') ?? '');
    if (q) return q;
  }
  return null;
}

const spec: EngineSpec = {
  engine: 'yandex',
  queryBoxes: ['input[name="text"]', 'textarea[name="text"]'],
  queryParams: ['text'],
  isSearchPath: (url) => url.pathname.startsWith('/search'),
  isCaptchaUrl: (url) => url.pathname.startsWith('/showcaptcha') || url.pathname.startsWith('/checkcaptcha'),
  captchaQuery,
  captchaMarkers: ['.CheckboxCaptcha', 'form[action*="checkcaptcha"]', '.AdvancedCaptcha'],
  strategies: [serpItems],
  isInternal: (target) => SEARCH_HOST.test(target.hostname) || /^(yabs|an)\.yandex\./.test(target.hostname),
  // "По вашему запросу ничего не нашлось" / "Nothing found" sits in the misspell block.
  noResultsMarkers: ['.EmptySearchResults', '.serp-list_empty'],
  noResultsText: /ничего не нашлось|ничего не найдено|nothing (was )?found|sonuç bulunamadı/i,
};

/** The Yandex reader. */
export const yandex: SerpReader = {
  id: 'yandex',
  name: 'Yandex',
  exampleUrls: [
    'https://yandex.com/search/?text=cloud+service&lr=177',
    'https://yandex.ru/search/?text=game&lr=213',
    'https://yandex.com.tr/search/?text=istanbul',
  ],
  matchUrl: (url) => SEARCH_HOST.test(url.hostname) && (url.pathname === '/' || url.pathname.startsWith('/search') || url.pathname.startsWith('/showcaptcha')),
  ...readerParts(spec),
};
