import { describe, expect, test } from 'vitest';
import { parseDictionary } from '../../src/dictionary/parse.js';
import { restore } from '../../src/core/restore.js';
import { tokenize } from '../../src/core/tokenize.js';
import {
  inferredMatches,
  inferredPrior,
  wordSwaps,
  type WordSwaps,
} from '../../src/core/inferredPhrases.js';

const lines = [
  '#! infer: word-swaps',
  'irregular woodland\trandom forest\t-\tpps\t0.95',
  'irregular walk\trandom walk\t-\tpps\t0.95',
  'irregular variable\trandom variable\t-\tpps\t0.95',
  'neural organization\tneural network\t-\tpps\t0.95',
  'social organization\tsocial network\t-\tpps\t0.95',
  'organization traffic\tnetwork traffic\t-\tpps\t0.95',
  'choice tree\tdecision tree\t-\tpps\t0.95',
  'choice making\tdecision making\t-\tpps\t0.95',
  'bolster vector machine\tsupport vector machine\t-\tpps\t0.95',
  'determination bolster\tdecision support\t-\tpps\t0.95',
  'convolutional brain\tconvolutional neural network\t-\tpps\t0.95',
  // recognition is a term word more often than a spun one: never swapped
  'recognition rate\tdetection rate\t-\tpps\t0.95',
  'recognition score\tdetection score\t-\tpps\t0.95',
  'face acknowledgment\tface recognition\t-\tpps\t0.95',
  'discourse acknowledgment\tspeech recognition\t-\tpps\t0.95',
  'picture acknowledgment\timage recognition\t-\tpps\t0.95',
  'mystery woodland\t?\tsuggest\tpps\t0.9',
];
const dict = parseDictionary(lines.join('\n'), 'tp', 'tp.tsv');

describe('wordSwaps', () => {
  const model = wordSwaps(dict.entries);
  test('word swaps shown by at least two entries, most supported first', () => {
    expect(Object.fromEntries(model.swaps)).toEqual({
      irregular: [{ original: 'random', support: 3 }],
      organization: [{ original: 'network', support: 3 }],
      choice: [{ original: 'decision', support: 2 }],
      bolster: [{ original: 'support', support: 2 }],
      acknowledgment: [{ original: 'recognition', support: 3 }],
    });
  });
  test('the restorations are the terms', () => {
    expect(model.terms.has('convolutional neural network')).toBe(true);
    expect(model.terms.has('?')).toBe(false);
  });
  test('cached per entry list', () => {
    expect(wordSwaps(dict.entries)).toBe(model);
  });
});

describe('inferredMatches', () => {
  const model: WordSwaps = wordSwaps(dict.entries);
  const infer = (text: string, taken: (t: number) => boolean = () => false): string[] => {
    const tokens = tokenize(text);
    return inferredMatches(
      tokens,
      model,
      (words, term) => ({ ...dict.entries[0]!, words, canonical: [term] }),
      taken,
    ).map(
      (m) =>
        `${tokens
          .slice(m.firstToken, m.lastToken + 1)
          .map((t) => t.text)
          .join('')} -> ${m.entry.canonical[0]} (${m.support}; ${m.swapped.join(', ')})`,
    );
  };
  test.each([
    ['a choice support tool', ['choice support -> decision support (2; choice -> decision (2))']],
    // the last word may be plural (the entry is singular; the edit writes the plural)
    ['irregular forests grow', ['irregular forests -> random forest (3; irregular -> random (3))']],
    // every word swapped
    [
      'a choice bolster system',
      ['choice bolster -> decision support (2; choice -> decision (2), bolster -> support (2))'],
    ],
    // a term as written stays; so do runs whose swaps give no term, or two terms
    ['a neural network and a choice', []],
    ['irregular weather', []],
    ['the recognition rates', []],
    // punctuation ends a run
    ['irregular, forest', []],
  ])('%j', (text, expected) => {
    expect(infer(text)).toEqual(expected);
  });
  test('never over a token already taken', () => {
    expect(infer('irregular forest', (t) => t === 2)).toEqual([]);
  });
});

describe('inferred phrases in restore', () => {
  const options = { dictionaries: [dict] };
  test('a document with 3 sure phrases of the dictionary: unlisted phrases are inferred', () => {
    const text =
      'An irregular woodland, a choice tree and a bolster vector machine fed a choice support tool with irregular forests.';
    const result = restore(text, options);
    expect(result.output).toBe(
      'A random forest, a decision tree and a support vector machine fed a decision support tool with random forests.',
    );
    const inferred = result.applied.filter((e) => e.reasons[0]!.startsWith('not in'));
    expect(inferred.map((e) => [e.actual, e.text, e.confidence, e.reasons[0]])).toEqual([
      [
        'choice support',
        'decision support',
        inferredPrior(2),
        'not in tp: inferred from the word swaps of its entries (choice -> decision (2)) to a term it writes (prior 0.80)',
      ],
      [
        'irregular forests',
        'random forests',
        inferredPrior(3),
        'not in tp: inferred from the word swaps of its entries (irregular -> random (3)) to a term it writes (prior 0.90)',
      ],
    ]);
  });
  test.each([
    // two sure phrases are not enough
    'An irregular woodland and a choice tree fed a choice support tool.',
  ])('nothing inferred: %j', (text) => {
    expect(restore(text, options).output).toBe(
      'A random forest and a decision tree fed a choice support tool.',
    );
  });
  test('only dictionaries with `#! infer: word-swaps`', () => {
    const plain = parseDictionary(lines.slice(1).join('\n'), 'tp', 'tp.tsv');
    const text =
      'An irregular woodland, a choice tree and a bolster vector machine: irregular forests.';
    expect(restore(text, { dictionaries: [plain] }).output).toBe(
      'A random forest, a decision tree and a support vector machine: irregular forests.',
    );
  });
});
