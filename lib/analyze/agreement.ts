/**
 * How far the analyzer agrees with people who labelled the same texts: Cohen's kappa (unweighted
 * and quadratic-weighted), exact agreement and the confusion matrix, per question and pooled.
 * Labels are 0 missing, 1 partial, 2 evident, as in tests/fixtures/assignments/labels.jsonl.
 */

/** One labelled (or predicted) text: q1..q6 each 0, 1 or 2. */
export interface LabelRow {
  id: string;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  q5: number;
  q6: number;
}

/** Agreement on one question (or pooled over all six). */
export interface QuestionAgreement {
  n: number;
  kappa: number;
  weightedKappa: number;
  /** Exact agreement in percent (0..100). */
  exact: number;
  /** confusion[label][prediction] counts. */
  confusion: number[][];
}

/** Agreement per question and pooled over the six. */
export interface CorpusAgreement {
  perQuestion: Record<'q1' | 'q2' | 'q3' | 'q4' | 'q5' | 'q6', QuestionAgreement>;
  overall: QuestionAgreement;
  /** Ids present in the labels but not in the predictions (left out of the figures). */
  missing: string[];
}

function confusionOf(a: readonly number[], b: readonly number[], k: number): number[][] {
  if (a.length !== b.length) throw new RangeError(`Rating lists differ in length (${a.length} vs ${b.length}).`);
  const m = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= k || y >= k) {
      throw new RangeError(`Rating out of range at ${i}: ${x}, ${y} (categories 0..${k - 1}).`);
    }
    m[x]![y]! += 1;
  }
  return m;
}

function kappaFromConfusion(m: number[][], weight: (i: number, j: number) => number): number {
  const k = m.length;
  const n = m.reduce((s, row) => s + row.reduce((t, v) => t + v, 0), 0);
  if (n === 0) return 0;
  const rows = m.map((row) => row.reduce((t, v) => t + v, 0));
  const cols = m[0]!.map((_, j) => m.reduce((t, row) => t + row[j]!, 0));
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = weight(i, j);
      observed += (w * m[i]![j]!) / n;
      expected += (w * rows[i]! * cols[j]!) / (n * n);
    }
  }
  // Weights here are agreement weights (1 on the diagonal): kappa = (po - pe) / (1 - pe).
  if (1 - expected === 0) return observed === 1 ? 1 : 0;
  return (observed - expected) / (1 - expected);
}

/** Cohen's kappa, unweighted, for two raters over `categories` ordered classes 0..k-1. */
export function cohenKappa(a: readonly number[], b: readonly number[], categories = 3): number {
  return kappaFromConfusion(confusionOf(a, b, categories), (i, j) => (i === j ? 1 : 0));
}

/** Cohen's kappa with quadratic weights: near misses (partial vs evident) count half-right. */
export function weightedKappa(a: readonly number[], b: readonly number[], categories = 3): number {
  const d = (categories - 1) ** 2 || 1;
  return kappaFromConfusion(confusionOf(a, b, categories), (i, j) => 1 - (i - j) ** 2 / d);
}

function agreementOf(a: number[], b: number[]): QuestionAgreement {
  const confusion = confusionOf(a, b, 3);
  const same = a.filter((x, i) => x === b[i]).length;
  return {
    n: a.length,
    kappa: cohenKappa(a, b),
    weightedKappa: weightedKappa(a, b),
    exact: a.length ? (100 * same) / a.length : 0,
    confusion,
  };
}

const KEYS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'] as const;

/** Compares labelled rows with predicted rows, matched by id. */
export function corpusAgreement(labels: readonly LabelRow[], predictions: readonly LabelRow[]): CorpusAgreement {
  const byId = new Map(predictions.map((p) => [p.id, p]));
  const paired = labels.filter((l) => byId.has(l.id));
  const missing = labels.filter((l) => !byId.has(l.id)).map((l) => l.id);
  const perQuestion = {} as CorpusAgreement['perQuestion'];
  const allA: number[] = [];
  const allB: number[] = [];
  for (const k of KEYS) {
    const a = paired.map((l) => l[k]);
    const b = paired.map((l) => byId.get(l.id)![k]);
    perQuestion[k] = agreementOf(a, b);
    allA.push(...a);
    allB.push(...b);
  }
  return { perQuestion, overall: agreementOf(allA, allB), missing };
}

const LEVEL = { missing: 0, partial: 1, evident: 2 } as const;

/** An analysis as a row of the corpus format (0 missing, 1 partial, 2 evident), to compare with labels. */
export function analysisRow(id: string, analysis: { questions: ReadonlyArray<{ id: number; status: 'missing' | 'partial' | 'evident' }> }): LabelRow {
  const row = { id } as LabelRow;
  for (const q of analysis.questions) row[`q${q.id}` as 'q1'] = LEVEL[q.status];
  return row;
}
