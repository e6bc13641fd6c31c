/**
 * Result-page reading for callers that want everything at once (command line, background,
 * benchmarks): the geo-free readers of ./readers.ts plus countries, diversity and hints.
 */
import type { SerpReading } from './types.ts';
import { readerFor } from './readers.ts';
import { withCountries } from './country.ts';

export type { Engine, NotReadReason, ReadOptions, SerpReader, SerpReading, SerpResult } from './types.ts';
export { ENGINES } from './types.ts';
export { READERS, ENGINE_NAMES, readerFor } from './readers.ts';
export { withCountries, countryOf } from './country.ts';
export { diversity, INDEX_EXPLAINED, type Diversity } from './diversity.ts';
export { hints, stripSiteOperators, type HintDesign, type SerpHints } from './hints.ts';
export { SERP_MATCHES, SERP_EXAMPLE_URLS } from './hosts.ts';
export { resultsContainer, RESULT_CONTAINERS } from './containers.ts';

/**
 * Reads a search-engine page with each result's country, or null when the URL belongs to no engine we know. Never throws.
 *
 * @example readSerp(new URL('https://www.bing.com/search?q=coffee'), document)?.results[0]?.domain
 */
export function readSerp(url: URL, doc: Document): SerpReading | null {
  const reader = readerFor(url);
  if (!reader) return null;
  try {
    return withCountries(reader.read(url, doc));
  } catch {
    return { engine: reader.id, query: null, isResultPage: false, reason: 'unknown-markup', results: [] };
  }
}
