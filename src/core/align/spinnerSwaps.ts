// The spinner's swaps between an original and its spun copy: the changed regions of the word
// alignment that are word or phrase swaps (insertions and deletions joined to a neighbouring word,
// length-changing replacements such as "in the event that" for "if"), trimmed of punctuation at
// their edges. Regions of more than MAX_SWAP_WORDS words on a side are rewrites, not swaps. Pure.
import type { Region } from './splitRun.js';
import {
  sharesPassage,
  wordAlignment,
  type AlignOptions,
  type WordAlignment,
} from './wordAlignment.js';
import { isWordToken, typographic, type WordToken } from './wordTokens.js';

/** Longest swap, in words on either side: longer changed regions are rewritten passages. */
export const MAX_SWAP_WORDS = 6;
/**
 * Longest run of changed words between two words left alone, on either side: a longer one is a
 * rewritten passage, even where the aligner pairs its words one by one.
 */
export const MAX_RUN_WORDS = 10;

export interface Swap {
  /** Spun tokens s0..s1 and original tokens o0..o1 (inclusive), after trimming. */
  readonly region: Region;
  /** The spun words as written: `spun.slice(start, end)`. */
  readonly spun: string;
  /** The original words, inner whitespace as single spaces. */
  readonly original: string;
  /** Offsets of `spun` in the spun text. */
  readonly start: number;
  readonly end: number;
}

export interface SpinnerSwaps {
  readonly alignment: WordAlignment;
  readonly swaps: readonly Swap[];
  /** Changed regions that are not swaps: rewritten passages, punctuation-only changes. */
  readonly other: readonly Region[];
}

/** Region trimmed of punctuation tokens at both ends of both sides; undefined if a side empties. */
function trimmed(a: readonly WordToken[], b: readonly WordToken[], r: Region): Region | undefined {
  let [s0, s1, o0, o1] = r;
  while (s0 <= s1 && !isWordToken(a[s0] as WordToken)) s0++;
  while (s1 >= s0 && !isWordToken(a[s1] as WordToken)) s1--;
  while (o0 <= o1 && !isWordToken(b[o0] as WordToken)) o0++;
  while (o1 >= o0 && !isWordToken(b[o1] as WordToken)) o1--;
  return s0 > s1 || o0 > o1 ? undefined : [s0, s1, o0, o1];
}

/** The words of a token range as the texts write them. */
export function spanText(text: string, t: readonly WordToken[], from: number, to: number): string {
  return text.slice((t[from] as WordToken).start, (t[to] as WordToken).end);
}

/** A swap of the region, or undefined for a rewrite or a change of punctuation or typography. */
function swapOf(spun: string, original: string, w: WordAlignment, r: Region): Swap | undefined {
  const a = w.spunTokens;
  const b = w.originalTokens;
  const t = trimmed(a, b, r);
  if (t === undefined) return undefined;
  const [s0, s1, o0, o1] = t;
  if (s1 - s0 + 1 > MAX_SWAP_WORDS * 2 || o1 - o0 + 1 > MAX_SWAP_WORDS * 2) return undefined;
  const words = (tokens: readonly WordToken[], x: number, y: number): number =>
    tokens.slice(x, y + 1).filter(isWordToken).length;
  if (words(a, s0, s1) > MAX_SWAP_WORDS || words(b, o0, o1) > MAX_SWAP_WORDS) return undefined;
  const spunText = spanText(spun, a, s0, s1);
  const originalText = spanText(original, b, o0, o1).replace(/\s+/g, ' ');
  const same = (x: string, y: string): boolean =>
    typographic(x.toLowerCase()).replace(/\s+/g, ' ') === typographic(y.toLowerCase());
  if (same(spunText, originalText)) return undefined;
  const start = (a[s0] as WordToken).start;
  return { region: t, spun: spunText, original: originalText, start, end: start + spunText.length };
}

type Range = readonly [number, number];

/** Token ranges (spun, original) of the changed runs longer than MAX_RUN_WORDS words. */
function rewrites(w: WordAlignment): Array<readonly [Range, Range]> {
  const words = (t: readonly WordToken[], from: number, to: number): number =>
    t.slice(from, to + 1).filter(isWordToken).length;
  const out: Array<readonly [Range, Range]> = [];
  for (let p = 1; p < w.pairs.length; p++) {
    const [i0, j0] = w.pairs[p - 1] as readonly [number, number];
    const [i1, j1] = w.pairs[p] as readonly [number, number];
    if (
      words(w.spunTokens, i0 + 1, i1 - 1) > MAX_RUN_WORDS ||
      words(w.originalTokens, j0 + 1, j1 - 1) > MAX_RUN_WORDS
    )
      out.push([
        [i0 + 1, i1 - 1],
        [j0 + 1, j1 - 1],
      ]);
  }
  return out;
}

const meets = (x0: number, x1: number, [y0, y1]: Range): boolean => x0 <= y1 && y0 <= x1;

/** Aligns the texts (wordAlignment) and reads the spinner's swaps off the changed regions. */
export function spinnerSwaps(
  original: string,
  spun: string,
  options: AlignOptions = {},
): SpinnerSwaps | undefined {
  const alignment = wordAlignment(spun, original, options);
  if (alignment === undefined || !sharesPassage(alignment)) return undefined;
  const swaps: Swap[] = [];
  const other: Region[] = [];
  const long = rewrites(alignment);
  for (const r of alignment.regions) {
    const rewritten = long.some(([a, b]) => meets(r[0], r[1], a) || meets(r[2], r[3], b));
    const s = rewritten ? undefined : swapOf(spun, original, alignment, r);
    if (s === undefined) other.push(r);
    else swaps.push(s);
  }
  return { alignment, swaps, other };
}
