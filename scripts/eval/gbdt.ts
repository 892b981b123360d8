// Gradient-boosted decision trees for binary classification (logistic loss), histogram-based and
// grown leaf-wise, as LightGBM and scikit-learn's HistGradientBoosting do. Used by
// scripts/train.ts to fit the thesaurus decision model; the trees it returns are evaluated by
// src/core/treeModel.ts. Deterministic: no sampling, ties broken by feature and bin order.
import type { TreeModelData } from '../../src/core/treeModel.js';

export interface GbdtOptions {
  readonly trees: number;
  readonly learningRate: number;
  readonly maxLeaves: number;
  /** Fewest rows (by count) on each side of a split. */
  readonly minLeaf: number;
  /** L2 penalty on leaf values. */
  readonly lambda: number;
  /** Most bins per feature (at most 256). */
  readonly bins: number;
}

/** The settings of the shipped model (scripts/train.ts). */
export const DEFAULT_GBDT: GbdtOptions = {
  trees: 300,
  learningRate: 0.07,
  maxLeaves: 31,
  minLeaf: 100,
  lambda: 1,
  bins: 255,
};

export interface Dataset {
  /** Row-major features, `rows * features` values. */
  readonly x: Float64Array;
  readonly y: Uint8Array;
  /** Row weights (default 1). */
  readonly w?: Float64Array;
  readonly rows: number;
  readonly features: number;
}

/** Bin edges of one feature: up to `max` distinct quantiles of its values. */
function edgesOf(values: Float64Array, max: number): Float64Array {
  const sorted = Float64Array.from(values).sort();
  const distinct: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i] as number);
  }
  if (distinct.length <= max) return Float64Array.from(distinct);
  const out: number[] = [];
  for (let k = 1; k <= max; k++) {
    const v = sorted[
      Math.min(sorted.length - 1, Math.floor((k * sorted.length) / max) - 1)
    ] as number;
    if (out.length === 0 || v > (out[out.length - 1] as number)) out.push(v);
  }
  return Float64Array.from(out);
}

/** Index of the first edge >= v (the last bin for larger values). */
function binOf(edges: Float64Array, v: number): number {
  let lo = 0;
  let hi = edges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (v <= (edges[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface Leaf {
  readonly rows: Uint32Array;
  readonly g: number;
  readonly h: number;
  /** Histogram: per feature and bin, [g, h, count]. */
  readonly hist: Float64Array;
  /** Node index in the tree being built. */
  readonly node: number;
  split?: { gain: number; feature: number; bin: number };
}

interface Builder {
  feature: number[];
  value: number[];
  left: number[];
  right: number[];
}

export function fitGbdt(
  data: Dataset,
  names: readonly string[],
  options: GbdtOptions = DEFAULT_GBDT,
  log: (line: string) => void = () => {},
): TreeModelData {
  const { rows: n, features: d } = data;
  const B = Math.min(256, options.bins);
  const edges: Float64Array[] = [];
  // Column-major bins: a histogram pass reads one feature's bins at a time.
  const bins: Uint8Array[] = [];
  const column = new Float64Array(n);
  for (let f = 0; f < d; f++) {
    for (let r = 0; r < n; r++) column[r] = data.x[r * d + f] as number;
    const e = edgesOf(column, B);
    edges.push(e);
    const col = new Uint8Array(n);
    for (let r = 0; r < n; r++) col[r] = binOf(e, column[r] as number);
    bins.push(col);
  }
  const weight = data.w ?? new Float64Array(n).fill(1);
  let positives = 0;
  let total = 0;
  for (let r = 0; r < n; r++) {
    positives += (data.y[r] as number) * (weight[r] as number);
    total += weight[r] as number;
  }
  const prior = Math.min(Math.max(positives / Math.max(total, 1e-9), 1e-6), 1 - 1e-6);
  const base = Math.log(prior / (1 - prior));
  const z = new Float64Array(n).fill(base);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const trees: TreeModelData['trees'][number][] = [];
  const all = new Uint32Array(n);
  for (let r = 0; r < n; r++) all[r] = r;
  const histSize = d * B * 3;

  const histogram = (rowsOf: Uint32Array): Float64Array => {
    const hist = new Float64Array(histSize);
    const m = rowsOf.length;
    const g = new Float64Array(m);
    const h = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      g[i] = grad[rowsOf[i] as number] as number;
      h[i] = hess[rowsOf[i] as number] as number;
    }
    for (let f = 0; f < d; f++) {
      const col = bins[f] as Uint8Array;
      const off = f * B * 3;
      for (let i = 0; i < m; i++) {
        const k = off + (col[rowsOf[i] as number] as number) * 3;
        hist[k] = (hist[k] as number) + (g[i] as number);
        hist[k + 1] = (hist[k + 1] as number) + (h[i] as number);
        hist[k + 2] = (hist[k + 2] as number) + 1;
      }
    }
    return hist;
  };

  const bestSplit = (leaf: Leaf): void => {
    const { lambda, minLeaf } = options;
    const parent = (leaf.g * leaf.g) / (leaf.h + lambda);
    let best: Leaf['split'];
    for (let f = 0; f < d; f++) {
      let gl = 0;
      let hl = 0;
      let cl = 0;
      const nb = (edges[f] as Float64Array).length;
      for (let b = 0; b < nb - 1; b++) {
        const k = (f * B + b) * 3;
        gl += leaf.hist[k] as number;
        hl += leaf.hist[k + 1] as number;
        cl += leaf.hist[k + 2] as number;
        const cr = leaf.rows.length - cl;
        if (cl < minLeaf) continue;
        if (cr < minLeaf) break;
        const gr = leaf.g - gl;
        const hr = leaf.h - hl;
        const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - parent;
        if (gain > 1e-9 && (best === undefined || gain > best.gain))
          best = { gain, feature: f, bin: b };
      }
    }
    if (best !== undefined) leaf.split = best;
  };

  const makeLeaf = (rowsOf: Uint32Array, hist: Float64Array, node: number): Leaf => {
    let g = 0;
    let h = 0;
    for (let i = 0; i < rowsOf.length; i++) {
      g += grad[rowsOf[i] as number] as number;
      h += hess[rowsOf[i] as number] as number;
    }
    const leaf: Leaf = { rows: rowsOf, g, h, hist, node };
    bestSplit(leaf);
    return leaf;
  };

  for (let t = 0; t < options.trees; t++) {
    let loss = 0;
    for (let r = 0; r < n; r++) {
      const p = 1 / (1 + Math.exp(-(z[r] as number)));
      const y = data.y[r] as number;
      const wr = weight[r] as number;
      grad[r] = (p - y) * wr;
      hess[r] = Math.max(p * (1 - p), 1e-12) * wr;
      loss -= wr * (y === 1 ? Math.log(Math.max(p, 1e-15)) : Math.log(Math.max(1 - p, 1e-15)));
    }
    const tree: Builder = { feature: [-1], value: [0], left: [-1], right: [-1] };
    const leaves: Leaf[] = [makeLeaf(all, histogram(all), 0)];
    while (leaves.length < options.maxLeaves) {
      let at = -1;
      for (let i = 0; i < leaves.length; i++) {
        const s = leaves[i]?.split;
        if (s !== undefined && (at < 0 || s.gain > (leaves[at]?.split?.gain ?? 0))) at = i;
      }
      if (at < 0) break;
      const leaf = leaves[at] as Leaf;
      const split = leaf.split as NonNullable<Leaf['split']>;
      const leftRows: number[] = [];
      const rightRows: number[] = [];
      for (let i = 0; i < leaf.rows.length; i++) {
        const r = leaf.rows[i] as number;
        (((bins[split.feature] as Uint8Array)[r] as number) <= split.bin
          ? leftRows
          : rightRows
        ).push(r);
      }
      const l = Uint32Array.from(leftRows);
      const rr = Uint32Array.from(rightRows);
      // Histogram of the smaller side; the other is the parent's minus it.
      const small = l.length <= rr.length ? l : rr;
      const smallHist = histogram(small);
      const bigHist = new Float64Array(histSize);
      for (let k = 0; k < histSize; k++)
        bigHist[k] = (leaf.hist[k] as number) - (smallHist[k] as number);
      const [lh, rh] = small === l ? [smallHist, bigHist] : [bigHist, smallHist];
      const li = tree.feature.length;
      tree.feature.push(-1, -1);
      tree.value.push(0, 0);
      tree.left.push(-1, -1);
      tree.right.push(-1, -1);
      tree.feature[leaf.node] = split.feature;
      tree.value[leaf.node] = (edges[split.feature] as Float64Array)[split.bin] as number;
      tree.left[leaf.node] = li;
      tree.right[leaf.node] = li + 1;
      leaves.splice(at, 1, makeLeaf(l, lh, li), makeLeaf(rr, rh, li + 1));
    }
    for (const leaf of leaves) {
      const v = (-leaf.g / (leaf.h + options.lambda)) * options.learningRate;
      tree.value[leaf.node] = v;
      for (let i = 0; i < leaf.rows.length; i++) {
        const r = leaf.rows[i] as number;
        z[r] = (z[r] as number) + v;
      }
    }
    trees.push({ feature: tree.feature, value: tree.value, left: tree.left, right: tree.right });
    if (t % 50 === 0 || t === options.trees - 1)
      log(`  tree ${t + 1}: log-loss ${(loss / total).toFixed(5)}`);
  }
  return { features: [...names], base, trees, calibration: [] };
}
