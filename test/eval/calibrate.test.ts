// Isotonic calibration of the decision model's log-odds.
import { expect, test } from 'vitest';
import { isotonicKnots, type Scored } from '../../scripts/eval/calibrate.js';

const rows = (logit: number, right: number, wrong: number): Scored[] => [
  ...Array.from({ length: right }, () => ({ logit, y: 1 as const })),
  ...Array.from({ length: wrong }, () => ({ logit, y: 0 as const })),
];

test('blocks of rows become knots of (mean logit, smoothed rate)', () => {
  const knots = isotonicKnots([...rows(-2, 1, 9), ...rows(0, 5, 5), ...rows(2, 10, 0)], 10);
  expect(knots).toEqual([
    [-2, 2 / 12],
    [0, 6 / 12],
    [2, 11 / 12],
  ]);
});

test('a block whose rate falls is pooled with the one below', () => {
  const knots = isotonicKnots(
    [...rows(-2, 1, 9), ...rows(0, 6, 4), ...rows(1, 4, 6), ...rows(2, 10, 0)],
    10,
  );
  expect(knots).toEqual([
    [-2, 2 / 12],
    [0.5, 11 / 22],
    [2, 11 / 12],
  ]);
});

test('a short last block joins the previous one; no rows, no knots', () => {
  expect(isotonicKnots([...rows(0, 5, 5), ...rows(1, 2, 0)], 10)).toEqual([[2 / 12, 8 / 14]]);
  expect(isotonicKnots([], 10)).toEqual([]);
});
