/**
 * Country badges beside result links. Plain light-DOM elements cloned from one finished template
 * per country (styles, text and spoken label already in place): a badge is one clone and one
 * insertion, which keeps a 100-result page inside its few milliseconds. The host is zero-size and absolutely positioned, so it is out
 * of flow and the page's layout never moves; `all: initial` keeps the page's styles off it.
 */
import { BADGE_COUNTRY_CSS, BADGE_CSS, BADGE_GENERIC_CSS, badgeText } from '../../lib/serp/strings.ts';

/** The badge host's tag; the page never uses it, so it is also how we recognise our own nodes. */
export const BADGE_TAG = 'vantage-badge';

const HOST_CSS = 'all:initial;position:absolute;display:block;width:0;height:0;margin:0;padding:0;border:0;overflow:visible;';
const SPAN_POSITION = 'position:absolute;right:6px;top:2px;';

/** Makes badges for one document. */
export function badgeMaker(doc: Document) {
  // Keyed by label: a page has a handful of countries, so a handful of templates.
  const templates = new Map<string, Element>();
  const template = (country: string | null, label: string) => {
    const host = doc.createElement(BADGE_TAG);
    host.setAttribute('style', HOST_CSS);
    const span = doc.createElement('span');
    span.setAttribute('role', 'img');
    span.setAttribute('style', BADGE_CSS + (country ? BADGE_COUNTRY_CSS : BADGE_GENERIC_CSS) + SPAN_POSITION);
    span.setAttribute('aria-label', label);
    span.setAttribute('title', label);
    span.textContent = badgeText(country);
    host.append(span);
    templates.set(`${country ?? ''}\n${label}`, host);
    return host;
  };

  /** A badge for `country` with its spoken `label`, placed just before `anchor`. Returns the host. */
  return (anchor: Element, country: string | null, label: string): Element | null => {
    const parent = anchor.parentNode;
    if (!parent) return null;
    const host = (templates.get(`${country ?? ''}\n${label}`) ?? template(country, label)).cloneNode(true) as Element;
    parent.insertBefore(host, anchor);
    return host;
  };
}
