// Weights of the thesaurus decision model, in the order of FEATURE_NAMES (src/core/features.ts).
// Written by scripts/train.ts from the tune slice of the dev set; do not edit by hand.
export const MODEL = {
  trainedOn: 'eval/dev/tune, 2 rounds, L2 1',
  weights: [
    -4.488, 0.4758, 0.3129, 0.5565, 0.2947, 0.8913, -0.3382, 0.0484, -0.1066, 1.457, -0.0039,
    0.0107, 4.9885, 1, 0.0892, 0.2737, -0.0934, 4.0076,
  ],
} as const;
