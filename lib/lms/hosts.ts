/**
 * The vendors' own host names, as manifest match patterns for the content script's `matches`.
 * Only domains seen in real URLs are listed (see tests/fixtures/lms/PROVENANCE.md, "Hosts").
 * Schools' own domains (moodle.{school}, canvas.{school}.edu, d2l.{school}, lms.lausd.net) are
 * not here: they are granted one site at a time as optional host permissions.
 *
 * Paths are narrowed where the LMS loads a full page per view, so the script is not injected
 * into dashboards and grade books; single-page apps (Classroom, Blackboard Ultra) get the whole
 * app area because the script must already be there when the URL changes.
 */

/** Match patterns for the LMS content script (`matches` in the manifest). */
export const LMS_MATCHES: string[] = [
  // Canvas: every course page of Instructure-hosted schools (full page loads; A2 renders in place).
  '*://*.instructure.com/courses/*',
  // Google Classroom: a single-page app, so the whole host.
  '*://classroom.google.com/*',
  // Schoology: assignment pages of district tenants (app.schoology.com, {district}.schoology.com),
  // under both the singular path and the plural one of the API's and current links.
  '*://*.schoology.com/assignment/*',
  '*://*.schoology.com/assignments/*',
  // Blackboard Learn SaaS: Original pages under /webapps/, the Ultra app under /ultra/.
  '*://*.blackboard.com/webapps/*',
  '*://*.blackboard.com/ultra/*',
  // D2L Brightspace: the assignment (dropbox) tool on D2L-hosted tenants.
  '*://*.brightspace.com/d2l/lms/dropbox/*',
  '*://*.desire2learn.com/d2l/lms/dropbox/*',
  // MoodleCloud: assignment pages and the activity settings form.
  '*://*.moodlecloud.com/mod/assign/*',
  '*://*.moodlecloud.com/course/modedit.php*',
];

interface CompiledPattern {
  schemes: readonly string[];
  host: string;
  anySubdomain: boolean;
  path: RegExp;
}

/**
 * Compiles one match pattern (`scheme://host/path`, with `*` wildcards as in the WebExtensions
 * match-pattern syntax). Returns null for a malformed pattern.
 */
export function compileMatchPattern(pattern: string): CompiledPattern | null {
  const m = /^(\*|https?|wss?|ftp|file):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return null;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const schemes = scheme === '*' ? ['http:', 'https:'] : [`${scheme}:`];
  const anySubdomain = host.startsWith('*.');
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return { schemes, host: anySubdomain ? host.slice(2) : host, anySubdomain, path: new RegExp(`^${escaped}$`) };
}

const COMPILED = LMS_MATCHES.map(compileMatchPattern).filter((p): p is CompiledPattern => p !== null);

/** True when the URL matches a match pattern (the path pattern covers path and query, as in browsers). */
export function urlMatchesPattern(url: URL, pattern: string | CompiledPattern): boolean {
  const p = typeof pattern === 'string' ? compileMatchPattern(pattern) : pattern;
  if (!p || !p.schemes.includes(url.protocol)) return false;
  const host = url.hostname.toLowerCase();
  if (p.host !== '*') {
    const ok = host === p.host || (p.anySubdomain && host.endsWith(`.${p.host}`));
    if (!ok) return false;
  }
  return p.path.test(url.pathname + url.search);
}

/** True when the URL is on a vendor-hosted LMS the extension is declared for (see {@link LMS_MATCHES}). */
export function matchesKnownHost(url: URL): boolean {
  return COMPILED.some((p) => urlMatchesPattern(url, p));
}
