// The swaps of all pairs grouped by their spun phrase (its dictionary key: normalized phrase
// tokens), with how often each original stood behind it. Pure.
import { transferCase } from '../core/case.js';
import { phraseWords } from '../core/phraseEntry.js';
import type { Swap } from '../core/align/spinnerSwaps.js';
import type { AlignedPair } from './alignPairs.js';

/** One sighting of a swap: in pair `pair`, spun text [start, end) for `original`. */
export interface SwapSighting {
  readonly pair: AlignedPair;
  readonly start: number;
  readonly end: number;
  readonly original: string;
  /** The aligner's swap (absent for a swap read with its context: contextSwaps). */
  readonly swap?: Swap;
}

export interface SwapGroup {
  /** Normalized phrase tokens of the spun form, joined by one space. */
  readonly key: string;
  readonly words: readonly string[];
  /** The spun form as the dictionary writes it. */
  readonly spun: string;
  /** Originals by lowercase form: as the dictionary writes it, and how often. */
  readonly originals: Map<string, { readonly text: string; count: number }>;
  readonly sightings: SwapSighting[];
}

/** The spun form as a dictionary writes it: lowercase, unless that would tokenize differently. */
export function entrySpun(spun: string): string {
  const lower = spun.toLowerCase();
  return phraseWords(lower).join(' ') === phraseWords(spun).join(' ') ? lower : spun;
}

/** The original as a dictionary writes it: lowercase when the writer's case carries over. */
export function entryOriginal(spun: string, original: string): string {
  const lower = original.toLowerCase();
  return transferCase(spun.split(/\s+/), lower) === original ? lower : original;
}

/** Adds a sighting to the group of its spun form. */
export function addSighting(groups: Map<string, SwapGroup>, spun: string, s: SwapSighting): void {
  const words = phraseWords(spun);
  const key = words.join(' ');
  if (key === '') return;
  let g = groups.get(key);
  if (g === undefined) {
    g = { key, words, spun: entrySpun(spun), originals: new Map(), sightings: [] };
    groups.set(key, g);
  }
  const text = entryOriginal(spun, s.original);
  const lower = text.toLowerCase();
  const o = g.originals.get(lower);
  if (o === undefined) g.originals.set(lower, { text, count: 1 });
  else o.count++;
  g.sightings.push(s);
}

/** The swaps of every pair, grouped by spun form, in order of first sighting. */
export function swapGroups(pairs: readonly AlignedPair[]): Map<string, SwapGroup> {
  const groups = new Map<string, SwapGroup>();
  for (const p of pairs) {
    for (const s of p.aligned.swaps) {
      addSighting(groups, s.spun, {
        pair: p,
        start: s.start,
        end: s.end,
        original: s.original,
        swap: s,
      });
    }
  }
  return groups;
}

/** The originals of a group, most frequent first (ties: alphabetical). */
export function rankedOriginals(g: SwapGroup): Array<{ readonly text: string; count: number }> {
  return [...g.originals.values()].sort(
    (x, y) => y.count - x.count || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0),
  );
}
