// BinaryLanguageModel.id: the first words by binary search, then the whole vocabulary indexed;
// both give every word of the shipped model its own id.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { BinaryLanguageModel } from '../../../src/lm/binaryModel.js';
import { defaultLanguageModelPath } from '../../../src/lm/load.js';

test('every vocabulary word gets its id, before and after the index is built', () => {
  const model = BinaryLanguageModel.fromBuffer(readFileSync(defaultLanguageModelPath()));
  const wrong: string[] = [];
  for (let i = 0; i < model.vocabularySize; i++) {
    const word = model.word(i);
    if (model.id(word) !== i) wrong.push(`${i} ${word}`);
  }
  expect(wrong).toEqual([]);
  expect(model.id('no-such-word-xyz')).toBe(-1);
});

test('unknown words and lone surrogates are -1 while searching', () => {
  const model = BinaryLanguageModel.fromBuffer(readFileSync(defaultLanguageModelPath()));
  expect(model.id('the')).toBe(model.findWord('the'));
  expect(model.id('the')).toBeGreaterThanOrEqual(0);
  expect(model.id('no-such-word-xyz')).toBe(-1);
  expect(model.id('\ud800')).toBe(-1);
});
