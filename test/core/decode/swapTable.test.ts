// The document's swap table: decisions that contradict its likeliest pairings keep half their
// probability.
import { describe, expect, test } from 'vitest';
import { weighByTable } from '../../../src/core/decode/swapTable.js';
import { TABLE_CONFLICT } from '../../../src/core/tuning.js';

const d = (typeKey: string, probability: number, curated = false) => ({
  candidate: { typeKey, original: curated ? { spinner: {} } : {} },
  probability,
});
const weighed = (...decisions: ReturnType<typeof d>[]): number[] =>
  weighByTable(decisions).map((x) => x.probability);

describe('weighByTable', () => {
  test.each([
    ['no conflict', [d('within→in', 0.9), d('mentioned→said', 0.8)], [0.9, 0.8]],
    [
      'one written word may stand for two originals',
      [d('previous→past', 0.9), d('previous→former', 0.6)],
      [0.9, 0.6],
    ],
    [
      'one original, two written words: the weaker',
      [d('within→in', 0.9), d('inside→in', 0.7)],
      [0.9, 0.7 * TABLE_CONFLICT],
    ],
    [
      'a word the table writes for another, itself restored',
      [d('within→in', 0.9), d('inside→within', 0.8)],
      [0.9, 0.8 * TABLE_CONFLICT],
    ],
    [
      'the stronger reading is never the one weighed down',
      [d('inside→within', 0.95), d('within→in', 0.9)],
      [0.95, 0.9],
    ],
    [
      'a curated spinner swap is not weighed',
      [d('stated→said', 0.9), d('mentioned→said', 0.8, true)],
      [0.9, 0.8],
    ],
    [
      'decisions below ACCEPT make no table',
      [d('within→in', 0.4), d('inside→in', 0.3)],
      [0.4, 0.3],
    ],
  ])('%s', (_, decisions, expected) => {
    expect(weighed(...decisions)).toEqual(expected);
  });
});
