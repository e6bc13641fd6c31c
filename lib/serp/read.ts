/**
 * The reading every engine shares: captcha URL → query → home / no-query → results → captcha
 * markers → "no results" or "unknown markup". Each engine file supplies only its selectors and rules as data plus a few
 * small functions (an `EngineSpec`), so the order of decisions is the same everywhere.
 */
import type { Engine, ReadOptions, SerpReader, SerpReading, SerpResult } from './types.ts';
import { bodyText, boxQuery, exists, nativeSelectorsOn, paramQuery } from './dom.ts';
import { displayDomain } from './url.ts';
import { elementText } from './text.ts';
import { resultTarget } from './url.ts';

/** A link that may be an organic result, before unwrapping and filtering. */
export interface Candidate {
  /** The title link. */
  anchor: Element;
  /** The href to follow; defaults to the anchor's `href` attribute. */
  href?: string | null;
  /** Where the title text is; defaults to the anchor. */
  titleEl?: Element | null;
  /**
   * For engines whose links are opaque redirects (Baidu): the host the engine displays for the
   * result. When set, the result keeps the redirect as its URL and takes its domain from here.
   */
  displayHost?: string | null;
}

/** What one engine contributes to the shared reading. */
export interface EngineSpec {
  engine: Engine;
  /** Search boxes holding the query, best first (hidden inputs are skipped). */
  queryBoxes: readonly string[];
  /** URL parameters holding the query, best first. */
  queryParams: readonly string[];
  /** True for a result-page path (as opposed to the engine's home page). */
  isSearchPath(url: URL): boolean;
  /** Captcha or "unusual traffic" interstitial markers (any one is enough). */
  captchaMarkers?: readonly string[];
  /** True when the URL alone says captcha (Google `/sorry/`). */
  isCaptchaUrl?(url: URL): boolean;
  /** The query a captcha page was guarding, when it says. */
  captchaQuery?(url: URL, doc: Document): string | null;
  /**
   * Candidate lists, one per known layout, tried in order: the first list that yields at least
   * one result wins, so an old layout's looser rule cannot add noise to a current page.
   */
  strategies: ReadonlyArray<(doc: Document, url: URL) => Candidate[]>;
  /**
   * Browser-only candidate lists for `scan` (the result-page script), tried before `strategies`
   * when the DOM's own selector engine is in use: one native query for the current layout instead
   * of a few DOM calls per heading. They give no titles (the script never reads titles); when they
   * find nothing, the structural `strategies` decide as everywhere else.
   */
  nativeStrategies?: ReadonlyArray<(doc: Document, url: URL) => Candidate[]>;
  /** True for a target that is the engine's own page (search, ads, images), not a source. */
  isInternal(target: URL): boolean;
  /** Markers of an explicit "no results" page. */
  noResultsMarkers?: readonly string[];
  /** Phrase test on the page text for "no results", when there is no structural marker. */
  noResultsText?: RegExp;
}

/**
 * Most candidate links the result-page script sends to be finished (a 100-result page has a few
 * hundred at most); a page beyond this is not a result list anyone reads.
 */
export const MAX_SERP_LINKS = 2_000;

/** Most results kept from one page (a num=100 page holds ~100; anything far beyond is noise). */
export const MAX_RESULTS = 500;

// Captcha interstitials of the big providers, seen on Google, Bing, DuckDuckGo and Yandex.
const GENERIC_CAPTCHA = ['form#captcha-form', 'iframe[src*="recaptcha/api"]', 'iframe[src*="hcaptcha.com"]', '.g-recaptcha', '.h-captcha', 'form#challenge-form', '#cf-challenge-running'];

/**
 * A candidate as plain data: all that finishing a result needs, without the DOM. The result-page
 * script sends these to the background worker, which finishes them (see `finishLinks`).
 */
export interface RawLink {
  /** The href as written in the page (null when the link has none). */
  href: string | null;
  /** See `Candidate.displayHost`. */
  displayHost?: string | null;
}

/** A finished result as plain data: `index` is its link's place in the list that was finished. */
export interface LinkResult {
  url: string;
  domain: string;
  redirect?: true;
  index: number;
}

/** The candidate's link as plain data. */
export function rawLink(c: Candidate): RawLink {
  const href = c.href === undefined ? c.anchor.getAttribute('href') : c.href;
  return c.displayHost === undefined ? { href } : { href, displayHost: c.displayHost };
}

/** One link made a result (unwrapped, credentials dropped, domain read), or null when it is none. */
function finishLink(spec: EngineSpec, link: RawLink, page: URL): Omit<LinkResult, 'index'> | null {
  const target = resultTarget(link.href, page);
  if (!target) return null;
  // Credentials in a result link are never shown or passed on.
  if (target.username || target.password) {
    target.username = '';
    target.password = '';
  }
  if (link.displayHost !== undefined) return { url: target.href, domain: link.displayHost ? displayDomain(link.displayHost) : '', redirect: true };
  if (spec.isInternal(target)) return null;
  return { url: target.href, domain: displayDomain(target.hostname) };
}

/**
 * Turns links into results: unwrap, drop the engine's own links, de-duplicate by URL, keep at most
 * `MAX_RESULTS`. Pure data in and out, so the background worker can do it for the page.
 */
export function finishLinks(spec: EngineSpec, links: readonly RawLink[], page: URL): LinkResult[] {
  const seen = new Set<string>();
  const out: LinkResult[] = [];
  for (let index = 0; index < links.length && out.length < MAX_RESULTS; index++) {
    const result = finishLink(spec, links[index]!, page);
    if (!result || seen.has(result.url)) continue;
    seen.add(result.url);
    out.push({ ...result, index });
  }
  return out;
}

/**
 * Turns candidates into results (`finishLinks`, plus titles and anchors).
 * Countries stay null here (see `withCountries`): the page-side reader carries no country data.
 */
export function finishResults(spec: EngineSpec, candidates: readonly Candidate[], page: URL, options: ReadOptions = {}): SerpResult[] {
  return finishLinks(spec, candidates.map(rawLink), page).map(({ index, ...link }) => {
    const c = candidates[index]!;
    const title = options.titles === false ? '' : elementText(c.titleEl ?? c.anchor);
    return { url: link.url, title, domain: link.domain, country: null, anchor: c.anchor, ...(link.redirect ? { redirect: true as const } : {}) };
  });
}

/**
 * A page as the result-page script sees it before any link is finished: the reading without its
 * results, plus the candidates of the first layout that yields a result. `readWith` is exactly
 * `finishResults` over these candidates.
 */
export interface PageScan extends Omit<SerpReading, 'results'> {
  /** The winning layout's candidates in page order; empty unless `isResultPage`. */
  candidates: Candidate[];
  /**
   * True when a browser-only native strategy found the candidates and no link was finished to
   * check them: if finishing gives no result, scan again with native strategies off.
   */
  unchecked?: true;
}

function safeQuery(fn: () => string | null): string | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

/**
 * Scans a result page with an engine's spec: query, page kind, and the first layout whose
 * candidates include at least one result. Only that first result is finished here, so the
 * cost of finishing the rest can be paid elsewhere (`finishLinks`). Never throws.
 */
export function scanWith(spec: EngineSpec, url: URL, doc: Document, fast = false, native = fast): PageScan {
  const base = { engine: spec.engine, candidates: [] as Candidate[] };
  try {
    const captcha = () => {
      const query = safeQuery(() => spec.captchaQuery?.(url, doc) ?? null) ?? paramQuery(url, spec.queryParams);
      return { ...base, query, isResultPage: false, reason: 'captcha' as const };
    };
    // The markers are looked for only when no results were found: an interstitial never lists
    // organic results, and one selector pass over a large page is a millisecond in a content script.
    const captchaMarked = () => exists(doc, [...GENERIC_CAPTCHA, ...(spec.captchaMarkers ?? [])]);
    if (spec.isCaptchaUrl?.(url)) return captcha();
    // In the browser (`fast`) the address is read first: it is the search these results answer
    // (the box may hold an edit not yet submitted), and reading it costs no DOM call. Saved pages
    // keep the box first, as their address is often not the one they were saved from.
    const query = fast
      ? (paramQuery(url, spec.queryParams) ?? boxQuery(doc, spec.queryBoxes))
      : (boxQuery(doc, spec.queryBoxes) ?? paramQuery(url, spec.queryParams));
    if (!query) {
      if (captchaMarked()) return captcha();
      return { ...base, query: null, isResultPage: false, reason: spec.isSearchPath(url) ? 'no-query' : 'home' };
    }

    for (const strategy of native && nativeSelectorsOn() && spec.nativeStrategies ? spec.nativeStrategies : []) {
      let candidates: Candidate[] = [];
      try {
        candidates = strategy(doc, url);
      } catch {
        // A selector this browser does not know: the structural strategies follow.
      }
      // Not finished here: the background worker finishes them anyway, and a page whose native
      // candidates give no result is scanned again without them (`unchecked`).
      if (candidates.length) return { ...base, query, isResultPage: true, candidates, unchecked: true };
    }
    for (const strategy of spec.strategies) {
      let candidates: Candidate[];
      try {
        candidates = strategy(doc, url);
      } catch {
        continue;
      }
      // The first result is never a duplicate, so "some candidate finishes" is exactly
      // "finishing gives at least one result".
      if (candidates.some((c) => finishLink(spec, rawLink(c), url) !== null)) return { ...base, query, isResultPage: true, candidates };
    }
    if (captchaMarked()) return captcha();
    const noResults =
      exists(doc, spec.noResultsMarkers ?? []) || (spec.noResultsText ? spec.noResultsText.test(bodyText(doc)) : false);
    return noResults ? { ...base, query, isResultPage: true } : { ...base, query, isResultPage: false, reason: 'unknown-markup' };
  } catch {
    return { ...base, query: null, isResultPage: false, reason: 'unknown-markup' };
  }
}

/** Reads a result page with an engine's spec. Never throws. */
export function readWith(spec: EngineSpec, url: URL, doc: Document, options: ReadOptions = {}): SerpReading {
  const { candidates, ...scan } = scanWith(spec, url, doc);
  try {
    return { ...scan, results: candidates.length ? finishResults(spec, candidates, url, options) : [] };
  } catch {
    return { engine: spec.engine, query: null, isResultPage: false, reason: 'unknown-markup', results: [] };
  }
}

/**
 * The browser's common case, kept apart from `scanWith` so that the result-page script compiles
 * only this much on every search: no captcha address, the query in the address, and a native
 * strategy that finds candidates. Otherwise `scanWith` decides: `tried` when the native
 * strategies already ran here and found nothing (it need not run them again), null when they
 * did not run.
 */
function scanNative(spec: EngineSpec, url: URL, doc: Document): PageScan | 'tried' | null {
  if (!spec.nativeStrategies || !nativeSelectorsOn() || spec.isCaptchaUrl?.(url)) return null;
  const query = paramQuery(url, spec.queryParams);
  if (!query) return null;
  for (const strategy of spec.nativeStrategies) {
    try {
      const candidates = strategy(doc, url);
      if (candidates.length) return { engine: spec.engine, candidates, query, isResultPage: true, unchecked: true };
    } catch {
      // A selector this browser does not know: the structural strategies follow.
    }
  }
  return 'tried';
}

/** A reader's `read`, `scan` and `finish`, all from one spec. */
export function readerParts(spec: EngineSpec): Pick<SerpReader, 'read' | 'scan' | 'finish'> {
  return {
    read: (url, doc, options) => readWith(spec, url, doc, options),
    scan: (url, doc) => {
      let native: PageScan | 'tried' | null = null;
      try {
        native = scanNative(spec, url, doc);
      } catch {
        // An odd address or page: the full scan below never throws.
      }
      if (native && native !== 'tried') return native;
      return scanWith(spec, url, doc, true, native !== 'tried');
    },
    finish: (links, page) => finishLinks(spec, links, page),
  };
}
