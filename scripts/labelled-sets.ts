/**
 * Reading a labelled assignment set (tests/fixtures/assignments and its heldout folders): a
 * `labels.jsonl` with one row per text, and one `<id>.txt` per row whose first line is the title.
 * Shared by the agreement test, `bench/analyze.ts` and `scripts/score-sets.ts`, so the format is
 * read in one place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelRow } from '../lib/analyze/index.ts';

/** A set's folder: a path, or a file URL ending in "/". */
export type SetDir = string | URL;

const at = (dir: SetDir, name: string) => (typeof dir === 'string' ? join(dir, name) : new URL(name, dir));

/** The rows of a set's labels file (`labels.jsonl`, or another labeller's file in the same format). */
export function readLabels<Row extends LabelRow = LabelRow>(dir: SetDir, file = 'labels.jsonl'): Row[] {
  return readFileSync(at(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

/** One text of a set: the title line and the rest. */
export function readText(dir: SetDir, id: string): { title: string; text: string } {
  const raw = readFileSync(at(dir, `${id}.txt`), 'utf8');
  const nl = raw.indexOf('\n');
  return { title: raw.slice(0, nl), text: raw.slice(nl + 1) };
}
