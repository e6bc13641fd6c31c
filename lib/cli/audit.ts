/**
 * `vantage audit <page.html|page.mhtml> [--url <url>] [--json]` reads a saved page through the same adapters
 * and analysis as the extension; `vantage audit --text <file>` audits plain text, or the text of
 * a handout (PDF, Word .docx, OpenDocument .odt) read as the dashboard's "Audit a text" reads it.
 * Exit 0: audited; 3: not an assignment page (JSON with platform null); 2: unreadable input.
 */
import { audit, type AuditResult } from '../audit.ts';
import { withSearchDesign } from '../audit-design.ts';
import { detect, PLATFORM_NAMES, unreadAssignmentPlatform } from '../lms/index.ts';
import { QUESTIONS } from '../questions/index.ts';
import { basename } from 'node:path';
import { isPdf } from '../documents/pdf.ts';
import { isZipDocument, readDocumentFile } from '../documents/read.ts';
import { bytesToText, CliError, EXIT, parseArgs, parseHtmlDocument, printJson, readFileBytes } from './io.ts';
import { pageAddress, readSavedPage } from './saved-page.ts';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json']);
  const json = args.has('json');
  const textFile = args.get('text');
  if (textFile) {
    const bytes = readFileBytes(textFile, 'text file');
    let text: string;
    let title = args.get('title');
    if (isPdf(bytes) || isZipDocument(bytes)) {
      const doc = await readDocumentFile(basename(textFile), bytes);
      if (!doc.ok) throw new CliError(`${textFile}: ${doc.error}`);
      text = doc.text;
      title ??= doc.title || undefined;
    } else text = bytesToText(bytes, textFile, 'text file');
    title ??= firstLine(text);
    return report(withSearchDesign(audit({ platform: null, url: null, title, description: text })), json);
  }
  const [file] = args.positional;
  if (!file) throw new CliError('Give a saved page (audit <page.html> --url <url>) or --text <file>.');
  const page = readSavedPage(file);
  const url = pageAddress(args.get('url'), page, 'adapters recognise a page by its address and its markup');
  const html = page.html;
  if (!/<[a-z!]/i.test(html)) throw new CliError(`${file} does not look like an HTML page.`);
  const doc = parseHtmlDocument(html);
  const assignment = detect(url, doc);
  if (!assignment) {
    const none = { platform: null, url: url.href, title: null, description: null, language: null, score: null, questions: [] };
    // An LMS's assignment address whose page no adapter reads: say so, rather than "not an
    // assignment page", since its layout is more likely new to us than the page not one.
    const named = unreadAssignmentPlatform(url, doc);
    if (json) printJson(none);
    else if (named) process.stdout.write(`Not read: ${url.href} is a ${PLATFORM_NAMES[named]} assignment address, but no adapter recognised the page's markup (a layout new to Vantage, a page still loading, or an error page). Audit its text with --text <file>.\n`);
    else process.stdout.write(`Not an assignment page: no LMS adapter recognised ${url.href}\n`);
    return EXIT.notApplicable;
  }
  const result = withSearchDesign(audit({
    platform: assignment.platform,
    url: url.href,
    title: assignment.title,
    description: assignment.description,
    language: assignment.language,
  }));
  return report(result, json);
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim()) ?? '';
  return line.trim().slice(0, 200);
}

function report(result: AuditResult, json: boolean): number {
  if (json) {
    printJson({
      platform: result.platform,
      url: result.url,
      title: result.title,
      description: result.description,
      language: result.language,
      score: result.score,
      analysisVersion: result.analysisVersion,
      supported: result.supported,
      ...(result.message ? { message: result.message } : {}),
      questions: result.questions.map((q) => ({ id: q.id, status: q.status, evidence: q.evidence, suggestions: q.suggestions })),
    });
    return EXIT.ok;
  }
  const lang = result.language === 'es' ? 'es' : 'en';
  const out: string[] = [];
  out.push(`${result.platform ?? 'text'} · ${result.title || '(untitled)'} · ${result.score}/6 evident · language ${result.language}`);
  if (result.message) out.push(`  ${result.message}`);
  for (const q of result.questions) {
    const def = QUESTIONS[q.id - 1]!;
    out.push('', `${q.id}. ${def.title[lang]} — ${q.status}`);
    for (const e of q.evidence.slice(0, 3)) out.push(`   “${e.text}”`);
    for (const s of q.suggestions) out.push(`   → ${s}`);
  }
  process.stdout.write(out.join('\n') + '\n');
  return EXIT.ok;
}
