import { describe, expect, test } from 'vitest';
import { swapKey, tableScore, trueSwaps } from '../../scripts/eval/learnMetrics.js';
import type { DevDocument } from '../../scripts/eval/types.js';

describe('swapKey', () => {
  test.each([
    ['informed', 'told', 'informed → told'],
    ['Assume Tank', 'think tank', 'assume → think'],
    ['a assume tank', 'a think tank', 'assume → think'],
    ['in the event that', 'if', 'in the event that → if'],
    ['“Informed,”', 'told', 'informed → told'],
    ['real estate', 'real property', 'estate → property'],
  ])('%s for %s', (spun, original, key) => expect(swapKey(spun, original)).toBe(key));
});

const doc = (subs: Array<[string, string]>): DevDocument =>
  ({
    id: 'x',
    set: 'news-long',
    source: '',
    original: '',
    spun: '',
    substitutions: subs.map(([spun, original]) => ({ start: 0, end: 0, spun, original })),
  }) as DevDocument;

describe('tableScore', () => {
  test('recovery, precision and held-out coverage', () => {
    const learnDocs = [
      doc([
        ['informed', 'told'],
        ['assume', 'think'],
        ['informed', 'told'],
        ['nationwide', 'national'],
      ]),
    ];
    const testDocs = [
      doc([
        ['informed', 'told'],
        ['companies', 'agencies'],
        ['assume', 'think'],
      ]),
    ];
    expect(trueSwaps(learnDocs)).toEqual(
      new Map([
        ['informed → told', 2],
        ['assume → think', 1],
        ['nationwide → national', 1],
      ]),
    );
    const learned = [
      { spun: 'assume tank', original: 'think tank', sure: true },
      { spun: 'assume', original: 'think', sure: false },
      { spun: 'mentioned', original: 'said', sure: false },
    ];
    const known = [{ spun: 'informed', original: 'told', sure: false }];
    expect(tableScore(learnDocs, testDocs, learned, known)).toEqual({
      truth: 3,
      recovered: 1,
      recoveredWithKnown: 2,
      learned: 3,
      right: 2,
      sure: 1,
      sureRight: 1,
      heldOutSwaps: 3,
      heldOutCovered: 2,
    });
  });
});
