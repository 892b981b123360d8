// Passes composed into edits over the input (issue 15: restoring the output again must change
// nothing more; the fuzz found restorations that made new matches with their neighbours).
import { describe, expect, test } from 'vitest';
import { applyEdits } from '../../src/core/apply.js';
import { composeApplied } from '../../src/core/compose.js';
import { restore } from '../../src/core/restore.js';
import { loadBuiltinDictionaries } from '../../src/dictionary/load.js';
import { loadInflections } from '../../src/dictionary/inflections.js';
import type { Edit } from '../../src/types.js';

const edit = (span: [number, number], actual: string, text: string, confidence = 0.9): Edit => ({
  span,
  actual,
  text,
  alternatives: [],
  confidence,
  source: 't',
  reasons: [],
  suggestOnly: false,
});

describe('composeApplied', () => {
  const input = 'by way of Getty Photos and more';
  const first = [edit([0, 15], 'by way of Getty', 'via Getty')];
  const middle = applyEdits(input, first).output; // 'via Getty Photos and more'

  test.each([
    [
      'a second edit touching the first merges with it',
      [edit([4, 16], 'Getty Photos', 'Getty Images', 0.8)],
      [[[0, 22], 'by way of Getty Photos', 'via Getty Images', 0.8]],
    ],
    [
      'a second edit elsewhere is moved back onto the input',
      [edit([21, 25], 'more', 'less')],
      [
        [[0, 15], 'by way of Getty', 'via Getty', 0.9],
        [[27, 31], 'more', 'less', 0.9],
      ],
    ],
    [
      'an edit right after the first does not merge',
      [edit([9, 16], ' Photos', ' Images')],
      [
        [[0, 15], 'by way of Getty', 'via Getty', 0.9],
        [[15, 22], ' Photos', ' Images', 0.9],
      ],
    ],
  ] as const)('%s', (_name, second, expected) => {
    const composed = composeApplied(input, first, middle, second as unknown as Edit[]);
    expect(composed.map((e) => [e.span, e.actual, e.text, e.confidence])).toEqual(expected);
    // the composed edits give the second pass's output from the input
    expect(applyEdits(input, composed).output).toBe(
      applyEdits(middle, second as unknown as Edit[]).output,
    );
  });

  test('a deletion inside a second edit merges; one at its edge does not', () => {
    const text = 'a bc d';
    const del = [edit([2, 4], 'bc', '')]; // 'a  d'
    const mid = applyEdits(text, del).output;
    const inside = composeApplied(text, del, mid, [edit([1, 3], '  ', ' x ')]);
    expect(inside.map((e) => [e.span, e.text])).toEqual([[[1, 5], ' x ']]);
    const edge = composeApplied(text, del, mid, [edit([3, 4], 'd', 'D')]);
    expect(edge.map((e) => [e.span, e.text])).toEqual([
      [[2, 4], ''],
      [[5, 6], 'D'],
    ]);
  });
});

describe('restore runs to a fixed point (found by npm run fuzz)', () => {
  const options = {
    dictionaries: loadBuiltinDictionaries(),
    inflections: loadInflections(),
    context: false as const,
  };
  test.each([
    ['Photo: Jane Doe/AFP by way of Getty Photos', 0.8, 'Photo: Jane Doe/AFP via Getty Images'],
    ['bosom illness management', 0.2, 'breast cancer control'],
    ['We fit congested trees.', 0.8, 'We fit decision trees.'],
  ])('%j at %d -> %j, and again the same', (input, minConfidence, output) => {
    const r = restore(input, { ...options, minConfidence });
    expect(r.output).toBe(output);
    expect(applyEdits(input, r.applied).output).toBe(output);
    expect(restore(output, { ...options, minConfidence }).applied).toEqual([]);
  });
});
