// Evidence -> probability. Decisions are made in log10 odds (LM gain + channel + document prior);
// confidence maps those odds to a probability with a Platt scaling fitted on the tune slice of
// the dev set (scripts/calibrate.ts writes the constants below).
import { CALIBRATION } from './calibration.js';

export type EvidenceKind = 'dictionary' | 'thesaurus';

export function confidenceFromLogOdds(logOdds: number, kind: EvidenceKind): number {
  const { a, b } = CALIBRATION[kind];
  const z = Math.LN10 * (a * logOdds + b);
  return 1 / (1 + Math.exp(-z));
}

/** Weight of the LM gain for dictionary phrases (the dictionary prior carries most evidence). */
export const PHRASE_LM_WEIGHT = 0.25;
/** A curated entry that is not flagged is evidence by itself: this much log10 odds on top. */
export const CURATED_BONUS = 0.5;
/** A dictionary phrase's LM gain counts only within ±this many log10 units. */
export const PHRASE_LM_CLAMP = 2;
/** Each rank after the preferred canonical costs this much (log10). */
export const ALTERNATIVE_COST = 0.3;

/** log10 odds that a dictionary phrase occurrence is spun and this option restores it. */
export function phraseLogOdds(prior: number, lmGain: number, rank: number): number {
  const p = Math.min(Math.max(prior, 1e-4), 1 - 1e-4);
  const clamped = Math.max(-PHRASE_LM_CLAMP, Math.min(PHRASE_LM_CLAMP, lmGain));
  return (
    Math.log10(p / (1 - p)) + CURATED_BONUS + PHRASE_LM_WEIGHT * clamped - ALTERNATIVE_COST * rank
  );
}
