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
import { MAX_SERP_LINKS, type Candidate, type PageScan } from '../../lib/serp/read.ts';
import { MAX_HREF_CHARS } from '../../lib/serp/url.ts';
import type { SerpUiLang } from '../../lib/serp/strings.ts';
import type { SerpReader } from '../../lib/serp/types.ts';
import { fitBadges, putBadge, takeBadge } from './badges.ts';
import { createSummary, SUMMARY_TAG, type SummaryContent, type SummaryHandle } from './summary.ts';
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
      if (!start?.reply?.on || ctx.isInvalid) return;
      const hints = new PageHints(ctx, start.reader, start.reply.lang);
      ctx.onInvalidated(() => hints.stop());
      hints.update();
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
  // `rawLink` written out: one function less to compile on every search.
  for (let i = 0; i < count; i++) {
    const c = candidates[i]!;
    const href = c.href === undefined ? c.anchor.getAttribute('href') : c.href;
    // Longer hrefs are never results (url.ts), and would not pass the message's limits.
    hrefs.push(href !== null && href.length > MAX_HREF_CHARS ? null : href);
    if (c.displayHost !== undefined) {
      shown ??= new Array<false>(i).fill(false);
      shown.push(c.displayHost === null ? null : c.displayHost.slice(0, 300));
    } else shown?.push(false);
  }
  return { type: 'content:serp', lang, engine: reader.id, page, query, hrefs, ...(shown ? { shown } : {}) };
}

/** True when the only change is our summary being added (badge attributes are not watched). */
function onlyOurs(records: MutationRecord[]): boolean {
  for (const record of records) {
    if (record.type !== 'childList') return false;
    const added = record.addedNodes;
    for (let i = 0; i < added.length; i++) if (added[i]!.nodeName !== SUMMARY_NODE_NAME) return false;
  }
  return true;
}

/**
 * The hints on one page. A class rather than one function of closures: V8 compiles each method
 * when it is first called, so the first reading compiles only what it runs (a function holding
 * every closure was compiled whole, a quarter of a millisecond on every search).
 */
class PageHints {
  // Each badged link, the address it was badged for and the element carrying the badge: a result
  // the page re-renders is a new link, and a link the page reuses for another result (same
  // element, new address) or whose title it replaces is badged again. Only a later reading looks
  // links up, so the first reading's links wait in a list (filling a WeakMap with a hundred
  // links costs the first paint a tenth of a millisecond, and most pages never change).
  private readonly badged = new WeakMap<Element, { href: string | null; target: Element }>();
  private unmapped: Array<[Element, string | null, Element]> = [];
  private readonly badges: Element[] = [];
  private summary: SummaryHandle | null = null;
  private observer: MutationObserver | null = null;
  private watched: Element | null = null;
  private timer: number | undefined;
  private stopped = false;
  private sequence = 0;
  private readonly started = performance.now();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly reader: SerpReader,
    private readonly lang: SerpUiLang,
  ) {}

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const target of this.badges) takeBadge(target);
    this.summary?.remove();
  }

  turnOff(): void {
    this.stop();
    send({ type: 'content:serp-off', engine: this.reader.id }).catch(() => undefined);
  }

  show(content: SummaryContent): void {
    if (this.summary) return this.summary.update(content);
    this.summary = createSummary(document, { engineName: ENGINE_NAMES[this.reader.id], lang: this.lang, onturnoff: () => this.turnOff() }, content);
    (document.body ?? document.documentElement).append(this.summary.host);
  }

  apply(found: readonly Candidate[], hrefs: ReadonlyArray<string | null>, reply: SerpPageReply): void {
    const { badged, badges } = this;
    // A reply names each link once (the background drops repeated addresses), so the first
    // reading has nothing to look up.
    const first = badges.length === 0;
    if (!first) {
      for (const [anchor, href, target] of this.unmapped) badged.set(anchor, { href, target });
      this.unmapped = [];
    }
    const { at, countries, labels } = reply;
    const added = badges.length;
    for (let i = 0; i < at.length; i++) {
      const c = found[at[i]!];
      if (!c) continue;
      const href = hrefs[at[i]!] ?? null;
      const before = first ? undefined : badged.get(c.anchor);
      if (before && before.href === href && before.target.isConnected) continue;
      const target = putBadge(c.anchor, c.titleEl, countries[i] ?? null, labels[i] ?? '');
      badges.push(target);
      if (first) this.unmapped.push([c.anchor, href, target]);
      else badged.set(c.anchor, { href, target });
    }
    this.show(reply);
    // Layout is read only when the page is idle, after it has drawn the badges.
    const fresh = badges.slice(added);
    if (fresh.length) this.ctx.requestIdleCallback(() => timed('fit', () => this.stopped || fitBadges(fresh)), { timeout: 1000 });
  }

  /** Reads the page, sends what it found, and watches for what comes later. */
  update(): void {
    this.timer = undefined;
    if (this.stopped || this.ctx.isInvalid) return;
    try {
      const page = location.href;
      const scan = this.reader.scan(new URL(page), document);
      if (scan.isResultPage && scan.candidates.length) {
        const mine = ++this.sequence;
        const message = pageMessage(this.reader, this.lang, page, scan.query, scan.candidates);
        void send(message)
          .then((reply) => this.received(mine, scan, message.hrefs, reply as SerpPageReply | null))
          .catch(() => undefined);
      } else if (scan.reason === 'unknown-markup' && !this.summary) {
        const waited = performance.now() - this.started;
        if (waited >= UNREADABLE_AFTER_MS) this.show('unreadable');
        else this.timer = this.ctx.setTimeout(() => timed('watch', () => this.update()), UNREADABLE_AFTER_MS - waited);
      }
      if (performance.now() - this.started > GIVE_UP_MS && !this.badges.length) this.observer?.disconnect();
      else this.watch();
    } catch {
      this.stop();
    }
  }

  /** The background's answer to reading number `mine`. */
  received(mine: number, scan: PageScan, hrefs: ReadonlyArray<string | null>, reply: SerpPageReply | null): void {
    // A later reading supersedes this one: only the newest is shown.
    if (mine !== this.sequence || this.stopped || this.ctx.isInvalid) return;
    if (reply) timed('show', () => this.apply(scan.candidates, hrefs, reply));
    else if (scan.unchecked) {
      // The fast native query matched links that are no results (a redesign): read this
      // page the structural way from now on.
      useNativeSelectors(false);
      timed('watch', () => this.update());
    }
  }

  schedule(): void {
    if (this.timer === undefined && !this.stopped) this.timer = this.ctx.setTimeout(() => timed('watch', () => this.update()), DEBOUNCE_MS);
  }

  /** Watches the results container once it exists (the body until then). */
  watch(): void {
    const target = resultsContainer(this.reader.id, document) ?? document.body;
    if (!target || target === this.watched) return;
    this.observer?.disconnect();
    this.observer = new MutationObserver((records) => timed('watch', () => onlyOurs(records) || this.schedule()));
    // Also links given a new address in place (frameworks reuse elements); our own changes are
    // attributes of other names and our summary, so they do not wake it.
    this.observer.observe(target, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
    this.watched = target;
  }
}
