/**
 * The one ordered list of LMS adapters, and detection over it.
 * Adding an adapter: CONTRIBUTING.md, "Adding an LMS adapter". tests/unit/lms/registry.test.ts
 * checks that every adapter file is listed here, has fixtures and example URLs, and that no
 * adapter accepts another one's example URLs.
 */
import type { Assignment, LmsAdapter, Platform } from './types.ts';
import { documentTitle } from './dom.ts';
import { canvas } from './canvas.ts';
import { moodle } from './moodle.ts';
import { brightspace } from './brightspace.ts';
import { blackboard } from './blackboard.ts';
import { schoology } from './schoology.ts';
import { classroom } from './classroom.ts';

export type { Assignment, LmsAdapter, Platform } from './types.ts';

/**
 * Tried in this order; the first adapter whose `read` returns a reading wins.
 * The URL tests do not overlap today (the meta-test proves it on the example URLs); the order
 * only matters if they ever do, so the adapters that confirm with the most specific markers go
 * first.
 */
export const ADAPTERS: readonly LmsAdapter[] = [
  canvas, // any host; path /courses/{n}/assignments/{n}; confirmed by #assignment_show / A2 test ids
  moodle, // any host; path …/mod/assign/view.php or …/course/modedit.php; confirmed by the body id
  brightspace, // any host; path /d2l/lms/dropbox/…; confirmed by D2L's shell
  blackboard, // any host; /webapps/assignment/…, listContent.jsp, /ultra/courses/…; confirmed by Learn's page ids / Ultra panels
  schoology, // any host; path /assignment/{n}; confirmed by #center-top + the details block
  classroom, // classroom.google.com only; last because its structural reading is the loosest
];

// Display names live in names.ts so UI code can name a platform without loading the adapters;
// the meta-test holds each adapter's `name` equal to its entry there.
export { PLATFORM_NAMES } from './names.ts';

/** Adapters whose cheap URL test accepts this URL (no DOM work). Usually zero or one. */
export function candidatesFor(url: URL): LmsAdapter[] {
  const out: LmsAdapter[] = [];
  for (const adapter of ADAPTERS) {
    try {
      if (adapter.matchUrl(url)) out.push(adapter);
    } catch {
      // A broken URL test must not stop the others.
    }
  }
  return out;
}

/**
 * The adapter for this URL by its path alone, or null: what the content script checks before
 * touching the page (and before waiting for a single-page app to render).
 *
 * @example adapterFor(new URL('https://x.instructure.com/courses/1/assignments/2'))?.id // 'canvas'
 */
export function adapterFor(url: URL): LmsAdapter | null {
  return candidatesFor(url)[0] ?? null;
}

/**
 * The LMS whose assignment page this URL names, by the address alone, or null: where no adapter
 * reads the page, its markup is new to Vantage (an LMS update, a school's theme), not absent.
 *
 * @example assignmentUrlPlatform(new URL('https://x.instructure.com/courses/1/assignments/2')) // 'canvas'
 */
export function assignmentUrlPlatform(url: URL): Platform | null {
  for (const adapter of candidatesFor(url)) {
    try {
      if (!adapter.namesOneAssignment || adapter.namesOneAssignment(url)) return adapter.id;
    } catch {
      // As in candidatesFor.
    }
  }
  return null;
}

// What LMSs title the error pages they show at an assignment's address, in the languages of their
// interfaces (Moodle's "Invalid course module ID" is its page for an activity that is gone). Letter
// boundaries rather than \b, which knows no letter outside ASCII ("Страница не найдена").
const ERROR_PAGE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])(?:` +
    [
      'page not found|not found|404|access denied|unauthori[sz]ed|forbidden|invalid course module id', // en
      'página no encontrada|no encontrad[ao]|acceso denegado', // es
      'page introuvable|introuvable|accès refusé|accès interdit', // fr
      'seite nicht gefunden|nicht gefunden|zugriff verweigert', // de
      'página não encontrada|não encontrad[ao]|acesso negado', // pt
      'pagina non trovata|non trovat[ao]|accesso negato', // it
      'pagina niet gevonden|niet gevonden|toegang geweigerd', // nl
      'страница не найдена|не найдено|доступ запрещ[её]н', // ru
      'nie znaleziono|brak dostępu', // pl
      'sayfa bulunamadı|erişim reddedildi', // tr
    ].join('|') +
    String.raw`)(?=$|[^\p{L}\p{N}])`,
  'iu',
);

/**
 * The LMS of an assignment page no adapter could read, or null: null also where the page says
 * it is an error (not found, no access), so nothing offers to pick an assignment that is not there.
 */
export function unreadAssignmentPlatform(url: URL, doc: Document): Platform | null {
  const platform = assignmentUrlPlatform(url);
  if (!platform) return null;
  const heading = doc.querySelector('h1')?.textContent ?? '';
  return ERROR_PAGE.test(documentTitle(doc)) || ERROR_PAGE.test(heading) ? null : platform;
}

/**
 * Reads the assignment on this page, or null when the page is not an assignment page of a
 * supported LMS (or has not rendered yet: call again after the page changes). Never throws.
 */
export function detect(url: URL, doc: Document): Assignment | null {
  for (const adapter of candidatesFor(url)) {
    try {
      const reading = adapter.read(url, doc);
      if (reading) return reading;
    } catch {
      // Adapters catch their own errors; this guards against a future one that does not.
    }
  }
  return null;
}
