// Weights of the thesaurus decision model, in the order of FEATURE_NAMES (src/core/features.ts).
// Written by scripts/train.ts from the tune slice of the dev set; do not edit by hand.
export const MODEL = {
  trainedOn: 'eval/dev/tune, 2 rounds, L2 1',
  weights: [
    -2.1995, 0.3317, 0.1664, 0.6113, -0.3378, 1.3043, -0.2546, 0.1964, -0.1582, 1.1609, 0.3042,
    0.4764, 3.6158, 2, 0.1389, 0.396, 0.0273, 1.1188,
  ],
} as const;
