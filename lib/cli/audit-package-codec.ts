/**
 * How audit results travel back from the worker threads of `audit-package`. A structured clone
 * of 16 full results (six questions, each with evidence objects) cost the workers about a tenth
 * of their time; here a batch is a few strings per item and one Int32Array of numbers, whose
 * buffer is transferred rather than copied. Evidence text is not sent at all: it is always
 * `description.slice(start, end)`, and the caller has the description.
 */
import type { AuditInput, AuditResult } from '../audit.ts';
import type { QuestionId, Status } from '../analyze/types.ts';

/** One batch of results from a worker, in the order the items were sent. */
export interface EncodedBatch {
  ids: number[];
  /** Per item: language, analysis version, topic, title, message ('' when none), then the search countries. */
  strings: string[];
  /**
   * Per item: ok (0: the audit threw, and the item's only string is the error message), then
   * supported, has message, score, number of search countries, number of questions, and per
   * question: id, status (0 missing, 1 partial, 2 evident), number of evidence spans, start and
   * end of each span.
   */
  numbers: Int32Array<ArrayBuffer>;
}

const STATUS: readonly Status[] = ['missing', 'partial', 'evident'];
const CODE: Record<Status, number> = { missing: 0, partial: 1, evident: 2 };

/** Packs results (or the errors thrown instead) for `postMessage(batch, [batch.numbers.buffer])`. */
export function encodeBatch(items: ReadonlyArray<{ id: number; result?: AuditResult; error?: string }>): EncodedBatch {
  const ids: number[] = [];
  const strings: string[] = [];
  const nums: number[] = [];
  for (const { id, result: r, error } of items) {
    ids.push(id);
    if (!r) {
      nums.push(0);
      strings.push(error ?? 'unknown error');
      continue;
    }
    nums.push(1, r.supported ? 1 : 0, r.message === undefined ? 0 : 1, r.score, r.searchCountries.length, r.questions.length);
    strings.push(r.language, r.analysisVersion, r.topic, r.title, r.message ?? '', ...r.searchCountries);
    for (const q of r.questions) {
      nums.push(q.id, CODE[q.status], q.evidence.length);
      for (const e of q.evidence) nums.push(e.start, e.end);
    }
  }
  return { ids, strings, numbers: Int32Array.from(nums) };
}

/**
 * Unpacks a batch; `inputOf(id)` gives the input each item was audited from. Results come back
 * as `audit` would give them, without suggestions (the package output never shows them).
 */
export function decodeBatch(
  batch: EncodedBatch,
  inputOf: (id: number) => AuditInput | undefined,
): Array<{ id: number; result: AuditResult } | { id: number; error: string }> {
  const out: Array<{ id: number; result: AuditResult } | { id: number; error: string }> = [];
  const n = batch.numbers;
  const s = batch.strings;
  let p = 0;
  let t = 0;
  for (const id of batch.ids) {
    if (n[p++] === 0) {
      out.push({ id, error: s[t++]! });
      continue;
    }
    const input = inputOf(id);
    const description = input?.description ?? '';
    const supported = n[p++] === 1;
    const hasMessage = n[p++] === 1;
    const score = n[p++]!;
    const countries = n[p++]!;
    const count = n[p++]!;
    const language = s[t++]!;
    const analysisVersion = s[t++]!;
    const topic = s[t++]!;
    const title = s[t++]!;
    const message = s[t++]!;
    const searchCountries = s.slice(t, t + countries);
    t += countries;
    const questions: AuditResult['questions'] = [];
    for (let k = 0; k < count; k++) {
      const qid = n[p++] as QuestionId;
      const status = STATUS[n[p++]!]!;
      const spans = n[p++]!;
      const evidence: AuditResult['questions'][number]['evidence'] = [];
      for (let e = 0; e < spans; e++) {
        const start = n[p++]!;
        const end = n[p++]!;
        evidence.push({ text: description.slice(start, end), start, end });
      }
      questions.push({ id: qid, status, evidence, suggestions: [] });
    }
    out.push({
      id,
      result: {
        platform: input?.platform ?? null,
        url: input?.url ?? null,
        title,
        description,
        language,
        supported,
        ...(hasMessage ? { message } : {}),
        score,
        analysisVersion,
        topic,
        searchCountries,
        questions,
      },
    });
  }
  return out;
}
