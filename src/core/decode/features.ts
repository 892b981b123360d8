// The evidence of a thesaurus decision as a feature vector: the trained model's contract. The
// decision model over it (a boosted tree ensemble, treeModel.ts) is fitted by scripts/train.ts
// on a synthetic training set and calibrated on the tune slice of the dev set, so its output is
// a probability that the change is right. Changing a feature, its order or its range means
// retraining (npm run train -- --write).
import type { Slot } from '../slots.js';
import type { WordCandidate } from '../thesaurusCandidates.js';
import { isWordAdded } from '../swapFilters.js';
import { familyLikelihood } from '../spinnerDecision.js';
import { clamp } from '../clamp.js';
import type { ChunkContext, PassContext } from './chunkContext.js';
import { type TypeStats } from './typeEvidence.js';
import { MAX_GAIN } from '../tuning.js';

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

/** The features held to a range: [name, lowest, highest]. */
export const FEATURE_RANGES: ReadonlyArray<readonly [FeatureName, number, number]> = [
  ['gainHere', -4, MAX_GAIN],
  ['typeSum', -8, 16],
  ['typeMax', -4, MAX_GAIN],
  ['channel', -6, 0],
  ['unigramDelta', -6, 6],
  ['observedLogP', -10, 0],
  ['margin', -10, 10],
  ['docLogP', -8, 0],
  ['originalLogP', -12, 0],
  ['observedPmi', -10, 10],
  ['originalPmi', -10, 10],
];

/** Where an original stands among the originals of its observed word type. */
export interface Standing {
  /** Rank of the original among the observed type's, by noisy-channel score. */
  readonly rank: number;
  /** Its noisy-channel score minus the best other original's. */
  readonly margin: number;
  /** Originals of the observed type. */
  readonly alternatives: number;
}

/** One candidate at one place, with the evidence of its word type. */
export interface FeatureInput {
  readonly candidate: WordCandidate;
  /** Its LM evidence here (evidence()). */
  readonly gain: number;
  readonly type: TypeStats;
  readonly standing: Standing;
}

/** Per feature of FEATURE_RANGES, its value held to its range. */
const HOLD: Readonly<Record<string, (x: number) => number>> = Object.fromEntries(
  FEATURE_RANGES.map(([name, lo, hi]) => [name, (x: number) => clamp(x, lo, hi)]),
);

/** A feature's value held to its range (FEATURE_RANGES), when it has one. */
function held(name: FeatureName, x: number): number {
  const hold = HOLD[name];
  return hold === undefined ? x : hold(x);
}

/** What the features read off the written words of a candidate and its restoration. */
interface WordFacts {
  /** The first written slot. */
  readonly slot: Slot;
  readonly observedWords: number;
  readonly observedLogP: number;
  readonly originalLogP: number;
  readonly originalWords: readonly string[];
  readonly wordsAdded: boolean;
  readonly protectedWords: number;
}

function wordFacts(c: WordCandidate, chunk: ChunkContext): WordFacts {
  let observedLogP = 0;
  let protectedWords = 0;
  const written: string[] = [];
  for (let k = c.first; k <= c.last; k++) {
    const slot = chunk.slots[k] as Slot;
    observedLogP += chunk.unigram(slot.id);
    if (slot.protected) protectedWords++;
    written.push(slot.word);
  }
  let originalLogP = 0;
  for (const id of c.ids) originalLogP += chunk.unigram(id);
  return {
    slot: chunk.slots[c.first] as Slot,
    observedWords: written.length,
    observedLogP,
    originalLogP,
    originalWords: c.original.text.split(' '),
    wordsAdded: isWordAdded(written.join(' '), c.original.text),
    protectedWords,
  };
}

/**
 * The features of a candidate in its chunk, after the pass `pass` describes. One flat record
 * (a hot path: the decoder scores every candidate of every pass).
 */
export function featuresOf(input: FeatureInput, chunk: ChunkContext, pass: PassContext): Features {
  const { candidate: c, gain, type, standing } = input;
  const w = wordFacts(c, chunk);
  const fit = chunk.scorer.windowEvidence(c);
  const size = Math.max(chunk.slots.length, 1);
  const curated = c.original.spinner;
  return {
    gainHere: held('gainHere', gain),
    typeSum: held('typeSum', type.sum),
    typeMax: held('typeMax', type.max),
    occurrences: Math.log2(1 + type.members.length),
    channel: held('channel', c.channel),
    unigramDelta: held('unigramDelta', w.originalLogP - w.observedLogP),
    observedLogP: held('observedLogP', w.observedLogP),
    moby: c.original.sources.includes('moby') ? 1 : 0,
    wordnet: c.original.sources.includes('wordnet') ? 1 : 0,
    firstLemma: c.original.firstLemma ? 1 : 0,
    multiword: c.last > c.first || c.ids.length > 1 ? 1 : 0,
    docDensity: chunk.docDensity,
    margin: held('margin', standing.margin),
    sentenceInitial: w.slot.sentenceStart ? 1 : 0,
    alternatives: Math.log2(1 + standing.alternatives),
    // Other words only: a genuine text repeats its own terms ("convey" in a licence), a spinner
    // changes many words.
    docAccepted: (pass.accepted - (pass.acceptedByWord.get(w.slot.word) ?? 0)) / size,
    docWordnet: pass.docWordnet,
    docMoby: pass.docMoby,
    docLogP: held('docLogP', chunk.docLogP),
    docUnknown: chunk.docUnknown,
    rank: standing.rank,
    observedWords: w.observedWords,
    originalWords: w.originalWords.length,
    wordsAdded: w.wordsAdded ? 1 : 0,
    present:
      w.originalWords.length === 1 ? (chunk.written.get(w.originalWords[0] as string) ?? 0) : 0,
    observedRate: (1000 * (chunk.written.get(w.slot.word) ?? 0)) / size,
    curatedPrior: curated?.prior ?? 0,
    spinnerFamily: curated === undefined ? 0 : familyLikelihood(chunk.gate, curated.family),
    capital: /^\p{Lu}/u.test(chunk.tokens[w.slot.token]?.text ?? '') ? 1 : 0,
    protectedWords: w.protectedWords,
    originalLogP: held('originalLogP', w.originalLogP),
    observedKnown: w.slot.id >= 0 ? 1 : 0,
    observedTrigrams: fit.observedTrigrams,
    observedBigrams: fit.observedBigrams,
    observedPmi: held('observedPmi', fit.observedPmi),
    originalTrigrams: fit.originalTrigrams,
    originalBigrams: fit.originalBigrams,
    originalPmi: held('originalPmi', fit.originalPmi),
  };
}
