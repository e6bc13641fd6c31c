/**
 * The assignment overlay's controller: detect → audit → tab, kept to exactly one overlay that
 * follows single-page navigation, and the content end of the panel's messages.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import type { AuditResult } from '../../lib/audit.ts';
import { detect, unreadAssignmentPlatform } from '../../lib/lms/index.ts';
import { readGeneric, readSelection } from '../../lib/lms/generic.ts';
import type { Assignment } from '../../lib/lms/types.ts';
import { findPhrase } from '../../lib/overlay/locate.ts';
import { findHandouts, MAX_AUDITED_TEXT, MAX_HANDOUT_TEXT, withHandoutText, type HandoutLink } from '../../lib/lms/handouts.ts';
import { fetchInPage, MAX_FETCHED_DOCUMENT_BYTES } from '../../lib/browser/fetch-document.ts';
import type { OverlayState, PanelToContent } from '../../lib/messages.ts';
import { createOverlayView, type OverlayView } from './tab.ts';
import { cpuMark, measure } from '../../components/dom/measure.ts';

/** The panel re-runs the full audit on this text; adapters already cap it at 100,000 characters. */
const MAX_TEXT = 100_000;

/** The tab's few words, here rather than lib/i18n.ts, which is too big for this bundle. */
const TAB_TEXT = {
  en: { score: (n: number) => `Vantage: ${n} of 6 questions evident. Open the six questions.`, student: 'Search ideas', pick: 'Vantage: pick the assignment text', panel: 'Vantage — Six Questions' },
  es: { score: (n: number) => `Vantage: ${n} de 6 preguntas evidentes. Abrir las seis preguntas.`, student: 'Ideas de búsqueda', pick: 'Vantage: elige el texto de la tarea', panel: 'Vantage — Seis preguntas' },
};
/** Retries after load or navigation: Classroom and Canvas's React view render after the URL changes. */
const RETRY_MS = [0, 400, 1000, 2000, 4000];
/**
 * After the retries an unread assignment page shows the "?" tab, but a slow one (a Classroom or
 * Brightspace on a school network) may still render its assignment: it is read a few more times,
 * so the "?" becomes the score without the teacher asking. A read costs about a millisecond.
 */
const LATE_MS = [8_000, 15_000, 30_000];

type Found = { assignment: Omit<Assignment, 'platform'> & { platform: Assignment['platform'] | null } };

interface Controller {
  auditPage(): void;
}
declare global {
  var __vantageOverlay: Controller | undefined;
}

export function startOverlay(ctx: ContentScriptContext): void {
  // "Audit this page" injects this file again where it already runs: reuse the one overlay.
  if (globalThis.__vantageOverlay) return;
  const t = navigator.language.toLowerCase().startsWith('es') ? TAB_TEXT.es : TAB_TEXT.en;
  let view: OverlayView | null = null;
  let state: OverlayState | null = null;
  let root: Element | undefined;
  let role: OverlayState['role'] = null;
  let manual = false;
  let generation = 0;
  /** The page's reading now, and the handouts the teacher had read with it (cleared when the page changes). */
  let page: Found | null = null;
  let handoutsRead: (HandoutLink & { text: string })[] = [];

  const render = () => {
    if (!state) {
      view?.remove();
      view = null;
      return;
    }
    view ??= createOverlayView(document, openPanel);
    if (state.status !== 'ready' || !state.audit) view.setTab('?', 'Vantage', t.pick);
    else if (role === 'student') view.setTab('🔎', t.student, t.student);
    else view.setTab(`${state.audit.score}/6`, 'Vantage', t.score(state.audit.score));
  };

  const openPanel = () => {
    view?.openPanel(browser.runtime.getURL('/panel.html'), t.panel);
  };

  /**
   * The analysis runs in the background worker: off the page's main thread, and out of this
   * bundle. Only the assignment's title and text go there, inside the extension.
   */
  const stateFor = async (found: Found | null, unreadOn: Assignment['platform'] | null = null): Promise<OverlayState | null> => {
    if (!found) {
      // An LMS assignment page that no adapter can read (its markup is new to us) gets the tab
      // that offers to pick the text, rather than no Vantage at all.
      return manual || unreadOn ? { status: 'empty', platform: unreadOn, url: location.href, audit: null, canJump: false, role } : null;
    }
    const a = found.assignment;
    if (a.url !== page?.assignment.url || a.description !== page.assignment.description) handoutsRead = [];
    page = found;
    const own = a.description.slice(0, MAX_TEXT);
    const description = withHandoutText(own, handoutsRead).slice(0, MAX_AUDITED_TEXT);
    const input = { platform: a.platform, url: a.url, title: a.title, description, language: a.language };
    const result = (await browser.runtime.sendMessage({ type: 'content:audit', input })) as AuditResult | null;
    if (!result) return { status: 'error', platform: a.platform, url: a.url, audit: null, canJump: false, role };
    root = a.descriptionRoot;
    return {
      ...(handoutsRead.length ? { ownLength: own.length } : {}),
      status: 'ready',
      platform: a.platform,
      url: a.url,
      courseId: a.courseId,
      assignmentId: a.assignmentId,
      audit: result,
      canJump: Boolean(a.descriptionRoot),
      role,
    };
  };

  /** A page the readers do not understand must never see an error from us. */
  const safeDetect = (): Found | null => {
    try {
      return detectNow();
    } catch {
      return null;
    }
  };

  const detectNow = (): Found | null => {
    const url = new URL(location.href);
    const hit = detect(url, document);
    if (hit) return { assignment: hit };
    const generic = manual ? readGeneric(url, document) : null;
    return generic ? { assignment: generic } : null;
  };

  /** Runs detection now and on a few retries, stopping at the first success or on a newer navigation. */
  const refresh = (target?: string) => {
    const mine = ++generation;
    // WXT's watcher reports a navigation before the URL has changed (Navigation API): go by its target.
    const startedOn = target ?? location.href;
    RETRY_MS.forEach((delay, i) =>
      ctx.setTimeout(() => {
        if (mine !== generation || location.href !== startedOn) return;
        // After a single-page navigation the old view can linger for a moment: keep reading until
        // the retries are over, and switch only when the assignment really changed.
        if (i > 0 && state?.status === 'ready' && state.url === startedOn && target === undefined) return;
        const started = performance.now();
        cpuMark('begin');
        const found = safeDetect();
        // Read by `npm run bench`: main-thread cost of detection (the analysis runs in the worker).
        measure('vantage:detect', started);
        cpuMark('end');
        if (!found && i < RETRY_MS.length - 1) {
          // Exactly one overlay, for the current assignment: an old one goes as soon as the page changed.
          if (state && state.url !== startedOn) {
            state = null;
            render();
          }
          return;
        }
        stateFor(found, found ? null : unreadAssignmentPlatform(new URL(startedOn), document)).then(
          (next) => {
            if (mine !== generation) return;
            const changed =
              next?.audit?.title !== state?.audit?.title || next?.url !== state?.url || next?.audit?.description !== state?.audit?.description;
            if (!changed && next?.status === state?.status) return;
            if (changed && view?.isOpen()) view.closePanel();
            state = next;
            const t0 = performance.now();
            cpuMark('begin');
            render();
            measure('vantage:tab', t0);
            cpuMark('end');
          },
          () => {
            state = manual ? { status: 'error', platform: null, url: location.href, audit: null, canJump: false, role } : null;
            render();
          },
        );
      }, delay),
    );
    LATE_MS.forEach((delay) =>
      ctx.setTimeout(() => {
        // Only the "?" tab of this very page, and never under a teacher who is picking the text.
        if (mine !== generation || location.href !== startedOn || state?.status !== 'empty' || view?.isOpen()) return;
        const found = safeDetect();
        if (!found?.assignment.platform) return;
        stateFor(found).then(
          (next) => {
            if (mine !== generation || state?.status !== 'empty' || view?.isOpen() || next?.status !== 'ready') return;
            state = next;
            render();
          },
          () => undefined,
        );
      }, delay),
    );
  };

  const onMessage = (raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !raw || typeof raw !== 'object') return undefined;
    const message = raw as PanelToContent | { type: 'overlay:audit-page' };
    switch (message.type) {
      case 'overlay:get':
        return state?.status === 'empty' ? readAgain() : Promise.resolve(reply());
      case 'overlay:handout':
        return fetchHandout(String(message.url));
      case 'overlay:add-handout':
        return addHandout(String(message.url), String(message.text));
      case 'overlay:jump':
        return Promise.resolve(jump(String(message.text)));
      case 'overlay:close':
        view?.closePanel();
        return Promise.resolve(true);
      case 'overlay:use-selection':
        return useSelection();
      case 'overlay:saved':
        return Promise.resolve(true);
      case 'overlay:audit-page':
        controller.auditPage();
        return Promise.resolve(true);
      default:
        return undefined;
    }
  };

  /** The state as the panel gets it: with the page's handouts, listed now (only the panel needs them). */
  const reply = (): OverlayState | null => {
    if (!state) return null;
    if (state.status !== 'ready') return { ...state, role };
    const handouts = handoutsNow().map((h) => ({ ...h, read: handoutsRead.some((r) => r.url === h.url) }));
    return { ...state, role, ...(handouts.length ? { handouts } : {}) };
  };

  const handoutsNow = (): HandoutLink[] => {
    try {
      return state?.status === 'ready' ? findHandouts(document, location.href, root) : [];
    } catch {
      return [];
    }
  };

  /**
   * The panel asks for one of the files this page lists, on the teacher's click: fetched here, by
   * the page's own origin with the person's session (as the LMS's download link would be). Only an
   * address this script listed itself is fetched, whatever the message says.
   */
  const fetchHandout = async (url: string) => {
    if (!handoutsNow().some((h) => h.url === url)) return { error: 'failed' };
    return fetchInPage(url, MAX_FETCHED_DOCUMENT_BYTES);
  };

  /** The page audited again with a handout's text (read by the panel) after its own. */
  const addHandout = async (url: string, text: string): Promise<OverlayState | null> => {
    const link = handoutsNow().find((h) => h.url === url);
    if (!link || !page || state?.status !== 'ready') return reply();
    if (!handoutsRead.some((h) => h.url === url)) handoutsRead.push({ ...link, text: text.slice(0, MAX_HANDOUT_TEXT) });
    const mine = generation;
    const next = await stateFor(page);
    if (mine === generation && next?.status === 'ready') {
      state = next;
      render();
    }
    return reply();
  };

  const jump = (text: string): boolean => {
    if (!root || !root.isConnected) return false;
    const range = findPhrase(root, text);
    if (!range) return false;
    const target = range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    view?.flash(range.getBoundingClientRect());
    return true;
  };

  /**
   * The panel opened on the "?" tab: a page that rendered after the retries (a slow Classroom)
   * may be readable by now, so it is read once more before the panel offers to pick the text.
   */
  const readAgain = async (): Promise<OverlayState | null> => {
    const found = safeDetect();
    if (found?.assignment.platform) {
      const next = await stateFor(found);
      if (next) {
        state = next;
        render();
      }
    }
    return reply();
  };

  const useSelection = async (): Promise<OverlayState | null> => {
    const text = document.getSelection()?.toString() ?? '';
    const picked = readSelection(text, location.href, document.title);
    if (!picked) return state;
    // Picked on an LMS page whose layout was new to us: the record still says which LMS.
    state = await stateFor({ assignment: { ...picked, platform: state?.platform ?? null } });
    render();
    return reply();
  };

  const controller: Controller = {
    auditPage() {
      manual = true;
      void stateFor(safeDetect()).then((next) => {
        state = next;
        render();
        openPanel();
      });
    },
  };
  globalThis.__vantageOverlay = controller;

  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    view?.remove();
    globalThis.__vantageOverlay = undefined;
  });
  ctx.addEventListener(window, 'wxt:locationchange', (event) => refresh((event as Event & { newUrl?: URL }).newUrl?.href));

  browser.storage.local.get('settings').then(
    (stored) => {
      const r = (stored.settings as { role?: unknown } | undefined)?.role;
      role = r === 'teacher' || r === 'student' || r === 'coach' ? r : null;
      render();
    },
    () => undefined,
  );
  refresh();
}
