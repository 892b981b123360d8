// Logistic regression with an L2 penalty (not on the bias), fitted by Newton's method.
export interface Row {
  readonly x: readonly number[];
  readonly y: 0 | 1;
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const d = m[c]![c]!;
    if (Math.abs(d) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / d;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

function loss(rows: readonly Row[], w: readonly number[], lambda: number): number {
  let total = 0;
  for (const { x, y } of rows) {
    let z = 0;
    for (let i = 0; i < w.length; i++) z += (x[i] ?? 0) * (w[i] ?? 0);
    // log(1 + e^z) - y z, computed stably
    total += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y * z;
  }
  for (let i = 1; i < w.length; i++) total += 0.5 * lambda * (w[i] ?? 0) ** 2;
  return total;
}

export function fitLogistic(
  rows: readonly Row[],
  lambda: number,
  start: readonly number[],
  iterations = 25,
): number[] {
  const n = start.length;
  let w = [...start];
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(n).fill(0);
    const hess = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (const { x, y } of rows) {
      let z = 0;
      for (let i = 0; i < n; i++) z += (x[i] ?? 0) * (w[i] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const s = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < n; i++) {
        const xi = x[i] ?? 0;
        grad[i]! += (p - y) * xi;
        for (let j = 0; j < n; j++) hess[i]![j]! += s * xi * (x[j] ?? 0);
      }
    }
    for (let i = 1; i < n; i++) {
      grad[i]! += lambda * (w[i] ?? 0);
      hess[i]![i]! += lambda;
    }
    hess[0]![0]! += 1e-6;
    const step = solve(hess, grad);
    const before = loss(rows, w, lambda);
    let t = 1;
    let next = w.map((wi, i) => wi - t * (step[i] ?? 0));
    while (loss(rows, next, lambda) > before && t > 1e-4) {
      t /= 2;
      next = w.map((wi, i) => wi - t * (step[i] ?? 0));
    }
    w = next;
    if (step.reduce((a, s) => a + Math.abs(s), 0) * t < 1e-6) break;
  }
  return w;
}
