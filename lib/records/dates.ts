/** Date bounds shared by filters and bundle scopes. */

const DAY = 86_400_000;

/**
 * A bound as milliseconds: a day (`2025-03-04`, UTC) covers the whole day (`edge` picks its first
 * or last millisecond); an ISO instant or a Date is taken as is; anything unreadable is no bound.
 */
export function boundMs(v: string | Date, edge: 'start' | 'end'): number {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? (edge === 'start' ? -Infinity : Infinity) : v.getTime();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const t = Date.parse(`${v}T00:00:00.000Z`);
    if (Number.isNaN(t)) return edge === 'start' ? -Infinity : Infinity;
    return edge === 'end' ? t + DAY - 1 : t;
  }
  const t = Date.parse(v);
  return Number.isNaN(t) ? (edge === 'start' ? -Infinity : Infinity) : t;
}
