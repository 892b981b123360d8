// Long documents are cut into chunks of whole sentences.
import { expect, test } from 'vitest';
import { chunks } from '../../../src/core/decode/chunks.js';
import { tokenize } from '../../../src/core/tokenize.js';

test.each([
  // a, b, '.' end at token 3; c, d, '.' at 8; e, f, '.' at 13
  [
    'a b. c d. e f.',
    2,
    [
      [0, 4],
      [4, 9],
      [9, 14],
    ],
  ],
  [
    'a b. c d. e f.',
    3,
    [
      [0, 9],
      [9, 14],
    ],
  ],
  ['a b. c d. e f.', 100, [[0, 14]]],
  // a line break ends a sentence too; no end at all: the rest is one chunk
  [
    'a b\nc d',
    2,
    [
      [0, 4],
      [4, 7],
    ],
  ],
  ['a b c d', 2, [[0, 7]]],
  ['', 2, []],
])('%j in chunks of %d words: %j', (text, size, want) => {
  expect(chunks(tokenize(text), size)).toEqual(want);
});
