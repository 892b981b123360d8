import { describe, expect, test } from 'vitest';
import {
  benchScore,
  isOwnSource,
  sumBench,
  type BenchDocument,
} from '../../scripts/eval/benchMetrics.js';

// "The big dog ran. It is a nice day." with "big" spun to "large" (outside the thesauri) and the
// second sentence genuine.
const spun = 'The large dog ran.\n\nIt is a nice day.\n';
const doc: BenchDocument = {
  spun,
  original: 'The big dog ran.\n\nIt is a nice day.\n',
  substitutions: [{ start: 4, end: 9, original: 'big', spun: 'large', outside: true }],
  family: 'news',
  genuine: [[20, 37]],
};
const edit = (start: number, end: number, text: string, source: string) => ({
  span: [start, end] as const,
  text,
  source,
  confidence: 0.9,
});

describe('benchScore', () => {
  test.each([
    [
      'a right restoration',
      [edit(4, 9, 'big', 'moby')],
      { crossFamily: 0, outsideRestored: 1, genuineFalseAlarms: 0, changes: 1, wrongBySource: {} },
    ],
    [
      'another word, own source',
      [edit(4, 9, 'huge', 'moby+wordnet')],
      {
        crossFamily: 0,
        outsideRestored: 0,
        genuineFalseAlarms: 0,
        changes: 1,
        wrongBySource: { 'moby+wordnet': { untouched: 0, wrongRestoration: 1 } },
      },
    ],
    [
      'a genuine word changed by another family',
      [edit(28, 32, 'fine', 'wordnet-spinner')],
      {
        crossFamily: 1,
        outsideRestored: 0,
        genuineFalseAlarms: 1,
        changes: 1,
        wrongBySource: { 'wordnet-spinner': { untouched: 1, wrongRestoration: 0 } },
      },
    ],
    [
      'an unspun word in a spun paragraph',
      [edit(10, 13, 'cat', 'tortured-phrases')],
      {
        crossFamily: 1,
        outsideRestored: 0,
        genuineFalseAlarms: 0,
        changes: 1,
        wrongBySource: { 'tortured-phrases': { untouched: 1, wrongRestoration: 0 } },
      },
    ],
  ])('%s', (_, applied, want) => {
    const s = benchScore(doc, applied);
    expect(s).toMatchObject({ ...want, outside: 1 });
    expect(s.genuineWords).toBe(5);
  });

  test('sources of a family', () => {
    expect([
      isOwnSource('news', 'moby+wordnet'),
      isOwnSource('wnfirst', 'moby'),
      isOwnSource('mt', 'moby'),
    ]).toEqual([true, false, false]);
  });

  test('totals add up, source by source', () => {
    const a = benchScore(doc, [edit(28, 32, 'fine', 'moby')]);
    const b = benchScore(doc, [edit(4, 9, 'huge', 'moby')]);
    expect(sumBench([a, b])).toEqual({
      genuineWords: 10,
      genuineFalseAlarms: 1,
      changes: 2,
      crossFamily: 0,
      outside: 2,
      outsideRestored: 0,
      wrongBySource: { moby: { untouched: 1, wrongRestoration: 1 } },
    });
  });
});
