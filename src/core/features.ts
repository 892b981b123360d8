// The evidence of a thesaurus decision as a feature vector. The decision model over it (a
// boosted tree ensemble, treeModel.ts) is fitted by scripts/train.ts on a synthetic training
// set and calibrated on the tune slice of the dev set, so its output is a probability that the
// change is right.

export const FEATURE_NAMES = [
  'gainHere', // trigram LM gain of the change at this place (log10)
  'typeSum', // summed over every occurrence of the observed word type
  'typeMax', // best single occurrence of the type
  'occurrences', // log2(1 + occurrences of the type)
  'channel', // log10 P(observed | original) of the thesaurus
  'unigramDelta', // log10 P(original) - log10 P(observed), context-free
  'observedLogP', // log10 P(observed): rare spun forms are suspicious
  'moby', // Moby lists the pair
  'wordnet', // WordNet lists the pair
  'firstLemma', // the observed word is the first lemma of a WordNet synset of the original
  'multiword', // either side has several words
  'docDensity', // share of the document's words with a strong candidate (gain > 2)
  'margin', // noisy-channel score of this original minus the best other original's
  'sentenceInitial',
  'alternatives', // log2(1 + candidate originals of the observed type)
  // share of the document's words changed in the previous pass, other written words than this one
  'docAccepted',
  'docWordnet', // share of those changes that WordNet lists: the spinner's thesaurus
  'docMoby', // share of those changes that Moby lists
  // mean log10 P(word | two before) of the document as written: how well the LM knows its genre
  'docLogP',
  'docUnknown', // share of the document's words the LM does not know
  'rank', // rank of this original among the observed type's, by noisy-channel score
  'observedWords', // words written
  'originalWords', // words of the restoration
  'wordsAdded', // the written phrase is the original with words added ("geological era")
  'present', // occurrences of the original word written elsewhere in the document
  'observedRate', // occurrences of the written word per 1,000 words of the document
  'curatedPrior', // prior of a curated spinner swap (0 for a thesaurus pair)
  'spinnerFamily', // P(the text went through that curated swap's spinner)
  'capital', // the written word starts with a capital
  'protectedWords', // words of the written phrase protected on their own (a name, a number)
  'originalLogP', // log10 P(original), context-free
  'observedKnown', // the LM knows the written word
  'observedTrigrams', // trigrams of the written window the LM holds
  'observedBigrams', // bigrams of the written window the LM holds
  'observedPmi', // log10 P(window | context) - log10 P(window) for the written words
  'originalTrigrams', // the same for the restoration
  'originalBigrams',
  'originalPmi',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

export function featureVector(f: Features): number[] {
  return FEATURE_NAMES.map((n) => f[n]);
}

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
