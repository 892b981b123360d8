// Small stand-ins for the decoder's inputs: a language model over a table of n-grams, a thesaurus
// over a table of originals, a decision model of a few stumps. Values are binary fractions, so
// the sums the tests expect are exact.
import { FEATURE_NAMES, type FeatureName } from '../../../src/core/decode/features.js';
import { compileTreeModel } from '../../../src/core/treeModel.js';
import { prepareChunk, type PreparedChunk } from '../../../src/core/decode/decodeChunk.js';
import type { DecodeOptions } from '../../../src/core/decode/decodeOptions.js';
import { tokenize } from '../../../src/core/tokenize.js';
import type {
  LanguageModel,
  Thesaurus,
  ThesaurusCandidate,
  ThesaurusSource,
  TreeModel,
} from '../../../src/types.js';

/** log10 P of a word the table does not know. */
export const UNKNOWN_LOGP = -8;

/**
 * An LM over `table`: keys are one word (unigram), two (bigram) or three (trigram), values log10
 * P. No back-off weights: the longest n-gram the table holds gives the probability.
 */
export function tableLm(table: Readonly<Record<string, number>>): LanguageModel {
  const vocab = ['<s>', '</s>'];
  for (const key of Object.keys(table))
    for (const w of key.split(' ')) if (!vocab.includes(w)) vocab.push(w);
  const name = (id: number): string => vocab[id] ?? '<unk>';
  const longest = (history: readonly number[], word: number): [number, number] => {
    const w = name(word);
    const [h1, h2] =
      history.length >= 2 ? history.slice(-2).map(name) : [undefined, ...history.map(name)];
    const keys: Array<[string, number]> = [
      ...(h1 !== undefined && h2 !== undefined
        ? [[`${h1} ${h2} ${w}`, 3] as [string, number]]
        : []),
      ...(h2 !== undefined ? [[`${h2} ${w}`, 2] as [string, number]] : []),
      [w, 1],
    ];
    for (const [key, order] of keys) {
      const p = table[key];
      if (p !== undefined) return [p, order];
    }
    return [UNKNOWN_LOGP, 0];
  };
  return {
    order: 3,
    vocabularySize: vocab.length,
    id: (word) => vocab.indexOf(word),
    logProb: (history, word) => longest(history, word)[0],
    matchOrder: (history, word) => longest(history, word)[1],
  };
}

/** A thesaurus candidate listed by `sources`. */
export function original(
  text: string,
  sources: readonly ThesaurusSource[] = ['moby'],
  extra: Partial<ThesaurusCandidate> = {},
): ThesaurusCandidate {
  return { text, sources, firstLemma: false, ...extra };
}

/** A reversed thesaurus over `rows` (written word or phrase -> originals). */
export function tableThesaurus(
  rows: Readonly<Record<string, readonly ThesaurusCandidate[]>>,
): Thesaurus {
  return {
    originals: (spun) => rows[spun] ?? [],
    maxPhraseWords: Math.max(1, ...Object.keys(rows).map((k) => k.split(' ').length)),
  };
}

/** One stump: the feature at or below `threshold` adds `below` to the log-odds, else `above`. */
export type Stump = readonly [
  feature: FeatureName,
  threshold: number,
  below: number,
  above: number,
];

/** A decision model of stumps, uncalibrated (its probability is the logistic of its log-odds). */
export function stumpModel(stumps: readonly Stump[], base = 0): TreeModel {
  return compileTreeModel({
    features: [...FEATURE_NAMES],
    base,
    trees: stumps.map(([feature, threshold, below, above]) => ({
      feature: [FEATURE_NAMES.indexOf(feature), -1, -1],
      value: [threshold, below, above],
      left: [1, -1, -1],
      right: [2, -1, -1],
    })),
    calibration: [],
  });
}

export function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The whole text as one chunk, prepared for its passes (no dictionary phrases). */
export function preparedText(text: string, options: DecodeOptions): PreparedChunk {
  const tokens = tokenize(text);
  return prepareChunk(tokens, 0, tokens.length, [], options);
}
