import { describe, expect, test } from 'vitest';
import { compareTexts } from '../../src/compare/compareTexts.js';
import type { Edit } from '../../src/types.js';

const ORIGINAL =
  'A senior official told NPR that the think tank will publish its report. The official told reporters it was done.';
const SUSPECT =
  'A senior official informed NPR that the assume tank will publish its report. The official informed reporters it was done.';

const edit = (text: string, from: number, actual: string, to: string): Edit => {
  const at = text.indexOf(actual, from);
  return {
    span: [at, at + actual.length],
    actual,
    text: to,
    alternatives: [],
    confidence: 0.9,
    source: 'test',
    reasons: [],
    suggestOnly: false,
  };
};

describe('compareTexts', () => {
  const applied = [edit(SUSPECT, 0, 'informed', 'told'), edit(SUSPECT, 80, 'informed', 'told')];
  const output = SUSPECT.replace(/informed/g, 'told');
  const c = compareTexts(ORIGINAL, SUSPECT, { output, applied });

  test('similarity before and after the restoration', () => {
    expect(c.before.words).toBeCloseTo(17 / 20, 10);
    expect(c.after.words).toBeCloseTo(19 / 20, 10);
    expect(c.before.fiveGrams).toBeCloseTo(3 / 16, 10);
    expect(c.after.fiveGrams).toBeCloseTo(11 / 16, 10);
    expect([c.originalWords, c.suspectWords, c.unrelated]).toEqual([20, 20, false]);
  });

  test('the swaps with counts and how many the restoration undid', () => {
    expect(c.swaps).toEqual([
      { spun: 'informed', original: 'told', count: 2, restored: 2 },
      { spun: 'assume', original: 'think', count: 1, restored: 0 },
    ]);
    expect(c.swapCount).toBe(3);
  });

  test('the passages that hold swaps, marked on both sides', () => {
    expect(c.passages).toEqual([
      {
        original: 'A senior official told NPR that the think tank will publish its report.',
        suspect: 'A senior official informed NPR that the assume tank will publish its report.',
        originalMarks: [
          [18, 22],
          [36, 41],
        ],
        suspectMarks: [
          [18, 26],
          [40, 46],
        ],
      },
      {
        original: 'The official told reporters it was done.',
        suspect: 'The official informed reporters it was done.',
        originalMarks: [[13, 17]],
        suspectMarks: [[13, 21]],
      },
    ]);
  });

  test('texts that share nothing', () => {
    const u = compareTexts('one two three', 'four five six', {
      output: 'four five six',
      applied: [],
    });
    expect(u).toMatchObject({ unrelated: true, swaps: [], passages: [], swapCount: 0 });
    expect([u.before.words, u.after.fiveGrams]).toEqual([0, 0]);
  });
});
