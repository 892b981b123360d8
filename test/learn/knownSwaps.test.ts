import { describe, expect, test } from 'vitest';
import { parseDictionary } from '../../src/dictionary/parse.js';
import { knownSwaps } from '../../src/learn/knownSwaps.js';

const dict = parseDictionary(
  'white home\twhite house\t-\tcurated\t0.9\nmentioned\tsaid|stated\tchannel\tcurated\t0.5\n',
  'news',
  'news.tsv',
);

describe('knownSwaps', () => {
  test.each([
    ['white home', 'White House', 'news'],
    ['mentioned', 'stated', 'news'],
    ['mentioned', 'told', undefined],
    ['assume tank', 'think tank', undefined],
  ])('%s -> %s', (key, original, want) => expect(knownSwaps([dict])(key, original)).toBe(want));
});
