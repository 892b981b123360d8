// Each pair (an original and its spun copy) aligned once: the spinner's swaps, which characters
// of the spun text the spinner left alone, its sentences and its phrase tokens. Pure.
import { spinnerSwaps, type SpinnerSwaps } from '../core/align/spinnerSwaps.js';
import type { Related } from '../core/align/splitRun.js';
import { isContentToken, tokenize } from '../core/tokenize.js';
import { sentenceSpans } from './sentences.js';

export interface LearnPair {
  /** How the pair is named in the dictionary (`original.txt -> spun.txt`). */
  readonly name: string;
  readonly original: string;
  readonly spun: string;
}

export interface AlignedPair {
  readonly pair: LearnPair;
  readonly aligned: SpinnerSwaps;
  /** 1 for each character of the spun text that is not part of a word left alone. */
  readonly changed: Uint8Array;
  readonly sentences: ReadonlyArray<readonly [number, number]>;
  /** Normalized phrase tokens of the spun text (tokenize: words and punctuation) and spans. */
  readonly norms: readonly string[];
  readonly spans: ReadonlyArray<readonly [number, number]>;
  /** Positions in `norms` of each normalized token. */
  readonly positions: ReadonlyMap<string, readonly number[]>;
}

function changedMask(spun: string, aligned: SpinnerSwaps): Uint8Array {
  const { spunTokens, pairs, from, to } = aligned.alignment;
  const mask = new Uint8Array(spun.length).fill(1);
  mask.fill(0, from, to);
  const equal = new Set(pairs.map(([i]) => i));
  spunTokens.forEach((t, i) => {
    if (!equal.has(i)) mask.fill(1, t.start, t.end);
  });
  return mask;
}

function aligned(pair: LearnPair, swaps: SpinnerSwaps): AlignedPair {
  const tokens = tokenize(pair.spun).filter(isContentToken);
  const positions = new Map<string, number[]>();
  tokens.forEach((t, k) => {
    const list = positions.get(t.norm);
    if (list === undefined) positions.set(t.norm, [k]);
    else list.push(k);
  });
  return {
    pair,
    aligned: swaps,
    changed: changedMask(pair.spun, swaps),
    sentences: sentenceSpans(pair.spun),
    norms: tokens.map((t) => t.norm),
    spans: tokens.map((t) => t.span),
    positions,
  };
}

/** The pairs that share text, aligned; the names of those that share none. */
export function alignPairs(
  pairs: readonly LearnPair[],
  related?: Related,
): { readonly aligned: AlignedPair[]; readonly unaligned: string[] } {
  const out: AlignedPair[] = [];
  const unaligned: string[] = [];
  for (const pair of pairs) {
    // Whole: the pair is one text and its spun copy; furniture at either end is a rewrite.
    const swaps = spinnerSwaps(pair.original, pair.spun, {
      whole: true,
      wordByWord: false,
      ...(related === undefined ? {} : { related }),
    });
    if (swaps === undefined) unaligned.push(pair.name);
    else out.push(aligned(pair, swaps));
  }
  return { aligned: out, unaligned };
}

/**
 * How often the phrase `words` (normalized phrase tokens) stands in the spun texts where the
 * spinner left it alone (every character of it in words the original has too).
 */
export function keptCount(pairs: readonly AlignedPair[], words: readonly string[]): number {
  let kept = 0;
  for (const p of pairs) {
    for (const at of p.positions.get(words[0] ?? '') ?? []) {
      if (!words.every((w, k) => p.norms[at + k] === w)) continue;
      const start = (p.spans[at] as readonly [number, number])[0];
      const end = (p.spans[at + words.length - 1] as readonly [number, number])[1];
      if (!p.changed.subarray(start, end).includes(1)) kept++;
    }
  }
  return kept;
}
