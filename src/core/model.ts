// Weights of the thesaurus decision model, in the order of FEATURE_NAMES (src/core/features.ts).
// Written by scripts/train.ts from the tune slice of the dev set; do not edit by hand.
export const MODEL = {
  trainedOn: 'eval/dev/tune, 2 rounds, L2 1',
  weights: [
    -2.1413, 0.333, 0.1674, 0.6123, -0.3389, 1.3037, -0.25, 0.2106, -0.1718, 1.1607, 0.3236, 0.5221,
    3.725, 1, 0.1353, 0.3811, 0.0263, 1.114,
  ],
} as const;
