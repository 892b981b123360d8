import { ALTERNATIVE_COST, PHRASE_LM_CLAMP, PHRASE_LM_WEIGHT } from './tuning.js';
// Confidence of dictionary phrases. An entry's prior is the probability that the phrase, when
// seen, is spun; in context the trigram LM gain moves it a bounded amount, and alternatives
// ranked after the preferred canonical cost a little. Thesaurus decisions get their probability
// from the decision model in decode/score.ts instead.

/** Probability from log10 odds. */
export function confidenceFromLogOdds(logOdds: number): number {
  return 1 / (1 + 10 ** -logOdds);
}

/**
 * log10 odds that a dictionary phrase occurrence is spun and this option restores it. The LM gain
 * counts up to PHRASE_LM_CLAMP, and only for: the news LM cannot judge science terms ("random
 * forest"), so it may confirm a curated restoration or choose between its alternatives, never
 * veto it. An ambiguous phrase needs a lower prior or a condition in its dictionary.
 */
export function phraseLogOdds(prior: number, lmGain: number, rank: number): number {
  const p = Math.min(Math.max(prior, 1e-4), 1 - 1e-4);
  const clamped = Math.max(0, Math.min(PHRASE_LM_CLAMP, lmGain));
  return Math.log10(p / (1 - p)) + PHRASE_LM_WEIGHT * clamped - ALTERNATIVE_COST * rank;
}
