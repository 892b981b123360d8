// decode() with a small LM, thesaurus and model: the edits of a whole text.
import { describe, expect, test } from 'vitest';
import { decode } from '../../../src/core/decode/decode.js';
import { tokenize } from '../../../src/core/tokenize.js';
import type { LanguageModel } from '../../../src/types.js';
import { logistic, original, stumpModel, tableLm, tableThesaurus } from './fakes.js';

const text = 'alpha here. beta here.';
const lm = tableLm({ alpha: -4, omega: -1, beta: -2, gamma: -1.75, here: -1, '</s>': -1 });
const thesaurus = tableThesaurus({ alpha: [original('omega')], beta: [original('gamma')] });

function edits(stumps: Parameters<typeof stumpModel>[0]) {
  return decode(tokenize(text), [], { lm, thesaurus, model: stumpModel(stumps) }).map((e) => [
    e.span,
    e.actual,
    e.text,
    e.confidence,
  ]);
}

describe('decode', () => {
  test('each decided swap is an edit over the written word, in text order', () => {
    expect(
      edits([
        ['gainHere', 0.5, -3, 3],
        ['docAccepted', 0, 0, 4],
      ]),
    ).toEqual([
      [[0, 5], 'alpha', 'omega', logistic(7)],
      [[12, 16], 'beta', 'gamma', logistic(1)],
    ]);
  });

  test('a decision below the report floor (0.2) is no edit at all', () => {
    expect(edits([['gainHere', 0.5, -3, -1]])).toEqual([[[0, 5], 'alpha', 'omega', logistic(-1)]]);
  });

  test('without candidates the language model is never asked', () => {
    const untouchable: LanguageModel = {
      order: 3,
      vocabularySize: 0,
      id: () => {
        throw new Error('asked');
      },
      logProb: () => {
        throw new Error('asked');
      },
    };
    expect(decode(tokenize('Nothing to see here.'), [], { lm: untouchable, thesaurus })).toEqual(
      [],
    );
  });
});
