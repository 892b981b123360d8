// Documents spun by one swap table: the same written word for the same original.
import { describe, expect, test } from 'vitest';
import {
  compareSwaps,
  groupBySwapTable,
  type DocumentSwaps,
} from '../../src/families/swapTables.js';

const doc = (name: string, pairs: Record<string, string>): DocumentSwaps => ({
  name,
  swaps: new Map(Object.entries(pairs)),
});

const a = doc('a.txt', {
  said: 'mentioned',
  national: 'nationwide',
  in: 'within',
  told: 'informed',
});
const b = doc('b.txt', { said: 'mentioned', national: 'nationwide', office: 'workplace' });
const c = doc('c.txt', { office: 'workplace', house: 'home', said: 'mentioned' });
// another farm: another word for "said" and "national"
const d = doc('d.txt', { said: 'stated', national: 'countrywide', house: 'residence' });
const e = doc('e.txt', { said: 'stated', national: 'countrywide' });

describe('compareSwaps', () => {
  test.each([
    [a, b, { shared: 2, contradicting: 0 }],
    [a, d, { shared: 0, contradicting: 2 }],
    [b, c, { shared: 2, contradicting: 0 }],
    [a, c, { shared: 1, contradicting: 0 }],
  ])('%#', (x, y, want) => {
    expect(compareSwaps(x, y)).toEqual(want);
  });
});

describe('groupBySwapTable', () => {
  test('two farms: a, b, c (b links c) and d, e', () => {
    expect(groupBySwapTable([a, b, c, d, e])).toEqual([
      {
        documents: ['a.txt', 'b.txt', 'c.txt'],
        shared: [
          { original: 'said', written: 'mentioned', documents: 3 },
          { original: 'national', written: 'nationwide', documents: 2 },
          { original: 'office', written: 'workplace', documents: 2 },
        ],
      },
      {
        documents: ['d.txt', 'e.txt'],
        shared: [
          { original: 'national', written: 'countrywide', documents: 2 },
          { original: 'said', written: 'stated', documents: 2 },
        ],
      },
    ]);
  });

  test('one shared swap is not a table; contradictions outweigh shares', () => {
    expect(groupBySwapTable([a, c])).toEqual([]);
    const f = doc('f.txt', {
      said: 'mentioned',
      national: 'nationwide',
      in: 'inside',
      told: 'advised',
      house: 'abode',
    });
    const g = doc('g.txt', {
      said: 'mentioned',
      national: 'nationwide',
      in: 'within',
      told: 'informed',
      house: 'home',
    });
    expect(groupBySwapTable([f, g])).toEqual([]);
  });

  test('no documents, no groups', () => {
    expect(groupBySwapTable([])).toEqual([]);
  });
});
