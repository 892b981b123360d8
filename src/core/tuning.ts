// Every tuning constant of the engine, in one place: what it does and how it was chosen. "By
// hand" means it was set when its mechanism was introduced, with no measurement on record (the
// commit history has none); figures are from `npm run eval` on the dev set unless said otherwise.
// Changing one the decision model sees (marked "model") means retraining: npm run train.
// Not here: the features' ranges (decode/features.ts, the model's contract), the --min-confidence
// default (src/defaults.ts, read by the CLI without loading the engine), and bounds that are
// facts of the code rather than choices (gainCache.ts REACH: how far a trigram choice reaches).

// --- Decoder: chunks and passes (decode/) ---

/** Words per decoded chunk, cut at a sentence end: keeps cost linear; by hand (first decoder). */
export const CHUNK_WORDS = 2000;
/** Most passes of iterated conditional modes; 5 instead of 3 measured +1.4 pt held-out WER cut. */
export const PASSES = 5;
/** A change this likely is made in the next pass's context; more likely than not (calibrated). */
export const ACCEPT = 0.5;
/** Thesaurus decisions below this probability are not reported at all; by hand. */
export const REPORT_FLOOR = 0.2;
/** A dictionary phrase with this prior is taken as spun in the first pass's context; by hand. */
export const LIKELY_PHRASE = 0.5;

// --- Decoder: evidence (decode/typeEvidence.ts, documentStats.ts, decideWords.ts) ---

/** LM gains above this (log10) count as this much: back-off artifacts of rare words (model). */
export const MAX_GAIN = 4;
/** LM gains below this (log10) count as this much in a word type's sum; by hand (model). */
export const MIN_TYPE_GAIN = -3;
/** An LM-unknown written word's gain counts at most this (log10): no evidence (model). */
export const UNKNOWN_GAIN = 1;
/** Distinct contexts of a word type that add up in full, beyond them log2; by hand (model). */
export const FULL_CONTEXTS = 3;
/** A local gain above this (log10) marks a word for the spin density feature; by hand (model). */
export const STRONG_GAIN = 2;
/** Originals of a written word scored, best noisy-channel score first; 10 (was 6), by hand. */
export const TOP_ORIGINALS = 10;
/** Share of its probability a decision keeps when the document's swap table contradicts it. */
export const TABLE_CONFLICT = 0.5;
/** The margin of an original with no rival: the top of the margin feature's range (model). */
export const SOLE_MARGIN = 10;

// --- Thesaurus candidates (thesaurusCandidates.ts, candidateChannel.ts, single/multiWord...) ---

/** log10 P(written | original) by the thesauri listing the pair; by hand, WordNet-first highest. */
export const CHANNEL = {
  both: -0.9,
  moby: -1.3,
  wordnetFirstLemma: -0.6,
  wordnet: -1.6,
  /** A curated spinner swap no thesaurus lists. */
  none: -2,
} as const;
/** log10 cost of one word written for an original of several; by hand (model retrained with it). */
export const SPLIT_COST = -1;
/** log10 channel at least, for a pair the curated phrases show word by word; by hand. */
export const KNOWN_PAIR_CHANNEL = -0.5;
/** A claimed written word leaves its thesaurus originals at least this share; a numeric floor. */
export const MIN_UNCLAIMED_SHARE = 0.001;
/** P(spun) from which curated swaps may rewrite capitalised words of names: more likely. */
export const NAME_GATE = 0.5;
/** P(right) of a name word restored to a name the LM knows, in a spun text; by hand. */
export const NAME_KNOWN = 0.95;
/**
 * log10 by which a name's inner bigram must be likelier than its second word alone to count as
 * known (a collocation: "white house" about 2.8, "national council" 2); by hand, with names
 * restored in spun addresses ("America Reads" -> "America Has" at 1).
 */
export const NAME_PMI = 2;
/** Share of words changed at which a text counts as half likely spun, for names; by hand. */
export const NAME_HALF_RATE = 0.01;
/** Longest written phrase looked up, in words; 6 (was 4) for paraphrasers, dev set unchanged. */
export const MAX_PHRASE_WORDS = 6;
/** Candidates kept per slot and key, best channel first; by hand, above what real keys hold. */
export const MAX_PER_KEY = 40;

// --- Spinner evidence (spinnerDecision.ts, spinnerChannel.ts) ---

/** A dictionary phrase with this prior is a sure spin; 0.7 (was 0.8): no genuine text shows one. */
export const SURE_PRIOR = 0.7;
/** P(spun) = sure phrases / (sure phrases + this): 1.5 sure phrases make it even; by hand. */
export const SPUN_HALF_HITS = 1.5;
/** Discount rate of a thesaurus swap for an original the spinner writes otherwise; by hand. */
export const COVERED_RATE = 0.1;
/** Weight (ln odds per log10) of a curated swap's LM gain here; by hand. */
export const GAIN_HERE = 1;
/** Weight of its LM gain over the word's other occurrences; by hand, half of GAIN_HERE. */
export const GAIN_ELSEWHERE = 0.5;
/** Bounds of P(spun) · prior as a curated swap's prior odds: never sure either way; by hand. */
export const SWAP_PRIOR_RANGE = [0.005, 0.98] as const;
/** Bounds (log10) of the LM gains that move a curated swap's odds; by hand. */
export const SWAP_GAIN_RANGE = [-4, 3] as const;
/** The prior of a word swap shown inside the text's own sure phrases; by hand. */
export const CORROBORATED_PRIOR = 0.9;
/** Share of a curated entry's prior that its alternatives get: half, preferred first. */
export const ALTERNATIVE_SHARE = 0.5;
/** LM evidence (log10, over occurrences) that makes a curated swap strongly supported; by hand. */
export const STRONG_SWAP_GAIN = 1.5;
/** Fewest strongly supported swap types of one family that count at all; by hand. */
export const SWAP_MIN_TYPES = 5;
/** Strongly supported swap types per 1,000 words genuine text may show (dev set: 0 to 17). */
export const SWAP_FREE_RATE = 20;
/** Each this many more per 1,000 words count as one sure spin (spun web copies: 60 to 80). */
export const SWAP_RATE_PER_HIT = 15;
/** Most sure-spin equivalents strongly supported swaps can add; by hand. */
export const SWAP_MAX_HITS = 2;

// --- Family evidence (familyDecision.ts; its rates: familyRates.ts) ---

/** Prior that a swap with the fingerprint of the text's family (and LM support) is its spinner's; by hand. */
export const RULE_PRIOR = 0.2;
/** Factor left to a swap another family makes, in a text its own family surely explains; by hand. */
export const OFF_RULE_RATE = 0.5;
/** Factor left to any swap in a text its family evidence surely calls genuine; by hand. */
export const GENUINE_RATE = 0.6;
/** Written words with a candidate a section needs for that (a 300-word text has about 140). */
export const GENUINE_MIN_OBSERVATIONS = 100;

// --- Dictionary phrases (confidence.ts, phraseEdit.ts, phraseCandidates.ts, quotes.ts) ---

/** Weight of a phrase's LM gain on its log10 odds: the prior carries most evidence; by hand. */
export const PHRASE_LM_WEIGHT = 0.25;
/** A phrase's LM gain counts up to this (log10), and only for: the LM may confirm, never veto. */
export const PHRASE_LM_CLAMP = 2;
/** log10 odds each rank after the preferred restoration costs; by hand. */
export const ALTERNATIVE_COST = 0.3;
/** Prior factor per rank after the preferred restoration, without the LM; by hand. */
export const RANK_DISCOUNT = 0.8;
/** Share of its prior an entry keeps where its `and=` terms are missing: a suggestion at half. */
export const UNCONFIRMED_SHARE = 0.5;
/**
 * Distinct sure phrases of a dictionary that confirm its multi-word entries missing their `and=`
 * terms, and that a one-word entry with its terms needs (conditions.ts wordCorroboration).
 */
export const CORROBORATING_PHRASES = 3;
/** The prior of an entry that counts as a sure phrase of its dictionary for that; by hand. */
export const SURE_PHRASE_PRIOR = 0.9;
/** A quotation of at most this many words that holds a sure phrase is a mention; by hand. */
export const SHORT_QUOTE_WORDS = 8;
/** Shortest stem of an inflected last word matched against the phrase index; by hand. */
export const MIN_STEM = 2;

// --- Quoted speech (quotedSpeech.ts): was it spun like the rest of the text? ---

/** Changes at or above this confidence count as the spinner's, inside and outside quotations. */
export const QUOTE_CHANGE_CONFIDENCE = 0.8;
/**
 * Such changes per word in what a spinner left alone: false alarms in spun texts run from 0.6 to 4
 * per 1,000 words on the benchmark and to 16 on real spun pages, where the gate is open.
 */
export const QUOTE_GENUINE_RATE = 0.01;
/** Words of genuine-rate text the rate outside quotations is smoothed with; by hand. */
export const QUOTE_SMOOTHING_WORDS = 50;
/** Prior that a spinner spins quoted speech: some do, some do not. */
export const QUOTE_SPUN_PRIOR = 0.5;

// --- Inferred phrases (inferredPhrases.ts; measured by npm run inferred-phrases) ---

/** A word swap counts when this many entries show it. */
export const MIN_SUPPORT = 2;
/** A written word is swapped only if this share of the entries with it spell it spun. */
export const MIN_SPUN_SHARE = 0.8;
/** Longest run of words inferred. */
export const MAX_INFERRED_WORDS = 4;
/** Swaps tried per written word, most supported first. */
export const MAX_SWAPS = 6;
/** Prior of an inferred phrase whose weakest swap has less than STRONG_SUPPORT: 84% right. */
export const INFERRED_PRIOR = 0.8;
/** Support of the weakest swap from which an inferred phrase is 94% right in the 10 folds. */
export const STRONG_SUPPORT = 3;
/** Prior of an inferred phrase with STRONG_SUPPORT: a little below the 94% (genuine words). */
export const STRONG_INFERRED_PRIOR = 0.9;

// --- Reports (wordEdit.ts) ---

/** Other originals listed with a thesaurus edit (--explain, JSON). */
export const MAX_ALTERNATIVES = 5;
