import { describe, expect, test } from 'vitest';
import { sharedNgrams, wordOverlap } from '../../src/compare/similarity.js';

const ORIGINAL =
  'A senior official told NPR that the efforts to target drug cartels have unraveled.';

describe('wordOverlap', () => {
  test.each([
    ['the same text', ORIGINAL, 1],
    [
      'two words of 14 swapped',
      'A senior official informed NPR that the efforts to focus drug cartels have unraveled.',
      12 / 14,
    ],
    [
      'a longer suspect: its extra words are not the original’s',
      `${ORIGINAL} Read more at our site today.`,
      14 / 20,
    ],
    ['nothing shared', 'Entirely different words here.', 0],
    ['no words', '…', 0],
  ])('%s', (_, suspect, want) => expect(wordOverlap(ORIGINAL, suspect)).toBeCloseTo(want, 10));
});

describe('sharedNgrams', () => {
  test.each([
    ['the same text', ORIGINAL, 1],
    [
      'one swap in the middle spoils the 5 n-grams that cover it',
      'A senior official told NPR that the efforts to focus drug cartels have unraveled.',
      5 / 10,
    ],
    [
      'case and punctuation do not count',
      'a senior official TOLD npr, that the efforts to target drug cartels have unraveled',
      1,
    ],
    ['a suspect of fewer than 5 words compares its whole', 'drug cartels have unraveled', 1],
    ['no words', '…', 0],
  ])('%s', (_, suspect, want) => expect(sharedNgrams(ORIGINAL, suspect)).toBeCloseTo(want, 10));
});
