/**
 * `npm run bench -- serp`: our reader on the command line's path (HTML string → strip scripts,
 * styles, SVG, comments → linkedom parse → read) against the npm package serp-parser (cheerio,
 * organic results only) on the shared real pages, side by side in one run, page by page
 * alternating; plus reading + diversity (+ hints) for a 100-result page.
 * Budget: ours at least 2× faster in total. Figures are medians of CPU time (user + system),
 * which other processes on a shared machine disturb far less than wall time; wall-time medians
 * are reported beside them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BingNojsSERP, GoogleMobileSERP, GoogleNojsSERP, GoogleSERP } from 'serp-parser';
import { parseHtmlDocument } from '../lib/cli/io.ts';
import { readSerp } from '../lib/serp/index.ts';
import { diversity } from '../lib/serp/diversity.ts';
import { hints } from '../lib/serp/hints.ts';
import { stripInertMarkup } from '../lib/serp/prepare.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared/fixtures/serp');
const RUNS = 5;

interface Expected {
  file: string;
  query: string;
  links: string[];
}

type Parser = (html: string) => unknown;
const ORGANIC_ONLY = { organic: true };

/** serp-parser's class for each layout; null where it has none (it reads no captcha pages). */
function theirs(file: string): Parser | null {
  if (file.includes('recaptcha')) return null;
  if (file.startsWith('google-mobile')) return (h) => new GoogleMobileSERP(h, ORGANIC_ONLY);
  if (file.startsWith('google-nojs')) return (h) => new GoogleNojsSERP(h, ORGANIC_ONLY);
  if (file.startsWith('google')) return (h) => new GoogleSERP(h, ORGANIC_ONLY);
  if (file.startsWith('bing-nojs')) return (h) => new BingNojsSERP(h, ORGANIC_ONLY);
  return null;
}

function pageUrl(e: Expected): URL {
  if (e.file.includes('recaptcha')) return new URL('https://www.google.com/sorry/index?continue=https://www.google.com/search%3Fq%3Dx');
  const q = encodeURIComponent(e.query).replace(/%20/g, '+');
  return new URL(e.file.startsWith('bing') ? `https://www.bing.com/search?q=${q}` : `https://www.google.com/search?q=${q}`);
}

/** Medians of CPU and wall time over `runs` calls, after one warm-up call. */
function median(fn: () => void, runs = RUNS): { cpu: number; wall: number } {
  fn();
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    const u = process.cpuUsage(c);
    cpu.push((u.user + u.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { cpu: mid(cpu), wall: mid(wall) };
}

const r2 = (n: number) => Math.round(n * 100) / 100;

function bigPage(n: number): string {
  const tlds = ['ir', 'com', 'co.uk', 'de', 'org', 'ac.ir', 'fr', 'io', 'gov', 'mx'];
  const items = Array.from(
    { length: n },
    (_, i) => `<div class="g"><div class="yuRUbf"><a href="https://site${i}.example.${tlds[i % tlds.length]}/p/${i}"><h3>Result ${i}</h3></a></div><div class="VwiC3b">Snippet ${'text '.repeat(40)}</div></div>`,
  );
  return `<!DOCTYPE html><html><body><textarea name="q">iran hostage crisis</textarea><div id="search"><div id="rso">${items.join('')}</div></div></body></html>`;
}

/** Figures for bench/results.json. */
export async function run(): Promise<Record<string, number | string | boolean | Record<string, unknown>>> {
  const expected = JSON.parse(readFileSync(path.join(SHARED, 'expected.json'), 'utf8')) as Expected[];
  const perPage: Record<string, Record<string, unknown>> = {};
  const total = { ours: 0, oursWall: 0, oursCompared: 0, oursComparedWall: 0, theirs: 0, theirsWall: 0 };
  let exact = 0;
  for (const e of expected) {
    const html = readFileSync(path.join(SHARED, e.file), 'utf8');
    const url = pageUrl(e);
    let links: string[] = [];
    const ours = median(() => {
      links = readSerp(url, parseHtmlDocument(stripInertMarkup(html)))!.results.map((r) => r.url);
    });
    const doc = parseHtmlDocument(stripInertMarkup(html));
    const read = median(() => readSerp(url, doc));
    const unstripped = median(() => readSerp(url, parseHtmlDocument(html)));
    const parser = theirs(e.file);
    const serpParser = parser ? median(() => parser(html)) : null;
    const ok = JSON.stringify(links) === JSON.stringify(e.links);
    if (ok) exact++;
    total.ours += ours.cpu;
    total.oursWall += ours.wall;
    if (serpParser) {
      total.theirs += serpParser.cpu;
      total.theirsWall += serpParser.wall;
      total.oursCompared += ours.cpu;
      total.oursComparedWall += ours.wall;
    }
    perPage[e.file] = {
      oursMs: r2(ours.cpu),
      readMs: r2(read.cpu),
      withoutStrippingMs: r2(unstripped.cpu),
      serpParserMs: serpParser ? r2(serpParser.cpu) : null,
      ratio: serpParser ? r2(serpParser.cpu / ours.cpu) : null,
      exact: ok,
    };
  }

  const big = bigPage(100);
  const bigUrl = new URL('https://www.google.com/search?q=iran+hostage+crisis&num=100');
  const bigDoc = parseHtmlDocument(big);
  const read100 = median(() => diversity(readSerp(bigUrl, bigDoc)!.results), 20);
  const readHints100 = median(() => {
    const reading = readSerp(bigUrl, bigDoc)!;
    hints(reading, diversity(reading.results), 'en');
  }, 20);
  const parseRead100 = median(() => diversity(readSerp(bigUrl, parseHtmlDocument(stripInertMarkup(big)))!.results), 20);

  const ratio = total.theirs / total.oursCompared;
  const wallRatio = total.theirsWall / total.oursComparedWall;
  return {
    pages: expected.length,
    pagesExact: exact,
    comparedPages: expected.length - 1,
    oursTotalCpuMs: r2(total.ours),
    oursTotalOnComparedPagesCpuMs: r2(total.oursCompared),
    serpParserTotalCpuMs: r2(total.theirs),
    speedRatioCpu: r2(ratio),
    oursTotalWallMs: r2(total.oursWall),
    serpParserTotalWallMs: r2(total.theirsWall),
    speedRatioWall: r2(wallRatio),
    budgetOursAtLeast2xFaster: ratio >= 2,
    read100ResultsPlusDiversityMs: r2(read100.cpu),
    read100ResultsPlusDiversityAndHintsMs: r2(readHints100.cpu),
    parseRead100ResultsPlusDiversityMs: r2(parseRead100.cpu),
    bigPageBytes: big.length,
    perPage,
  };
}
