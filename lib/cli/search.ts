/**
 * `vantage search "<topic>" [--country ir]... [--lang en|es] [--country-restrict]
 *  [--term fa:"تسخیر لانه جاسوسی"]... [--json]`
 *
 * Prints the perspectives the topic names (plus the countries given) and November-style search
 * designs for them. Exit 0 with a report; 2 for an empty topic or an unknown country.
 */
import { findCountries } from '../geo/index.ts';
import { cleanTopic, searchReport } from '../search/index.ts';
import type { SearchReport } from '../search/index.ts';
import { CliError, EXIT, parseArgs, printJson } from './io.ts';

const USAGE = 'Usage: vantage search "<topic>" [--country ir]... [--lang en|es] [--country-restrict] [--term fa:"words"]... [--json]';

/** Runs the command; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'country-restrict', 'help']);
  if (args.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const langArg = args.get('lang') ?? 'en';
  if (langArg !== 'en' && langArg !== 'es') throw new CliError(`--lang must be "en" or "es", not "${langArg}".`);
  const lang = langArg;

  const topicText = args.positional.join(' ');
  const cleaned = cleanTopic(topicText, lang);
  if (!cleaned.ok) throw new CliError(`${cleaned.message}\n${USAGE}`, EXIT.unreadable);

  const countries = args.all('country').flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean);
  const unknown = countries.filter((c) => !findCountries(c).length);
  if (unknown.length) {
    throw new CliError(
      `Unknown country ${unknown.map((c) => `"${c}"`).join(', ')}: use a two-letter code such as ir, or a name such as Iran.`,
      EXIT.unreadable,
    );
  }

  const terms: Record<string, string[]> = {};
  for (const t of args.all('term')) {
    const m = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*):(.+)$/s.exec(t);
    if (!m) throw new CliError(`--term must look like fa:"words", not "${t}".`);
    (terms[m[1]!] ??= []).push(m[2]!);
  }

  const report = searchReport(cleaned.topic, countries, {
    lang,
    includeCountryRestrict: args.has('country-restrict'),
    ...(Object.keys(terms).length ? { terms } : {}),
  });
  if (args.has('json')) printJson(report);
  else process.stdout.write(formatReport(report, lang));
  return EXIT.ok;
}

/** The human-readable report. */
export function formatReport(report: SearchReport, lang: 'en' | 'es' = 'en'): string {
  const L =
    lang === 'es'
      ? { topic: 'Tema', perspectives: 'Perspectivas', designs: 'Diseños de búsqueda', why: 'Por qué', look: 'Fíjate en', notes: 'Notas' }
      : { topic: 'Topic', perspectives: 'Perspectives', designs: 'Search designs', why: 'Why', look: 'Look for', notes: 'Notes' };
  const out: string[] = [`${L.topic}: ${report.topic}`, '', L.perspectives];
  for (const p of report.perspectives) out.push(`  ${p.country}  ${p.name} — ${p.reason}`);
  out.push('', L.designs);
  report.designs.forEach((d, i) => {
    out.push(`  ${i + 1}. ${d.query}   [${d.kind}]`);
    out.push(`     ${L.why}: ${d.why}`);
    out.push(`     ${L.look}: ${d.lookFor}`);
    out.push(`     Google: ${d.engines.google}`);
    out.push(`     Bing: ${d.engines.bing}`);
    out.push(`     DuckDuckGo: ${d.engines.duckduckgo}`);
  });
  if (report.messages.length) {
    out.push('', L.notes);
    for (const m of report.messages) out.push(`  - ${m}`);
  }
  return `${out.join('\n')}\n`;
}
