// The features of one candidate in its chunk: the trained model's contract, value by value.
import { describe, expect, test } from 'vitest';
import {
  FEATURE_NAMES,
  FEATURE_RANGES,
  featuresOf,
  featureVector,
  type FeatureInput,
} from '../../../src/core/decode/features.js';
import type { PassContext } from '../../../src/core/decode/chunkContext.js';
import type { TypeStats } from '../../../src/core/decode/typeEvidence.js';
import { original, preparedText, tableLm, tableThesaurus } from './fakes.js';

const lm = tableLm({
  the: -1,
  firm: -3,
  company: -2,
  said: -1.5,
  '</s>': -1,
  '<s> the': -0.5,
  'the company': -1,
  'company said': -0.75,
  'said </s>': -0.25,
  '<s> the company': -0.5,
});
const thesaurus = tableThesaurus({
  firm: [original('company', ['moby', 'wordnet'], { firstLemma: true })],
});
const prepared = preparedText('The firm said.', { lm, thesaurus });
const candidate = prepared.words[0]!;
const chunk = { ...prepared.chunk, docDensity: 0.25 };
const pass: PassContext = {
  accepted: 2,
  acceptedByWord: new Map([['firm', 1]]),
  docWordnet: 0.75,
  docMoby: 0.25,
};

function input(gain: number, sum: number, margin: number): FeatureInput {
  const type: TypeStats = { members: [candidate], gains: [gain], sum, max: gain };
  return { candidate, gain, type, standing: { rank: 0, margin, alternatives: 3 } };
}

describe('featuresOf', () => {
  test('the candidate is the thesaurus original of "firm"', () => {
    expect([candidate.text, candidate.typeKey, candidate.channel]).toEqual([
      'company',
      'firm→company',
      -0.6,
    ]);
  });

  test('every feature of "firm" -> "company"', () => {
    expect(featuresOf(input(1.5, 1.5, 2.5), chunk, pass)).toEqual({
      gainHere: 1.5,
      typeSum: 1.5,
      typeMax: 1.5,
      occurrences: 1, // log2(1 + 1)
      channel: -0.6, // WordNet's first lemma, Moby too
      unigramDelta: 1, // -2 - -3
      observedLogP: -3,
      moby: 1,
      wordnet: 1,
      firstLemma: 1,
      multiword: 0,
      docDensity: 0.25,
      margin: 2.5,
      sentenceInitial: 0,
      alternatives: 2, // log2(1 + 3)
      docAccepted: 1 / 3, // (2 accepted - 1 of "firm") / 3 words
      docWordnet: 0.75,
      docMoby: 0.25,
      docLogP: -5 / 3, // (-0.5 - 3 - 1.5) / 3
      docUnknown: 0,
      rank: 0,
      observedWords: 1,
      originalWords: 1,
      wordsAdded: 0,
      present: 0,
      observedRate: 1000 / 3,
      curatedPrior: 0,
      spinnerFamily: 0,
      capital: 0,
      protectedWords: 0,
      originalLogP: -2,
      observedKnown: 1,
      // <s> the [firm] said </s>: only "said </s>" is a bigram of the table
      observedTrigrams: 0,
      observedBigrams: 1,
      observedPmi: 0.75, // -0.25 - -1
      // <s> the [company] said </s>: a trigram, then two bigrams
      originalTrigrams: 1,
      originalBigrams: 3,
      originalPmi: 3, // (-0.5 - -2) + (-0.75 - -1.5) + (-0.25 - -1)
    });
  });

  test.each([
    ['gainHere', 7, 4],
    ['gainHere', -9, -4],
    ['typeSum', 20, 16],
    ['typeMax', 7, 4],
    ['margin', 25, 10],
    ['margin', -25, -10],
  ] as const)('%s is held to its range (%d -> %d)', (name, raw, held) => {
    const x = name === 'margin' ? input(1, 1, raw) : input(raw, name === 'typeSum' ? raw : 1, 1);
    expect(featuresOf(x, chunk, pass)[name]).toBe(held);
  });

  test('the vector follows FEATURE_NAMES, and every range names a feature', () => {
    const f = featuresOf(input(1.5, 1.5, 2.5), chunk, pass);
    expect(featureVector(f)).toEqual(FEATURE_NAMES.map((n) => f[n]));
    expect(FEATURE_RANGES.every(([name, lo, hi]) => FEATURE_NAMES.includes(name) && lo < hi)).toBe(
      true,
    );
  });
});
