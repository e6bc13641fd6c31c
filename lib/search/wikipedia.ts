/**
 * The other side's words, from Wikipedia and Wikidata (opt-in; research: data-sources.md §5).
 *
 * The caller injects `fetch` and so decides whether the network may be used at all; only the
 * topic is sent. Requests, made one after another, at most 2 + 3 per topic:
 *   1. `{src}.wikipedia.org` search for the topic, returning the best article with its
 *      interlanguage links into the target languages and its Wikidata id
 *      (`generator=search` + `prop=langlinks|pageprops`, `redirects=1`, `formatversion=2`);
 *   2. Wikidata `wbgetentities`: labels and aliases in the target languages;
 *   3. per target language with an article (at most 3): that wiki's redirects to it, where
 *      alternative and partisan names live ("تسخیر لانه جاسوسی آمریکا").
 * Steps 2–3 are extras: if they fail, the titles from step 1 are still returned.
 * Every URL carries `origin=*` (anonymous CORS) and every request an `Api-User-Agent` header.
 */
import { z } from 'zod';
import { fold } from '../geo/fold.ts';
import type { UiLang } from './types.ts';

/** Response the injected fetch must provide (a subset of the Fetch API's Response). */
export interface FetchResponseLike {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}
/** The injected fetch (the Fetch API's signature, narrowed to what is used). */
export type FetchLike = (
  url: string,
  init: { method: 'GET'; headers: Record<string, string>; signal: AbortSignal; credentials: 'omit'; redirect: 'follow' },
) => Promise<FetchResponseLike>;

/** Where successful look-ups are kept (a Map works; the extension passes a storage-backed one). */
export interface TermsCache {
  get(key: string): TermsSuccess | undefined | Promise<TermsSuccess | undefined>;
  set(key: string, value: TermsSuccess): unknown;
}

/** Options of `lookupTerms`. */
export interface LookupOptions {
  fetch: FetchLike;
  /** Budget for the whole look-up, in ms. Default 8000. */
  timeoutMs?: number;
  /** Sent as `Api-User-Agent` (Wikimedia etiquette: name/version and a contact). */
  userAgent?: string;
  cache?: TermsCache;
  /** Wikipedia edition the topic is written for. Default 'en'. */
  sourceLang?: string;
  /** Language of failure messages. Default 'en'. */
  lang?: UiLang;
  /** Also read the target wikis' redirects (step 3). Default true. */
  redirects?: boolean;
}

/** A native term for the topic. */
export interface NativeTerm {
  /** Wikipedia language code ('fa'). */
  lang: string;
  text: string;
  /** title = the article's title there; label/alias = Wikidata; redirect = another name that wiki redirects from. */
  source: 'title' | 'label' | 'alias' | 'redirect';
  /** Article URL (titles and redirects). */
  url?: string;
}

/** A successful look-up. */
export interface TermsSuccess {
  ok: true;
  topic: string;
  /** The article the topic was matched to. */
  source: { lang: string; title: string; url: string; wikidataId: string | null };
  /** All terms, titles first, then labels, aliases, redirects. */
  terms: NativeTerm[];
  /** Terms per language, ready for `designSearches(..., { terms })`. */
  byLang: Record<string, string[]>;
  /** Target languages without an article or label. */
  missing: string[];
  /** Network requests made (0 when served from the cache). */
  requests: number;
  cached: boolean;
}

/** Why a look-up failed, with a message the panel can show. */
export interface TermsFailure {
  ok: false;
  reason: 'offline' | 'timeout' | 'not-found' | 'bad-response';
  message: string;
  requests: number;
}

/** Default `Api-User-Agent`. */
export const DEFAULT_USER_AGENT = 'Vantage/0.1.0 (education browser extension; Wikipedia terminology look-up)';
const DEFAULT_TIMEOUT_MS = 8000;
const MAX_TARGET_LANGS = 3;
const MAX_REDIRECTS_PER_LANG = 5;
const MAX_TOPIC_CHARS = 200;
const LANG_RE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

const MESSAGES: Record<UiLang, Record<TermsFailure['reason'], string>> = {
  en: {
    offline: 'Could not reach Wikipedia. Check the internet connection and try again.',
    timeout: 'Wikipedia took too long to answer. Try again in a moment.',
    'not-found': 'Wikipedia has no article for this topic in those languages. Try a shorter or more common name for the topic.',
    'bad-response': 'Wikipedia sent an answer Vantage could not read. Try again later.',
  },
  es: {
    offline: 'No se pudo llegar a Wikipedia. Revisa la conexión a internet y vuelve a intentarlo.',
    timeout: 'Wikipedia tardó demasiado en responder. Vuelve a intentarlo en un momento.',
    'not-found': 'Wikipedia no tiene un artículo sobre este tema en esos idiomas. Prueba con un nombre más corto o más común.',
    'bad-response': 'Wikipedia envió una respuesta que Vantage no pudo leer. Vuelve a intentarlo más tarde.',
  },
};

// ---------- response shapes (both formatversions; data-sources.md §5.4) ----------

const Langlink = z.object({
  lang: z.string(),
  title: z.string().optional(),
  '*': z.string().optional(),
  url: z.string().optional(),
});
const Page = z.object({
  pageid: z.number().optional(),
  ns: z.number().optional(),
  title: z.string(),
  missing: z.union([z.boolean(), z.string()]).optional(),
  invalid: z.union([z.boolean(), z.string()]).optional(),
  fullurl: z.string().optional(),
  index: z.number().optional(),
  langlinks: z.array(Langlink).optional(),
  pageprops: z.object({ wikibase_item: z.string().optional() }).partial().optional(),
  redirects: z.array(z.object({ title: z.string() })).optional(),
});
const QueryResponse = z.object({
  error: z.object({ code: z.string(), info: z.string().optional() }).optional(),
  query: z
    .object({
      pages: z.union([z.array(Page), z.record(z.string(), Page)]).optional(),
    })
    .optional(),
});

/** A page from a MediaWiki `action=query` response, either formatversion. */
export interface ParsedPage {
  title: string;
  missing: boolean;
  url: string | null;
  wikidataId: string | null;
  /** Search rank when the page came from `generator=search` (1 = best). */
  index: number | null;
  langlinks: Array<{ lang: string; title: string; url: string | null }>;
  redirects: string[];
}

/**
 * Reads the pages of a MediaWiki `action=query` response in formatversion 1 (pages keyed by id,
 * links as `{lang, "*"}`) or 2 (pages array, links as `{lang, title}`). Null when the JSON is
 * not such a response; `[]` when it has no pages (e.g. a search with no result).
 */
export function parseQueryPages(json: unknown): ParsedPage[] | null {
  const r = QueryResponse.safeParse(json);
  if (!r.success || r.data.error) return null;
  const pages = r.data.query?.pages;
  if (!pages) return [];
  const list = Array.isArray(pages) ? pages : Object.values(pages);
  return list
    .map((p) => ({
      title: p.title,
      missing: p.missing !== undefined && p.missing !== false,
      url: p.fullurl ?? null,
      wikidataId: p.pageprops?.wikibase_item ?? null,
      index: p.index ?? null,
      langlinks: (p.langlinks ?? [])
        .map((l) => ({ lang: l.lang, title: l.title ?? l['*'] ?? '', url: l.url ?? null }))
        .filter((l) => l.title),
      redirects: (p.redirects ?? []).map((x) => x.title),
    }))
    .sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
}

const WdValue = z.object({ language: z.string(), value: z.string() });
const WdEntity = z.object({
  id: z.string().optional(),
  missing: z.string().optional(),
  labels: z.record(z.string(), WdValue).optional(),
  aliases: z.record(z.string(), z.array(WdValue)).optional(),
  sitelinks: z.record(z.string(), z.object({ site: z.string(), title: z.string(), url: z.string().optional() })).optional(),
});
const WdResponse = z.object({ entities: z.record(z.string(), WdEntity).optional(), error: z.unknown().optional() });

/** Labels and aliases per language from a Wikidata `wbgetentities` response; null if unreadable. */
export function parseWikidataTerms(json: unknown): Record<string, { label: string | null; aliases: string[] }> | null {
  const r = WdResponse.safeParse(json);
  if (!r.success || r.data.error || !r.data.entities) return null;
  const out: Record<string, { label: string | null; aliases: string[] }> = {};
  for (const e of Object.values(r.data.entities)) {
    if (e.missing !== undefined) continue;
    for (const [lang, v] of Object.entries(e.labels ?? {})) out[lang] = { label: v.value, aliases: out[lang]?.aliases ?? [] };
    for (const [lang, vs] of Object.entries(e.aliases ?? {})) out[lang] = { label: out[lang]?.label ?? null, aliases: vs.map((v) => v.value) };
  }
  return out;
}

// Wikidata dbnames whose subdomain differs from `<dbname minus "wiki">` with `_` → `-`.
const DBNAME_SUBDOMAIN: Record<string, string> = { be_x_old: 'be-tarask' };
const NON_WIKIPEDIA = new Set(['commons', 'species', 'meta', 'wikidata', 'mediawiki', 'sources', 'outreach', 'incubator', 'wikimania', 'wikifunctions']);

/**
 * Wikipedia sitelinks of a Wikidata entity as `{ lang, title }` (lang = the wiki's subdomain):
 * keeps only `<code>wiki` sites (drops `enwikiquote`, `commonswiki`…), maps `zh_yuewiki` →
 * `zh-yue`, `be_x_oldwiki` → `be-tarask`.
 */
export function wikipediaSitelinks(json: unknown): Array<{ lang: string; title: string }> | null {
  const r = WdResponse.safeParse(json);
  if (!r.success || !r.data.entities) return null;
  const out: Array<{ lang: string; title: string }> = [];
  for (const e of Object.values(r.data.entities)) {
    for (const [db, link] of Object.entries(e.sitelinks ?? {})) {
      const m = /^([a-z0-9_]+)wiki$/.exec(db);
      if (!m || NON_WIKIPEDIA.has(m[1]!)) continue;
      const code = DBNAME_SUBDOMAIN[m[1]!] ?? m[1]!.replace(/_/g, '-');
      out.push({ lang: code, title: link.title });
    }
  }
  return out;
}

// ---------- URLs ----------

function apiUrl(lang: string, params: Record<string, string>): string {
  const p = new URLSearchParams({ action: 'query', format: 'json', formatversion: '2', origin: '*', ...params });
  return `https://${lang}.wikipedia.org/w/api.php?${p}`;
}

/** Step 1: best article for the topic, with its links into `langs` and its Wikidata id. */
export function searchUrl(topic: string, sourceLang: string, langs: string[]): string {
  return apiUrl(sourceLang, {
    generator: 'search',
    gsrsearch: topic,
    gsrlimit: '1',
    gsrnamespace: '0',
    prop: 'langlinks|pageprops|info',
    inprop: 'url',
    ppprop: 'wikibase_item',
    llprop: 'url',
    // One target language can be filtered by the API; several need all links (max 500).
    ...(langs.length === 1 ? { lllang: langs[0]! } : { lllimit: 'max' }),
    redirects: '1',
  });
}

/** Step 2: Wikidata labels and aliases in `langs`. */
export function wikidataUrl(id: string, langs: string[]): string {
  const p = new URLSearchParams({ action: 'wbgetentities', ids: id, props: 'labels|aliases', languages: langs.join('|'), format: 'json', origin: '*' });
  return `https://www.wikidata.org/w/api.php?${p}`;
}

/** Step 3: other names the target wiki redirects to its article. */
export function redirectsUrl(lang: string, title: string): string {
  return apiUrl(lang, { prop: 'redirects', titles: title, rdnamespace: '0', rdlimit: '50' });
}

function articleUrl(lang: string, title: string): string {
  return `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

// ---------- the look-up ----------

class LookupError extends Error {
  constructor(readonly reason: TermsFailure['reason']) {
    super(reason);
  }
}

/** Cache key: same topic (folded), same source and targets → same answer. */
export function termsCacheKey(topic: string, sourceLang: string, langs: string[]): string {
  return `${sourceLang}|${[...langs].sort().join(',')}|${fold(topic).replace(/\s+/g, ' ').trim()}`;
}

/**
 * Looks up the topic's names in the target languages (Wikipedia language codes, e.g. `['fa']`).
 * Returns native titles with article URLs, Wikidata labels and aliases, and redirects; or a
 * typed failure (`offline`, `timeout`, `not-found`, `bad-response`) with a message in
 * `opts.lang`. Never throws. Successful answers are cached by topic.
 */
export async function lookupTerms(topic: string, langs: string[], opts: LookupOptions): Promise<TermsSuccess | TermsFailure> {
  const ui: UiLang = opts.lang === 'es' ? 'es' : 'en';
  let requests = 0;
  const fail = (reason: TermsFailure['reason']): TermsFailure => ({ ok: false, reason, message: MESSAGES[ui][reason], requests });

  const cleanTopic = typeof topic === 'string' ? topic.replace(/[\p{Cc}\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_TOPIC_CHARS) : '';
  const sourceLang = (opts.sourceLang ?? 'en').toLowerCase();
  const targets = [...new Set((Array.isArray(langs) ? langs : []).map((l) => String(l).toLowerCase()).filter((l) => LANG_RE.test(l) && l !== sourceLang))].slice(0, MAX_TARGET_LANGS);
  if (!cleanTopic || !targets.length || !LANG_RE.test(sourceLang) || typeof opts?.fetch !== 'function') return fail('not-found');

  const key = termsCacheKey(cleanTopic, sourceLang, targets);
  try {
    const hit = await opts.cache?.get(key);
    if (hit && hit.ok) return { ...hit, requests: 0, cached: true };
  } catch {
    // a broken cache is no reason to fail the look-up
  }

  const deadline = Date.now() + Math.max(1, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const headers = { 'Api-User-Agent': opts.userAgent ?? DEFAULT_USER_AGENT };

  const getJson = async (url: string): Promise<unknown> => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new LookupError('timeout');
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new LookupError('timeout'));
      }, remaining);
    });
    requests++;
    try {
      const res = await Promise.race([
        opts.fetch(url, { method: 'GET', headers, signal: controller.signal, credentials: 'omit', redirect: 'follow' }),
        timeout,
      ]);
      if (!res || typeof res.json !== 'function' || !res.ok) throw new LookupError('bad-response');
      return await Promise.race([res.json(), timeout]);
    } catch (e) {
      if (e instanceof LookupError) throw e;
      if (controller.signal.aborted || (e as { name?: string })?.name === 'AbortError' || (e as { name?: string })?.name === 'TimeoutError') throw new LookupError('timeout');
      if (e instanceof SyntaxError) throw new LookupError('bad-response');
      // fetch rejects with a TypeError when there is no network (or CORS refuses).
      throw new LookupError('offline');
    } finally {
      clearTimeout(timer);
    }
  };

  let page: ParsedPage;
  try {
    const pages = parseQueryPages(await getJson(searchUrl(cleanTopic, sourceLang, targets)));
    if (pages === null) return fail('bad-response');
    const found = pages.find((p) => !p.missing);
    if (!found) return fail('not-found');
    page = found;
  } catch (e) {
    return fail(e instanceof LookupError ? e.reason : 'bad-response');
  }

  const terms: NativeTerm[] = [];
  const seen = new Set<string>();
  const addTerm = (t: NativeTerm) => {
    const text = t.text.replace(/\s+/g, ' ').trim();
    const k = `${t.lang}|${fold(text)}`;
    if (!text || text.length > 120 || seen.has(k)) return;
    seen.add(k);
    terms.push({ ...t, text });
  };
  const titles = new Map<string, string>();
  for (const l of page.langlinks) {
    if (!targets.includes(l.lang)) continue;
    titles.set(l.lang, l.title);
    addTerm({ lang: l.lang, text: l.title, source: 'title', url: l.url ?? articleUrl(l.lang, l.title) });
  }

  // Extras: a failure here keeps what we have.
  if (page.wikidataId && /^Q\d+$/.test(page.wikidataId)) {
    try {
      const wd = parseWikidataTerms(await getJson(wikidataUrl(page.wikidataId, targets)));
      for (const lang of targets) {
        const entry = wd?.[lang];
        if (!entry) continue;
        if (entry.label) addTerm({ lang, text: entry.label, source: 'label' });
        for (const a of entry.aliases) addTerm({ lang, text: a, source: 'alias' });
      }
    } catch {
      // keep the titles
    }
  }
  if (opts.redirects !== false) {
    for (const [lang, title] of titles) {
      try {
        const pages = parseQueryPages(await getJson(redirectsUrl(lang, title)));
        for (const r of (pages?.[0]?.redirects ?? []).slice(0, MAX_REDIRECTS_PER_LANG)) {
          addTerm({ lang, text: r, source: 'redirect', url: articleUrl(lang, r) });
        }
      } catch (e) {
        if (e instanceof LookupError && e.reason === 'timeout') break;
      }
    }
  }

  if (!terms.length) return fail('not-found');
  const byLang: Record<string, string[]> = {};
  for (const t of terms) (byLang[t.lang] ??= []).push(t.text);
  const result: TermsSuccess = {
    ok: true,
    topic: cleanTopic,
    source: { lang: sourceLang, title: page.title, url: page.url ?? articleUrl(sourceLang, page.title), wikidataId: page.wikidataId },
    terms,
    byLang,
    missing: targets.filter((l) => !byLang[l]),
    requests,
    cached: false,
  };
  try {
    await opts.cache?.set(key, result);
  } catch {
    // not cached; still answered
  }
  return result;
}
