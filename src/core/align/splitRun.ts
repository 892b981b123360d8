// Cutting a changed run of unequal lengths at pairs of related words ("attacks in opposition to"
// / "assaults against" -> "attacks" / "assaults" and "in opposition to" / "against"). Pure.
import type { WordToken } from './wordTokens.js';

/** Spun tokens s0..s1 and original tokens o0..o1, inclusive. */
export type Region = [number, number, number, number];

/** Whether a spun word and an original word are a swap (synonyms, say). */
export type Related = (spunWord: string, originalWord: string) => boolean;

/** Longest chain of related pairs (a common subsequence under `rel`), as offsets in the run. */
function relatedChain(ns: number, no: number, rel: (x: number, y: number) => boolean): number[][] {
  const best = Array.from({ length: ns + 1 }, () => new Array<number>(no + 1).fill(0));
  for (let x = ns - 1; x >= 0; x--)
    for (let y = no - 1; y >= 0; y--)
      (best[x] as number[])[y] = Math.max(
        rel(x, y) ? ((best[x + 1] as number[])[y + 1] as number) + 1 : 0,
        (best[x + 1] as number[])[y] as number,
        (best[x] as number[])[y + 1] as number,
      );
  const pairs: number[][] = [];
  for (let x = 0, y = 0; x < ns && y < no;) {
    const here = (best[x] as number[])[y] as number;
    if (here === 0) break;
    if (rel(x, y) && here === ((best[x + 1] as number[])[y + 1] as number) + 1) {
      pairs.push([x, y]);
      x++;
      y++;
    } else if (((best[x + 1] as number[])[y] as number) === here) x++;
    else y++;
  }
  return pairs;
}

/**
 * A changed run cut at the most pairs of related words (in order): each pair is its own region,
 * and so is each stretch between them that has a word of 4 letters or more on both sides; any
 * other stretch goes with the pair after it (with the last region at the end of the run).
 */
export function splitRun(
  a: readonly WordToken[],
  b: readonly WordToken[],
  run: Region,
  related: Related | undefined,
): Region[] {
  const [s0, s1, o0, o1] = run;
  if (related === undefined || s1 < s0 || o1 < o0) return [run];
  const rel = (x: number, y: number): boolean =>
    related((a[s0 + x] as WordToken).text, (b[o0 + y] as WordToken).text);
  const pairs = relatedChain(s1 - s0 + 1, o1 - o0 + 1, rel).map(([x, y]) => [
    s0 + (x as number),
    o0 + (y as number),
  ]);
  if (pairs.length === 0) return [run];
  const out: Region[] = [];
  let ps = s0;
  let po = o0;
  // A stretch stands alone when both its sides have a word of 4 letters or more; otherwise
  // ("a" / "at" before "minimum of" / "least") it goes with the pair after it.
  const substantive = (t: readonly WordToken[], from: number, to: number): boolean =>
    t.slice(from, to + 1).some((k) => /^\p{L}{4,}/u.test(k.text));
  const alone = (x0: number, x1: number, y0: number, y1: number): boolean =>
    substantive(a, x0, x1) && substantive(b, y0, y1);
  for (const [x, y] of pairs as [number, number][]) {
    if (x > ps && y > po && alone(ps, x - 1, po, y - 1))
      out.push([ps, x - 1, po, y - 1], [x, x, y, y]);
    else out.push([ps, x, po, y]);
    ps = x + 1;
    po = y + 1;
  }
  if (ps <= s1 && po <= o1 && alone(ps, s1, po, o1)) out.push([ps, s1, po, o1]);
  else if (ps <= s1 || po <= o1) {
    const last = out[out.length - 1] as Region;
    last[1] = s1;
    last[3] = o1;
  }
  return out;
}
