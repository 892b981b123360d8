// What a chunk shows as a whole: the LM's fit, the density of strong candidates, and the curated
// swaps the LM strongly supports.
import { describe, expect, test } from 'vitest';
import { docFit, spinDensity, strongSwaps } from '../../../src/core/decode/documentStats.js';
import { buildSlots } from '../../../src/core/slots.js';
import { tokenize } from '../../../src/core/tokenize.js';
import type { GainCache } from '../../../src/core/gainCache.js';
import type { WordCandidate } from '../../../src/core/thesaurusCandidates.js';
import { original, tableLm, UNKNOWN_LOGP } from './fakes.js';

const lm = tableLm({ the: -1, firm: -3, said: -1.5, '<s> the': -0.5, w: -1, x: -1 });
const gainsOf = (list: readonly number[]) =>
  ({ get: (i: number) => list[i]! }) as unknown as GainCache;

function swap(first: number, written: string, family?: string): WordCandidate {
  const spinner = family === undefined ? {} : { spinner: { prior: 0.9, dictionary: 'd', family } };
  return {
    first,
    last: first,
    text: 'x',
    ids: [lm.id('x')],
    typeKey: `${written}→x`,
    original: original('x', [], spinner),
    channel: -2,
  };
}

describe('docFit', () => {
  test.each([
    ['The firm said.', -5 / 3, 0], // (-0.5 - 3 - 1.5) / 3
    ['The zork said.', (-0.5 + UNKNOWN_LOGP - 1.5) / 3, 1 / 3],
  ])('%j: mean log10 P %d, unknown share %d', (text, docLogP, docUnknown) => {
    expect(docFit(buildSlots(tokenize(text), lm), lm)).toEqual({ docLogP, docUnknown });
  });
});

describe('spinDensity', () => {
  test('share of the slots where some candidate gains more than 2', () => {
    const words = [swap(0, 'a'), swap(0, 'a2'), swap(1, 'b'), swap(3, 'c')];
    expect(spinDensity(words, gainsOf([1, 2.5, 2, 3]), 4)).toBe(2 / 4);
  });
});

describe('strongSwaps', () => {
  // 100 words: "w" 95 times, then five different written words
  const text = `${'w '.repeat(95)}s1 s2 s3 s4 s5.`;
  const slots = buildSlots(tokenize(text), lm);
  const swaps = (n: number, family?: string) =>
    Array.from({ length: n }, (_, k) => swap(95 + k, `s${k + 1}`, family));
  test.each([
    ['5 strong types in 100 words (50 per 1,000): (50 - 20) / 15 = 2 sure spins', 5, 1.5, 2],
    ['4 types: too few to count', 4, 2, undefined],
    ['5 types below 1.5 of LM evidence: none strong', 5, 1.4, undefined],
  ])('%s', (_, n, gain, hits) => {
    const words = swaps(n, 'news');
    const found = strongSwaps(words, gainsOf(words.map(() => gain)), slots);
    expect(found.get('news')).toBe(hits);
  });

  test('thesaurus candidates (no family) do not count', () => {
    const words = swaps(5);
    expect(strongSwaps(words, gainsOf(words.map(() => 3)), slots).size).toBe(0);
  });
});
