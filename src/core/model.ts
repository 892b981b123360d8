// Weights of the thesaurus decision model, in the order of FEATURE_NAMES (src/core/features.ts).
// Written by scripts/train.ts from the tune slice of the dev set; do not edit by hand.
export const MODEL = {
  trainedOn: 'eval/dev/tune, 2 rounds, L2 1',
  weights: [
    -2.3696, 0.4434, 0.1871, 0.7575, -0.1393, 1.4906, -0.2525, 0.0931, -0.2443, 1.11, 0.225,
    -0.0576, 3.1553, 1, 0.1078, 0.4928, -0.0591, 0.8267,
  ],
} as const;
