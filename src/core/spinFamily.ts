// The families of spinner the family evidence tells apart (familyEvidence.ts), and the
// fingerprints it counts: each the rule of one family run backwards.

/** `none` is genuine or fluent (machine-translated) text. */
export const SPIN_FAMILIES = [
  'news',
  'wordnet',
  'alpha',
  'paraphraser',
  'tortured',
  'none',
] as const;
export type SpinFamily = (typeof SPIN_FAMILIES)[number];

/**
 * alpha: the alphabetically first synonym; wordnet: the first or next lemma of a commonest
 * WordNet sense; frequent: a commonest synonym; phrase: a multi-word paraphrase; curated: a word
 * swap of the news spinners' curated lists (`news-spinner-words`).
 */
export const FINGERPRINTS = ['alpha', 'wordnet', 'frequent', 'phrase', 'curated'] as const;
export type Fingerprint = (typeof FINGERPRINTS)[number];
