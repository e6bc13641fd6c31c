/**
 * How each search engine takes a query, its news tab, a country restriction and a document
 * language — one table, so a change in an engine's URL is made in one place
 * (research: data-sources.md §4). `site:` is written into the query itself, the same for all.
 */
import type { EngineLinks, UiLang } from './types.ts';

/** What a link should ask the engine for. */
export interface EngineRequest {
  query: string;
  /** The engine's news tab instead of web results. */
  news?: boolean;
  /** ISO codes: ask for documents from these countries (Google `cr`, Bing `cc`, DDG `kl`). */
  restrictTo?: string[];
  /** BCP 47 language of the documents wanted (Google `lr`), for the other side's words. */
  docLang?: string;
  /** Interface language of the result page. */
  uiLang?: UiLang;
}

// Google's `lr` values that are not `lang_` + the ISO 639-1 code.
const GOOGLE_LR: Record<string, string> = { he: 'lang_iw', zh: 'lang_zh-CN', 'zh-Hant': 'lang_zh-TW', nb: 'lang_no' };

// DuckDuckGo region codes (its "URL parameters" help page); countries not listed have none.
const DDG_REGION: Record<string, string> = {
  AR: 'ar-es', AU: 'au-en', AT: 'at-de', BE: 'be-fr', BR: 'br-pt', BG: 'bg-bg', CA: 'ca-en', CL: 'cl-es', CN: 'cn-zh',
  CO: 'co-es', HR: 'hr-hr', CZ: 'cz-cs', DK: 'dk-da', EE: 'ee-et', FI: 'fi-fi', FR: 'fr-fr', DE: 'de-de', GR: 'gr-el',
  HK: 'hk-tzh', HU: 'hu-hu', IN: 'in-en', ID: 'id-en', IE: 'ie-en', IL: 'il-he', IT: 'it-it', JP: 'jp-jp', KR: 'kr-kr',
  LV: 'lv-lv', LT: 'lt-lt', MY: 'my-en', MX: 'mx-es', NL: 'nl-nl', NZ: 'nz-en', NO: 'no-no', PE: 'pe-es', PH: 'ph-en',
  PL: 'pl-pl', PT: 'pt-pt', RO: 'ro-ro', RU: 'ru-ru', SA: 'xa-ar', SG: 'sg-en', SK: 'sk-sk', SI: 'sl-sl', ZA: 'za-en',
  ES: 'es-es', SE: 'se-sv', CH: 'ch-de', TW: 'tw-tzh', TH: 'th-th', TR: 'tr-tr', UA: 'ua-uk', GB: 'uk-en', US: 'us-en',
  VN: 'vn-vi', AE: 'xa-ar', EG: 'xa-ar', PK: 'pk-en', VE: 've-es',
};

function googleLr(lang: string): string {
  return GOOGLE_LR[lang] ?? `lang_${lang.split('-')[0]}`;
}

/** Google web or news search URL. */
export function googleUrl(r: EngineRequest): string {
  const p = new URLSearchParams({ q: r.query });
  if (r.uiLang) p.set('hl', r.uiLang);
  if (r.news) p.set('tbm', 'nws');
  if (r.restrictTo?.length) p.set('cr', r.restrictTo.map((c) => `country${c}`).join('|'));
  if (r.docLang) p.set('lr', googleLr(r.docLang));
  return `https://www.google.com/search?${p}`;
}

/** Bing web or news search URL. Bing's `cc` is a market preference for one country. */
export function bingUrl(r: EngineRequest): string {
  const p = new URLSearchParams({ q: r.query });
  if (r.restrictTo?.length === 1) p.set('cc', r.restrictTo[0]!);
  if (r.uiLang) p.set('setlang', r.uiLang);
  return `https://www.bing.com/${r.news ? 'news/search' : 'search'}?${p}`;
}

/** DuckDuckGo web or news search URL, with its region when the one country has one. */
export function duckduckgoUrl(r: EngineRequest): string {
  const p = new URLSearchParams({ q: r.query });
  const region = r.restrictTo?.length === 1 ? DDG_REGION[r.restrictTo[0]!] : undefined;
  if (region) p.set('kl', region);
  if (r.news) {
    p.set('iar', 'news');
    p.set('ia', 'news');
  }
  return `https://duckduckgo.com/?${p}`;
}

/** Links for the three engines. */
export function engineLinks(r: EngineRequest): EngineLinks {
  return { google: googleUrl(r), bing: bingUrl(r), duckduckgo: duckduckgoUrl(r) };
}

/** True when DuckDuckGo has a region for the country (else `restrictTo` is dropped for it). */
export function hasDuckDuckGoRegion(code: string): boolean {
  return code in DDG_REGION;
}
