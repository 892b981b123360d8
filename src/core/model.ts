// Weights of the thesaurus decision model, in the order of FEATURE_NAMES (src/core/features.ts).
// Written by scripts/train.ts from the tune slice of the dev set; do not edit by hand.
export const MODEL = {
  trainedOn: 'eval/dev/tune, 2 rounds, L2 1',
  weights: [
    -5.1154, 0.4374, 0.3382, 0.3327, 0.3961, 0.781, -0.1398, -0.2182, -0.3442, 1.5078, -0.1358,
    -1.231, 4.7017, 1, 0.1125, 0.0791, -0.1396, 3.8802,
  ],
} as const;
