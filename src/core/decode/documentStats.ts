// What a chunk shows as a whole: how well the LM knows its genre (docFit), how many of its words
// have a strong candidate (spinDensity), and which spinners' curated swaps the LM strongly
// supports in it (strongSwaps), evidence of the spinner even without its sure phrases.
import type { LanguageModel } from '../../types.js';
import type { Slot } from '../slots.js';
import type { WordCandidate } from '../thesaurusCandidates.js';
import type { GainCache } from '../gainCache.js';
import { swapHits } from '../spinnerDecision.js';
import { observedOf, typeStats } from './typeEvidence.js';
import { STRONG_GAIN, STRONG_SWAP_GAIN } from '../tuning.js';

/**
 * Mean trigram log10 probability per word of the chunk as written, and the share of words the
 * LM does not know: a genre the LM knows badly (technical prose) has many candidates with large
 * gains without being spun.
 */
export function docFit(
  slots: readonly Slot[],
  lm: LanguageModel,
): { docLogP: number; docUnknown: number } {
  let total = 0;
  let unknown = 0;
  const bos = lm.id('<s>');
  // The two words before (fewer at a sentence start).
  let history: number[] = [bos];
  for (const slot of slots) {
    if (slot.sentenceStart) history = [bos];
    total += lm.logProb(history, slot.id);
    if (slot.id < 0) unknown++;
    history = [history[history.length - 1] as number, slot.id];
  }
  const n = Math.max(slots.length, 1);
  return { docLogP: total / n, docUnknown: unknown / n };
}

/** Share of the slots where some candidate has a local gain above STRONG_GAIN. */
export function spinDensity(
  words: readonly WordCandidate[],
  gains: GainCache,
  slotCount: number,
): number {
  const strong = new Set<number>();
  words.forEach((w, i) => {
    if (!strong.has(w.first) && gains.get(i) > STRONG_GAIN) strong.add(w.first);
  });
  return strong.size / Math.max(slotCount, 1);
}

/**
 * Per spinner family, the sure-spin equivalents (swapHits) of its curated word swaps whose LM
 * evidence over their occurrences (diverseSum) is at least STRONG_SWAP_GAIN.
 */
export function strongSwaps(
  words: readonly WordCandidate[],
  gains: GainCache,
  slots: readonly Slot[],
): Map<string, number> {
  const types = typeStats(words, gains, slots, (w) => w.original.spinner !== undefined);
  const strong = new Map<string, Set<string>>();
  for (const [key, t] of types) {
    const family = t.members[0]?.original.spinner?.family;
    if (family === undefined || t.sum < STRONG_SWAP_GAIN) continue;
    let set = strong.get(family);
    if (set === undefined) strong.set(family, (set = new Set()));
    set.add(observedOf(key));
  }
  const hits = new Map<string, number>();
  for (const [family, set] of strong) {
    const h = swapHits(set.size, slots.length);
    if (h > 0) hits.set(family, h);
  }
  return hits;
}
