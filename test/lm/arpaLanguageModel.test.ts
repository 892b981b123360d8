// The build scripts' exact ARPA scorer gives the shipped binary model's answers (same back-off
// semantics; the tiny model's values are exact in the binary's codebooks).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ArpaLanguageModel, findTrigram } from '../../scripts/lm/arpaLanguageModel.js';
import { parseArpa } from '../../scripts/lm/arpaParser.js';
import { packLanguageModel } from '../../scripts/lm/packModel.js';
import { BinaryLanguageModel } from '../../src/lm/binaryModel.js';

const lines = readFileSync(new URL('fixtures/tiny.arpa', import.meta.url), 'utf8').split('\n');
const model = parseArpa(lines);
const exact = new ArpaLanguageModel(model, { unkLogProb: -7 });
const binary = BinaryLanguageModel.fromBuffer(packLanguageModel(model, { unkLogProb: -7 }).bytes);
const ids = (words: string): number[] =>
  words
    .split(' ')
    .filter(Boolean)
    .map((w) => exact.id(w));

test.each([
  ['<s> the', 'cat', -0.2, 3],
  ['sat the', 'mat', -0.02 + -1.1, 2],
  ['<s> the', 'sat', -0.15 + -0.25 + -1.5, 1],
  ['the mat', 'cat', -1.3, 1],
  ['mat the', 'cat', -0.9, 2],
  ['cat sat', 'mat', -0.03 + -0.3 + -2.0, 1],
  ['dog the', 'cat', -0.9, 2],
  ['', 'cat', -1.3, 1],
  ['the', 'dog', -7, 0],
])('logProb(%s | %s) = %d, matchOrder %d', (history, word, expected, order) => {
  const h = ids(history);
  const w = exact.id(word);
  expect(exact.logProb(h, w)).toBeCloseTo(expected, 12);
  expect(binary.logProb(h, w)).toBeCloseTo(expected, 12);
  expect([exact.matchOrder(h, w), binary.matchOrder(h, w)]).toEqual([order, order]);
});

test('findTrigram', () => {
  const [the, cat, sat] = ['the', 'cat', 'sat'].map((w) => exact.id(w)) as [number, number, number];
  expect(findTrigram(model, the, cat, sat)).toBeGreaterThanOrEqual(0);
  expect(findTrigram(model, cat, the, sat)).toBe(-1);
});

test.each([
  ['the', 'dog', -0.25 + -7], // bow(the) + P(<unk>)
  ['<s> the', 'dog', -0.15 + -0.25 + -7],
  ['dog', 'cat', -1.3], // an unknown history word is no context
])('with an <unk> unigram: logProb(%s | %s) = %d', (history, word, expected) => {
  const lm = new ArpaLanguageModel(model, { unkUnigram: -7 });
  expect(lm.logProb(ids(history), lm.id(word))).toBeCloseTo(expected, 12);
});
