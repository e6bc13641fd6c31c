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

/** The badge's left margin, as a custom property page.css reads (6px unless pulled back). */
export const SHIFT_PROP = '--vantage-badge-shift';
// The badge's 28px, its 6px gap after the text and 2px to spare.
const BADGE_ROOM = 36;
// How far up from a title an ancestor that clips it is looked for (Google's is four levels up).
const CLIP_DEPTH = 8;

/**
 * Pulls back over the end of its title each badge that the result box would clip: a title that
 * fills its box (Google cuts long titles to the box's width, "…" included) leaves no room after
 * it. The badge then covers the title's last characters instead of vanishing; nothing moves, as
 * only the out-of-flow badge's own margin changes. Reads layout, so it runs once the page is idle.
 */
export function fitBadges(targets: readonly Element[]): void {
  const range = document.createRange();
  const boxes = new Map<Element, ClipBox>();
  // All reads first, then all writes: a write between two reads would make the browser lay the
  // page out again for the second.
  const shifts: Array<[HTMLElement, number]> = [];
  for (const target of targets) {
    if (!target.isConnected || !target.hasAttribute(BADGE_ATTR)) continue;
    const box = clipBox(target, boxes);
    range.selectNodeContents(target);
    const lines = range.getClientRects();
    const last = lines[lines.length - 1];
    if (!last) continue;
    // A right-to-left title (a Persian result of a site:ir search) ends on the left, and its badge
    // sits left of it: the same room is wanted on that side of the box.
    const over = getComputedStyle(target).direction === 'rtl' ? box.left - (last.left - BADGE_ROOM) : last.right + BADGE_ROOM - box.right;
    if (over > 0) shifts.push([target as HTMLElement, Math.round(6 - over)]);
  }
  for (const [target, shift] of shifts) target.style.setProperty(SHIFT_PROP, `${shift}px`);
}

interface ClipBox {
  left: number;
  right: number;
}

/** The nearest ancestor that clips what overflows it (or the viewport); boxes met before are remembered. */
function clipBox(target: Element, seen: Map<Element, ClipBox>): ClipBox {
  let el = target.parentElement;
  for (let depth = 0; el && depth < CLIP_DEPTH; depth++, el = el.parentElement) {
    const known = seen.get(el);
    if (known) return known;
    const style = getComputedStyle(el);
    if (style.overflowX !== 'visible' || /paint|strict|content/.test(style.contain)) {
      const { left, right } = el.getBoundingClientRect();
      const box = { left, right };
      seen.set(el, box);
      return box;
    }
  }
  return { left: 0, right: document.documentElement.clientWidth };
}

/** Takes a badge away from the element that carries it. */
export function takeBadge(target: Element): void {
  target.removeAttribute(BADGE_ATTR);
  target.removeAttribute(LABEL_ATTR);
  const style = (target as HTMLElement).style;
  if (style?.getPropertyValue(SHIFT_PROP)) {
    style.removeProperty(SHIFT_PROP);
    if (!style.length) target.removeAttribute('style');
  }
}
