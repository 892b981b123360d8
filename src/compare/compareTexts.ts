// `restore-text compare`: evidence that a suspect text is a spun copy of an original. The
// suspect is aligned with the original; the similarity is measured before and after restoring
// the suspect (the restoration is the engine's, made without seeing the original); the swaps
// the alignment shows are listed with counts and how many the restoration undid, and the
// passages that hold them are paired with the original's. Pure: the restoration is passed in.
import type { Swap } from '../core/align/spinnerSwaps.js';
import type { Related } from '../core/align/splitRun.js';
import { typographic } from '../core/align/wordTokens.js';
import { alignPairs } from '../learn/alignPairs.js';
import type { KnownSwaps } from '../learn/knownSwaps.js';
import { splitMerged } from '../learn/splitMerged.js';
import { swapGroups } from '../learn/swapGroups.js';
import { passages } from './passages.js';
import type { Edit } from '../types.js';
import { sharedNgrams, wordOverlap } from './similarity.js';

export interface Similarity {
  /** Share of the suspect's words aligned with the same word of the original. */
  readonly words: number;
  /** Share of the suspect's word 5-grams that the original has. */
  readonly fiveGrams: number;
}

export interface SwapCount {
  /** The suspect's words and the original's, as first seen. */
  readonly spun: string;
  readonly original: string;
  readonly count: number;
  /** Sightings the restoration wrote back as the original. */
  readonly restored: number;
}

/** Half-open offsets in a passage's text. */
export type Mark = readonly [number, number];

export interface Passage {
  readonly original: string;
  readonly suspect: string;
  readonly originalMarks: readonly Mark[];
  readonly suspectMarks: readonly Mark[];
}

export interface Comparison {
  readonly before: Similarity;
  readonly after: Similarity;
  /** Words of each text. */
  readonly originalWords: number;
  readonly suspectWords: number;
  /** Distinct swaps, most frequent first. */
  readonly swaps: readonly SwapCount[];
  /** Swaps seen in all. */
  readonly swapCount: number;
  /** The suspect's sentences that hold swaps, with the original's words for them. */
  readonly passages: readonly Passage[];
  /** The texts share no passage: nothing is aligned. */
  readonly unrelated: boolean;
}

export interface Restoration {
  readonly output: string;
  readonly applied: readonly Edit[];
}

const norm = (s: string): string => typographic(s.toLowerCase()).replace(/\s+/g, ' ').trim();

/** True when an applied edit over the swap writes its original words back. */
function restoredBy(swap: Swap, applied: readonly Edit[]): boolean {
  return applied.some((e) => {
    if (e.span[1] <= swap.start || e.span[0] >= swap.end) return false;
    if (e.span[0] > swap.start || e.span[1] < swap.end)
      return norm(swap.original).includes(norm(e.text));
    return norm(e.text).includes(norm(swap.original));
  });
}

function countSwaps(swaps: readonly Swap[], applied: readonly Edit[]): SwapCount[] {
  const byKey = new Map<
    string,
    { spun: string; original: string; count: number; restored: number }
  >();
  for (const s of swaps) {
    const key = `${norm(s.spun)}\u0000${norm(s.original)}`;
    const c = byKey.get(key) ?? { spun: s.spun, original: s.original, count: 0, restored: 0 };
    c.count++;
    if (restoredBy(s, applied)) c.restored++;
    byKey.set(key, c);
  }
  return [...byKey.values()].sort(
    (x, y) =>
      y.count - x.count || (norm(x.spun) < norm(y.spun) ? -1 : norm(x.spun) > norm(y.spun) ? 1 : 0),
  );
}

const wordCount = (text: string): number =>
  text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export interface CompareOptions {
  /** Word pairs a changed run is cut at (synonyms): finer swaps. */
  readonly related?: Related;
  /** Swaps the dictionaries hold: they anchor cuts of adjacent swaps (splitMerged). */
  readonly known?: KnownSwaps;
}

/** The swaps of the pair, read as `learn` reads them (merged neighbours cut where anchored). */
function swapsOf(original: string, suspect: string, options: CompareOptions) {
  const { aligned } = alignPairs([{ name: '', original, spun: suspect }], options.related);
  const pair = aligned[0];
  if (pair === undefined) return undefined;
  const groups = splitMerged(swapGroups(aligned), options.known);
  const swaps = [...groups.values()]
    .flatMap((g) => g.sightings.map((s) => s.swap))
    .filter((s): s is Swap => s !== undefined)
    .sort((x, y) => x.start - y.start);
  return { alignment: pair.aligned.alignment, swaps };
}

export function compareTexts(
  original: string,
  suspect: string,
  restoration: Restoration,
  options: CompareOptions = {},
): Comparison {
  const before = {
    words: wordOverlap(original, suspect),
    fiveGrams: sharedNgrams(original, suspect),
  };
  const after = {
    words: wordOverlap(original, restoration.output),
    fiveGrams: sharedNgrams(original, restoration.output),
  };
  const aligned = swapsOf(original, suspect, options);
  const swaps = aligned?.swaps ?? [];
  return {
    before,
    after,
    originalWords: wordCount(original),
    suspectWords: wordCount(suspect),
    swaps: countSwaps(swaps, restoration.applied),
    swapCount: swaps.length,
    passages: aligned === undefined ? [] : passages(original, suspect, aligned.alignment, swaps),
    unrelated: aligned === undefined,
  };
}
