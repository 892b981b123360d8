import { expect, test } from 'vitest';
import { parseDictionary } from '../../src/dictionary/parse.js';
import { isKnownPair, knownPairs } from '../../src/core/knownPairs.js';

const dict = parseDictionary(
  [
    'regulation enforcement\tlaw enforcement\t-\tcurated\t0.9',
    'mentioned in an announcement\tsaid in a statement\t-\tcurated\t0.8',
    'regulation companies\tlaw agencies\t-\tcurated\t0.9',
    'easy methods to\thow to\t-\tcurated\t0.9',
    'bosom peril\tbreast cancer\t-\tpps\t0.9',
    'proper now\tright now\tsuggest\tcurated\t0.9',
  ].join('\n'),
  'pairs',
  'pairs.tsv',
);
const pairs = knownPairs([dict]);

test.each([
  ['regulation', 'law', true],
  ['mentioned', 'said', true],
  ['companies', 'agencies', true],
  ['company', 'agency', true],
  ['easy', 'how', false], // phrases of different lengths are not aligned
  ['bosom', 'breast', false], // only curated spinner entries
  ['proper', 'right', false], // not suggestion-only ones
  ['law', 'regulation', false],
] as const)('%s -> %s: %s', (observed, original, expected) => {
  expect(isKnownPair(pairs, observed, original)).toBe(expected);
});
