// The tree ensemble of the decision model: evaluation, calibration and the checks on its data.
import { describe, expect, test } from 'vitest';
import {
  calibrated,
  checkTreeModel,
  compileTreeModel,
  treeLogit,
  type TreeModelData,
} from '../../src/core/treeModel.js';

// x0 <= 1 ? (x1 <= 0 ? -2 : 1) : 3, plus a stump x1 <= 5 ? 0.5 : -0.5; base 0.25.
const data: TreeModelData = {
  features: ['a', 'b'],
  base: 0.25,
  trees: [
    {
      feature: [0, 1, -1, -1, -1],
      value: [1, 0, -2, 1, 3],
      left: [1, 2, -1, -1, -1],
      right: [4, 3, -1, -1, -1],
    },
    { feature: [1, -1, -1], value: [5, 0.5, -0.5], left: [1, -1, -1], right: [2, -1, -1] },
  ],
  calibration: [
    [-1, 0.1],
    [1, 0.5],
    [3, 0.9],
  ],
};

describe('tree model', () => {
  const model = compileTreeModel(data);
  test.each([
    [[0, 0], 0.25 - 2 + 0.5],
    [[1, 0], 0.25 - 2 + 0.5],
    [[0, 3], 0.25 + 1 + 0.5],
    [[2, 6], 0.25 + 3 - 0.5],
  ])('logit of %j is %d', (x, want) => {
    expect(treeLogit(model, x)).toBeCloseTo(want, 12);
  });

  test.each([
    [-5, 0.1],
    [-1, 0.1],
    [0, 0.3],
    [2, 0.7],
    [3, 0.9],
    [9, 0.9],
  ])('calibration interpolates between knots: %d -> %d', (logit, p) => {
    expect(calibrated(model, logit)).toBeCloseTo(p, 12);
  });

  test('without knots the probability is the logistic function', () => {
    expect(calibrated(compileTreeModel({ ...data, calibration: [] }), 0)).toBe(0.5);
  });

  test('checks: features of the code, node links, numbers', () => {
    expect(checkTreeModel(data, ['a', 'b'])).toEqual([]);
    expect(checkTreeModel(data, ['a', 'c'])).toEqual([
      'features differ from the code (retrain with npm run train -- --write)',
    ]);
    const bad = { ...data, trees: [{ feature: [0], value: [1], left: [0], right: [0] }] };
    expect(checkTreeModel(bad, ['a', 'b'])).toEqual(['tree 0: bad node 0']);
    expect(checkTreeModel({ ...data, base: Number.NaN }, ['a', 'b'])).toEqual([
      'base or calibration is not a number',
    ]);
    const flat = {
      ...data,
      calibration: [
        [0, 0.5],
        [0, 0.6],
      ] as const,
    };
    expect(checkTreeModel(flat, ['a', 'b'])).toEqual(['calibration knot 1 does not increase']);
  });
});
