// The boosted-tree trainer of the decision model: it learns what no single split can, and
// the trees it writes pass the model checks and evaluate as it scored them.
import { expect, test } from 'vitest';
import { fitGbdt } from '../../scripts/eval/gbdt.js';
import { checkTreeModel, compileTreeModel, treeLogit } from '../../src/core/treeModel.js';

// A corner of a 20 x 20 grid: y = a > 0.3 and b > 0.6; no single split separates it.
const points: Array<[number, number]> = [];
for (let i = 0; i < 20; i++) for (let j = 0; j < 20; j++) points.push([i / 19, j / 19]);
const label = ([a, b]: [number, number]): number => Number(a > 0.3 && b > 0.6);

test('learns an interaction, and the trees check and compile', () => {
  const data = fitGbdt(
    {
      x: Float64Array.from(points.flat()),
      y: Uint8Array.from(points.map(label)),
      rows: points.length,
      features: 2,
    },
    ['a', 'b'],
    { trees: 60, learningRate: 0.3, maxLeaves: 4, minLeaf: 5, lambda: 1, bins: 32 },
  );
  expect(checkTreeModel(data, ['a', 'b'])).toEqual([]);
  const model = compileTreeModel(data);
  const wrong = points.filter((p) => Number(treeLogit(model, p) > 0) !== label(p));
  expect(wrong).toEqual([]);
  expect(data.trees).toHaveLength(60);
});
