/**
 * Scores the analyzer against the blind labels of labelled sets, for rule work on development
 * sets only:
 *
 *   node --import tsx scripts/score-sets.ts tests/fixtures/assignments tests/fixtures/assignments/heldout3 [--quiet] [--json out.json]
 *
 * Each argument is a folder with `labels.jsonl` and one `<id>.txt` per label (first line the
 * title). Prints Cohen's kappa per question and overall for every set and for all of them pooled,
 * then every wrong cell: label → analyzer status, the labeller's quoted phrase and the analyzer's
 * evidence. `--quiet` prints the figures only.
 *
 * Sets gathered as the honest held-out check are refused: reading their errors while writing
 * rules would spoil the only figure that says how the rules generalise. Sets 5 and 6 were scored
 * blind under analysis 1.3.0 and are development data from round two on; sets 7 and 8 were scored
 * blind under 1.4.0 and are development data for 1.5.0, like set 10; sets 9, 11 and 12 helped choose
 * two broad cues, sets 13 and 14 two more; sets 15 to 20 were scored blind under 1.5.0 and are
 * development data for 1.6.0; sets 21 to 24 were scored blind under 1.6.0 and are development data
 * for 1.7.0, whose two cues sets 25, 26 and 28 helped choose (from their figures, not their errors);
 * set 27 and sets 29 onwards are blind.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analysisRow, analyze, corpusAgreement, type LabelRow } from '../lib/analyze/index.ts';
import { readLabels, readText } from './labelled-sets.ts';

const NAMES = ['missing', 'partial', 'evident'];
const QS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'] as const;
const BLIND = /(?:^|[\\/])heldout(?:2[79]|[3-9]\d)(?:[\\/]|$)/;

interface Row extends LabelRow {
  evidence?: Record<string, string>;
}

function loadSet(dir: string) {
  const labels = readLabels<Row>(dir);
  const results = labels.map((l) => analyze(readText(dir, l.id)));
  return { labels, results, predictions: results.map((a, i) => analysisRow(labels[i]!.id, a)) };
}

const f2 = (x: number) => (x < 0 ? '' : ' ') + x.toFixed(2);

function line(name: string, n: number, ag: ReturnType<typeof corpusAgreement>): string {
  const per = QS.map((q) => f2(ag.perQuestion[q].kappa)).join(' ');
  return `${name.padEnd(14)} n=${String(n).padStart(3)}  κ ${f2(ag.overall.kappa)}  exact ${ag.overall.exact.toFixed(0).padStart(3)}%  | ${per}`;
}

function speed() {
  const dir = 'tests/fixtures/assignments';
  const ids = Array.from({ length: 48 }, (_, i) => String(i + 1).padStart(3, '0'));
  const corpus = ids.map((id) => readFileSync(join(dir, `${id}.txt`), 'utf8')).join('\n\n');
  const parts: string[] = [];
  for (let n = 0; n < 5_000_000; n += corpus.length + 2) parts.push(corpus, '\n\n');
  const big = parts.join('');
  analyze({ title: 'Corpus', text: big });
  const runs: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    analyze({ title: 'Corpus', text: big });
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  const one = readText(dir, '038');
  for (let k = 0; k < 200; k++) analyze(one);
  const batches: number[] = [];
  for (let b = 0; b < 9; b++) {
    const t0 = performance.now();
    for (let k = 0; k < 200; k++) analyze(one);
    batches.push(((performance.now() - t0) * 1000) / 200);
  }
  batches.sort((a, b) => a - b);
  process.stdout.write(
    `corpus ${(big.length / 1e6).toFixed(1)} MB: ${(big.length / 1e6 / (runs[1]! / 1000)).toFixed(1)} MB/s (median of 3 warm)\n` +
      `one text (038, ${one.text.length} chars): ${batches[4]!.toFixed(0)} µs per analyze (median of 9 × 200)\n`,
  );
}

function main() {
  const args = process.argv.slice(2);
  if (args.includes('--speed')) return speed();
  const quiet = args.includes('--quiet');
  const jsonAt = args.indexOf('--json');
  const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
  const dirs = args.filter((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1));
  if (!dirs.length) {
    process.stderr.write('usage: score-sets.ts <set dir>… [--quiet] [--json out.json]\n');
    process.exitCode = 2;
    return;
  }
  for (const d of dirs) {
    if (BLIND.test(resolve(d))) {
      process.stderr.write(`refused: ${d} is a blind held-out set; score it only through the agreement test, once.\n`);
      process.exitCode = 2;
      return;
    }
  }
  const allL: LabelRow[] = [];
  const allP: LabelRow[] = [];
  const summary: string[] = ['set            texts   overall  exact   |    q1    q2    q3    q4    q5    q6'];
  const wrong: string[] = [];
  const directions: string[] = ['wrong cells     over  q1 q2 q3 q4 q5 q6          under  q1 q2 q3 q4 q5 q6'];
  const out: Record<string, unknown> = {};
  for (const dir of dirs) {
    const name = basename(resolve(dir)) === 'assignments' ? 'dev (48)' : basename(resolve(dir));
    const { labels, results, predictions } = loadSet(dir);
    // Ids are unique within a set, not across: pool under set-qualified ids.
    allL.push(...labels.map((l) => ({ ...l, id: `${name}/${l.id}` })));
    allP.push(...predictions.map((p) => ({ ...p, id: `${name}/${p.id}` })));
    const ag = corpusAgreement(labels, predictions);
    summary.push(line(name, labels.length, ag));
    // Over-reading (a status above the label) and under-reading (below it) call for opposite fixes.
    const over = QS.map((q) => labels.filter((l, i) => predictions[i]![q] > l[q]).length);
    const under = QS.map((q) => labels.filter((l, i) => predictions[i]![q] < l[q]).length);
    directions.push(`${name.padEnd(14)} over ${over.map((n) => String(n).padStart(2)).join(' ')} (${over.reduce((a, b) => a + b, 0)})   under ${under.map((n) => String(n).padStart(2)).join(' ')} (${under.reduce((a, b) => a + b, 0)})`);
    out[name] = { kappa: ag.overall.kappa, exact: ag.overall.exact, perQuestion: Object.fromEntries(QS.map((q) => [q, ag.perQuestion[q].kappa])) };
    labels.forEach((l, i) => {
      const a = results[i]!;
      for (const q of QS) {
        const p = predictions[i]![q];
        if (p === l[q]) continue;
        const ev = a.questions[Number(q[1]) - 1]!.evidence.map((e) => `«${e.text.replace(/\s+/g, ' ')}»`).join(' ');
        const quote = l.evidence?.[q];
        wrong.push(`${name}/${l.id} ${q}: label ${NAMES[l[q]]} → ${NAMES[p]}${quote ? `\n    label: «${quote.replace(/\s+/g, ' ')}»` : ''}${ev ? `\n    found: ${ev}` : ''}`);
      }
    });
  }
  if (dirs.length > 1) summary.push(line('pooled', allL.length, corpusAgreement(allL, allP)));
  if (!quiet && wrong.length) process.stdout.write(`${wrong.join('\n')}\n\n${wrong.length} wrong cells\n\n`);
  process.stdout.write(`${summary.join('\n')}\n\n${directions.join('\n')}\n`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(out, null, 1));
}

main();
