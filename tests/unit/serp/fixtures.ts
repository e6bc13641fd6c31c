/** Fixture loading shared by the serp tests (not a test file itself). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { parseHtmlDocument } from '../../../lib/cli/io.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The team's shared real pages: `shared/` sits beside the repository (also in CI). */
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared/fixtures/serp');
/** This area's own pages. */
export const OWN_DIR = path.resolve(REPO_ROOT, 'tests/fixtures/serp');

/** One entry of an expected.json. */
export interface Expected {
  file: string;
  url?: string;
  query: string | null;
  result_count: number;
  distinct_domains: number;
  domains: string[];
  links: string[];
  is_result_page: boolean;
  reason?: string;
  note?: string;
}

export function loadExpected(dir: string): Expected[] {
  return JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected[];
}

export function readFixture(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

/**
 * The page address a shared fixture was saved under. The shared expected.json has no URLs: the
 * engine is in the file name and the query in the expectations; the reCAPTCHA page lives at
 * Google's /sorry/ path with the search it guards in `continue` (and a token in `q`).
 */
export function sharedUrl(e: Expected): URL {
  if (e.file.includes('recaptcha')) {
    return new URL('https://www.google.com/sorry/index?continue=https://www.google.com/search%3Fq%3D.com%2Bdomains%26gl%3DUS&q=EgQS10AMGKnxovwF');
  }
  const q = encodeURIComponent(e.query ?? '').replace(/%20/g, '+');
  return new URL(e.file.startsWith('bing') ? `https://www.bing.com/search?q=${q}` : `https://www.google.com/search?q=${q}`);
}

/** linkedom, as the command line parses pages. */
export const linkedomDoc = (html: string): Document => parseHtmlDocument(html);

/** happy-dom, as component tests see pages; scripts and subresources off. Call `close` after. */
export function happyDoc(html: string, url: string): { doc: Document; close: () => Promise<void> } {
  const w = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  } as ConstructorParameters<typeof Window>[0]);
  const doc = new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, close: () => w.happyDOM.close() };
}
