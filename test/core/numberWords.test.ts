import { expect, test } from 'vitest';
import { isRomanNumeral, numberWords } from '../../src/core/numberWords.js';

test.each([
  ['0', ['zero']],
  ['7', ['seven']],
  ['14', ['fourteen']],
  ['20', ['twenty']],
  ['42', ['forty', 'two']],
  ['100', ['one', 'hundred']],
  ['305', ['three', 'hundred', 'five']],
  ['1000', null],
  ['x1', null],
] as const)('numberWords(%s)', (digits, expected) => {
  expect(numberWords(digits)).toEqual(expected);
});

test.each([
  ['xiv', true],
  ['iii', true],
  ['mcmxc', true],
  ['iiii', false],
  ['mix', true],
  ['civil', false],
  ['', false],
] as const)('isRomanNumeral(%s) = %s', (word, expected) => {
  expect(isRomanNumeral(word)).toBe(expected);
});
