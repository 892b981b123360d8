// The rates of the family evidence (familyEvidence.ts). Per family and fingerprint: the share of
// a text's written word types (those with a candidate) whose best candidate with that
// fingerprint has LM evidence over its occurrences in [MEDIUM_GAIN, STRONG_GAIN_FP), and at
// least STRONG_GAIN_FP. Measured on the tune slice of the benchmark (its spinners' tables, never
// the held-out ones) and on the clean genres of the tune slice (`npm run families-eval --
// --rates` prints them again). Genuine text (`none`) takes the highest rate of any clean genre
// (novels and science write more rare synonyms than e-mail), so the gate stays shut on them.
import type { Fingerprint, SpinFamily } from './spinFamily.js';

export const MEDIUM_GAIN = 1;
export const STRONG_GAIN_FP = 3;

type Rates = Readonly<Record<Fingerprint, readonly [medium: number, strong: number]>>;

// The curated news swaps were not counted on the tune slice (its news spinners are rule-made,
// not those of the curated lists): by hand, a few times as common in text of the spinners the
// lists were read from (examples/npr-spun.txt: 30 in 845 words) as in genuine text.
const GENUINE: Rates = {
  alpha: [0.0344, 0.0065],
  wordnet: [0.0383, 0.0079],
  frequent: [0.0396, 0.0045],
  phrase: [0.05, 0.0248],
  curated: [0.02, 0.005],
};

/**
 * A spinner's swaps come on top of what the text shows anyway: a family's rates are at least
 * genuine text's (the rates measured for it where they are lower are noise of the tune slice).
 */
const atLeastGenuine = (r: Rates): Rates =>
  Object.fromEntries(
    Object.entries(r).map(([f, [m, s]]) => {
      const [gm, gs] = GENUINE[f as Fingerprint];
      return [f, [Math.max(m, gm), Math.max(s, gs)]];
    }),
  ) as unknown as Rates;

const MEASURED: Readonly<Record<SpinFamily, Rates>> = {
  news: {
    alpha: [0.0351, 0.0101],
    wordnet: [0.0471, 0.0165],
    frequent: [0.0531, 0.0123],
    phrase: [0.0365, 0.0128],
    curated: [0.04, 0.03],
  },
  wordnet: {
    alpha: [0.0448, 0.0267],
    wordnet: [0.066, 0.0495],
    frequent: [0.0309, 0.008],
    phrase: [0.0407, 0.0323],
    curated: [0.02, 0.005],
  },
  alpha: {
    alpha: [0.0777, 0.075],
    wordnet: [0.034, 0.007],
    frequent: [0.0329, 0.0047],
    phrase: [0.0358, 0.0161],
    curated: [0.02, 0.005],
  },
  paraphraser: {
    alpha: [0.0279, 0.0071],
    wordnet: [0.0253, 0.0077],
    frequent: [0.0398, 0.0043],
    phrase: [0.0547, 0.0921],
    curated: [0.02, 0.005],
  },
  // Tortured phrases show in their sure phrases, not in word swaps.
  tortured: GENUINE,
  none: GENUINE,
};

export const FINGERPRINT_RATES: Readonly<Record<SpinFamily, Rates>> = Object.fromEntries(
  Object.entries(MEASURED).map(([f, r]) => [f, f === 'none' ? r : atLeastGenuine(r)]),
) as Record<SpinFamily, Rates>;

/**
 * Prior of each family: a text given to the tool is as likely genuine as spun (a checker runs
 * over genuine text too), the spun share split about evenly; tortured phrases show only in their
 * sure phrases, so one of them is enough to name the family.
 */
export const FAMILY_PRIOR: Readonly<Record<SpinFamily, number>> = {
  news: 0.11,
  wordnet: 0.11,
  alpha: 0.11,
  paraphraser: 0.11,
  tortured: 0.06,
  none: 0.5,
};

/**
 * Exponent on the fingerprint likelihood: one written word counts for several fingerprints
 * (an alphabetically first synonym is often a WordNet lemma too), so their evidence overlaps.
 */
export const TEMPER = 0.6;

/** Likelihood ratio of one sure phrase of a family's dictionary; genuine text shows none. */
export const SURE_PHRASE_RATIO = 12;
/** Sure phrases that count at most. */
export const MAX_SURE_PHRASES = 10;

/** P(no sure tortured phrase | a text of tortured phrases), by hand. */
export const TORTURED_WITHOUT_PHRASE = 0.02;
