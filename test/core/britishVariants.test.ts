import { expect, test } from 'vitest';
import { britishVariants } from '../../src/core/morphology/index.js';

test.each([
  ['authorized', ['authorised']],
  ['organization', ['organisation']],
  ['analyze', ['analyse']],
  ['color', ['colour']],
  ['behaviors', ['behaviours']],
  ['center', ['centre']],
  ['defense', ['defence']],
  ['traveled', ['travelled']],
  ['size', []],
  ['prize', []],
  ['motor', []],
  ['house', []],
])('britishVariants(%s)', (word, expected) => {
  expect(britishVariants(word)).toEqual(expected);
});
