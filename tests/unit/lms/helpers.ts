/**
 * Fixture loading for the LMS tests: every page is parsed with linkedom (the command line's
 * parser) and with happy-dom (the component tests' DOM), and both must read the same.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { parseHtmlDocument } from '../../../lib/cli/io.ts';
import type { Assignment } from '../../../lib/lms/types.ts';

export const FIXTURE_ROOT = fileURLToPath(new URL('../../fixtures/lms/', import.meta.url));

/** What expected.json says about one saved page: the reading, or null for "not an assignment page". */
export interface Expected {
  platform: string | null;
  view: 'view' | 'edit';
  title: string;
  descriptionStartsWith: string;
  courseId?: string;
  assignmentId?: string;
  language?: string;
  /**
   * Why happy-dom cannot give this page's reading, when it is a happy-dom parsing deviation and
   * not an adapter's: happy-dom then only has to find the same platform and title. Chromium and
   * linkedom follow the HTML parsing spec; happy-dom, for one, hoists the contents of a nested
   * `<html><body>` (Blackboard's editor output on real pages) out of its container.
   */
  happyDomDiffers?: string;
}

export interface Fixture {
  platform: string;
  file: string;
  url: URL;
  html: string;
  expected: Expected | null;
}

/** The page address Chrome writes at the top of a saved page: `<!-- saved from url=(0042)https://… -->`. */
export function savedUrl(html: string): URL {
  const m = /<!-- saved from url=\(\d+\)(\S+?) -->/.exec(html.slice(0, 2000));
  if (!m) throw new Error('fixture has no "saved from url" comment on its first line');
  return new URL(m[1]!);
}

/** Every fixture of one platform directory, with its expectation. */
export function loadFixtures(platform: string): Fixture[] {
  const dir = join(FIXTURE_ROOT, platform);
  const expectedPath = join(dir, 'expected.json');
  if (!existsSync(expectedPath)) return [];
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, Expected | null>;
  return Object.entries(expected).map(([file, exp]) => {
    const html = readFileSync(join(dir, file), 'utf8');
    return { platform, file, url: savedUrl(html), html, expected: exp };
  });
}

/** Platform directories that hold fixtures (directories starting with "_" hold other readers' pages). */
export function fixturePlatforms(): string[] {
  return readdirSync(FIXTURE_ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
}

/** linkedom, as the command line parses saved pages. */
export function parseLinkedom(html: string): Document {
  return parseHtmlDocument(html);
}

const windows: Window[] = [];

/** happy-dom, with the page's URL, parsed without running its scripts. */
export function parseHappy(html: string, url: URL): Document {
  const window = new Window({ url: url.href, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  windows.push(window);
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Closes the happy-dom windows opened by {@link parseHappy}. */
export async function closeHappyWindows(): Promise<void> {
  while (windows.length) await windows.pop()!.happyDOM.close();
}

/** A reading without the live element, for comparing parsers and printing. */
export function plain<T extends Pick<Assignment, 'descriptionRoot'>>(reading: T | null): Omit<T, 'descriptionRoot'> | null {
  if (!reading) return null;
  const { descriptionRoot: _root, ...rest } = reading;
  return rest;
}

/** Rows of the first Markdown table whose header row has a "Platform" column. */
export function supportedPlatformRows(markdown: string): string[] {
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    const header = lines[i]!;
    if (!/^\s*\|/.test(header) || !/\|\s*(platform|lms)s?\s*\|/i.test(header)) continue;
    if (!/^\s*\|?\s*:?-{3,}/.test(lines[i + 1]!)) continue;
    const rows: string[] = [];
    for (let j = i + 2; j < lines.length && /^\s*\|/.test(lines[j]!); j++) rows.push(lines[j]!);
    return rows;
  }
  return [];
}
