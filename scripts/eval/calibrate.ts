// Isotonic calibration of log-odds (pool adjacent violators over blocks of rows): the knots of
// TreeModelData.calibration. Fitted by scripts/train.ts on the decisions of the tune slice.

export interface Scored {
  readonly logit: number;
  readonly y: 0 | 1;
}

interface Block {
  sumX: number;
  sumY: number;
  n: number;
}

/**
 * Knots (mean logit, probability) of blocks of at least `minBlock` rows, merged until the
 * probability never decreases. A block's probability is (right + 1) / (rows + 2), so no knot
 * claims certainty from a finite sample.
 */
export function isotonicKnots(rows: readonly Scored[], minBlock = 50): Array<[number, number]> {
  const sorted = rows.filter((r) => Number.isFinite(r.logit)).sort((a, b) => a.logit - b.logit);
  const blocks: Block[] = [];
  let current: Block = { sumX: 0, sumY: 0, n: 0 };
  sorted.forEach((r, i) => {
    current.sumX += r.logit;
    current.sumY += r.y;
    current.n++;
    const next = sorted[i + 1];
    // A block ends after minBlock rows, never between equal logits.
    if (current.n >= minBlock && (next === undefined || next.logit > r.logit)) {
      blocks.push(current);
      current = { sumX: 0, sumY: 0, n: 0 };
    }
  });
  if (current.n > 0) {
    const last = blocks[blocks.length - 1];
    if (last !== undefined && current.n < minBlock) {
      last.sumX += current.sumX;
      last.sumY += current.sumY;
      last.n += current.n;
    } else blocks.push(current);
  }
  const rate = (b: Block): number => (b.sumY + 1) / (b.n + 2);
  const pooled: Block[] = [];
  for (const b of blocks) {
    pooled.push({ ...b });
    while (pooled.length > 1) {
      const top = pooled[pooled.length - 1] as Block;
      const below = pooled[pooled.length - 2] as Block;
      if (rate(below) <= rate(top)) break;
      below.sumX += top.sumX;
      below.sumY += top.sumY;
      below.n += top.n;
      pooled.pop();
    }
  }
  const knots: Array<[number, number]> = [];
  for (const b of pooled) {
    const x = b.sumX / b.n;
    const prev = knots[knots.length - 1];
    if (prev !== undefined && x <= prev[0]) continue;
    knots.push([x, Math.max(rate(b), prev?.[1] ?? 0)]);
  }
  return knots;
}
