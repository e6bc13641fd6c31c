/**
 * Google: desktop 2019–2025 (`a > h3` inside `#rso`), ≈2015 (`h3.r > a`), mobile 2023
 * (`a` around `div[role=heading]`), the no-JS page of 2023 (`/url?q=` links around `h3`) and the
 * basic page of 2024–2025 (`/url?` links around a title `span`, no heading).
 * Class names change every few months, so results are found by structure: a heading tied to a
 * link, minus known non-organic containers (research: lms-and-serp-dom.md §8).
 *
 * Test URLs: https://www.google.com/search?q=coffee
 *            https://www.google.co.uk/search?q=iran+hostage+crisis&hl=en
 *            https://www.google.com/sorry/index?continue=https://www.google.com/search%3Fq%3Dcoffee&q=EgQ
 */
import type { SerpReader } from './types.ts';
import { all, ancestorTag, insideExcluded, type Exclusion } from './dom.ts';
import { readerParts, type Candidate, type EngineSpec } from './read.ts';
import { isGoogleSearchHost } from './google-domains.ts';
import { httpUrl } from './url.ts';
import { cleanText } from './text.ts';

// Non-organic containers. Ads: #tads/#tadsb (top), #bottomads, .uEierd, [data-text-ad];
// "People also ask": .related-question-pair; shopping units. The featured snippet
// (block-component / #Odp5De) counts as a result and is deliberately not listed.
const NOT_ORGANIC = {
  ids: ['tads', 'tadsb', 'bottomads', 'tvcap'],
  classes: ['uEierd', 'related-question-pair', 'commercial-unit-desktop-top', 'commercial-unit-desktop-rhs', 'cu-container'],
  attrs: ['data-text-ad'],
} as const satisfies Exclusion;

/** `items` each wrapped in `before`/`after`, joined with commas (a selector list, as a type). */
type SelectorList<Items extends readonly string[], Before extends string, After extends string = ''> = Items extends readonly [
  infer First extends string,
  ...infer Rest extends readonly string[],
]
  ? Rest extends readonly []
    ? `${Before}${First}${After}`
    : `${Before}${First}${After},${SelectorList<Rest, Before, After>}`
  : never;

/**
 * The headings inside `NOT_ORGANIC`, written out as one selector (what `exclusionSelector` gives,
 * inside `:is()`): building it at run time cost the result-page script a few tenths of a
 * millisecond on every search. The type makes the compiler check it against `NOT_ORGANIC`.
 */
const NOT_ORGANIC_HEADINGS: `:is(${SelectorList<typeof NOT_ORGANIC.ids, '#'>},${SelectorList<typeof NOT_ORGANIC.classes, '.'>},${SelectorList<typeof NOT_ORGANIC.attrs, '[', ']'>}) h3` =
  ':is(#tads,#tadsb,#bottomads,#tvcap,.uEierd,.related-question-pair,.commercial-unit-desktop-top,.commercial-unit-desktop-rhs,.cu-container,[data-text-ad]) h3';

/**
 * Browser only: the current desktop layout (each result link holds its `h3`). Two native queries,
 * every heading and the headings inside non-organic containers, then one `closest` per heading
 * for its link: about as fast as one query with a complex `:not()`, which happy-dom (the DOM of
 * the component tests) gets wrong. Linkedom's selector engine is slower than walking the page by
 * hand, so the command line keeps `headingLinks`; split.test checks the two agree on every saved
 * page.
 */
function nativeHeadingLinks(doc: Document): Candidate[] {
  const excluded = doc.querySelectorAll(NOT_ORGANIC_HEADINGS);
  // Most pages have no heading inside an ad or a "People also ask" box: no set to build.
  const skip = excluded.length ? new Set(excluded) : null;
  const headings = doc.querySelectorAll('h3');
  const out: Candidate[] = [];
  for (let i = 0; i < headings.length; i++) {
    const h3 = headings[i]!;
    if (skip?.has(h3)) continue;
    const anchor = h3.closest('a');
    if (anchor) out.push({ anchor, titleEl: h3 });
  }
  return out;
}

const MOBILE_NOT_ORGANIC: Exclusion = { classes: ['related-question-pair'] };

// Google's own pages reached from the result list: other searches, ads, image viewers.
const INTERNAL_PATHS = /^\/(search|url|aclk|imgres|sorry)(\/|$)/;

/** Desktop 2019+ and no-JS: the link holds the `h3` (what `nativeHeadingLinks` finds in a browser). */
function headingLinks(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const h3 of all(doc, 'h3')) {
    const anchor = ancestorTag(h3, 'a', 6);
    if (!anchor || insideExcluded(anchor, NOT_ORGANIC)) continue;
    out.push({ anchor, titleEl: h3 });
  }
  return out;
}

/**
 * ≈2015 (`h3.r > a`): the link inside the heading. A layout of its own, tried only when no link
 * holds a heading: on 2024+ pages a result's sitelinks are `h3`s around their links (a table
 * under the first result, "Web result with site links"), and they are parts of that one result,
 * not results of their own.
 */
function linksInHeadings(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const h3 of all(doc, 'h3')) {
    const anchor = all(h3, 'a[href]')[0];
    if (!anchor || insideExcluded(anchor, NOT_ORGANIC)) continue;
    out.push({ anchor, titleEl: h3 });
  }
  return out;
}

/**
 * Mobile 2023: the link wraps a `div[role=heading]` instead of an `h3`. The shared expectations
 * (fixtures/serp/expected.json, google-mobile-*-paris) count the two text ads at the top of the
 * mobile page as results, so this layout keeps them; only "People also ask" is dropped.
 */
function roleHeadingLinks(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const heading of all(doc, 'div[role="heading"]')) {
    const anchor = ancestorTag(heading, 'a', 8);
    if (!anchor || insideExcluded(anchor, MOBILE_NOT_ORGANIC)) continue;
    out.push({ anchor, titleEl: heading });
  }
  return out;
}

/** The basic page's result link: Google's own redirect, relative (`/url?…&url=<target>` or `q=`). */
const BASIC_RESULT_LINK = 'a[href^="/url?"]';

/**
 * The basic page served to browsers without JavaScript, 2024–2025: no `h3` at all; each result is
 * one `/url?` redirect link holding a title `span` and a breadcrumb `span`. The page's other
 * redirect links ("Learn more" about location, "Sign in") hold bare text, so a link with an
 * element inside is a result; its first element is the title.
 */
function basicRedirectLinks(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const anchor of all(doc, BASIC_RESULT_LINK)) {
    const titleEl = firstElementChild(anchor);
    if (!titleEl || insideExcluded(anchor, NOT_ORGANIC)) continue;
    out.push({ anchor, titleEl });
  }
  return out;
}

function firstElementChild(el: Element): Element | null {
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.nodeType === 1) return nodes[i] as Element;
  return null;
}

/** The query a `/sorry/` page guards: its `continue` field or its title (both hold the search URL). */
function captchaQuery(url: URL, doc: Document): string | null {
  const sources = [
    ...all(doc, 'input[name="continue"]').map((i) => i.getAttribute('value')),
    url.searchParams.get('continue'),
    doc.title,
  ];
  for (const source of sources) {
    const u = httpUrl(source ?? '');
    const q = u ? cleanText(u.searchParams.get('q') ?? '') : '';
    if (q) return q;
  }
  return null;
}

const spec: EngineSpec = {
  engine: 'google',
  queryBoxes: ['textarea[name="q"]', 'input[name="q"]'],
  queryParams: ['q'],
  isSearchPath: (url) => url.pathname === '/search',
  isCaptchaUrl: (url) => url.pathname.startsWith('/sorry/'),
  captchaQuery,
  strategies: [headingLinks, linksInHeadings, roleHeadingLinks, basicRedirectLinks],
  nativeStrategies: [nativeHeadingLinks],
  isInternal: (target) =>
    (isGoogleSearchHost(target.hostname) && INTERNAL_PATHS.test(target.pathname)) || /(^|\.)googleadservices\.com$/.test(target.hostname),
  // Desktop: the "did not match any documents" card sits in #topstuff; the phrase covers other layouts.
  noResultsMarkers: ['#topstuff .card-section', '#topstuff .mnr-c'],
  noResultsText: /did not match any documents|no ha obtenido ningún resultado|ne correspond à aucun document|ergab keine Treffer/i,
};

/** The Google reader. */
export const google: SerpReader = {
  id: 'google',
  name: 'Google',
  exampleUrls: [
    'https://www.google.com/search?q=coffee&oq=coffee&sourceid=chrome&ie=UTF-8',
    'https://www.google.co.uk/search?q=iran+hostage+crisis&hl=en',
    'https://www.google.com/search?q=things+to+do+in+paris&num=100',
    'https://www.google.de/search?q=goo&hl=de',
    'https://www.google.com/sorry/index?continue=https://www.google.com/search%3Fq%3D.com%2Bdomains&q=EgQS10AMGKnxovwF',
  ],
  // The home page ('/', '/webhp') is accepted so that it reads as `reason: 'home'`.
  matchUrl: (url) =>
    isGoogleSearchHost(url.hostname) && (url.pathname === '/search' || url.pathname.startsWith('/sorry/') || url.pathname === '/' || url.pathname === '/webhp'),
  ...readerParts(spec),
};
