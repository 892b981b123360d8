// Which parts of a line of positions are taken: claim a half-open range, ask whether a range
// touches a claimed one. A segment tree over the distinct end points given up front, so that
// choosing non-overlapping spans out of n costs O(n log n) (a list of kept spans searched for
// each new one is quadratic: 100,000 repetitions of a phrase took minutes).

export class Occupancy {
  private readonly points: number[];
  /** Per node: every elementary interval below it is taken. */
  private readonly full: Uint8Array;
  /** Per node: some elementary interval below it is taken. */
  private readonly some: Uint8Array;
  private readonly size: number;

  /** `ends`: every start and end that will be asked about. */
  constructor(ends: Iterable<number>) {
    this.points = [...new Set(ends)].sort((a, b) => a - b);
    this.size = Math.max(1, this.points.length - 1);
    this.full = new Uint8Array(4 * this.size);
    this.some = new Uint8Array(4 * this.size);
  }

  /** Elementary interval index of a known point. */
  private index(point: number): number {
    let lo = 0;
    let hi = this.points.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.points[mid] ?? 0) < point) lo = mid + 1;
      else hi = mid;
    }
    if (this.points[lo] !== point) throw new RangeError(`unknown point ${point}`);
    return lo;
  }

  /** True when [start, end) overlaps a claimed range (an empty range overlaps nothing). */
  taken(start: number, end: number): boolean {
    if (start >= end) return false;
    return this.query(1, 0, this.size - 1, this.index(start), this.index(end) - 1);
  }

  claim(start: number, end: number): void {
    if (start >= end) return;
    this.update(1, 0, this.size - 1, this.index(start), this.index(end) - 1);
  }

  private query(node: number, lo: number, hi: number, from: number, to: number): boolean {
    if (to < lo || hi < from || this.some[node] === 0) return false;
    if (this.full[node] === 1 || (from <= lo && hi <= to)) return true;
    const mid = (lo + hi) >> 1;
    return (
      this.query(2 * node, lo, mid, from, to) || this.query(2 * node + 1, mid + 1, hi, from, to)
    );
  }

  private update(node: number, lo: number, hi: number, from: number, to: number): void {
    if (to < lo || hi < from || this.full[node] === 1) return;
    this.some[node] = 1;
    if (from <= lo && hi <= to) {
      this.full[node] = 1;
      return;
    }
    const mid = (lo + hi) >> 1;
    this.update(2 * node, lo, mid, from, to);
    this.update(2 * node + 1, mid + 1, hi, from, to);
  }
}
