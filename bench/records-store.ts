/**
 * Records at coach scale: 50,000 audits. How long the dashboard's numbers take per filter change
 * (index built once, then filter + per-question + weekly and monthly trends + per-teacher groups +
 * small wins + coverage), and what a load, a share and an import cost: validation (with zod's
 * eval-free mode, as in extension pages, whose CSP forbids eval), bundle and CSV out and back,
 * merge. Figures only; the ≤ 100 ms redraw budget in Chromium is measured by the dashboard bench.
 */
import { z } from 'zod';
import { buildIndex, coverage, filterRecords, groupBy, overTime, perQuestion, smallWins, type RecordFilter } from '../lib/records/aggregate.ts';
import { createBundle, parseBundle } from '../lib/records/bundle.ts';
import { fromCsv, toCsv } from '../lib/records/csv.ts';
import { mergeRecords } from '../lib/records/merge.ts';
import { migrateRecord } from '../lib/records/migrations.ts';
import { makeRecords } from '../tests/unit/records/factory.ts';

const N = 50_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)]! * 100) / 100;
}

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: Math.round((performance.now() - t0) * 100) / 100, value };
}

async function timeAsync<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await f();
  return { ms: Math.round(performance.now() - t0), value };
}

export async function run(): Promise<Record<string, number | string | boolean | object>> {
  const records = makeRecords(N, 1, { assignments: 12_000, days: 365 });
  const bytesPerRecord = Math.round(JSON.stringify(records).length / N);

  const index = time(() => buildIndex(records));
  const filters: RecordFilter[] = [
    {},
    { teacher: ['Ms. Rahimi'] },
    { teacher: ['Ms. Rahimi', 'Mr. Okafor'], from: '2025-03-01', to: '2025-06-30' },
    { school: ['Lincoln High'], questions: [{ id: 4, status: ['missing'] }] },
    { course: ['Biology 9'], grade: ['9', '10'], platform: ['canvas'] },
    { text: 'iran crisis' },
  ];
  const filterMs: number[] = [];
  const redrawMs: number[] = [];
  let rows = 0;
  for (let round = 0; round < 5; round++) {
    for (const f of filters) {
      const t0 = performance.now();
      const sel = filterRecords(index.value, f);
      const t1 = performance.now();
      perQuestion(sel);
      overTime(sel, 'week');
      overTime(sel, 'month');
      groupBy(sel, 'teacher');
      groupBy(sel, 'course');
      smallWins(sel, { limit: 50 });
      coverage(sel, 6, new Date('2026-01-10T00:00:00Z'));
      const t2 = performance.now();
      if (round > 0) {
        filterMs.push(t1 - t0);
        redrawMs.push(t2 - t0);
      }
      rows += sel.rows.length;
    }
  }
  const wins = smallWins(index.value).length;

  const validateJit = time(() => records.filter((r) => migrateRecord(r).ok).length);
  z.config({ jitless: true });
  const validateNoEval = time(() => records.filter((r) => migrateRecord(r).ok).length);

  const bundle = await timeAsync(() => createBundle(records));
  const parsed = await timeAsync(() => parseBundle(bundle.value, { maxBytes: 500 * 1024 * 1024 }));
  const csv = time(() => toCsv(records));
  const csvBack = time(() => fromCsv(csv.value, { maxBytes: 500 * 1024 * 1024 }));
  const half = records.slice(0, N / 2);
  const merge = time(() => mergeRecords(half, records));

  return {
    records: N,
    bytesPerRecord,
    recordsPer10MB: Math.floor((10 * 1024 * 1024) / bytesPerRecord),
    buildIndexMs: index.ms,
    filterMedianMs: median(filterMs),
    filterPlusAllAggregatesMedianMs: median(redrawMs),
    filterPlusAllAggregatesMaxMs: Math.round(Math.max(...redrawMs) * 100) / 100,
    meanRowsPerFilter: Math.round(rows / (5 * filters.length)),
    smallWinsFound: wins,
    validateAllMs_jit: validateJit.ms,
    validateAllMs_noEval: validateNoEval.ms,
    bundleCreateMs: bundle.ms,
    bundleMB: Math.round((bundle.value.length / 1024 / 1024) * 10) / 10,
    bundleParseMs_noEval: parsed.ms,
    bundleRoundTripOk: parsed.value.ok && parsed.value.records.length === N,
    csvWriteMs: csv.ms,
    csvMB: Math.round((csv.value.length / 1024 / 1024) * 10) / 10,
    csvReadMs_noEval: csvBack.ms,
    csvRoundTripOk: csvBack.value.ok && csvBack.value.records.length === N,
    merge25kInto50kMs: merge.ms,
    mergeSummary: `${merge.value.added} new, ${merge.value.unchanged} unchanged`,
  };
}
