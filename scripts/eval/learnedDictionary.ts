// A dictionary learned by `restore-text learn`'s core from pairs, for the evaluation scripts
// (learn-eval, compare-eval): the same steps as the command, in memory.
import { parseDictionary } from '../../src/dictionary/parse.js';
import { loadBuiltinDictionaries } from '../../src/dictionary/load.js';
import { loadThesaurus } from '../../src/dictionary/thesaurus.js';
import type { LearnPair } from '../../src/learn/alignPairs.js';
import { knownSwaps } from '../../src/learn/knownSwaps.js';
import { learnDictionary, type LearnResult } from '../../src/learn/learnDictionary.js';
import { thesaurusRelated } from '../../src/learn/thesaurusRelated.js';
import { validLearned, type ValidLearned } from '../../src/learn/validLearned.js';
import { loadLanguageModel } from '../../src/lm/load.js';
import type { Dictionary } from '../../src/types.js';

export interface Learned {
  readonly result: LearnResult;
  readonly valid: ValidLearned;
  readonly dictionary: Dictionary;
}

/** Learns from the pairs with the shipped LM, thesauri and built-in dictionaries. */
export function learnedDictionary(name: string, pairs: readonly LearnPair[]): Learned {
  const result = learnDictionary(pairs, {
    lm: loadLanguageModel(),
    related: thesaurusRelated(loadThesaurus()),
    known: knownSwaps(loadBuiltinDictionaries()),
  });
  const header = { name, description: name, source: `learned-${name}`, pairs: [], notes: [] };
  const valid = validLearned(header, result.entries);
  return { result, valid, dictionary: parseDictionary(valid.text, name, `${name}.tsv`) };
}
