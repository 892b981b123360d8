// Platt-scaling constants: confidence = sigmoid(ln(10) * (a * logOdds + b)).
// Written by scripts/calibrate.ts from the tune slice of the dev set; do not edit by hand.
export const CALIBRATION = {
  dictionary: { a: 1, b: 0 },
  thesaurus: { a: 1, b: 0 },
} as const;
