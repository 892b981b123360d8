// Scalar quantization of log-probabilities: a sorted codebook of at most `maxLevels` values.
// When a section has no more distinct values than levels, the codebook is exactly those
// values (no error). Otherwise the levels minimise the largest error (minimax cover), which is
// the bound the tests use as tolerance.

export interface Codebook {
  /** Sorted ascending representative values. */
  readonly values: Float64Array;
  /** Code (index into `values`) of the value nearest to `v`. */
  encode(v: number): number;
}

export function buildCodebook(samples: ArrayLike<number>, maxLevels: number): Codebook {
  const distinct = distinctValues(samples);
  const values =
    distinct.length <= maxLevels ? distinct : minimax(distinct, Math.max(1, maxLevels));
  return { values, encode: (v) => nearest(values, v) };
}

function distinctValues(samples: ArrayLike<number>): Float64Array {
  const sorted = Float64Array.from(samples).sort();
  const distinct: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]!);
  }
  return Float64Array.from(distinct);
}

/**
 * Fewest-levels cover of the sorted distinct values by intervals of width 2e, for the smallest e
 * (binary search) that needs at most k levels; each level is its interval's midpoint, so no
 * value moves by more than e.
 */
function minimax(distinct: Float64Array, k: number): Float64Array {
  let lo = 0;
  let hi = distinct[distinct.length - 1]! - distinct[0]!;
  for (let iter = 0; iter < 60 && hi - lo > 1e-12; iter++) {
    const mid = (lo + hi) / 2;
    if (cover(distinct, mid).length <= k) hi = mid;
    else lo = mid;
  }
  return Float64Array.from(cover(distinct, hi));
}

function cover(distinct: Float64Array, e: number): number[] {
  const centers: number[] = [];
  let i = 0;
  while (i < distinct.length) {
    const first = distinct[i]!;
    let last = first;
    while (i < distinct.length && distinct[i]! - first <= 2 * e) last = distinct[i++]!;
    centers.push((first + last) / 2);
  }
  return centers;
}

function nearest(values: Float64Array, v: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs(values[lo - 1]! - v) <= Math.abs(values[lo]! - v)) return lo - 1;
  return lo;
}
