/**
 * Country badges at the end of result titles, drawn by the title's own `::after` from two
 * attributes (page.css, which the browser injects from the manifest). No element is added to the
 * page: the script makes two cheap calls per result instead of cloning and inserting an element,
 * and the browser matches no new element against the engine's large stylesheet. At the end of the
 * title the badge is inside the engine's result box, which may clip anything outside it (Google's
 * does, which hid our earlier badges in the left gutter). It is absolutely positioned at its
 * static place, so it is out of flow and the page's layout never moves; its spoken text (the
 * country in words) is the pseudo-element's alternative text, so a screen reader hears it with
 * the result's link.
 */
import { badgeText } from '../../lib/serp/strings.ts';

/** The code shown on the badge ("IR", or a dash for sites with no country). */
export const BADGE_ATTR = 'data-vantage-badge';
/** What the badge says in words ("IR — Iran"). */
export const LABEL_ATTR = 'data-vantage-label';

// A result link that holds its title as a heading (Google, Yandex) is badged on the heading: after
// the link's last child, which is often a block (the address line), the badge would fall below
// the title, where the engine's result box may clip it (Google's clips everything outside it).
const TITLE_IN_LINK = 'h1,h2,h3,h4,[role="heading"]';
// Elements that draw no ::after of their own, or are never shown.
const NO_PSEUDO = /^(img|svg|picture|video|canvas|iframe|input|script|style|template|noscript)$/i;

/**
 * Puts the badge for `country`, spoken as `label`, at the end of a result's title text: on the
 * reader's title element, else the heading inside the link, else the link itself, and from there
 * down a chain of elements whose text is all in one child element (a heading around a div around
 * the text), so the badge sits on the title's own line. Returns the element that carries it.
 */
export function putBadge(anchor: Element, title: Element | null | undefined, country: string | null, label: string): Element {
  let target = title ?? anchor.querySelector(TITLE_IN_LINK) ?? anchor;
  // Only an element whose text is all in its one child element is gone through (white space
  // aside): text beside a child means the title text is here.
  for (
    let child = target.firstElementChild;
    child && child === target.lastElementChild && !NO_PSEUDO.test(child.tagName) && target.textContent?.trim() === child.textContent?.trim();
    child = target.firstElementChild
  ) {
    target = child;
  }
  target.setAttribute(BADGE_ATTR, badgeText(country));
  target.setAttribute(LABEL_ATTR, label);
  return target;
}

/** Takes a badge away from the element that carries it. */
export function takeBadge(target: Element): void {
  target.removeAttribute(BADGE_ATTR);
  target.removeAttribute(LABEL_ATTR);
}
