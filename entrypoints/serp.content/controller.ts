/**
 * Result-page hints: read the page with the engine's reader, put a country badge beside each
 * result (zero-size hosts: the page's layout never moves), mount one summary in a shadow root,
 * and keep both current as results arrive. Nothing about the search is stored or sent; any
 * failure is swallowed so the page never sees an error from us.
 */
import { mount, unmount } from 'svelte';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import DiversitySummary from '../../components/serp/DiversitySummary.svelte';
import { badgeLabel, badgeText, BADGE_COUNTRY_CSS, BADGE_CSS, BADGE_GENERIC_CSS, type SerpUiLang } from '../../components/serp/strings.ts';
import { getSettings, updateSettings } from '../../lib/browser/settings.ts';
import { uiLang } from '../../lib/i18n.ts';
import { serpHintsOn } from '../../lib/settings.ts';
import { ENGINE_NAMES, readerFor, type SerpReader, type SerpReading, type SerpResult } from '../../lib/serp/index.ts';
import { diversity } from '../../lib/serp/diversity.ts';
import { browser } from 'wxt/browser';
import type { SerpHints } from '../../lib/serp/hints.ts';
import { resultsContainer } from '../../lib/serp/containers.ts';
import { summaryProps, type SummaryProps } from './summary-state.svelte.ts';

const DEBOUNCE_MS = 250;
/** Stop waiting for a first result list after this long (an unrendered or changed page). */
const GIVE_UP_MS = 15_000;
const BADGE_TAG = 'vantage-badge';

export async function startSerpHints(ctx: ContentScriptContext): Promise<void> {
  try {
    const reader = readerFor(new URL(location.href));
    if (!reader) return;
    const settings = await getSettings();
    if (!serpHintsOn(settings, reader.id) || ctx.isInvalid) return;
    const lang: SerpUiLang = settings.uiLanguage === 'auto' ? uiLang(navigator.language) : settings.uiLanguage;
    run(ctx, reader, lang);
  } catch {
    // Settings unreadable or the page odd: no hints rather than an error in the page console.
  }
}

function run(ctx: ContentScriptContext, reader: SerpReader, lang: SerpUiLang): void {
  // Anchor → its badge host; a page that re-renders a result loses the host, which is then re-added.
  const badged = new WeakMap<Element, Element>();
  const hosts: Element[] = [];
  let props: SummaryProps | null = null;
  let ui: Awaited<ReturnType<typeof createShadowRootUi>> | null = null;
  let observer: MutationObserver | null = null;
  let watched: Element | null = null;
  let timer: number | undefined;
  let stopped = false;
  const started = performance.now();

  const stop = () => {
    stopped = true;
    observer?.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    for (const host of hosts) host.remove();
    ui?.remove();
  };

  const turnOff = () => {
    stop();
    updateSettings({ serpHints: { [reader.id]: false } }).catch(() => undefined);
  };

  const badge = (result: SerpResult) => {
    const anchor = result.anchor;
    if (!anchor || badged.get(anchor)?.isConnected || !anchor.isConnected || !anchor.parentNode) return;
    // A zero-size, absolutely positioned host at the link's start: out of flow, so nothing moves.
    const host = document.createElement(BADGE_TAG);
    host.setAttribute('style', 'position:absolute;width:0;height:0;margin:0;padding:0;border:0;overflow:visible;display:block;');
    const shadow = host.attachShadow({ mode: 'closed' });
    const span = document.createElement('span');
    const label = badgeLabel(result.country, lang, result.redirect === true && !result.domain);
    span.setAttribute('role', 'img');
    span.setAttribute('aria-label', label);
    span.title = label;
    span.textContent = badgeText(result.country);
    span.setAttribute('style', `${BADGE_CSS}${result.country ? BADGE_COUNTRY_CSS : BADGE_GENERIC_CSS}position:absolute;right:6px;top:2px;`);
    shadow.append(span);
    anchor.parentNode.insertBefore(host, anchor);
    badged.set(anchor, host);
    hosts.push(host);
  };

  const summarize = async (reading: SerpReading) => {
    const d = diversity(reading.results);
    // Hints need the designer's name index (tens of ms to build): the background worker keeps one
    // for every page, off this page's main thread. Only the query and result domains go there.
    const h = ((await browser.runtime
      .sendMessage({
        type: 'content:hints',
        lang,
        reading: { engine: reading.engine, query: reading.query, isResultPage: reading.isResultPage, results: reading.results.map((r) => ({ url: r.url, title: '', domain: r.domain, country: r.country })) },
      })
      .catch(() => null)) as SerpHints | null) ?? { sentences: [], designs: [] };
    if (stopped) return;
    if (props) {
      props.diversity = d;
      props.hints = h;
      return;
    }
    props = summaryProps({
      engineName: ENGINE_NAMES[reader.id],
      diversity: d,
      hints: h,
      lang,
      expanded: false,
      ontoggle: (open) => {
        if (props) props.expanded = open;
      },
      onturnoff: turnOff,
    });
    const mountedProps = props;
    ui = await createShadowRootUi(ctx, {
      name: 'vantage-serp-summary',
      position: 'overlay',
      alignment: 'bottom-right',
      zIndex: 2147483000,
      anchor: 'body',
      append: 'last',
      onMount: (container) => {
        // Fixed to the viewport corner: the overlay host is 0×0, so the page's layout is untouched.
        container.setAttribute('style', 'position:fixed;right:16px;bottom:16px;z-index:2147483646;margin:0;');
        const t0 = performance.now();
        const app = mount(DiversitySummary, { target: container, props: mountedProps });
        performance.measure('vantage:serp', { start: t0 });
        return app;
      },
      onRemove: (app) => {
        if (app) unmount(app);
      },
    });
    if (!stopped) ui.mount();
  };

  const update = () => {
    timer = undefined;
    if (stopped || ctx.isInvalid) return;
    const t0 = performance.now();
    try {
      const reading = reader.read(new URL(location.href), document);
      if (reading.isResultPage && reading.results.length) {
        for (const result of reading.results) badge(result);
        void summarize(reading).catch(() => undefined);
      } else if (performance.now() - started > GIVE_UP_MS && !props) {
        stop();
        return;
      }
      watch();
    } catch {
      stop();
    }
    // Read by `npm run bench`: main-thread cost of reading, badges and the summary's update.
    performance.measure('vantage:serp', { start: t0 });
  };

  const schedule = () => {
    if (timer === undefined && !stopped) timer = ctx.setTimeout(update, DEBOUNCE_MS);
  };

  /** Watches the results container once it exists (the body until then). */
  const watch = () => {
    const target = resultsContainer(reader.id, document) ?? document.body;
    if (!target || target === watched) return;
    observer?.disconnect();
    observer = new MutationObserver((records) => {
      // Our own badge hosts are mutations too; only the page's own changes matter.
      if (records.every((r) => [...r.addedNodes].every((n) => n.nodeName.toLowerCase() === BADGE_TAG))) return;
      schedule();
    });
    observer.observe(target, { childList: true, subtree: true });
    watched = target;
  };

  ctx.onInvalidated(stop);
  update();
}
