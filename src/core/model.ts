// Weights of the thesaurus decision model, in the order of FEATURE_NAMES (src/core/features.ts).
// Written by scripts/train.ts from the tune slice of the dev set; do not edit by hand.
export const MODEL = {
  trainedOn: 'eval/dev/tune, 2 rounds, L2 1',
  weights: [
    -2.5342, 0.4331, 0.196, 0.758, -0.2358, 1.4159, -0.2286, 0.1681, -0.2667, 1.1431, 0.3102,
    0.5689, 3.5275, 1, 0.1347, 0.3545, 0.0055, 1.2922,
  ],
} as const;
