/**
 * The one ordered list of result-page readers, and reading over it.
 * tests/unit/serp/registry.test.ts checks that every reader file is listed here, that its example
 * URLs are accepted by it and by no other reader, and that the manifest patterns cover them.
 */
import type { Engine, SerpReader, SerpReading } from './types.ts';
import { google } from './google.ts';
import { bing } from './bing.ts';
import { duckduckgo } from './duckduckgo.ts';
import { yahoo } from './yahoo.ts';
import { yandex } from './yandex.ts';
import { baidu } from './baidu.ts';
import { ecosia } from './ecosia.ts';
import { brave } from './brave.ts';
import { startpage } from './startpage.ts';

export type { Engine, NotReadReason, SerpReader, SerpReading, SerpResult } from './types.ts';
export { ENGINES } from './types.ts';
export { diversity, INDEX_EXPLAINED, type Diversity } from './diversity.ts';
export { hints, stripSiteOperators, type HintDesign, type SerpHints } from './hints.ts';
export { SERP_MATCHES, SERP_EXAMPLE_URLS } from './hosts.ts';
export { resultsContainer, RESULT_CONTAINERS } from './containers.ts';

/** Every reader. The URL tests do not overlap (hosts differ), so the order is only for display. */
export const READERS: readonly SerpReader[] = [google, bing, duckduckgo, yahoo, yandex, baidu, ecosia, brave, startpage];

/** Display names by engine id. */
export const ENGINE_NAMES: Readonly<Record<Engine, string>> = Object.freeze(
  Object.fromEntries(READERS.map((r) => [r.id, r.name])) as Record<Engine, string>,
);

/** The reader whose URL test accepts this URL, or null (no DOM work). */
export function readerFor(url: URL): SerpReader | null {
  for (const reader of READERS) {
    try {
      if (reader.matchUrl(url)) return reader;
    } catch {
      // A broken URL test must not stop the others.
    }
  }
  return null;
}

/**
 * Reads a search-engine page, or null when the URL belongs to no engine we know. Never throws.
 *
 * @example readSerp(new URL('https://www.bing.com/search?q=coffee'), document)?.results[0]?.domain
 */
export function readSerp(url: URL, doc: Document): SerpReading | null {
  const reader = readerFor(url);
  if (!reader) return null;
  try {
    return reader.read(url, doc);
  } catch {
    return { engine: reader.id, query: null, isResultPage: false, reason: 'unknown-markup', results: [] };
  }
}
