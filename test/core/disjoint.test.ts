// greedyDisjoint (src/core/disjoint.ts) decides each group of overlapping items on its own: the
// same choice as checking every item against every one kept before it (the quadratic way).
import { describe, expect, test } from 'vitest';
import { firstEndingAfter, greedyDisjoint, spansOverlap } from '../../src/core/disjoint.js';
import type { Span } from '../../src/types.js';

interface Item {
  readonly span: Span;
  readonly score: number;
}

const before = (a: Item, b: Item): number => b.score - a.score;

/** The quadratic reference: sort (ties in input order), keep what overlaps nothing kept. */
function naive(items: readonly Item[]): boolean[] {
  const order = items.map((_, i) => i).sort((a, b) => before(items[a]!, items[b]!) || a - b);
  const kept: boolean[] = items.map(() => false);
  const chosen: Span[] = [];
  for (const i of order) {
    if (!chosen.some((c) => spansOverlap(c, items[i]!.span))) {
      chosen.push(items[i]!.span);
      kept[i] = true;
    }
  }
  return kept;
}

function randomItems(seed: number, count: number, length: number): Item[] {
  let s = seed;
  const next = (n: number): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
  return Array.from({ length: count }, () => {
    const start = next(length);
    const end = start + next(6); // zero-length spans too
    return { span: [start, end] as const, score: next(4) }; // many ties
  });
}

describe('greedyDisjoint', () => {
  test('the same choice as the quadratic way, over 2,000 random sets', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const items = randomItems(seed, 1 + (seed % 40), 60);
      expect(greedyDisjoint(items, (i) => i.span, before)).toEqual(naive(items));
    }
  });

  test('named cases', () => {
    const items: Item[] = [
      { span: [0, 5], score: 1 }, // kept: [5, 5] does not overlap it, [3, 8] lost
      { span: [3, 8], score: 2 }, // overlaps [5, 5], which comes first
      { span: [8, 8], score: 0 }, // empty, at an end: overlaps nothing
      { span: [5, 5], score: 3 }, // empty, strictly inside [3, 8]: overlaps it
      { span: [10, 12], score: 0 },
    ];
    expect(greedyDisjoint(items, (i) => i.span, before)).toEqual([true, false, true, true, true]);
  });
});

describe('firstEndingAfter', () => {
  test.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [9, 2],
    [20, 3],
  ])('from %i: index %i', (from, index) => {
    const spans: Span[] = [
      [0, 3],
      [4, 9],
      [9, 12],
    ];
    expect(firstEndingAfter(spans, (s) => s, from)).toBe(index);
  });
});
