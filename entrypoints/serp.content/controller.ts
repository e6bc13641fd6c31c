/**
 * Result-page hints: read the page's links with the engine's reader, ask the background worker
 * for countries, labels, diversity and hints (it holds the country table and name index, so this
 * page's script stays small and fast), then put a badge beside each result and keep one summary
 * current as results arrive. Nothing about the search is stored; any failure is swallowed so the
 * page never sees an error from us.
 */
import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import type { SerpStartReply, SerpToBackground } from '../../lib/messages.ts';
import { readerFor, ENGINE_NAMES } from '../../lib/serp/readers.ts';
import { resultsContainer } from '../../lib/serp/containers.ts';
import { useNativeSelectors } from '../../lib/serp/dom.ts';
import type { SerpUiLang } from '../../lib/serp/strings.ts';
import type { SerpReader, SerpReading, SerpResult } from '../../lib/serp/types.ts';
import type { SerpView } from '../../lib/serp/view.ts';
import { badgeMaker, BADGE_TAG } from './badges.ts';
import { createSummary, type SummaryHandle } from './summary.ts';

const DEBOUNCE_MS = 250;
/** A page still unread after this long gets the "could not read" summary (script-rendered engines need a moment). */
const UNREADABLE_AFTER_MS = 4_000;
/** Stop watching for a first result list after this long. */
const GIVE_UP_MS = 15_000;

const send = (message: SerpToBackground): Promise<unknown> => browser.runtime.sendMessage(message);

export async function startSerpHints(ctx: ContentScriptContext): Promise<void> {
  try {
    const reader = readerFor(new URL(location.href));
    if (!reader) return;
    useNativeSelectors(true);
    const start = (await send({ type: 'content:serp-start', engine: reader.id })) as SerpStartReply | null;
    if (!start?.on || ctx.isInvalid) return;
    run(ctx, reader, start.lang);
  } catch {
    // Background unreachable or the page odd: no hints rather than an error in the page console.
  }
}

/** Only what the background needs: no titles, no snippets. */
function wire(reading: SerpReading): Extract<SerpToBackground, { type: 'content:serp' }>['reading'] {
  return {
    engine: reading.engine,
    query: reading.query,
    isResultPage: reading.isResultPage,
    results: reading.results.map((r) => (r.redirect ? { url: r.url, domain: r.domain, redirect: true as const } : { url: r.url, domain: r.domain })),
  };
}

function run(ctx: ContentScriptContext, reader: SerpReader, lang: SerpUiLang): void {
  // Anchor → its badge host; a page that re-renders a result loses the host, which is then re-added.
  const badged = new WeakMap<Element, Element>();
  const hosts: Element[] = [];
  const makeBadge = badgeMaker(document);
  let summary: SummaryHandle | null = null;
  let observer: MutationObserver | null = null;
  let watched: Element | null = null;
  let timer: number | undefined;
  let stopped = false;
  let sequence = 0;
  const started = performance.now();

  const stop = () => {
    stopped = true;
    observer?.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    for (const host of hosts) host.remove();
    summary?.remove();
  };

  const turnOff = () => {
    stop();
    send({ type: 'content:serp-off', engine: reader.id }).catch(() => undefined);
  };

  const show = (content: Parameters<SummaryHandle['update']>[0]) => {
    if (summary) return summary.update(content);
    summary = createSummary(document, { engineName: ENGINE_NAMES[reader.id], lang, onturnoff: turnOff }, content);
    (document.body ?? document.documentElement).append(summary.host);
  };

  const apply = (results: SerpResult[], view: SerpView) => {
    const t0 = performance.now();
    results.forEach((result, i) => {
      const anchor = result.anchor;
      if (!anchor || !anchor.isConnected || badged.get(anchor)?.isConnected) return;
      const host = makeBadge(anchor, view.countries[i] ?? null, view.labels[i] ?? '');
      if (!host) return;
      badged.set(anchor, host);
      hosts.push(host);
    });
    show(view);
    // Read by `npm run bench`: main-thread cost of badges and the summary.
    performance.measure('vantage:serp', { start: t0 });
  };

  const update = () => {
    timer = undefined;
    if (stopped || ctx.isInvalid) return;
    const t0 = performance.now();
    try {
      const reading = reader.read(new URL(location.href), document, { titles: false });
      if (reading.isResultPage && reading.results.length) {
        const mine = ++sequence;
        void send({ type: 'content:serp', lang, reading: wire(reading) })
          .then((view) => {
            // A later reading supersedes this one: only the newest is shown.
            if (view && mine === sequence && !stopped && !ctx.isInvalid) apply(reading.results, view as SerpView);
          })
          .catch(() => undefined);
      } else if (reading.reason === 'unknown-markup' && !summary) {
        const waited = performance.now() - started;
        if (waited >= UNREADABLE_AFTER_MS) show('unreadable');
        else timer = ctx.setTimeout(update, UNREADABLE_AFTER_MS - waited);
      }
      if (performance.now() - started > GIVE_UP_MS && !hosts.length) observer?.disconnect();
      else watch();
    } catch {
      stop();
    }
    // Read by `npm run bench`: main-thread cost of reading the page.
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
