// Weights of the thesaurus decision model, in the order of FEATURE_NAMES (src/core/features.ts).
// Written by scripts/train.ts from the tune slice of the dev set; do not edit by hand.
export const MODEL = {
  trainedOn: 'eval/dev/tune, 2 rounds, L2 1',
  weights: [
    -4.4497, 0.4863, 0.3105, 0.5603, 0.275, 0.8773, -0.3361, 0.054, -0.1224, 1.4545, -0.0156,
    -0.0104, 4.8432, 1, 0.0961, 0.2835, -0.0979, 3.8809,
  ],
} as const;
