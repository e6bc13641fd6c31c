import type { LinkResult, PageScan, RawLink } from './read.ts';

/** Search engines whose result pages Vantage reads. The ids are also the keys of `serpHints` settings. */
export const ENGINES = ['google', 'bing', 'duckduckgo', 'yahoo', 'yandex', 'baidu', 'ecosia', 'brave', 'startpage'] as const;
export type Engine = (typeof ENGINES)[number];

/** Why a page is not read as a result page. */
export type NotReadReason = 'home' | 'captcha' | 'no-query' | 'unknown-markup';

/** One organic result, in page order. */
export interface SerpResult {
  /** Absolute target URL, redirect wrappers removed (Baidu: see `redirect`). */
  url: string;
  /** Title as plain text: no markup, bidi controls removed, whitespace collapsed. */
  title: string;
  /** Host name as shown to people: lower case, without a leading `www.` ("es.wikipedia.org"). */
  domain: string;
  /**
   * ISO 3166-1 alpha-2 code of the host's country-code domain, or null for generic domains.
   * A reader's own `read` leaves it null; `readSerp` / `withCountries` fill it in.
   */
  country: string | null;
  /**
   * True when `url` is still the engine's opaque redirect (Baidu `/link?url=`) and `domain` was
   * read from the address the engine displays next to the result.
   */
  redirect?: true;
  /** The result's title link in the live document, for placing a badge. Never serialised. */
  anchor?: Element;
}

/** What a reader makes of one page. */
export interface SerpReading {
  engine: Engine;
  /** The query as the person sees it in the search box (the URL parameter when there is no box). */
  query: string | null;
  /** True when this is a result page whose results (possibly none) were read. */
  isResultPage: boolean;
  /** Set exactly when `isResultPage` is false. */
  reason?: NotReadReason;
  results: SerpResult[];
}

/** What a caller may leave out of a reading. */
export interface ReadOptions {
  /**
   * False: titles stay empty. The result-page script never shows or sends titles, and reading
   * them is a third of its reading time.
   */
  titles?: boolean;
}

/** One reader per engine: one file under lib/serp/, listed once in lib/serp/index.ts. */
export interface SerpReader {
  id: Engine;
  /** Display name ("DuckDuckGo"). */
  name: string;
  /** Real result-page URLs this reader must accept (the registry test checks them). */
  exampleUrls: string[];
  /** Cheap test on the URL alone: true for this engine's result pages (and its captcha page). */
  matchUrl(url: URL): boolean;
  /**
   * Reads the page's links without countries (`withCountries` adds them). Never throws:
   * malformed pages give `isResultPage: false`.
   */
  read(url: URL, doc: Document, options?: ReadOptions): SerpReading;
  /**
   * The page side of `read`, for the result-page script: query, page kind and the raw candidate
   * links (`rawLink`), with only the first result finished. Never throws.
   */
  scan(url: URL, doc: Document): PageScan;
  /**
   * The data side of `read`: candidate links (as `scan` found them, as plain data) to results, in
   * the order and with the URLs and domains `read` gives. For the background worker.
   */
  finish(links: readonly RawLink[], page: URL): LinkResult[];
}
