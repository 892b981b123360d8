// Adjacent swaps the aligner could not tell apart ("as well compared with" for "more than" is
// "as well" for "more" and "compared with" for "than") are cut where their parts are swaps the
// spinner made elsewhere in the pairs: the learned swaps anchor the split. Pure.
import type { Swap } from '../core/align/spinnerSwaps.js';
import { isWordToken, type WordToken } from '../core/align/wordTokens.js';
import { phraseWords } from '../core/phraseEntry.js';
import type { AlignedPair } from './alignPairs.js';
import type { KnownSwaps } from './knownSwaps.js';
import { addSighting, entryOriginal, type SwapGroup } from './swapGroups.js';

/** Sightings a part needs elsewhere to anchor a cut alone (both parts seen once also do). */
export const ANCHOR_SUPPORT = 2;

/** What anchors a cut: the groups, and the swaps the built-in dictionaries hold. */
export interface Anchors {
  readonly groups: ReadonlyMap<string, SwapGroup>;
  readonly known?: KnownSwaps;
}

/**
 * Times the spinner wrote `spun` for `original` in the groups; a swap a built-in dictionary
 * holds counts as ANCHOR_SUPPORT.
 */
function support(anchors: Anchors, spun: string, original: string): number {
  const key = phraseWords(spun).join(' ');
  if (anchors.known?.(key, original) !== undefined) return ANCHOR_SUPPORT;
  const g = anchors.groups.get(key);
  return g?.originals.get(entryOriginal(spun, original).toLowerCase())?.count ?? 0;
}

/** The swap of spun word tokens [x0, x1] and original word tokens [y0, y1] of a pair. */
function part(
  p: AlignedPair,
  x0: WordToken,
  x1: WordToken,
  y0: WordToken,
  y1: WordToken,
  region: Swap['region'],
): Swap {
  return {
    region,
    spun: p.pair.spun.slice(x0.start, x1.end),
    original: p.pair.original.slice(y0.start, y1.end).replace(/\s+/g, ' '),
    start: x0.start,
    end: x1.end,
  };
}

/** A swap cut at the best anchored point, recursively; the swap itself when none is. */
export function splitSwap(anchors: Anchors, p: AlignedPair, swap: Swap): Swap[] {
  const { spunTokens: a, originalTokens: b } = p.aligned.alignment;
  const [s0, s1, o0, o1] = swap.region;
  const sw = range(s0, s1).filter((i) => isWordToken(a[i] as WordToken));
  const ow = range(o0, o1).filter((j) => isWordToken(b[j] as WordToken));
  let best: { score: number; left: Swap; right: Swap } | undefined;
  for (let i = 1; i < sw.length; i++) {
    for (let j = 1; j < ow.length; j++) {
      const tok = (t: readonly WordToken[], k: number): WordToken => t[k] as WordToken;
      const [xi, xe, yi, ye] = [
        sw[i - 1] as number,
        sw[i] as number,
        ow[j - 1] as number,
        ow[j] as number,
      ];
      const left = part(p, tok(a, s0), tok(a, xi), tok(b, o0), tok(b, yi), [s0, xi, o0, yi]);
      const right = part(p, tok(a, xe), tok(a, s1), tok(b, ye), tok(b, o1), [xe, s1, ye, o1]);
      const l = support(anchors, left.spun, left.original);
      const r = support(anchors, right.spun, right.original);
      const anchored = Math.max(l, r) >= ANCHOR_SUPPORT || Math.min(l, r) >= 1;
      if (anchored && (best === undefined || l + r > best.score))
        best = { score: l + r, left, right };
    }
  }
  if (best === undefined) return [swap];
  return [...splitSwap(anchors, p, best.left), ...splitSwap(anchors, p, best.right)];
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/**
 * The groups again, with every swap of several words cut where the groups (or the built-in
 * dictionaries) anchor it.
 */
export function splitMerged(
  groups: ReadonlyMap<string, SwapGroup>,
  known?: KnownSwaps,
): Map<string, SwapGroup> {
  const anchors: Anchors = known === undefined ? { groups } : { groups, known };
  const out = new Map<string, SwapGroup>();
  for (const g of groups.values()) {
    for (const s of g.sightings) {
      const parts = s.swap === undefined ? [] : splitSwap(anchors, s.pair, s.swap);
      if (parts.length <= 1) {
        addSighting(out, s.pair.pair.spun.slice(s.start, s.end), s);
        continue;
      }
      for (const x of parts)
        addSighting(out, x.spun, {
          pair: s.pair,
          start: x.start,
          end: x.end,
          original: x.original,
          swap: x,
        });
    }
  }
  return out;
}
