import { describe, expect, test } from 'vitest';
import { commonSubsequence, uniqueAnchors } from '../../../src/core/align/commonSubsequence.js';

const words = (s: string): string[] => s.split(' ');

/** A text of `n` words where every 4th word is "the" and the others are unique. */
const text = (n: number, swap: (i: number) => string | undefined = () => undefined): string[] =>
  Array.from({ length: n }, (_, i) => swap(i) ?? (i % 4 === 0 ? 'the' : `w${i}`));

function isCommonSubsequence(a: string[], b: string[], pairs: [number, number][]): boolean {
  return pairs.every(
    ([i, j], k) => a[i] === b[j] && (k === 0 || (i > pairs[k - 1]![0] && j > pairs[k - 1]![1])),
  );
}

describe('commonSubsequence', () => {
  test.each([
    [
      'a b c d',
      'a x c d',
      [
        [0, 0],
        [2, 2],
        [3, 3],
      ],
    ],
    ['a b c', 'x y z', []],
    [
      'the cat the dog',
      'the dog',
      [
        [0, 0],
        [3, 1],
      ],
    ],
    ['', 'a b', []],
  ])('exact: %s / %s', (a, b, want) => {
    expect(commonSubsequence(a === '' ? [] : words(a), words(b))).toEqual(want);
  });

  test.each([
    ['swaps every 7th word', (i: number) => (i % 7 === 3 ? `s${i}` : undefined), 400],
    ['swaps every 3rd word', (i: number) => (i % 3 === 1 ? `s${i}` : undefined), 300],
  ])('anchored (%s): a common subsequence as long as the exact one', (_, swap, n) => {
    const a = text(n, swap);
    const b = text(n);
    const exact = commonSubsequence(a, b);
    const anchored = commonSubsequence(a, b, 100);
    expect(isCommonSubsequence(a, b, anchored)).toBe(true);
    expect(anchored.length).toBe(exact.length);
  });

  test('a stretch without anchors that does not fit keeps only its equal ends', () => {
    const a = words('x the the y the z');
    const b = words('x the the q the z');
    // "the" occurs 3 times in both, x and z once: anchors x and z, the middle is solved exactly
    expect(commonSubsequence(a, b, 4)).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [4, 4],
      [5, 5],
    ]);
    expect(commonSubsequence(words('the a the'), words('the b the'), 2)).toEqual([
      [0, 0],
      [2, 2],
    ]);
  });
});

describe('uniqueAnchors', () => {
  test('words once on each side, in the same order on both (the longest such run)', () => {
    const a = words('one the two three the four');
    const b = words('three one the two four');
    expect(uniqueAnchors(a, b, 0, a.length, 0, b.length)).toEqual([
      [0, 1],
      [2, 3],
      [5, 4],
    ]);
  });
});
