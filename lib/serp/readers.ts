/**
 * The one ordered list of result-page readers. Geo-free on purpose: the result-page content
 * script imports this file (not index.ts), so the page gets the readers without the public
 * suffix list and the country table (hundreds of kB it would parse on every search).
 * tests/unit/serp/registry.test.ts checks that every reader file is listed here, that its example
 * URLs are accepted by it and by no other reader, and that the manifest patterns cover them.
 */
import type { Engine, SerpReader } from './types.ts';
import { google } from './google.ts';
import { bing } from './bing.ts';
import { duckduckgo } from './duckduckgo.ts';
import { yahoo } from './yahoo.ts';
import { yandex } from './yandex.ts';
import { baidu } from './baidu.ts';
import { ecosia } from './ecosia.ts';
import { brave } from './brave.ts';
import { startpage } from './startpage.ts';

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
