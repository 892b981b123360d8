import { describe, expect, test } from 'vitest';
import type { Edit } from '../../src/types.js';
import { applyEdits, revertEdits } from '../../src/core/apply.js';

function edit(start: number, end: number, text: string, actual: string, confidence = 0.9): Edit {
  return {
    span: [start, end],
    actual,
    text,
    alternatives: [],
    confidence,
    source: 't',
    reasons: [],
    suggestOnly: false,
  };
}

describe('applyEdits', () => {
  const text = 'a assume tank known as X';
  test.each([
    ['grow', [edit(2, 8, 'think', 'assume')], 'a think tank known as X'],
    ['shrink', [edit(14, 22, 'called', 'known as')], 'a assume tank called X'],
    ['start of text', [edit(0, 1, 'the', 'a')], 'the assume tank known as X'],
    ['end of text', [edit(23, 24, 'Y', 'X')], 'a assume tank known as Y'],
    [
      'several',
      [edit(0, 1, 'A', 'a'), edit(2, 8, 'think', 'assume'), edit(14, 22, 'called', 'known as')],
      'A think tank called X',
    ],
    ['none', [], text],
    // Found by the issue-15 properties: an insertion inside a replaced span duplicated text.
    [
      'an insertion inside a replacement is skipped',
      [edit(2, 8, 'think', 'assume'), edit(4, 4, '!', '', 0.5)],
      'a think tank known as X',
    ],
    [
      'an insertion right after a replacement is kept',
      [edit(2, 8, 'think', 'assume'), edit(8, 8, '!', '', 0.5)],
      'a think! tank known as X',
    ],
    [
      'two insertions at one place: one kept',
      [edit(1, 1, '1', '', 0.5), edit(1, 1, '2', '', 0.4)],
      'a1 assume tank known as X',
    ],
  ])('%s', (_name, edits, expected) => {
    const result = applyEdits(text, edits);
    expect(result.output).toBe(expected);
    expect(revertEdits(result.output, result.applied)).toBe(text);
  });

  test('overlapping edits: the more confident wins, the other is skipped', () => {
    const strong = edit(2, 13, 'think tank', 'assume tank', 0.95);
    const weak = edit(2, 8, 'suppose', 'assume', 0.6);
    const result = applyEdits(text, [weak, strong]);
    expect(result.output).toBe('a think tank known as X');
    expect(result.applied).toEqual([strong]);
    expect(result.skipped).toEqual([weak]);
  });

  test('same confidence: the longer edit wins', () => {
    const long = edit(2, 13, 'think tank', 'assume tank');
    const short = edit(9, 13, 'vat', 'tank');
    expect(applyEdits(text, [short, long]).applied).toEqual([long]);
  });

  test('a span outside the text is an error', () => {
    expect(() => applyEdits('abc', [edit(2, 5, 'x', 'c')])).toThrow(RangeError);
  });
});
