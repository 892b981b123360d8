// The evidence of a thesaurus decision as a feature vector, and the logistic model over it.
// The weights (src/core/model.ts) are fitted on the tune slice of the dev set by
// scripts/train.ts, so the model's output is a calibrated probability that the change is right.
import { MODEL } from './model.js';

export const FEATURE_NAMES = [
  'bias',
  'gainHere', // trigram LM gain of the change at this place (log10)
  'typeSum', // summed over every occurrence of the observed word type
  'typeMax', // best single occurrence of the type
  'occurrences', // log2(1 + occurrences of the type)
  'channel', // log10 P(observed | original) of the thesaurus
  'unigramDelta', // log10 P(original) - log10 P(observed), context-free
  'observedLogP', // log10 P(observed): rare spun forms are suspicious
  'moby',
  'wordnet',
  'firstLemma',
  'multiword',
  'docDensity', // share of the document's words with a strong candidate (gain > 2)
  'docSure', // log10(1 + sure dictionary spins per 100 words)
  'margin', // typeSum of this original minus that of the runner-up original
  'sentenceInitial',
  'alternatives', // log2(1 + candidate originals of the observed type)
  'docAccepted', // share of the document's words changed in the previous pass
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

export function featureVector(f: Features): number[] {
  return FEATURE_NAMES.map((n) => f[n]);
}

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** log-odds (natural) of the change being right. */
export function logit(
  vector: readonly number[],
  weights: readonly number[] = MODEL.weights,
): number {
  let z = 0;
  for (let i = 0; i < vector.length; i++) z += (vector[i] ?? 0) * (weights[i] ?? 0);
  return z;
}

export function probability(vector: readonly number[], weights?: readonly number[]): number {
  return 1 / (1 + Math.exp(-logit(vector, weights)));
}
