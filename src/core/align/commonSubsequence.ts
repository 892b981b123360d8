// A longest common subsequence of two token lists, as pairs of equal indexes. Exact (dynamic
// programming) while the table fits EXACT_CELLS; longer inputs are first cut at anchors: tokens
// that occur once in each side's stretch, in the same order (patience diff), the words a spinner
// left alone. Each stretch between anchors is solved the same way, so memory stays bounded and
// the result is exact wherever a stretch fits. Pure.

/** Cells of the exact table (4 bytes each): 16 MB. */
export const EXACT_CELLS = 4_000_000;

type Pair = [number, number];

/**
 * Pairs of equal token indexes (a, b) of a longest common subsequence, in order; stretches of
 * more than `exactCells` table cells are cut at anchors first.
 */
export function commonSubsequence(
  a: readonly string[],
  b: readonly string[],
  exactCells = EXACT_CELLS,
): Pair[] {
  const out: Pair[] = [];
  solve({ a, b, exactCells, out }, 0, a.length, 0, b.length);
  return out;
}

interface Job {
  readonly a: readonly string[];
  readonly b: readonly string[];
  readonly exactCells: number;
  readonly out: Pair[];
}

function solve(job: Job, i0: number, i1: number, j0: number, j1: number): void {
  const { a, b, out } = job;
  if (i0 >= i1 || j0 >= j1) return;
  if ((i1 - i0) * (j1 - j0) <= job.exactCells) {
    exact(a, b, i0, i1, j0, j1, out);
    return;
  }
  const anchors = uniqueAnchors(a, b, i0, i1, j0, j1);
  if (anchors.length === 0) {
    ends(a, b, i0, i1, j0, j1, out);
    return;
  }
  let pi = i0;
  let pj = j0;
  for (const [i, j] of anchors) {
    solve(job, pi, i, pj, j);
    out.push([i, j]);
    pi = i + 1;
    pj = j + 1;
  }
  solve(job, pi, i1, pj, j1);
}

/** The exact table over a[i0..i1) and b[j0..j1); on ties a match first, then skipping in a. */
function exact(
  a: readonly string[],
  b: readonly string[],
  i0: number,
  i1: number,
  j0: number,
  j1: number,
  out: Pair[],
): void {
  const n = i1 - i0;
  const m = j1 - j0;
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i0 + i] === b[j0 + j]
          ? (table[(i + 1) * width + j + 1] as number) + 1
          : Math.max(table[(i + 1) * width + j] as number, table[i * width + j + 1] as number);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i0 + i] === b[j0 + j]) {
      out.push([i0 + i, j0 + j]);
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] as number) >= (table[i * width + j + 1] as number)) i++;
    else j++;
  }
}

/** No anchor in a stretch too long for the table: only its equal start and end are matched. */
function ends(
  a: readonly string[],
  b: readonly string[],
  i0: number,
  i1: number,
  j0: number,
  j1: number,
  out: Pair[],
): void {
  let k = 0;
  while (i0 + k < i1 && j0 + k < j1 && a[i0 + k] === b[j0 + k]) {
    out.push([i0 + k, j0 + k]);
    k++;
  }
  const tail: Pair[] = [];
  let e = 1;
  while (i1 - e >= i0 + k && j1 - e >= j0 + k && a[i1 - e] === b[j1 - e]) {
    tail.push([i1 - e, j1 - e]);
    e++;
  }
  out.push(...tail.reverse());
}

/**
 * Tokens that occur exactly once in a[i0..i1) and once in b[j0..j1), as index pairs, the longest
 * run of them in the same order on both sides (longest increasing subsequence).
 */
export function uniqueAnchors(
  a: readonly string[],
  b: readonly string[],
  i0: number,
  i1: number,
  j0: number,
  j1: number,
): Pair[] {
  const once = (t: readonly string[], from: number, to: number): Map<string, number> => {
    const at = new Map<string, number>();
    for (let k = from; k < to; k++) {
      const w = t[k] as string;
      at.set(w, at.has(w) ? -1 : k);
    }
    return at;
  };
  const inB = once(b, j0, j1);
  const candidates: Pair[] = [];
  for (const [w, i] of once(a, i0, i1)) {
    const j = inB.get(w);
    if (i >= 0 && j !== undefined && j >= 0) candidates.push([i, j]);
  }
  candidates.sort((x, y) => x[0] - y[0]);
  return increasing(candidates);
}

/** The longest subsequence of pairs (sorted by the first index) increasing in the second. */
function increasing(pairs: readonly Pair[]): Pair[] {
  const tails: number[] = []; // index into pairs of the smallest tail of each length
  const back = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] as number] as Pair)[1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[k] = tails[lo - 1] as number;
    tails[lo] = k;
  });
  const out: Pair[] = [];
  for (let k = tails[tails.length - 1] ?? -1; k >= 0; k = back[k] as number)
    out.push(pairs[k] as Pair);
  return out.reverse();
}
