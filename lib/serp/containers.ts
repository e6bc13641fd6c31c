/**
 * Where each engine's result list lives in the page: the element the content script watches for
 * results that arrive later (DuckDuckGo's "More results", Bing's infinite scroll, pages that
 * render after `document_idle`). First match wins; the body is the fallback.
 */
import type { Engine } from './types.ts';

/** Result-list containers per engine, current layout first. */
export const RESULT_CONTAINERS: Readonly<Record<Engine, readonly string[]>> = {
  google: ['#rso', '#search', '#main'],
  bing: ['#b_results', '#b_content'],
  duckduckgo: ['[data-testid="mainline"]', '.react-results--main', '#links', '#react-layout'],
  yahoo: ['#web', '#main'],
  yandex: ['#search-result', '.serp-list', '.content__left'],
  baidu: ['#content_left', '#container'],
  ecosia: ['[data-test-id="mainline"]', 'main'],
  brave: ['#results', 'main'],
  startpage: ['.w-gl', '#main'],
};

/**
 * The element holding the engine's results on this page, or null before it exists. The DOM's own
 * `querySelector` for each: only the result-page script asks, once per reading, and the shared
 * helpers' linkedom paths are code it would compile on every search for nothing.
 */
export function resultsContainer(engine: Engine, doc: Document): Element | null {
  for (const selector of RESULT_CONTAINERS[engine] ?? []) {
    try {
      const el = doc.querySelector(selector);
      if (el) return el;
    } catch {
      // A selector this DOM does not support: the next one.
    }
  }
  return null;
}
