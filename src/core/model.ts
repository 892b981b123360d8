// Weights of the thesaurus decision model, in the order of FEATURE_NAMES (src/core/features.ts).
// Written by scripts/train.ts from the tune slice of the dev set; do not edit by hand.
export const MODEL = {
  trainedOn: 'eval/dev/tune, 2 rounds, L2 1',
  weights: [
    -0.9485, 0.6796, -0.0403, 0.514, -0.8671, 1.4596, -0.1645, 0.2396, -0.2834, 1.3179, 0.4117,
    0.5787, 4.3392, -3.1587, 0.0696, 0.3294, -0.013, 2.1693,
  ],
} as const;
