import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysisRow, analyze, cohenKappa, corpusAgreement, weightedKappa, type LabelRow } from '../../../lib/analyze/index.ts';
import { readLabels, readText } from '../../../scripts/labelled-sets.ts';

const FIXTURES = new URL('../../fixtures/assignments/', import.meta.url);

const loadLabels = (folder = FIXTURES): LabelRow[] => readLabels(folder);
const predict = (id: string, folder = FIXTURES): LabelRow => analysisRow(id, analyze(readText(folder, id)));

describe('Cohen’s kappa', () => {
  it('matches the textbook two-rater example (kappa 0.4)', () => {
    // 50 items: both yes 20, A yes/B no 5, A no/B yes 10, both no 15.
    const a = [...Array(20).fill(1), ...Array(5).fill(1), ...Array(10).fill(0), ...Array(15).fill(0)];
    const b = [...Array(20).fill(1), ...Array(5).fill(0), ...Array(10).fill(1), ...Array(15).fill(0)];
    expect(cohenKappa(a, b, 2)).toBeCloseTo(0.4, 10);
  });

  it.each([
    [[0, 1, 2, 2, 1, 0], [0, 1, 2, 2, 1, 0], 1],
    [[0, 0, 0], [0, 0, 0], 1],
  ])('is 1 for perfect agreement (%j)', (a, b, k) => {
    expect(cohenKappa(a, b)).toBe(k);
  });

  it('gives near misses partial credit when weighted', () => {
    const labels = [0, 1, 2, 2, 1, 0, 2, 1];
    const nearMiss = [0, 2, 2, 1, 1, 0, 2, 1];
    const farMiss = [2, 1, 2, 0, 1, 2, 2, 1];
    expect(weightedKappa(labels, nearMiss)).toBeGreaterThan(cohenKappa(labels, nearMiss));
    expect(weightedKappa(labels, nearMiss)).toBeGreaterThan(weightedKappa(labels, farMiss));
  });

  it('refuses lists of different lengths or out-of-range ratings with a clear message', () => {
    expect(() => cohenKappa([0, 1], [0])).toThrow(/differ in length/);
    expect(() => cohenKappa([0, 3], [0, 1])).toThrow(/out of range/);
  });
});

describe('the analyzer against the labelled corpus', () => {
  const labels = loadLabels();
  const predictions = labels.map((l) => predict(l.id));
  const ag = corpusAgreement(labels, predictions);

  it('has the corpus the brief asks for', () => {
    expect(labels.length).toBeGreaterThanOrEqual(40);
    expect(ag.missing).toEqual([]);
  });

  it('agrees with the blind labels at an honest floor (printed)', () => {
    const lines = Object.entries(ag.perQuestion).map(
      ([q, v]) =>
        `${q}: kappa ${v.kappa.toFixed(2)}  weighted ${v.weightedKappa.toFixed(2)}  exact ${v.exact.toFixed(0)}%  confusion(label→pred) ${JSON.stringify(v.confusion)}`,
    );
    lines.push(`overall: kappa ${ag.overall.kappa.toFixed(2)}  weighted ${ag.overall.weightedKappa.toFixed(2)}  exact ${ag.overall.exact.toFixed(0)}%  (n=${labels.length} texts)`);
    console.log(`Analyzer vs labels\n${lines.join('\n')}`);
    // Floors a little under what analysis 1.4.0 reaches on all 48 texts (0.84 overall; q2 0.69,
    // q6 0.74, the rest 0.81-0.93); see the fixtures README for the held-out figures.
    expect(ag.overall.kappa).toBeGreaterThanOrEqual(0.8);
    for (const q of ['q1', 'q3', 'q4', 'q5'] as const) expect(ag.perQuestion[q].kappa).toBeGreaterThanOrEqual(0.75);
    expect(ag.perQuestion.q6.kappa).toBeGreaterThanOrEqual(0.6);
    expect(ag.perQuestion.q2.kappa).toBeGreaterThanOrEqual(0.6);
  });
});

/**
 * The later sets, each labelled blind before the analyzer was run on it. Sets 2 to 26 and 28 have
 * since been used to revise the rules or choose cues, so their floors are in-sample figures; set
 * 27 never was and is the honest check of how the rules generalise (the fixtures README records
 * each set's blind figure before it was used).
 */
const LATER_SETS = [
  // Used to write rules since analysis 1.2.0: 0.96 and 0.89 with 1.4.0.
  { folder: 'heldout/', name: 'set 2', readme: 'README.md', floor: 0.85 },
  { folder: 'heldout3/', name: 'set 3', readme: 'heldout3/README.md', floor: 0.85 },
  // Blind 0.33 (1.2.0), 0.37 for 1.3.0's first families; used since: 0.80 with 1.4.0.
  { folder: 'heldout4/', name: 'set 4', readme: 'heldout4/README.md', floor: 0.75 },
  // Blind 0.37 (1.2.0), 0.42 (1.3.0); its misses were used to write 1.4.0: 0.80, in-sample.
  { folder: 'heldout5/', name: 'set 5', readme: 'heldout5/README.md', floor: 0.75 },
  // Blind 0.18 (1.2.0), 0.23 (1.3.0), 0.23 for 1.4.0's families written from set 5 (held out
  // for that one step); then its misses were used too: 0.70 with 1.4.0, in-sample.
  { folder: 'heldout6/', name: 'set 6', readme: 'heldout6/README.md', floor: 0.65 },
  // Gathered and labelled blind while analysis 1.4.0 was written: 0.36 with 1.2.0 and 1.3.0, 0.38
  // with 1.4.0 (never used for a rule until then). Its misses were used to write 1.5.0: 0.72,
  // in-sample.
  { folder: 'heldout7/', name: 'set 7', readme: 'heldout7/README.md', floor: 0.65 },
  // Gathered and labelled blind after analysis 1.4.0 was written: 0.42 with 1.2.0 and 1.3.0, 0.40
  // with 1.4.0. Its misses were used to write 1.5.0: 0.72, in-sample.
  { folder: 'heldout8/', name: 'set 8', readme: 'heldout8/README.md', floor: 0.65 },
  // Gathered and labelled blind while 1.5.0 was written: 0.45 under 1.4.0 and under the families
  // from sets 7 and 8; its misses were then used for the rest of 1.5.0: 0.76, in-sample.
  { folder: 'heldout10/', name: 'set 10', readme: 'heldout10/README.md', floor: 0.7 },
  // Gathered and labelled blind while 1.5.0 was written, never used to write a rule: 0.59 with
  // 1.4.0, 0.60 with the phrase families of 1.5.0; 0.67 with the broad choice cue, which sets 7–10
  // (as first scored) were used to choose.
  { folder: 'heldout9/', name: 'set 9', readme: 'heldout9/README.md', floor: 0.55 },
  // Gathered and labelled blind after the choice cue: 0.42 and 0.41 with 1.4.0, 0.46 and 0.45 with
  // 1.5.0 as first scored; 0.49 and 0.46 with the product cue they helped choose.
  { folder: 'heldout11/', name: 'set 11', readme: 'heldout11/README.md', floor: 0.4 },
  { folder: 'heldout12/', name: 'set 12', readme: 'heldout12/README.md', floor: 0.4 },
  // Gathered and labelled blind after the first two broad cues: 1.4.0 0.18 and 0.28, 1.5.0 as
  // first scored 0.27 and 0.29; 0.31 and 0.30 with the blog and perspective cues they helped choose.
  { folder: 'heldout13/', name: 'set 13', readme: 'heldout13/README.md', floor: 0.2 },
  { folder: 'heldout14/', name: 'set 14', readme: 'heldout14/README.md', floor: 0.2 },
  // Gathered and labelled blind after 1.5.0 was final (1.4.0 0.49 and 0.54; 1.5.0 0.51 and 0.55),
  // sets 17–20 a session later (1.5.0 0.51, 0.48, 0.48, 0.37). Their misses were used to write
  // 1.6.0: 0.53, 0.57, 0.53, 0.54, 0.56, 0.42, in-sample.
  { folder: 'heldout15/', name: 'set 15', readme: 'heldout15/README.md', floor: 0.45 },
  { folder: 'heldout16/', name: 'set 16', readme: 'heldout16/README.md', floor: 0.45 },
  { folder: 'heldout17/', name: 'set 17', readme: 'heldout17/README.md', floor: 0.45 },
  { folder: 'heldout18/', name: 'set 18', readme: 'heldout18/README.md', floor: 0.45 },
  { folder: 'heldout19/', name: 'set 19', readme: 'heldout19/README.md', floor: 0.45 },
  { folder: 'heldout20/', name: 'set 20', readme: 'heldout20/README.md', floor: 0.35 },
  // Gathered and labelled blind while 1.6.0 was written (1.4.0 0.32, 0.42, 0.31, 0.35; 1.5.0 0.31,
  // 0.44, 0.35, 0.35; 1.6.0 0.34, 0.44, 0.35, 0.35), then read for 1.7.0: 0.41, 0.44, 0.35, 0.35.
  { folder: 'heldout21/', name: 'set 21', readme: 'heldout21/README.md', floor: 0.3 },
  { folder: 'heldout22/', name: 'set 22', readme: 'heldout22/README.md', floor: 0.3 },
  { folder: 'heldout23/', name: 'set 23', readme: 'heldout23/README.md', floor: 0.25 },
  { folder: 'heldout24/', name: 'set 24', readme: 'heldout24/README.md', floor: 0.25 },
  // Gathered and labelled blind while 1.7.0 was written; 1.6.0 as first scored 0.43, 0.55, 0.46,
  // 0.49. Sets 25, 26 and 28 helped choose 1.7.0's two cues (0.43, 0.57, 0.49); set 27 was scored
  // once 1.7.0 was committed and never used: 0.46, the honest figure.
  { folder: 'heldout25/', name: 'set 25', readme: 'heldout25/README.md', floor: 0.35 },
  { folder: 'heldout26/', name: 'set 26', readme: 'heldout26/README.md', floor: 0.45 },
  { folder: 'heldout27/', name: 'set 27', readme: 'heldout27/README.md', floor: 0.35 },
  { folder: 'heldout28/', name: 'set 28', readme: 'heldout28/README.md', floor: 0.4 },
  // Gathered and labelled blind in session 11 (K-12 in English-speaking schools; Spanish-language
  // teaching; post-school), scored once under 1.7.0, whose statuses that session left alone: 0.52, 0.64, 0.35.
  { folder: 'heldout29/', name: 'set 29', readme: 'heldout29/README.md', floor: 0.4 },
  { folder: 'heldout30/', name: 'set 30', readme: 'heldout30/README.md', floor: 0.5 },
  { folder: 'heldout31/', name: 'set 31', readme: 'heldout31/README.md', floor: 0.25 },
] as const;

describe.each(LATER_SETS)('the analyzer on held-out $name (tests/fixtures/assignments/$folder)', ({ folder, name, readme, floor }) => {
  const dir = new URL(folder, FIXTURES);
  const labels = loadLabels(dir);

  it('has ten or more texts, each with provenance and verbatim evidence', () => {
    expect(labels.length).toBeGreaterThanOrEqual(10);
    const provenance = readFileSync(new URL(readme, FIXTURES), 'utf8');
    for (const l of labels) {
      expect(provenance, l.id).toContain(`| ${l.id} |`);
      const text = readFileSync(new URL(`${l.id}.txt`, dir), 'utf8');
      for (const quote of Object.values((l as LabelRow & { evidence?: Record<string, string> }).evidence ?? {})) expect(text, l.id).toContain(quote);
    }
  });

  it('agrees with the blind labels above a floor (printed)', () => {
    const ag = corpusAgreement(labels, labels.map((l) => predict(l.id, dir)));
    const per = Object.entries(ag.perQuestion).map(([q, v]) => `${q} ${v.kappa.toFixed(2)}`).join('  ');
    console.log(`Held-out ${name} (n=${labels.length}): kappa ${ag.overall.kappa.toFixed(2)}  exact ${ag.overall.exact.toFixed(0)}%  ${per}`);
    // A floor that catches a broken analyzer, not a target.
    expect(ag.overall.kappa).toBeGreaterThanOrEqual(floor);
  });
});

/**
 * The ceiling the analyzer's figures are read against: on sets 3, 4, 21 and 24 a second person
 * labelled every text again, blind to the first labels (SECOND-LABELLER.md in each folder). The
 * README and the bench cite these figures; a second labelling that lost a text, quoted words its
 * text does not hold, or stopped agreeing would make them untrue.
 */
describe.each([
  ['heldout3/', 0.85],
  ['heldout4/', 0.85],
  ['heldout21/', 0.75],
  ['heldout24/', 0.75],
] as const)('the second labelling of %s', (folder, floor) => {
  const dir = new URL(folder, FIXTURES);
  const first = loadLabels(dir);
  const second = readLabels<LabelRow & { evidence?: Record<string, string> }>(dir, 'labels-second.jsonl');

  it('labels the same texts, quoting each text verbatim', () => {
    expect(second.map((l) => l.id).sort()).toEqual(first.map((l) => l.id).sort());
    for (const l of second) {
      const text = readFileSync(new URL(`${l.id}.txt`, dir), 'utf8');
      for (const quote of Object.values(l.evidence ?? {})) expect(text, l.id).toContain(quote);
    }
  });

  it('agrees with the first labelling at the figure the README cites (printed)', () => {
    const byId = new Map(first.map((l) => [l.id, l]));
    const ag = corpusAgreement(second.map((l) => byId.get(l.id)!), second);
    console.log(`Two people on ${folder}: kappa ${ag.overall.kappa.toFixed(2)}`);
    expect(ag.overall.kappa).toBeGreaterThanOrEqual(floor);
  });
});
