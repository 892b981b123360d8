// The greedy choice of non-overlapping items, in linear-logarithmic time: taken in order of
// preference, an item is kept unless it overlaps one kept before it. Items that overlap nothing
// are decided alone, so the items are first cut into groups that overlap one another (directly
// or through others); each group is then decided on its own (groups are a few items long).
import type { Span } from '../types.js';

/** a and b share at least one position (half-open spans; see apply.ts). */
export function spansOverlap(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/**
 * Which items the greedy choice keeps (true at their index): items taken in the order of
 * `before` (ties in input order), each kept when it overlaps no item kept already. The same
 * result as sorting all items and checking each against every kept one, without the quadratic
 * cost.
 */
export function greedyDisjoint<T>(
  items: readonly T[],
  spanOf: (item: T) => Span,
  before: (a: T, b: T) => number,
): boolean[] {
  const kept: boolean[] = items.map(() => false);
  const byStart = items.map((_, i) => i);
  byStart.sort((a, b) => spanOf(items[a] as T)[0] - spanOf(items[b] as T)[0] || a - b);
  let group: number[] = [];
  let groupEnd = -Infinity;
  const decide = (): void => {
    group.sort((a, b) => before(items[a] as T, items[b] as T) || a - b);
    const chosen: Span[] = [];
    for (const i of group) {
      const span = spanOf(items[i] as T);
      if (!chosen.some((c) => spansOverlap(c, span))) {
        chosen.push(span);
        kept[i] = true;
      }
    }
  };
  for (const i of byStart) {
    const [start, end] = spanOf(items[i] as T);
    // An item that starts at or after the end of every span so far overlaps none of them.
    if (group.length > 0 && start >= groupEnd) {
      decide();
      group = [];
      groupEnd = -Infinity;
    }
    group.push(i);
    groupEnd = Math.max(groupEnd, end);
  }
  if (group.length > 0) decide();
  return kept;
}

/**
 * Index of the first of `sorted` (disjoint spans in text order, as applyEdits keeps them) that
 * overlaps or follows [from, to): its end is past `from`. Their ends are in order too.
 */
export function firstEndingAfter<T>(
  sorted: readonly T[],
  spanOf: (item: T) => Span,
  from: number,
): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spanOf(sorted[mid] as T)[1] > from) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
