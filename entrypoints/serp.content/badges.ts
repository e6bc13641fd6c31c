/**
 * Country badges beside result links: one light-DOM element per result, cloned from one finished
 * template per country label (style, text and spoken label in place), so a badge is one clone and
 * one insertion. One element rather than a host around a span: on a 100-result page the browser
 * matches every new element against the engine's large stylesheet, and half the elements is
 * about half that work. The badge is absolutely positioned at its static place, so it is out of
 * flow and the page's layout never moves; negative margins put it just left of the link, and
 * `all: initial` keeps the page's styles off it.
 */
import { BADGE_COUNTRY_CSS, BADGE_CSS, BADGE_GENERIC_CSS, badgeText } from '../../lib/serp/strings.ts';

/** The badge's tag; the page never uses it, so it is also how we recognise our own nodes. */
export const BADGE_TAG = 'vantage-badge';

// After BADGE_CSS (which resets margins): out of flow, 6px left of where the link starts.
const POSITION_CSS = 'position:absolute;display:block;margin:2px 0 0 -34px;';

/** Makes badges for one document. */
export function badgeMaker(doc: Document) {
  // Keyed by label: a page has a handful of countries, so a handful of templates.
  const templates = new Map<string, Element>();
  const template = (country: string | null, label: string) => {
    const badge = doc.createElement(BADGE_TAG);
    badge.setAttribute('role', 'img');
    badge.setAttribute('style', BADGE_CSS + (country ? BADGE_COUNTRY_CSS : BADGE_GENERIC_CSS) + POSITION_CSS);
    badge.setAttribute('aria-label', label);
    badge.setAttribute('title', label);
    badge.textContent = badgeText(country);
    templates.set(`${country ?? ''}\n${label}`, badge);
    return badge;
  };

  /** A badge for `country` with its spoken `label`, placed just before `anchor`. Returns the badge. */
  return (anchor: Element, country: string | null, label: string): Element | null => {
    // `before` inserts without fetching the parent: every DOM call here crosses into the page's world.
    if (!anchor.isConnected) return null;
    const badge = (templates.get(`${country ?? ''}\n${label}`) ?? template(country, label)).cloneNode(true) as Element;
    anchor.before(badge);
    return badge;
  };
}
