// A word swap read with the word next to it, which the spinner left alone: "assume" for "think"
// is common English, "assume tank" for "think tank" is not. The word must be a lower-case word
// (a name next to a swap, "mentioned Matthew", says nothing of the next text). Pure.
import type { Swap } from '../core/align/spinnerSwaps.js';
import { isWordToken, type WordToken } from '../core/align/wordTokens.js';
import type { AlignedPair } from './alignPairs.js';

export interface ContextSwap {
  readonly spun: string;
  readonly original: string;
  /** Offsets of `spun` in the spun text. */
  readonly start: number;
  readonly end: number;
}

const spaced = (text: string, from: number, to: number): boolean =>
  /^[ \t]+$/.test(text.slice(from, to));

/** The swap extended by the equal word before it and by the one after it (each if any). */
export function contextSwaps(p: AlignedPair, swap: Swap): ContextSwap[] {
  const { spunTokens: a, originalTokens: b, pairs } = p.aligned.alignment;
  const partner = new Map(pairs.map(([i, j]) => [i, j]));
  const { spun, original } = p.pair;
  const [s0, s1, o0, o1] = swap.region;
  const out: ContextSwap[] = [];
  const tok = (t: readonly WordToken[], i: number): WordToken => t[i] as WordToken;
  const usable = (i: number, j: number): boolean =>
    partner.get(i) === j && isWordToken(tok(a, i)) && /^\p{Ll}/u.test(tok(a, i).text);
  if (
    usable(s0 - 1, o0 - 1) &&
    spaced(spun, tok(a, s0 - 1).end, tok(a, s0).start) &&
    spaced(original, tok(b, o0 - 1).end, tok(b, o0).start)
  ) {
    const start = tok(a, s0 - 1).start;
    out.push({
      spun: spun.slice(start, tok(a, s1).end),
      original: original.slice(tok(b, o0 - 1).start, tok(b, o1).end).replace(/\s+/g, ' '),
      start,
      end: tok(a, s1).end,
    });
  }
  if (
    usable(s1 + 1, o1 + 1) &&
    spaced(spun, tok(a, s1).end, tok(a, s1 + 1).start) &&
    spaced(original, tok(b, o1).end, tok(b, o1 + 1).start)
  ) {
    const start = tok(a, s0).start;
    out.push({
      spun: spun.slice(start, tok(a, s1 + 1).end),
      original: original.slice(tok(b, o0).start, tok(b, o1 + 1).end).replace(/\s+/g, ' '),
      start,
      end: tok(a, s1 + 1).end,
    });
  }
  return out;
}
