/**
 * Main-thread measures for `npm run bench`, recorded only by the bench build
 * (`wxt build --mode bench`). A page's own scripts can read every `performance` entry, so measures
 * named after Vantage would tell a search engine or an LMS that a student or teacher runs it:
 * shipped builds record none, and this code is removed from them at build time.
 */

/** True in the bench build only. */
export const MEASURING = import.meta.env.MODE === 'bench';

/**
 * Records `name` from `start` to now. In the bench build it also drops two marks around the work,
 * whose trace events carry the thread's CPU clock: the bench reads CPU time from them, which a
 * busy machine inflates far less than wall time.
 */
export function measure(name: string, start: number, detail?: string): void {
  if (!MEASURING) return;
  performance.measure(name, { start, detail });
}

/** Marks the start of measured work (bench build only); `measure` is its end. */
export function cpuMark(edge: 'begin' | 'end'): void {
  if (MEASURING) performance.mark(`vantage:cpu:${edge}`);
}
