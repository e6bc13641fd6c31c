/** Shapes the search designer returns; other parts (audit, overlay, popup, CLI) code against them. */

/** Interface language of the texts the designer writes. */
export type UiLang = 'en' | 'es';

/** A country whose sources a search should reach, and why it was chosen. */
export interface Perspective {
  /** ISO 3166-1 alpha-2 code, e.g. 'IR'. */
  country: string;
  /** Country name in the requested language. */
  name: string;
  /** One short sentence: "named in the topic: 'Iranian'", "you added it". */
  reason: string;
  /**
   * `topic`: the topic names the country ("Iranian", or "Iran" inside "Iran hostage crisis");
   * `place`: a side of a place or conflict the topic names, not itself named ("Falklands War" →
   * AR, GB); `picked`: the person added it; `default`: a starting point when there is none.
   */
  source: 'topic' | 'place' | 'picked' | 'default';
}

/** The result of `perspectivesFor`. */
export interface PerspectivesResult {
  perspectives: Perspective[];
  /** Things the person should know (unknown country, no country named…), in the requested language. */
  messages: string[];
}

/** Engine links for one design. */
export interface EngineLinks {
  google: string;
  bing: string;
  duckduckgo: string;
}

/** What a design restricts. */
export type DesignKind = 'cctld' | 'academic' | 'government' | 'news' | 'combined' | 'country-restrict' | 'terms';

/** One ready search: the query to type, links that run it, and why it helps. */
export interface SearchDesign {
  /** Stable within one result (`academic-ir`, `combined-ir-iq`, `terms-ir-fa-0`). */
  id: string;
  kind: DesignKind;
  /** ISO codes the design reaches. */
  countries: string[];
  /** The query as a person would type it (`site:ac.ir Iranian hostage crisis`). */
  query: string;
  engines: EngineLinks;
  /** One plain sentence for a 12-year-old: why this search finds other voices. */
  why: string;
  /** One plain sentence: what to look for in the results. */
  lookFor: string;
}

/** Options of `designSearches`. */
export interface DesignOptions {
  /** Add Google `cr=countryXX` designs (a restriction the engine may loosen). Default false. */
  includeCountryRestrict?: boolean;
  /** Language of `why`, `lookFor` and messages. Default 'en'. */
  lang?: UiLang;
  /** The other side's words by language (`{ fa: ['تسخیر لانه جاسوسی'] }`), e.g. from `lookupTerms`. */
  terms?: Record<string, string[]>;
  /**
   * Add each side's own words for the places and conflicts the topic names, from the offline
   * table in places.ts ("Falklands War" → `site:edu.ar "Guerra de Malvinas"`). Default true.
   */
  knownTerms?: boolean;
}

/** The result of `designSearches`. */
export interface DesignsResult {
  designs: SearchDesign[];
  messages: string[];
}

/** A cleaned topic, or why there is none. */
export type TopicResult =
  | { ok: true; topic: string; truncated: boolean }
  | { ok: false; topic: ''; message: string };
