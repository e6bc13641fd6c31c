/**
 * Result links as the engines write them, turned into the target URL: relative links resolved,
 * redirect wrappers removed (data-sources.md §3.2), anything that is not http(s) dropped.
 */

/** Longest href we look at; longer ones are not result links (data: URLs, tracking blobs). */
export const MAX_HREF_CHARS = 8192;

/** Parses an absolute http(s) URL, or null. */
export function httpUrl(value: string | null | undefined, base?: string | URL): URL | null {
  if (!value || value.length > MAX_HREF_CHARS) return null;
  try {
    const u = new URL(value.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** Decodes base64url (with or without padding) as UTF-8 text, or null. */
export function decodeBase64Url(value: string): string | null {
  try {
    const b64 = value.replace(/-/g, '+').replace(/_/g, '/');
    const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Google `/url?q=<target>` (no-JS pages) and `/url?url=<target>` (some JS pages). */
export function unwrapGoogle(u: URL): URL {
  if (u.pathname !== '/url') return u;
  return httpUrl(u.searchParams.get('q')) ?? httpUrl(u.searchParams.get('url')) ?? u;
}

/** Bing `https://www.bing.com/ck/a?…&u=a1<base64url(target)>`. */
export function unwrapBing(u: URL): URL {
  if (!u.pathname.startsWith('/ck/')) return u;
  const wrapped = u.searchParams.get('u');
  if (!wrapped || !wrapped.startsWith('a1')) return u;
  return httpUrl(decodeBase64Url(wrapped.slice(2))) ?? u;
}

/** DuckDuckGo `//duckduckgo.com/l/?uddg=<encoded target>&rut=…`. */
export function unwrapDuckDuckGo(u: URL): URL {
  if (u.pathname !== '/l/' && u.pathname !== '/l') return u;
  return httpUrl(u.searchParams.get('uddg')) ?? u;
}

/** Yahoo `r.search.yahoo.com/…/RU=<encoded target>/RK=…/RS=…`. */
export function unwrapYahoo(u: URL): URL {
  const m = /\/RU=([^/]+)\//.exec(u.pathname);
  if (!m) return u;
  try {
    return httpUrl(decodeURIComponent(m[1]!)) ?? u;
  } catch {
    return u;
  }
}

/**
 * Any wrapper we know, whichever engine's page the link sits on: meta-engines (Ecosia, DDG on
 * Yahoo ads) and saved pages mix them.
 */
export function unwrapAny(u: URL): URL {
  const host = u.hostname;
  if (/(^|\.)google\.[a-z.]+$/.test(host) && u.pathname === '/url') return unwrapGoogle(u);
  if (/(^|\.)bing\.com$/.test(host)) return unwrapBing(u);
  if (/(^|\.)duckduckgo\.com$/.test(host)) return unwrapDuckDuckGo(u);
  if (/(^|\.)search\.yahoo\.com$/.test(host)) return unwrapYahoo(u);
  return u;
}

/** The target of a result link: resolved against the page, unwrapped, http(s) only. */
export function resultTarget(href: string | null | undefined, page: URL): URL | null {
  const u = httpUrl(href, page);
  return u ? unwrapAny(u) : null;
}

/** The host as people read it in a result: lower case, no trailing dot, no leading `www.`. */
export function displayDomain(hostname: string): string {
  return hostname.toLowerCase().replace(/\.+$/, '').replace(/^www\./, '');
}
