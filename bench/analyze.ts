/**
 * `npm run bench -- analyze`: analyzer throughput and agreement with the labelled corpus.
 * (a) the corpus concatenated and repeated to ≥ 5 MB; (b) one assignment description grown to
 * 5 MB; (c) the corpus texts one by one, as a course package feeds them (per-text costs such as
 * language detection and suggestions count here, and are hidden in (a) and (b)). Throughput is
 * the median of three warm runs (the extension analyses page after page, so a warm JIT is the
 * normal case); the first, cold run is reported too. (c) is measured in CPU time as well, which
 * other people's work on the shared machine disturbs less than wall time, and the load average
 * is reported with the figures.
 */
import { existsSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { analysisRow, analyze, analyzeStatuses, corpusAgreement, type LabelRow } from '../lib/analyze/index.ts';
import { readLabels, readText } from '../scripts/labelled-sets.ts';

const FIXTURES = new URL('../tests/fixtures/assignments/', import.meta.url);
const TARGET = 5 * 1024 * 1024;

function loadCorpus(folder = FIXTURES, file = 'labels.jsonl') {
  const labels = readLabels(folder, file);
  return { labels, texts: labels.map((l) => ({ id: l.id, ...readText(folder, l.id) })) };
}

/** The analyzer's labels for `texts`, in the corpus format. */
function predict(texts: { id: string; title: string; text: string }[]): LabelRow[] {
  return texts.map(({ id, title, text }) => analysisRow(id, analyze({ title, text })));
}

/** Builds a flat (not rope) string of at least `size` characters, as DOM text would be. */
function grow(unit: string, size: number, vary: (i: number) => string): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const piece = vary(i) + unit;
    parts.push(piece);
    n += piece.length;
  }
  return parts.join('');
}

function throughput(text: string, title: string) {
  const mb = text.length / 1e6;
  const t0 = performance.now();
  analyze({ title, text });
  const cold = performance.now() - t0;
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = performance.now();
    analyze({ title, text });
    runs.push(performance.now() - s);
  }
  runs.sort((a, b) => a - b);
  const median = runs[1]!;
  return { mb: round(mb, 2), coldMBps: round(mb / (cold / 1000), 1), warmMBps: round(mb / (median / 1000), 1), warmMs: round(median, 0) };
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * The texts one at a time, `rounds` times over: microseconds per text and MB/s, wall and CPU
 * (medians of five runs after a warm-up round).
 */
function perText(texts: { title: string; text: string }[], run: typeof analyze, rounds: number) {
  const chars = texts.reduce((n, t) => n + t.text.length, 0) * rounds;
  for (const t of texts) run({ title: t.title, text: t.text });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < 5; k++) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    for (let r = 0; r < rounds; r++) for (const t of texts) run({ title: t.title, text: t.text });
    wall.push(performance.now() - w0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const n = texts.length * rounds;
  const w = wall[2]!;
  const c = cpu[2]!;
  return { usPerText: round((w * 1000) / n, 0), cpuUsPerText: round((c * 1000) / n, 0), MBps: round(chars / 1e6 / (w / 1000), 1), cpuMBps: round(chars / 1e6 / (c / 1000), 1) };
}

/** Sets never used to write or choose a rule (tests/fixtures/assignments/README.md). */
const NEVER_TUNED_ON = new Set([27]);
/** The numbered sets present (`heldout3/` and on), in order: the bench scores each. */
const NUMBERED_SETS = readdirSync(FIXTURES)
  .flatMap((name) => /^heldout(\d+)$/.exec(name)?.[1] ?? [])
  .map(Number)
  .sort((a, b) => a - b);

/** Cohen's kappa per question, two decimals. */
const kappas = (ag: ReturnType<typeof corpusAgreement>) => Object.fromEntries(Object.entries(ag.perQuestion).map(([q, v]) => [q, round(v.kappa, 2)]));

/** Figures for bench/results.json. */
export async function run(): Promise<Record<string, number | string | boolean | Record<string, unknown>>> {
  const { labels, texts } = loadCorpus();

  const predictions = predict(texts);
  const ag = corpusAgreement(labels, predictions);
  // Later sets, each labelled blind before the analyzer saw it. Sets 2 to 8 and 10 were then used
  // to revise the rules (analysis 1.2.0 to 1.6.0); sets 9 and 11 to 14
  // only helped choose four broad cues; sets 15 to 20 were used for 1.6.0; sets 21 to 24 for
  // 1.7.0, with 25, 26 and 28, which only helped choose its two cues; set 27 never was: its figure
  // is the honest one (tests/fixtures/assignments/README.md).
  const second = loadCorpus(new URL('heldout/', FIXTURES));
  const agSecond = corpusAgreement(second.labels, predict(second.texts));
  // Every numbered set in order; the never-used ones keep "NeverTunedOn" in their figure's name.
  const later = Object.fromEntries(
    NUMBERED_SETS.map((n) => {
      const set = loadCorpus(new URL(`heldout${n}/`, FIXTURES));
      const ag = corpusAgreement(set.labels, predict(set.texts));
      const figure = { texts: set.labels.length, kappaOverall: round(ag.overall.kappa, 2), exactPct: round(ag.overall.exact, 1), kappaPerQuestion: kappas(ag) };
      return [`heldOut${n}${NEVER_TUNED_ON.has(n) ? 'NeverTunedOn' : ''}`, figure];
    }),
  );
  const heldOutIds = new Set(labels.filter((l) => Number(l.id) >= 42).map((l) => l.id));
  const heldOut = corpusAgreement(
    labels.filter((l) => heldOutIds.has(l.id)),
    predictions.filter((p) => heldOutIds.has(p.id)),
  );

  const corpus = texts.map((t) => `${t.title}\n${t.text}`).join('\n\n');
  const corpusBig = grow(corpus, TARGET, () => '\n\n');
  const single = texts.find((t) => t.id === '019')!.text;
  // One long description: the same assignment's paragraphs repeated with numbered sections.
  const singleBig = grow(single, TARGET, (i) => `\n\nPart ${i + 1}. `);

  // The machine is shared: the load average says how far other work may have slowed the figures.
  const loadBefore = round(loadavg()[0]!, 2);
  const a = throughput(corpusBig, 'Assignment corpus');
  const b = throughput(singleBig, 'Writing (210A): Tutorial Blog');
  const c = perText(texts, analyze, 20);
  const d = perText(texts, analyzeStatuses, 20);
  const loadAfter = round(loadavg()[0]!, 2);

  return {
    corpusTexts: labels.length,
    corpusSpanish: texts.filter((t) => analyze({ title: t.title, text: t.text }).language === 'es').length,
    corpusRepeatedMB: a.mb,
    corpusRepeatedMBps: a.warmMBps,
    corpusRepeatedColdMBps: a.coldMBps,
    singleDescriptionMB: b.mb,
    singleDescriptionMBps: b.warmMBps,
    singleDescriptionColdMBps: b.coldMBps,
    perTextUs: c.usPerText,
    perTextCpuUs: c.cpuUsPerText,
    perTextMBps: c.MBps,
    perTextCpuMBps: c.cpuMBps,
    perTextStatusesOnlyUs: d.usPerText,
    perTextStatusesOnlyCpuUs: d.cpuUsPerText,
    perTextStatusesOnlyMBps: d.MBps,
    meets20MBps: a.warmMBps >= 20 && b.warmMBps >= 20,
    perTextMeets20MBps: c.MBps >= 20,
    perTextCpuMeets20MBps: c.cpuMBps >= 20,
    loadAverage1m: `${loadBefore} before, ${loadAfter} after`,
    kappaPerQuestion: kappas(ag),
    kappaOverall: round(ag.overall.kappa, 2),
    weightedKappaOverall: round(ag.overall.weightedKappa, 2),
    exactAgreementPct: round(ag.overall.exact, 1),
    heldOutTexts: heldOutIds.size,
    heldOutKappaOverall: round(heldOut.overall.kappa, 2),
    heldOutExactPct: round(heldOut.overall.exact, 1),
    heldOut2Texts: second.labels.length,
    heldOut2KappaOverall: round(agSecond.overall.kappa, 2),
    heldOut2KappaPerQuestion: kappas(agSecond),
    heldOut2ExactPct: round(agSecond.overall.exact, 1),
    ...later,
    // How far two careful people agree on the same texts by the same written rules: a second
    // engineer labelled sets 3 and 4 blind, two more the newest sets 21 and 24: every set with a
    // `labels-second.jsonl` (SECOND-LABELLER.md in each folder).
    humanAgreement: Object.fromEntries(
      NUMBERED_SETS.map((n) => `heldout${n}`)
        .filter((name) => existsSync(new URL(`${name}/labels-second.jsonl`, FIXTURES)))
        .map((name) => {
          const folder = new URL(`${name}/`, FIXTURES);
          const ag = corpusAgreement(readLabels(folder), readLabels(folder, 'labels-second.jsonl'));
          return [name, { kappaOverall: round(ag.overall.kappa, 2), exactPct: round(ag.overall.exact, 1) }];
        }),
    ),
  };
}
