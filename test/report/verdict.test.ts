import { describe, expect, test } from 'vitest';
import { verdictOf, wordCount } from '../../src/report/verdict.js';

describe('verdictOf', () => {
  test.each([
    ['no findings', { words: 500, applied: 0, suggestions: 0 }, 'clean'],
    ['empty text', { words: 0, applied: 0, suggestions: 0 }, 'clean'],
    ['one false alarm in a long text', { words: 5000, applied: 1, suggestions: 0 }, 'clean'],
    ['one change in 500 words', { words: 500, applied: 1, suggestions: 0 }, 'suspicious'],
    ['one suggestion in 200 words', { words: 200, applied: 0, suggestions: 1 }, 'suspicious'],
    [
      'one change in a short text is not enough for spun',
      { words: 50, applied: 1, suggestions: 0 },
      'suspicious',
    ],
    ['5 changes per 1,000 words', { words: 400, applied: 2, suggestions: 0 }, 'spun'],
    ['just below 5 per 1,000', { words: 1001, applied: 5, suggestions: 3 }, 'suspicious'],
    ['a spinner: 60 changes in 1,000 words', { words: 1000, applied: 60, suggestions: 9 }, 'spun'],
  ] as const)('%s', (_name, counts, verdict) => {
    expect(verdictOf(counts)).toBe(verdict);
  });
});

describe('wordCount', () => {
  test.each([
    ['', 0],
    ['One two  three.', 3],
    ["don't stop-gap 2024 U.S.", 5],
    ['“Quoted” — dash', 2],
  ])('%j', (text, n) => {
    expect(wordCount(text)).toBe(n);
  });
});
