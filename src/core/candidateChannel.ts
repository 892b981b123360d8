// The channel of a thesaurus candidate: log10 P(observed | original), how likely a spinner
// writes the observed word for that original, by thesaurus evidence and under the document's
// spinner gate (a curated swap is likely where its spinner shows, the thesaurus's own elsewhere).
import type { ThesaurusCandidate } from '../types.js';
import type { Slot } from './slots.js';
import { familyLikelihood, spinnerLikelihood, type SpinnerGate } from './spinnerDecision.js';
import { CHANNEL, MIN_UNCLAIMED_SHARE, NAME_GATE } from './tuning.js';

export function channelLogProb(c: ThesaurusCandidate): number {
  if (c.channel !== undefined) return c.channel;
  const moby = c.sources.includes('moby');
  const wordnet = c.sources.includes('wordnet');
  if (!moby && !wordnet) return CHANNEL.none;
  if (wordnet && c.firstLemma)
    return moby ? Math.max(CHANNEL.both, CHANNEL.wordnetFirstLemma) : CHANNEL.wordnetFirstLemma;
  if (moby && wordnet) return CHANNEL.both;
  return moby ? CHANNEL.moby : CHANNEL.wordnet;
}

/**
 * The channel under the document's gate. A curated swap: likely in a document that shows its
 * spinner, the thesaurus's own otherwise. A thesaurus candidate: its own, less the share
 * (`shadow`) that curated swaps of the same written word claim.
 */
export function gatedChannel(
  gate: SpinnerGate | undefined,
  original: ThesaurusCandidate,
  plain: number,
  shadow = 0,
): number {
  if (gate === undefined) return plain;
  // A thesaurus original of a word that a curated swap claims: the rest of the probability.
  if (original.spinner === undefined)
    return plain + Math.log10(Math.max(MIN_UNCLAIMED_SHARE, 1 - shadow));
  const p = familyLikelihood(gate, original.spinner.family);
  return Math.log10(p * original.spinner.prior + (1 - p) * 10 ** plain);
}

/**
 * How much of a written word the curated swaps claim in this text: the largest P(spun) ·
 * prior among its curated originals ("america" in a spun text is "the United States", not
 * the thesaurus's "us").
 */
export function shadowOf(
  gate: SpinnerGate | undefined,
  originals: readonly ThesaurusCandidate[],
): number {
  if (gate === undefined) return 0;
  let shadow = 0;
  for (const o of originals) {
    if (o.spinner === undefined) continue;
    shadow = Math.max(shadow, familyLikelihood(gate, o.spinner.family) * o.spinner.prior);
  }
  return shadow;
}

/**
 * A capitalised word of a name that the curated swaps may rewrite: a document at least NAME_GATE
 * likely run through the spinner has its names spun too ("Mexico Metropolis", "White Home
 * Workplace of Nationwide Drug Management Coverage"), and only the curated swaps rewrite them.
 */
export function openName(gate: SpinnerGate | undefined, slot: Slot): boolean {
  return (
    slot.reason === 'proper name' && gate !== undefined && spinnerLikelihood(gate) >= NAME_GATE
  );
}
