// Weights of the thesaurus decision model, in the order of FEATURE_NAMES (src/core/features.ts).
// Written by scripts/train.ts from the tune slice of the dev set; do not edit by hand.
export const MODEL = {
  trainedOn: 'eval/dev/tune, 2 rounds, L2 1',
  weights: [
    -2.3517, 0.4647, 0.195, 0.6427, -0.2861, 1.2754, -0.1528, 0.2007, -0.0114, 1.0816, 0.1349,
    -0.1434, 4.3163, 1, 0.1326, 0.3057, -0.0875, 3.226,
  ],
} as const;
