import { describe, expect, test } from 'vitest';
import { alignPairs } from '../../src/learn/alignPairs.js';
import { splitMerged } from '../../src/learn/splitMerged.js';
import { swapGroups } from '../../src/learn/swapGroups.js';

const PAIRS = [
  {
    name: 'one',
    original:
      'We can do much more than that for them today. The army has more than enough men now.',
    spun: 'We can do much as well compared with that for them today. The army has as well compared with enough men now.',
  },
  {
    name: 'two',
    original:
      'It was far more in the end and people want more of it. They do it better than we do.',
    spun: 'It was far as well in the end and people want as well of it. They do it better compared with we do.',
  },
];

const groups = (pairs: typeof PAIRS) =>
  [...splitMerged(swapGroups(alignPairs(pairs).aligned)).values()].map((g) => [
    g.spun,
    [...g.originals.values()].map((o) => `${o.text}×${o.count}`).join(' '),
  ]);

describe('splitMerged', () => {
  test('adjacent swaps are cut where the parts are swaps seen elsewhere', () => {
    expect(groups(PAIRS)).toEqual([
      ['as well', 'more×4'],
      ['compared with', 'than×3'],
    ]);
  });

  test('without support elsewhere the merged swap stays whole', () => {
    expect(groups(PAIRS.slice(0, 1))).toEqual([['as well compared with', 'more than×2']]);
  });
});
