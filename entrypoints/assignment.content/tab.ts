/**
 * The collapsed tab and the panel frame, in one shadow root on the page. Plain DOM, not Svelte:
 * this is in the content script's first bundle, which has a 30 kB budget; the panel (Svelte) is an
 * extension page loaded into an iframe only when the person opens it.
 */
import { applyStyles } from '../../components/dom/styles.ts';

const CSS = `
:host { all: initial; }
.tab { position: fixed; right: 0; z-index: 2147483646; display: flex; flex-direction: column; align-items: center;
  gap: 2px; min-width: 40px; padding: 8px 6px; border: 1px solid #1e3a8a; border-right: none; border-radius: 8px 0 0 8px;
  background: #1e40af; color: #fff; font: 600 13px/1.2 system-ui, sans-serif; cursor: pointer; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
.tab:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.tab small { font-weight: 400; font-size: 10px; letter-spacing: .02em; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.frame { position: fixed; top: 8px; right: 8px; height: calc(100vh - 16px); width: min(420px, calc(100vw - 16px)); z-index: 2147483647;
  border: 1px solid #94a3b8; border-radius: 10px; background: #fff; box-shadow: 0 8px 28px rgba(0,0,0,.28); }
  .flash { position: fixed; z-index: 2147483645; pointer-events: none; border: 3px solid #f59e0b; border-radius: 4px;
  background: rgba(245,158,11,.18); transition: opacity .6s; }
`;

/** Vertical positions to try, as fractions of the viewport height; the first that covers no control wins. */
const SLOTS = [0.45, 0.6, 0.3, 0.75, 0.15, 0.88];
const TAB_HEIGHT = 56;
const INTERACTIVE = 'a,button,input,select,textarea,summary,label,[role=button],[role=link],[role=tab],[role=menuitem],[tabindex],[onclick],[contenteditable=""],[contenteditable=true]';

export interface OverlayView {
  host: HTMLElement;
  setTab(text: string, sub: string, label: string): void;
  openPanel(src: string, title: string): void;
  closePanel(): void;
  isOpen(): boolean;
  /** Draws a short-lived frame around a part of the page (the evidence the person asked to see). */
  flash(rect: DOMRect): void;
  remove(): void;
}

/** Creates the host element (once) and its tab. `onOpen` runs when the person opens the panel. */
export function createOverlayView(doc: Document, onOpen: () => void): OverlayView {
  const host = doc.createElement('vantage-overlay');
  // The host takes no space: every child is position: fixed, so the LMS's layout never shifts.
  host.style.cssText = 'position:absolute;width:0;height:0;overflow:visible;';
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow, doc, CSS);
  const tab = doc.createElement('button');
  tab.type = 'button';
  tab.className = 'tab';
  tab.setAttribute('aria-expanded', 'false');
  tab.setAttribute('aria-haspopup', 'dialog');
  const big = doc.createElement('span');
  const small = doc.createElement('small');
  // The spoken name extends the visible text rather than replacing it (WCAG 2.5.3).
  const spoken = doc.createElement('span');
  spoken.className = 'sr';
  tab.append(big, small, spoken);
  tab.addEventListener('click', () => (frame ? view.closePanel() : onOpen()));
  shadow.append(tab);
  // Placed before it is attached, so the tab never appears in one spot and then moves.
  placeTab(doc, tab, host);
  doc.documentElement.append(host);

  let frame: HTMLIFrameElement | null = null;
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && frame) view.closePanel();
  };
  const view: OverlayView = {
    host,
    setTab(text, sub, label) {
      big.textContent = text;
      small.textContent = sub;
      spoken.textContent = ` — ${label}`;
      tab.title = label;
    },
    openPanel(src, title) {
      if (frame) return;
      frame = doc.createElement('iframe');
      frame.className = 'frame';
      frame.title = title;
      frame.src = src;
      shadow.append(frame);
      tab.setAttribute('aria-expanded', 'true');
      doc.addEventListener('keydown', onKey, true);
      frame.addEventListener('load', () => frame?.focus(), { once: true });
    },
    closePanel() {
      if (!frame) return;
      frame.remove();
      frame = null;
      tab.setAttribute('aria-expanded', 'false');
      doc.removeEventListener('keydown', onKey, true);
      tab.focus();
    },
    isOpen: () => frame !== null,
    flash(rect) {
      const box = doc.createElement('div');
      box.className = 'flash';
      box.style.cssText = `top:${rect.top - 4}px;left:${rect.left - 4}px;width:${rect.width + 8}px;height:${rect.height + 8}px`;
      shadow.append(box);
      setTimeout(() => (box.style.opacity = '0'), 1600);
      setTimeout(() => box.remove(), 2400);
    },
    remove() {
      doc.removeEventListener('keydown', onKey, true);
      host.remove();
    },
  };
  return view;
}

/**
 * Puts the tab at the first slot on the right edge where nothing the LMS made clickable lies
 * underneath, so it never covers the LMS's own controls.
 */
function placeTab(doc: Document, tab: HTMLElement, host: HTMLElement) {
  const view = doc.defaultView;
  const height = view?.innerHeight ?? 800;
  const width = view?.innerWidth ?? 1200;
  let chosen = SLOTS[0]!;
  for (const slot of SLOTS) {
    const top = Math.round(height * slot - TAB_HEIGHT / 2);
    const probes: [number, number][] = [
      [width - 4, top + 2],
      [width - 40, top + 2],
      [width - 4, top + TAB_HEIGHT - 2],
      [width - 40, top + TAB_HEIGHT - 2],
      [width - 22, top + TAB_HEIGHT / 2],
    ];
    const covered = probes.some(([x, y]) =>
      doc.elementsFromPoint(x, y).some((el) => el !== host && !host.contains(el) && el.closest(INTERACTIVE) !== null),
    );
    if (!covered) {
      chosen = slot;
      break;
    }
  }
  tab.style.top = `${Math.round(height * chosen - TAB_HEIGHT / 2)}px`;
}
