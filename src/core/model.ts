// Weights of the thesaurus decision model, in the order of FEATURE_NAMES (src/core/features.ts).
// Written by scripts/train.ts from the tune slice of the dev set; do not edit by hand.
export const MODEL = {
  trainedOn: 'eval/dev/tune, 2 rounds, L2 1',
  weights: [
    -5.3841, 0.4366, 0.3467, 0.3072, 0.4041, 0.8744, -0.1208, -0.203, -0.2866, 1.4697, -0.0818,
    -0.9655, 4.8657, 1, 0.1438, 0.0519, -0.0683, 3.8645,
  ],
} as const;
