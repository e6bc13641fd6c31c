/**
 * `vantage serp <page.html|page.mhtml> [--url <page url>] [--json] [--lang es]` reads a saved search-result
 * page with the same readers as the extension and says where its results come from.
 * Exit 0: a result page (possibly with no results); 3: not a result page (home, captcha, no
 * query, unknown markup; the output still says which); 2: unreadable input or a URL of no
 * engine we know.
 */
import { ENGINE_NAMES, readerFor, withCountries, type SerpReading } from '../serp/index.ts';
import { diversity, INDEX_EXPLAINED, type Diversity } from '../serp/diversity.ts';
import { hints } from '../serp/hints.ts';
import { stripInertMarkup } from '../serp/prepare.ts';
import { CliError, EXIT, parseArgs, parseHtmlDocument, printJson } from './io.ts';
import { pageAddress, readSavedPage } from './saved-page.ts';

// A page with at least one element tag near its start; plain text, JSON and CSV are not pages.
const LOOKS_LIKE_HTML = /<\s*(!doctype\s+html|html|head|body|div|form|table|a|p|span|ol|ul|li|h[1-6])[\s>/]/i;

/** Runs the command; returns the exit code. Throws CliError (exit 2) for unreadable input. */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json']);
  const json = args.has('json');
  const lang = args.get('lang') === 'es' ? 'es' : 'en';
  const [file] = args.positional;
  if (!file) throw new CliError('Give a saved result page: serp <page.html> --url <page url> [--json].');
  const page = readSavedPage(file);
  const url = pageAddress(args.get('url'), page, 'the reader is chosen by the page address');
  const reader = readerFor(url);
  if (!reader) {
    throw new CliError(`${url.host}${url.pathname} is not a search engine result page Vantage reads (${Object.values(ENGINE_NAMES).join(', ')}).`);
  }
  const html = page.html;
  if (!LOOKS_LIKE_HTML.test(html.slice(0, 1_000_000))) throw new CliError(`${file} does not look like an HTML page.`);

  // Scripts, styles and inline SVG are never read; dropping them first halves parse time.
  const reading = withCountries(reader.read(url, parseHtmlDocument(stripInertMarkup(html))));
  const d = diversity(reading.results);
  if (json) printJson(toJson(reading, d));
  else process.stdout.write(humanSummary(reading, d, lang) + '\n');
  return reading.isResultPage ? EXIT.ok : EXIT.notApplicable;
}

/** The documented JSON shape: results without titles or DOM nodes. */
function toJson(reading: SerpReading, d: Diversity) {
  return {
    engine: reading.engine,
    query: reading.query,
    isResultPage: reading.isResultPage,
    ...(reading.reason ? { reason: reading.reason } : {}),
    results: reading.results.map((r) => ({ url: r.url, domain: r.domain, country: r.country })),
    diversity: d,
  };
}

const REASONS = {
  home: 'this is the engine’s home page, not a result page',
  captcha: 'the engine showed a captcha ("unusual traffic") page instead of results',
  'no-query': 'the page has no query',
  'unknown-markup': 'no results could be read: the engine may have changed its page, or results load later by script',
} as const;

function humanSummary(reading: SerpReading, d: Diversity, lang: 'en' | 'es'): string {
  const name = ENGINE_NAMES[reading.engine];
  const q = reading.query === null ? '(no query)' : JSON.stringify(reading.query);
  if (!reading.isResultPage) return `${name} · ${q} · not a result page: ${REASONS[reading.reason ?? 'unknown-markup']}.`;
  const out = [`${name} · ${q} · ${d.total} result${d.total === 1 ? '' : 's'}`];
  const mix = [...Object.entries(d.countries).map(([cc, n]) => `${cc} ${n}`), ...(d.generic ? [`no country ${d.generic}`] : []), ...(d.unknown ? [`hidden ${d.unknown}`] : [])];
  if (mix.length) out.push(`Countries: ${mix.join(', ')}`);
  out.push(`Diversity index: ${d.index.toFixed(2)}`, `  ${INDEX_EXPLAINED[lang]}`);
  reading.results.forEach((r, i) => out.push(`${String(i + 1).padStart(3)}. ${(r.country ?? '--').padEnd(2)} ${r.domain || '(hidden)'}  ${r.url}`));
  const h = hints(reading, d, lang);
  if (h.sentences.length) out.push('', ...h.sentences);
  for (const design of h.designs) out.push(`  • ${design.query}  ${design.url}`);
  return out.join('\n');
}
