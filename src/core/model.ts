// Weights of the thesaurus decision model, in the order of FEATURE_NAMES (src/core/features.ts).
// Written by scripts/train.ts from the tune slice of the dev set; do not edit by hand.
export const MODEL = {
  trainedOn: 'eval/dev/tune, 2 rounds, L2 1',
  weights: [
    -5.3539, 0.4423, 0.3444, 0.2988, 0.4132, 0.885, -0.1265, -0.2072, -0.2912, 1.4684, -0.117,
    -0.9791, 4.9219, 1, 0.1423, 0.0066, -0.072, 3.9579,
  ],
} as const;
