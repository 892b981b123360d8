// A learned dictionary entry and its prior, from how consistently the swap occurred. Pure.

export interface LearnedEntry {
  /** The spun form as the dictionary writes it. */
  readonly spun: string;
  /** Originals, most frequent first. */
  readonly canonical: readonly string[];
  /** A form genuine English writes too: weighed in context by the decoder. */
  readonly channel: boolean;
  readonly prior: number;
  /** How consistently the swap occurred (consistency()): the prior's ground. */
  readonly consistency: number;
  /** Times the spinner wrote the spun form for an original, in all pairs. */
  readonly count: number;
  /** Times the spun form stood in a spun text where the original has it too (left alone). */
  readonly kept: number;
  /** Read with the word next to it ("assume tank" from "assume" for "think"). */
  readonly context: boolean;
  /** Why sure or channel, for the comment. */
  readonly reason: string;
  /** The sentence it came from, as written and with this swap undone. */
  readonly example?: { readonly spun: string; readonly restored: string };
  /** The pair the example comes from. */
  readonly pair: string;
}

/** Lowest prior of a sure entry: SURE_PRIOR of the decoder, so that it shows the spinner. */
export const SURE_FLOOR = 0.7;
const SURE_SPAN = 0.28;
const CHANNEL_MIN = 0.05;
const CHANNEL_MAX = 0.95;

/**
 * How consistently the spun form stood for its first original: its count over every time the
 * form was seen (as a swap for any original, or left as written), plus one unseen time.
 */
export function consistency(top: number, swapped: number, kept: number): number {
  return top / (swapped + kept + 1);
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/**
 * The prior: for a channel entry the consistency (bounded to [0.05, 0.95]); for a sure entry
 * 0.7 + 0.28 · consistency (1 sighting: 0.84, 2: 0.887, 4: 0.924), so that it counts as evidence
 * of the spinner.
 */
export function learnedPrior(channel: boolean, c: number): number {
  if (channel) return round(Math.min(CHANNEL_MAX, Math.max(CHANNEL_MIN, c)), 2);
  return round(SURE_FLOOR + SURE_SPAN * c, 3);
}
