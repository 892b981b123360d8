// Weights of the thesaurus decision model, in the order of FEATURE_NAMES (src/core/features.ts).
// Written by scripts/train.ts from the tune slice of the dev set; do not edit by hand.
export const MODEL = {
  trainedOn: 'eval/dev/tune, 2 rounds, L2 1',
  weights: [
    -2.966, 0.4715, 0.1943, 0.6539, -0.2505, 1.1284, -0.2072, 0.1564, -0.0861, 1.2814, 0.1153,
    0.0859, 4.3987, 1, 0.1188, 0.3021, -0.0744, 3.001,
  ],
} as const;
