/**
 * When this content script began to run. Imported first by index.ts, so it is evaluated before
 * every other module of the bundle (the WebExtension polyfill, the readers, WXT's context): the
 * measured start-up covers all of them.
 */
import { cpuMark, measure } from '../../components/dom/measure.ts';

export const SCRIPT_START = performance.now();
// The start-up's CPU time begins here too (see `timed`'s `start`).
cpuMark('begin');

/** The name of every main-thread measure this script records (bench build only: components/dom/measure.ts). */
export const MEASURE = 'vantage:serp';

/**
 * What a measure covered: start-up, reading, badges + summary, pulling clipped badges into view
 * once the page is idle, or a later change of the page.
 */
export type Phase = 'start' | 'read' | 'show' | 'fit' | 'watch';

let depth = 0;

/**
 * Runs `fn` and records its main-thread time as one `MEASURE` entry (its phase in `detail`).
 * Nested calls are part of the outer entry, so no time is counted twice.
 */
export function timed<T>(phase: Phase, fn: () => T, start?: number): T {
  // An explicit `start` is the script's first line, where the CPU mark was already dropped.
  if (depth++ === 0 && start === undefined) cpuMark('begin');
  start ??= performance.now();
  try {
    return fn();
  } finally {
    if (--depth === 0) {
      // The CPU mark first: recording the measure is the bench build's own work, not the script's.
      cpuMark('end');
      measure(MEASURE, start, phase);
    }
  }
}
