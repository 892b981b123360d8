// LM evidence per word type. A spinner writes an original the same way at every occurrence, so
// a change is judged on the evidence of all occurrences of its type (observed -> original).
import type { Slot } from '../slots.js';
import type { WordCandidate } from '../thesaurusCandidates.js';
import type { GainCache } from '../gainCache.js';
import { clamp } from '../clamp.js';
import { FULL_CONTEXTS, MAX_GAIN, MIN_TYPE_GAIN, UNKNOWN_GAIN } from '../tuning.js';

/**
 * LM gains count at most MAX_GAIN: very large gains mostly come from back-off artifacts around
 * rare but genuine words, not from stronger evidence.
 */

/** The occurrences of one word type (observed -> original) and their LM evidence. */
export interface TypeStats {
  readonly members: readonly WordCandidate[];
  /** The evidence of each member (evidence()), in the same order. */
  readonly gains: readonly number[];
  /** Over the occurrences (diverseSum). */
  readonly sum: number;
  /** The best single occurrence. */
  readonly max: number;
}

/**
 * The LM gain of a candidate as evidence. When the written word is unknown to the LM, the gain
 * only says that the candidate is a common word: a technical term the LM never saw ("thesauri",
 * "docs") would lose to any frequent synonym. It counts as at most UNKNOWN_GAIN then, unless a
 * curated spinner swap vouches for the pair.
 */
export function evidence(c: WordCandidate, gain: number, slots: readonly Slot[]): number {
  if (c.original.spinner !== undefined || gain <= UNKNOWN_GAIN) return gain;
  for (let k = c.first; k <= c.last; k++) if ((slots[k] as Slot).id < 0) return UNKNOWN_GAIN;
  return gain;
}

/** The word beside a candidate (`step` -1: left, 1: right), `<s>` at a sentence boundary. */
function neighbour(c: WordCandidate, slots: readonly Slot[], step: -1 | 1): string {
  const [from, to] = (slots[c.first] as Slot).sentence;
  const at = step < 0 ? c.first - 1 : c.last + 1;
  return at >= from && at < to ? (slots[at] as Slot).word : '<s>';
}

/**
 * The sum over groups of occurrences (each group its mean). Beyond FULL_CONTEXTS groups, more of
 * them add less and less: a genuine word used twenty times with a small bias towards a frequent
 * synonym ("confidence" -> "will") would otherwise outweigh any real spin.
 */
function groupedSum(groups: ReadonlyMap<string, { total: number; n: number }>): number {
  let sum = 0;
  for (const g of groups.values()) sum += g.total / g.n;
  const n = groups.size;
  return n <= FULL_CONTEXTS ? sum : (sum / n) * (FULL_CONTEXTS + Math.log2(n - FULL_CONTEXTS + 1));
}

/**
 * LM evidence summed over a type's occurrences. Occurrences with the same neighbour count once
 * (their mean): an artifact of one sparse bigram ("inside Mexico") recurs with that bigram,
 * while a real spin shows in varied contexts. The smaller of the sums grouped by left and by
 * right neighbour.
 */
export function diverseSum(
  members: readonly WordCandidate[],
  gains: readonly number[],
  slots: readonly Slot[],
): number {
  const bounded = (k: number): number => clamp(gains[k] ?? 0, MIN_TYPE_GAIN, MAX_GAIN);
  if (members.length === 1) return bounded(0);
  const sumBy = (step: -1 | 1): number => {
    const groups = new Map<string, { total: number; n: number }>();
    members.forEach((c, k) => {
      const key = neighbour(c, slots, step);
      const g = groups.get(key) ?? { total: 0, n: 0 };
      g.total += bounded(k);
      g.n++;
      groups.set(key, g);
    });
    return groupedSum(groups);
  };
  return Math.min(sumBy(-1), sumBy(1));
}

/**
 * The candidates (those `keep` accepts) grouped by word type (observed -> original), with the
 * LM evidence of each occurrence and over the type (diverseSum).
 */
export function typeStats(
  words: readonly WordCandidate[],
  gains: GainCache,
  slots: readonly Slot[],
  keep: (w: WordCandidate) => boolean = () => true,
): Map<string, TypeStats> {
  // Built here, then read only.
  const types = new Map<
    string,
    { members: WordCandidate[]; gains: number[]; sum: number; max: number }
  >();
  words.forEach((w, i) => {
    if (!keep(w)) return;
    const gain = evidence(w, gains.get(i), slots);
    let t = types.get(w.typeKey);
    if (t === undefined)
      types.set(w.typeKey, (t = { members: [], gains: [], sum: 0, max: -Infinity }));
    t.members.push(w);
    t.gains.push(gain);
    t.max = Math.max(t.max, gain);
  });
  for (const t of types.values()) t.sum = diverseSum(t.members, t.gains, slots);
  return types;
}

/** observed base of a type key `observed→original`. */
export function observedOf(key: string): string {
  return key.slice(0, key.indexOf('→'));
}
