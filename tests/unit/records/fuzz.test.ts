/**
 * Fuzzing the import path: thousands of mutated bundles and CSV files from a seeded generator
 * (truncation, flipped bytes, huge strings, wrong types, prototype-pollution keys, deep nesting,
 * BOMs, NULs). Reading must never throw and must answer ok or a message; an import into a store
 * must apply fully or leave the store byte-identical. A failing case prints its seed and number.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importRecords, listRecords, saveRecords } from '../../../lib/browser/records.ts';
import { createBundle, parseBundle } from '../../../lib/records/bundle.ts';
import { canonicalJson } from '../../../lib/records/canonical.ts';
import { fromCsv, toCsv } from '../../../lib/records/csv.ts';
import { readImportFile } from '../../../lib/records/import-file.ts';
import { mergeRecords } from '../../../lib/records/merge.ts';
import { AuditRecordSchema, type AuditRecord } from '../../../lib/records/schema.ts';
import { sha256HexSync } from '../../../lib/records/sha256.ts';
import { makeRecords, rng } from './factory.ts';

const SEED = 20251123;
const BUNDLE_CASES = 3000;
const CSV_CASES = 2000;
const STORE_CASES = 400;

type Random = () => number;
const int = (r: Random, n: number) => Math.floor(r() * n);
const pick = <T>(r: Random, xs: readonly T[]): T => xs[int(r, xs.length)]!;

const HOSTILE_VALUES: ((r: Random) => unknown)[] = [
  () => null,
  () => 42,
  () => -1,
  () => 1e308,
  () => '',
  () => 'x'.repeat(200_000),
  () => '\u0000\u0000',
  () => '\ufeff',
  () => '=cmd|" /C calc"!A0',
  () => [],
  () => [1, 'a', null],
  () => ({}),
  () => ({ __proto__: { polluted: true } }),
  () => JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
  (r) => nest(int(r, 2) ? 40 : 3000),
  () => true,
  () => '2025-13-45T99:99:99Z',
  () => 'javascript:alert(1)',
];

function nest(depth: number): unknown {
  let v: unknown = 'deep';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** Every path (as keys) into a JSON value, up to a cap. */
function paths(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (out.length > 4000) return out;
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) paths((v as Record<string, unknown>)[k], [...prefix, k], out);
  return out;
}

function setAt(r: Random, root: unknown, path: (string | number)[], value: unknown, mode: 'set' | 'delete' | 'addKey'): void {
  let cur = root as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) cur = cur[path[i]!] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last === undefined) return;
  if (mode === 'delete') {
    if (Array.isArray(cur)) cur.splice(Number(last), 1);
    else delete cur[last];
  } else if (mode === 'addKey') {
    const target = cur[last];
    if (target && typeof target === 'object' && !Array.isArray(target)) {
      Object.defineProperty(target, pick(r, ['__proto__', 'constructor', 'prototype', 'toString']), {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
  } else cur[last] = value;
}

function reChecksum(bundle: Record<string, unknown>): void {
  try {
    bundle.checksum = `sha256-${sha256HexSync(canonicalJson(bundle.records))}`;
  } catch {
    // Too deep to checksum: leave it wrong, which is also a case.
  }
}

const pathCache = new Map<string, (string | number)[][]>();
function pathsOf(text: string, data: unknown): (string | number)[][] {
  let p = pathCache.get(text);
  if (!p) pathCache.set(text, (p = paths(data).filter((x) => x.length > 0)));
  return p;
}

/** One mutated bundle text. */
function mutateBundle(r: Random, base: string): string {
  const kind = int(r, 12);
  switch (kind) {
    case 0:
      return base.slice(0, int(r, base.length));
    case 1: {
      const chars = [...base];
      for (let k = 0; k < 1 + int(r, 5); k++) {
        const i = int(r, chars.length);
        chars[i] = String.fromCharCode(chars[i]!.charCodeAt(0) ^ (1 << int(r, 8)));
      }
      return chars.join('');
    }
    case 2: {
      const i = int(r, base.length);
      return base.slice(0, i) + pick(r, ['\u0000', '\ufeff', '\r\n', '"', '\\', '}', ']', '\ud800']) + base.slice(i);
    }
    case 3:
      return pick(r, ['\ufeff', '\ufeff\ufeff', '\u0000', ' \n']) + base;
    case 4: {
      const i = base.indexOf('"note":"', int(r, base.length));
      return i < 0 ? base : base.slice(0, i + 8) + 'Z'.repeat(1 + int(r, 300_000)) + base.slice(i + 8);
    }
    default: {
      // Structural: change one place, then (usually) fix the checksum so validation is reached.
      const data = JSON.parse(base) as Record<string, unknown>;
      const path = pick(r, pathsOf(base, data));
      const mode = pick(r, ['set', 'set', 'set', 'delete', 'addKey'] as const);
      setAt(r, data, path, pick(r, HOSTILE_VALUES)(r), mode);
      if (kind === 11 && Array.isArray(data.records) && data.records.length > 1) {
        data.records.push(structuredClone(data.records[0]));
        data.count = (data.records as unknown[]).length;
      }
      if (r() < 0.8) reChecksum(data);
      try {
        return JSON.stringify(data);
      } catch {
        return base;
      }
    }
  }
}

/** One mutated CSV text. */
function mutateCsv(r: Random, base: string): string {
  const kind = int(r, 9);
  switch (kind) {
    case 0:
      return base.slice(0, int(r, base.length));
    case 1: {
      const chars = [...base];
      for (let k = 0; k < 1 + int(r, 5); k++) {
        const i = int(r, chars.length);
        chars[i] = String.fromCharCode(chars[i]!.charCodeAt(0) ^ (1 << int(r, 8)));
      }
      return chars.join('');
    }
    case 2: {
      const i = int(r, base.length);
      return base.slice(0, i) + pick(r, ['\u0000', '\ufeff', '\r', '\n', '"', ',', '""', "'="]) + base.slice(i);
    }
    case 3:
      return base.replace(/,(evident|partial|missing),/, `,${pick(r, ['maybe', '', '=1+1', 'EVIDENT', 'x'.repeat(100_000)])},`);
    case 4: {
      const lines = base.split('\r\n');
      const i = 1 + int(r, lines.length - 1);
      const cells = (lines[i] ?? '').split(',');
      cells[int(r, cells.length)] = pick(r, ['__proto__', 'constructor', '"', '', 'z'.repeat(6000), '1e999', '-0']);
      lines[i] = cells.join(',');
      return lines.join('\r\n');
    }
    case 5:
      return base.replace('id,created', pick(r, ['id;created', 'ID,Created', '__proto__,created', 'id,created,id']));
    case 6:
      return pick(r, ['\ufeff', '\ufeff\ufeff', '']) + base + pick(r, ['\r\n\r\n', ',,,,', '"unterminated']);
    case 7:
      return base.split('\r\n').slice(0, 1 + int(r, 5)).join('\n');
    default:
      return base.replace(/\r\n/g, pick(r, ['\n', '\r', '\r\n']));
  }
}

function checkAnswer(result: { ok: boolean; error?: string; records?: unknown[] }, label: string): void {
  if (result.ok) {
    expect(Array.isArray(result.records), label).toBe(true);
    for (const rec of result.records!) expect(AuditRecordSchema.safeParse(rec).success, label).toBe(true);
  } else {
    expect(typeof result.error, label).toBe('string');
    expect(result.error!.length, label).toBeGreaterThan(5);
    // A message names the problem; it never echoes a 100 kB injected string back.
    expect(result.error!.length, label).toBeLessThan(2000);
  }
  expect(({} as Record<string, unknown>).polluted, `${label}: Object.prototype polluted`).toBeUndefined();
}

let baseRecords: AuditRecord[];
let baseBundle: string;
let baseCsv: string;

beforeAll(async () => {
  baseRecords = makeRecords(12, 77);
  // Re-audits and edits so merges see updates and conflicts, not only new records.
  baseRecords[5] = { ...baseRecords[5]!, labels: { teacher: "O'Brien, \"Pat\"", course: '=SUM(A1)' } };
  baseBundle = await createBundle(baseRecords, { createdBy: 'fuzz', now: new Date('2025-11-01T00:00:00Z') });
  baseCsv = toCsv(baseRecords);
});

afterAll(() => {
  vi.restoreAllMocks();
});

describe('fuzz: reading', () => {
  it(`${BUNDLE_CASES} mutated bundles: never throws, always ok or a message`, async () => {
    const r = rng(SEED);
    let accepted = 0;
    for (let i = 0; i < BUNDLE_CASES; i++) {
      const text = mutateBundle(r, baseBundle);
      const label = `bundle case ${i} (seed ${SEED})`;
      const result = await parseBundle(text).catch((e: unknown) => ({ ok: false, error: `THREW ${String(e)}` }));
      expect(result.ok || !('error' in result) || !result.error.startsWith('THREW'), label).toBe(true);
      checkAnswer(result as never, label);
      if (i % 10 === 0) {
        const routed = await readImportFile(text);
        expect(routed.ok ? 'ok' : typeof routed.error, label).toMatch(/^(string|ok)$/);
      }
      if (result.ok) accepted++;
    }
    // The generator must reach validation, not only the first checks.
    console.info(`fuzz: ${accepted} of ${BUNDLE_CASES} mutated bundles accepted`);
    expect(accepted).toBeGreaterThan(50);
    expect(accepted).toBeLessThan(BUNDLE_CASES);
  });

  it(`${CSV_CASES} mutated CSV files: never throws, always ok or a message`, () => {
    const r = rng(SEED + 1);
    let accepted = 0;
    for (let i = 0; i < CSV_CASES; i++) {
      const text = mutateCsv(r, baseCsv);
      const label = `csv case ${i} (seed ${SEED + 1})`;
      let result: ReturnType<typeof fromCsv>;
      try {
        result = fromCsv(text);
      } catch (e) {
        throw new Error(`${label} threw: ${String(e)}`, { cause: e });
      }
      checkAnswer(result as never, label);
      if (result.ok) accepted++;
    }
    console.info(`fuzz: ${accepted} of ${CSV_CASES} mutated CSV files accepted`);
    expect(accepted).toBeGreaterThan(20);
  });
});

describe('fuzz: importing into a store', () => {
  it(`${STORE_CASES} imports apply fully or leave the store byte-identical`, async () => {
    const r = rng(SEED + 2);
    const stored = makeRecords(20, 78);
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let applied = 0;
    let refusedWrites = 0;
    for (let i = 0; i < STORE_CASES; i++) {
      const label = `store case ${i} (seed ${SEED + 2})`;
      fakeBrowser.reset();
      vi.restoreAllMocks();
      await saveRecords(stored);
      const before = canonicalJson(await fakeBrowser.storage.local.get(null));
      const { records: beforeRecords } = await listRecords();

      // Half the cases import records that overlap the store (updates, conflicts), half fresh ones.
      const source = r() < 0.5 ? await createBundle([...stored.slice(0, 5 + int(r, 15)), ...baseRecords.slice(0, int(r, 12))]) : baseBundle;
      const text = r() < 0.7 ? mutateBundle(r, source) : source;
      const parsed = await parseBundle(text);
      if (!parsed.ok) {
        expect(canonicalJson(await fakeBrowser.storage.local.get(null)), label).toBe(before);
        continue;
      }
      // Sometimes the browser refuses a write partway.
      const failAt = r() < 0.3 ? 1 + int(r, 3) : 0;
      if (failAt) {
        let calls = 0;
        vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
          if (++calls === failAt) throw new Error('QUOTA_BYTES quota exceeded');
          return realSet(items);
        });
      }
      const result = await importRecords(parsed.records);
      vi.restoreAllMocks();
      const after = canonicalJson(await fakeBrowser.storage.local.get(null));
      if (result.ok) {
        applied++;
        const expected = mergeRecords(beforeRecords, parsed.records).records;
        const { records: now } = await listRecords();
        const key = (xs: AuditRecord[]) => xs.map((x) => canonicalJson(x)).sort();
        expect(key(now), label).toEqual(key(expected));
      } else {
        refusedWrites++;
        expect(after, label).toBe(before);
      }
    }
    console.info(`fuzz: ${applied} imports applied, ${refusedWrites} refused writes rolled back`);
    expect(applied).toBeGreaterThan(50);
    expect(refusedWrites).toBeGreaterThan(0);
  });
});
