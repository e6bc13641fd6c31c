/**
 * The files an assignment page hands out with its instructions: a Canvas file link in the
 * description ("Instructions are in the attached PDF"), Moodle's intro attachments, Schoology's
 * attachments, a file linked in Brightspace's instructions. On many real assignments the page
 * says little and the file holds the task, so the panel offers to read them with the
 * instructions. Nothing is fetched here: this only lists them.
 *
 * Only files on the page's own site are listed. The content script fetches one on the person's
 * click, with their session, as the LMS's own download link would; another site's file (a Google
 * Drive link) would need a permission Vantage does not ask for.
 */
import { inertHtml } from './text.ts';

export interface HandoutLink {
  /** The file's name as the page shows it ("Essay prompt.pdf"). */
  name: string;
  /** The address the file's bytes come from (a Canvas file link made its download address). */
  url: string;
}

/** Files listed per assignment: a brief and a worksheet or two, not a course's file list. */
export const MAX_HANDOUT_LINKS = 6;
/** Longest handout text added to the page's own (a brief of 40 pages is about this). */
export const MAX_HANDOUT_TEXT = 90_000;
/** Longest text audited with its handouts: what the background accepts. */
export const MAX_AUDITED_TEXT = 200_000;
/** Longest file name kept; a longer link text is not a file name. */
const MAX_NAME_CHARS = 200;

/**
 * Where LMSs list an assignment's own files outside its description. Each is the assignment's,
 * never the student's submission (Moodle's submission files use the same file tree, outside `#intro`).
 */
export const ATTACHMENT_AREAS: readonly string[] = [
  '#intro', // Moodle 3.x–5.x: the description and its "introattachment" files
  '.activity-description', // Moodle 4.x's wrapper of the same
  '.assignment-details ~ .attachments', // Schoology: the files under the instructions
  '.d2l-dropbox-submissiontext', // Brightspace: the folder's instructions and attached files
];
/** Brightspace keeps rich text in this element's `html` attribute, drawn in a shadow root. */
const HTML_BLOCK = 'd2l-html-block[html]';

/** Kinds Vantage reads (lib/documents/read.ts). */
const DOCUMENT = /\.(?:pdf|docx|odt)$/i;
/** A name ending in some other kind (a .zip, a picture, slides): not offered. */
const OTHER_KIND = /\.[a-z0-9]{2,5}$/i;
/** LMS file addresses that name no kind, whose link text or title names the file. */
const LMS_FILE = /\/files\/\d+(?:\/|$)|\/pluginfile\.php\/|\/bbcswebdav\/|\/content\/enforced\/|\/attachment\/\d+\/source\//;
/** The student's own submitted files, which some pages list beside the assignment's. */
const SUBMISSION = /\/submissions?\/|\/submission_files\/|\/assignsubmission_/;
/** Canvas: a file link (`/courses/1/files/2?wrap=1`, `/files/2/preview`) and its download address. */
const CANVAS_FILE = /^((?:\/(?:courses|users|groups)\/\d+)?\/files\/\d+)(?:\/(?:preview|download|file_preview))?\/?$/;

/**
 * The same-site document files linked from `root` (the description as read) and from the page's
 * attachment areas, in page order, at most `MAX_HANDOUT_LINKS`. Never throws.
 */
export function findHandouts(doc: Document, pageUrl: string, root?: Element | null): HandoutLink[] {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return [];
  }
  const scopes: ParentNode[] = [];
  if (root?.isConnected) scopes.push(root);
  for (const selector of ATTACHMENT_AREAS) {
    const el = doc.querySelector(selector);
    if (el && !scopes.some((s) => s === el || (s as Node).contains(el))) scopes.push(el);
  }
  const out: HandoutLink[] = [];
  const seen = new Set<string>();
  for (const scope of [...scopes]) {
    for (const block of Array.from(scope.querySelectorAll(HTML_BLOCK))) {
      const parsed = inertHtml(block.getAttribute('html') ?? '', doc);
      if (parsed) scopes.push(parsed);
    }
  }
  for (const scope of scopes) {
    for (const a of Array.from(scope.querySelectorAll('a[href]'))) {
      const link = handoutOf(a, page);
      if (!link || seen.has(link.url)) continue;
      seen.add(link.url);
      out.push(link);
      if (out.length >= MAX_HANDOUT_LINKS) return out;
    }
  }
  return out;
}

/**
 * `description` with each handout's text after it, under the file's name: how the overlay and
 * every course-export reader put an assignment's handouts with its instructions.
 */
export function withHandoutText(description: string, handouts: readonly { name: string; text: string }[]): string {
  return handouts.length ? [description, ...handouts.map((h) => `${h.name}\n${h.text}`)].join('\n\n') : description;
}

/** The handout a link points at, or null when it is no same-site document file. */
export function handoutOf(a: Element, page: URL): HandoutLink | null {
  let url: URL;
  try {
    url = new URL(a.getAttribute('href') ?? '', page);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== page.origin) return null;
  if (SUBMISSION.test(url.pathname)) return null;
  const pathName = lastSegment(url.pathname);
  const candidates = [a.textContent, a.getAttribute('title'), a.getAttribute('download'), pathName].map(tidy);
  const named = candidates.find((n) => DOCUMENT.test(n));
  let name = named;
  if (!name) {
    // An LMS file address that names no kind is offered under its link text, unless that (or the
    // address) names another kind of file; the bytes say what it is when it is read.
    if (!LMS_FILE.test(url.pathname) || candidates.some((n) => OTHER_KIND.test(n))) return null;
    name = candidates.find(Boolean);
    if (!name) return null;
  }
  return { name, url: downloadAddress(url) };
}

/** The address that gives the file's bytes: a Canvas file link opens a preview page, not the file. */
function downloadAddress(url: URL): string {
  const canvas = CANVAS_FILE.exec(url.pathname);
  if (!canvas) {
    url.hash = '';
    return url.href;
  }
  const out = new URL(`${canvas[1]}/download`, url.origin);
  // A file in a locked or unpublished folder is reached with its verifier.
  const verifier = url.searchParams.get('verifier');
  if (verifier) out.searchParams.set('verifier', verifier);
  out.searchParams.set('download_frd', '1');
  return out.href;
}

function lastSegment(pathname: string): string {
  const last = pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** One line, no control or direction characters, at most `MAX_NAME_CHARS`; empty when none is left. */
function tidy(text: string | null | undefined): string {
  const one = (text ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return one.length > MAX_NAME_CHARS ? '' : one;
}
