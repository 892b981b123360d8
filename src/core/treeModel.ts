// A boosted tree ensemble over named features: its data (as stored in
// dictionaries/model/decision.json by scripts/train.ts), a check of that data, and evaluation.
// The output is log-odds; `calibration` (isotonic knots) maps them to a probability.

import type { TreeModel, TreeModelData } from '../types.js';

export type { TreeData, TreeModel, TreeModelData } from '../types.js';

/**
 * Problems with model data against the features the code computes (empty when usable): a model
 * trained on other features, or a malformed tree.
 */
export function checkTreeModel(data: TreeModelData, expected: readonly string[]): string[] {
  const problems: string[] = [];
  if (data.features.join(',') !== expected.join(','))
    problems.push('features differ from the code (retrain with npm run train -- --write)');
  data.trees.forEach((t, k) => {
    const n = t.feature.length;
    if (t.value.length !== n || t.left.length !== n || t.right.length !== n)
      problems.push(`tree ${k}: arrays of different lengths`);
    for (let i = 0; i < n; i++) {
      const f = t.feature[i] as number;
      if (f < 0) continue;
      const l = t.left[i] as number;
      const r = t.right[i] as number;
      if (f >= expected.length || l <= i || r <= i || l >= n || r >= n) {
        problems.push(`tree ${k}: bad node ${i}`);
        break;
      }
    }
  });
  if (!Number.isFinite(data.base) || data.calibration.some((c) => !c.every(Number.isFinite)))
    problems.push('base or calibration is not a number');
  for (let i = 1; i < data.calibration.length; i++) {
    const [x0, y0] = data.calibration[i - 1] as readonly [number, number];
    const [x1, y1] = data.calibration[i] as readonly [number, number];
    if (!(x1 > x0 && y1 >= y0)) {
      problems.push(`calibration knot ${i} does not increase`);
      break;
    }
  }
  return problems;
}

export function compileTreeModel(data: TreeModelData): TreeModel {
  const total = data.trees.reduce((a, t) => a + t.feature.length, 0);
  const roots = new Int32Array(data.trees.length);
  const feature = new Int16Array(total);
  const value = new Float64Array(total);
  const left = new Int32Array(total);
  const right = new Int32Array(total);
  let at = 0;
  data.trees.forEach((t, k) => {
    roots[k] = at;
    for (let i = 0; i < t.feature.length; i++) {
      feature[at + i] = t.feature[i] as number;
      value[at + i] = t.value[i] as number;
      left[at + i] = at + (t.left[i] as number);
      right[at + i] = at + (t.right[i] as number);
    }
    at += t.feature.length;
  });
  return {
    features: data.features,
    base: data.base,
    roots,
    feature,
    value,
    left,
    right,
    calibration: data.calibration,
  };
}

/** Log-odds of the ensemble for one feature vector (in the model's feature order). */
export function treeLogit(model: TreeModel, x: ArrayLike<number>): number {
  let z = model.base;
  const { roots, feature, value, left, right } = model;
  for (let t = 0; t < roots.length; t++) {
    let n = roots[t] as number;
    let f = feature[n] as number;
    while (f >= 0) {
      n = (x[f] as number) <= (value[n] as number) ? (left[n] as number) : (right[n] as number);
      f = feature[n] as number;
    }
    z += value[n] as number;
  }
  return z;
}

/** The ensemble's own probability: the logistic function of its log-odds. */
export function rawProbability(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}

/** Calibrated probability from the ensemble's log-odds (see TreeModelData.calibration). */
export function calibrated(model: TreeModel, logit: number): number {
  const knots = model.calibration;
  const first = knots[0];
  const last = knots[knots.length - 1];
  if (first === undefined || last === undefined) return rawProbability(logit);
  if (logit <= first[0]) return first[1];
  if (logit >= last[0]) return last[1];
  let lo = 0;
  let hi = knots.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if ((knots[mid] as readonly [number, number])[0] <= logit) lo = mid;
    else hi = mid;
  }
  const [x0, y0] = knots[lo] as readonly [number, number];
  const [x1, y1] = knots[hi] as readonly [number, number];
  return y0 + ((y1 - y0) * (logit - x0)) / (x1 - x0);
}
