/**
 * Result-page hints: find the page's candidate result links with the engine's reader, send them
 * as written to the background worker (it finishes them into results and holds the country
 * table and name index, so this page's script stays small and fast), then put a badge beside each
 * result and keep one summary current as results arrive. Nothing about the search is stored; any
 * failure is swallowed so the page never sees an error from us.
 *
 * Every piece of work this script does on the page's main thread, from its first line to the
 * last badge, runs inside `timed`: in the bench build it is recorded as a `vantage:serp` measure
 * (shipped builds record nothing the page could read; components/dom/measure.ts).
 */
import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import type { SerpPageReply, SerpStartReply, SerpToBackground } from '../../lib/messages.ts';
import { readerFor, ENGINE_NAMES } from '../../lib/serp/readers.ts';
import { resultsContainer } from '../../lib/serp/containers.ts';
import { useNativeSelectors } from '../../lib/serp/dom.ts';
import { MAX_SERP_LINKS, rawLink, type Candidate } from '../../lib/serp/read.ts';
import { MAX_HREF_CHARS } from '../../lib/serp/url.ts';
import type { SerpUiLang } from '../../lib/serp/strings.ts';
import type { SerpReader } from '../../lib/serp/types.ts';
import { putBadge, takeBadge } from './badges.ts';
import { createSummary, SUMMARY_TAG, type SummaryHandle } from './summary.ts';
import { timed } from './clock.ts';

const DEBOUNCE_MS = 250;
/** A page still unread after this long gets the "could not read" summary (script-rendered engines need a moment). */
const UNREADABLE_AFTER_MS = 4_000;
/** Stop watching for a first result list after this long. */
const GIVE_UP_MS = 15_000;
const SUMMARY_NODE_NAME = SUMMARY_TAG.toUpperCase();

type PageMessage = Extract<SerpToBackground, { type: 'content:serp' }>;

const send = (message: SerpToBackground): Promise<unknown> => browser.runtime.sendMessage(message);

/**
 * Starts the hints on this page. `scriptStart` is when the bundle began to run: the start-up
 * measure begins there.
 */
export async function startSerpHints(ctx: ContentScriptContext, scriptStart: number): Promise<void> {
  try {
    const asked = timed('start', () => {
      const reader = readerFor(new URL(location.href));
      if (!reader) return null;
      useNativeSelectors(true);
      return send({ type: 'content:serp-start', engine: reader.id }).then((reply) => ({ reader, reply: reply as SerpStartReply | null }));
    }, scriptStart);
    const start = await asked;
    timed('read', () => {
      if (start?.reply?.on && !ctx.isInvalid) run(ctx, start.reader, start.reply.lang);
    });
  } catch {
    // Background unreachable or the page odd: no hints rather than an error in the page console.
  }
}

/** The candidates as the message carries them: hrefs as written, no titles, no page text. */
export function pageMessage(reader: SerpReader, lang: SerpUiLang, page: string, query: string | null, candidates: readonly Candidate[]): PageMessage {
  const hrefs: Array<string | null> = [];
  let shown: Array<string | null | false> | undefined;
  const count = Math.min(candidates.length, MAX_SERP_LINKS);
  for (let i = 0; i < count; i++) {
    const link = rawLink(candidates[i]!);
    // Longer hrefs are never results (url.ts), and would not pass the message's limits.
    hrefs.push(link.href !== null && link.href.length > MAX_HREF_CHARS ? null : link.href);
    if (link.displayHost !== undefined) {
      shown ??= new Array<false>(i).fill(false);
      shown.push(link.displayHost === null ? null : link.displayHost.slice(0, 300));
    } else shown?.push(false);
  }
  return { type: 'content:serp', lang, engine: reader.id, page, query, hrefs, ...(shown ? { shown } : {}) };
}

function run(ctx: ContentScriptContext, reader: SerpReader, lang: SerpUiLang): void {
  // Each badged link, the address it was badged for and the element carrying the badge: a result
  // the page re-renders is a new link, and a link the page reuses for another result (same
  // element, new address) or whose title it replaces is badged again.
  const badged = new WeakMap<Element, { href: string | null; target: Element }>();
  const badges: Element[] = [];
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
    for (const target of badges) takeBadge(target);
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

  const apply = (found: readonly Candidate[], hrefs: ReadonlyArray<string | null>, reply: SerpPageReply) => {
    reply.at.forEach((at, i) => {
      const c = found[at];
      const href = hrefs[at] ?? null;
      const before = c && badged.get(c.anchor);
      if (!c || (before && before.href === href && before.target.isConnected)) return;
      const target = putBadge(c.anchor, c.titleEl, reply.countries[i] ?? null, reply.labels[i] ?? '');
      badges.push(target);
      badged.set(c.anchor, { href, target });
    });
    show(reply);
  };

  const update = () => {
    timer = undefined;
    if (stopped || ctx.isInvalid) return;
    try {
      const scan = reader.scan(new URL(location.href), document);
      if (scan.isResultPage && scan.candidates.length) {
        const mine = ++sequence;
        const found = scan.candidates;
        const message = pageMessage(reader, lang, location.href, scan.query, scan.candidates);
        void send(message)
          .then((reply) => {
            // A later reading supersedes this one: only the newest is shown.
            if (mine !== sequence || stopped || ctx.isInvalid) return;
            if (reply) timed('show', () => apply(found, message.hrefs, reply as SerpPageReply));
            else if (scan.unchecked) {
              // The fast native query matched links that are no results (a redesign): read this
              // page the structural way from now on.
              useNativeSelectors(false);
              timed('watch', update);
            }
          })
          .catch(() => undefined);
      } else if (scan.reason === 'unknown-markup' && !summary) {
        const waited = performance.now() - started;
        if (waited >= UNREADABLE_AFTER_MS) show('unreadable');
        else timer = ctx.setTimeout(() => timed('watch', update), UNREADABLE_AFTER_MS - waited);
      }
      if (performance.now() - started > GIVE_UP_MS && !badges.length) observer?.disconnect();
      else watch();
    } catch {
      stop();
    }
  };

  const schedule = () => {
    if (timer === undefined && !stopped) timer = ctx.setTimeout(() => timed('watch', update), DEBOUNCE_MS);
  };

  /** True when the only change is our summary being added (badge attributes are not watched). */
  const onlyOurs = (records: MutationRecord[]) => {
    for (const record of records) {
      if (record.type !== 'childList') return false;
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) if (added[i]!.nodeName !== SUMMARY_NODE_NAME) return false;
    }
    return true;
  };

  /** Watches the results container once it exists (the body until then). */
  const watch = () => {
    const target = resultsContainer(reader.id, document) ?? document.body;
    if (!target || target === watched) return;
    observer?.disconnect();
    observer = new MutationObserver((records) => timed('watch', () => onlyOurs(records) || schedule()));
    // Also links given a new address in place (frameworks reuse elements); our own changes are
    // attributes of other names and our summary, so they do not wake it.
    observer.observe(target, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
    watched = target;
  };

  ctx.onInvalidated(stop);
  update();
}
