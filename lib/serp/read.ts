/**
 * The reading every engine shares: captcha URL → query → home / no-query → results → captcha
 * markers → "no results" or "unknown markup". Each engine file supplies only its selectors and rules as data plus a few
 * small functions (an `EngineSpec`), so the order of decisions is the same everywhere.
 */
import type { Engine, ReadOptions, SerpReading, SerpResult } from './types.ts';
import { boxQuery, exists, paramQuery } from './dom.ts';
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
  /** True for a target that is the engine's own page (search, ads, images), not a source. */
  isInternal(target: URL): boolean;
  /** Markers of an explicit "no results" page. */
  noResultsMarkers?: readonly string[];
  /** Phrase test on the page text for "no results", when there is no structural marker. */
  noResultsText?: RegExp;
}

/** Most results kept from one page (a num=100 page holds ~100; anything far beyond is noise). */
export const MAX_RESULTS = 500;

// Captcha interstitials of the big providers, seen on Google, Bing, DuckDuckGo and Yandex.
const GENERIC_CAPTCHA = ['form#captcha-form', 'iframe[src*="recaptcha/api"]', 'iframe[src*="hcaptcha.com"]', '.g-recaptcha', '.h-captcha', 'form#challenge-form', '#cf-challenge-running'];

/**
 * Turns candidates into results: unwrap, drop the engine's own links, de-duplicate by URL.
 * Countries stay null here (see `withCountries`): the page-side reader carries no country data.
 */
export function finishResults(spec: EngineSpec, candidates: readonly Candidate[], page: URL, options: ReadOptions = {}): SerpResult[] {
  const seen = new Set<string>();
  const out: SerpResult[] = [];
  for (const c of candidates) {
    if (out.length >= MAX_RESULTS) break;
    const target = resultTarget(c.href === undefined ? c.anchor.getAttribute('href') : c.href, page);
    if (!target) continue;
    // Credentials in a result link are never shown or passed on.
    if (target.username || target.password) {
      target.username = '';
      target.password = '';
    }
    const key = target.href;
    if (seen.has(key)) continue;
    const result: SerpResult = { url: key, title: options.titles === false ? '' : elementText(c.titleEl ?? c.anchor), domain: '', country: null, anchor: c.anchor };
    if (c.displayHost !== undefined) {
      const host = c.displayHost ? displayDomain(c.displayHost) : '';
      result.domain = host;
      result.redirect = true;
    } else {
      if (spec.isInternal(target)) continue;
      result.domain = displayDomain(target.hostname);
    }
    seen.add(key);
    out.push(result);
  }
  return out;
}

function safeQuery(fn: () => string | null): string | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

/** Reads a result page with an engine's spec. Never throws. */
export function readWith(spec: EngineSpec, url: URL, doc: Document, options: ReadOptions = {}): SerpReading {
  const base = { engine: spec.engine, results: [] as SerpResult[] };
  try {
    const captcha = () => {
      const query = safeQuery(() => spec.captchaQuery?.(url, doc) ?? null) ?? paramQuery(url, spec.queryParams);
      return { ...base, query, isResultPage: false, reason: 'captcha' as const };
    };
    // The markers are looked for only when no results were found: an interstitial never lists
    // organic results, and one selector pass over a large page is a millisecond in a content script.
    const captchaMarked = () => exists(doc, [...GENERIC_CAPTCHA, ...(spec.captchaMarkers ?? [])]);
    if (spec.isCaptchaUrl?.(url)) return captcha();
    const query = boxQuery(doc, spec.queryBoxes) ?? paramQuery(url, spec.queryParams);
    if (!query) {
      if (captchaMarked()) return captcha();
      return { ...base, query: null, isResultPage: false, reason: spec.isSearchPath(url) ? 'no-query' : 'home' };
    }

    for (const strategy of spec.strategies) {
      let candidates: Candidate[];
      try {
        candidates = strategy(doc, url);
      } catch {
        continue;
      }
      const results = finishResults(spec, candidates, url, options);
      if (results.length) return { ...base, query, isResultPage: true, results };
    }
    if (captchaMarked()) return captcha();
    const noResults =
      exists(doc, spec.noResultsMarkers ?? []) || (spec.noResultsText ? spec.noResultsText.test(doc.body?.textContent?.slice(0, 400_000) ?? '') : false);
    return noResults ? { ...base, query, isResultPage: true } : { ...base, query, isResultPage: false, reason: 'unknown-markup' };
  } catch {
    return { ...base, query: null, isResultPage: false, reason: 'unknown-markup' };
  }
}
