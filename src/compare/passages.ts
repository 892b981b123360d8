// The suspect's sentences that hold swaps, each with the stretch of the original its words are
// aligned with, and the swaps marked on both sides. Pure.
import type { Swap } from '../core/align/spinnerSwaps.js';
import type { WordAlignment } from '../core/align/wordAlignment.js';
import type { WordToken } from '../core/align/wordTokens.js';
import { sentenceSpans } from '../learn/sentences.js';
import type { Mark, Passage } from './compareTexts.js';

/** Original token range each suspect token is aligned with (equal pairs and changed regions). */
function tokenMap(a: WordAlignment): Map<number, readonly [number, number]> {
  const map = new Map<number, readonly [number, number]>();
  for (const [i, j] of a.pairs) map.set(i, [j, j]);
  for (const [s0, s1, o0, o1] of a.regions) for (let i = s0; i <= s1; i++) map.set(i, [o0, o1]);
  return map;
}

export function passages(
  original: string,
  suspect: string,
  alignment: WordAlignment,
  swaps: readonly Swap[],
): Passage[] {
  const a = alignment.spunTokens;
  const b = alignment.originalTokens;
  const map = tokenMap(alignment);
  const out: Passage[] = [];
  for (const [from, to] of sentenceSpans(suspect)) {
    const inside = swaps.filter((s) => s.start >= from && s.end <= to);
    if (inside.length === 0) continue;
    let lo = Infinity;
    let hi = -Infinity;
    a.forEach((t, i) => {
      const m = t.start >= from && t.end <= to && t.end > t.start ? map.get(i) : undefined;
      if (m === undefined) return;
      lo = Math.min(lo, m[0]);
      hi = Math.max(hi, m[1]);
    });
    if (lo > hi) continue;
    const oFrom = (b[lo] as WordToken).start;
    const oTo = (b[hi] as WordToken).end;
    const originalMarks: Mark[] = inside
      .map((s): Mark => [
        (b[s.region[2]] as WordToken).start - oFrom,
        (b[s.region[3]] as WordToken).end - oFrom,
      ])
      .filter(([x, y]) => x >= 0 && y <= oTo - oFrom);
    out.push({
      original: original.slice(oFrom, oTo),
      suspect: suspect.slice(from, to),
      originalMarks,
      suspectMarks: inside.map((s): Mark => [s.start - from, s.end - from]),
    });
  }
  return out;
}
