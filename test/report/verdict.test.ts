// perf14's verdict tests, on the one verdict implementation kept (issue 16's: spun at 3 or more
// sure findings and 3 or more per 1,000 words, suspicious at 1 or more; docs/reports.md), which
// --jsonl uses too.
import { describe, expect, test } from 'vitest';
import { countWords, verdictFor } from '../../src/report/verdict.js';

describe('verdictFor', () => {
  test.each([
    ['no findings', 500, 0, 'clean'],
    ['empty text', 0, 0, 'clean'],
    ['one false alarm in a long text', 5000, 1, 'suspicious'],
    ['one change in 500 words', 500, 1, 'suspicious'],
    ['two changes in a short text are not enough for spun', 50, 2, 'suspicious'],
    ['3 changes per 1,000 words', 1000, 3, 'spun'],
    ['just below 3 per 1,000', 1001, 3, 'suspicious'],
    ['a spinner: 60 changes in 1,000 words', 1000, 60, 'spun'],
  ] as const)('%s', (_name, words, sure, level) => {
    expect(verdictFor(sure, words).level).toBe(level);
  });
});

describe('countWords', () => {
  test.each([
    ['', 0],
    ['One two  three.', 3],
    ["don't stop-gap 2024 U.S.", 4],
    ['“Quoted” — dash', 2],
  ])('%j', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});
