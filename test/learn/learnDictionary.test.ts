import { describe, expect, test } from 'vitest';
import { knownSwaps } from '../../src/learn/knownSwaps.js';
import { learnDictionary } from '../../src/learn/learnDictionary.js';
import { parseDictionary } from '../../src/dictionary/parse.js';
import { toyLm } from './toyLm.js';

const lm = toyLm(
  {
    a: -1.5,
    senior: -4,
    official: -4,
    told: -3,
    informed: -4,
    npr: -5,
    the: -1.2,
    think: -3,
    tank: -4,
    assume: -4,
    will: -2.5,
    publish: -4.5,
    its: -2.5,
    report: -3.5,
    if: -2,
    in: -1.5,
    event: -4,
    that: -2,
    agencies: -4.5,
    companies: -4,
    agree: -4,
    be: -2,
    released: -4.5,
    reporters: -4.5,
    had: -2.5,
    been: -2.5,
    working: -3.5,
    on: -2,
    it: -2,
    for: -2,
    year: -3,
    twelvemonth: -7,
    last: -3,
    final: -3.5,
  },
  [
    'think tank',
    'in the',
    'the event',
    'event that',
    'in the event',
    'the event that',
    'last year',
    'final year',
  ],
);

const ORIGINAL =
  'A senior official told NPR that the think tank will publish its report. If the agencies agree, the report will be released.\n\n' +
  'The official told reporters that the think tank had been working on it for a year. The companies agree.';
const SPUN =
  'A senior official informed NPR that the assume tank will publish its report. In the event that the companies agree, the report will be released.\n\n' +
  'The official informed reporters that the assume tank had been working on it for a twelvemonth. The companies agree.';

const learn = (known = knownSwaps([])) =>
  learnDictionary([{ name: 'a.txt -> b.txt', original: ORIGINAL, spun: SPUN }], { lm, known });

describe('learnDictionary', () => {
  test('the swaps, sure and channel, with counts, priors and examples', () => {
    const r = learn();
    expect(
      r.entries.map((e) => [
        e.spun,
        e.canonical.join('|'),
        e.channel ? 'channel' : 'sure',
        e.prior,
        e.count,
        e.kept,
        e.context,
      ]),
    ).toEqual([
      ['assume tank', 'think tank', 'sure', 0.887, 2, 0, true],
      ['twelvemonth', 'year', 'sure', 0.84, 1, 0, false],
      ['assume', 'think', 'channel', 0.67, 2, 0, false],
      ['informed', 'told', 'channel', 0.67, 2, 0, false],
      ['companies', 'agencies', 'channel', 0.33, 1, 1, false],
      ['in the event that', 'if', 'channel', 0.5, 1, 0, false],
    ]);
    expect(r.entries[0]?.example).toEqual({
      spun: 'A senior official informed NPR that the assume tank will publish its report.',
      restored: 'A senior official informed NPR that the think tank will publish its report.',
    });
    expect(r).toMatchObject({ pairs: 1, swaps: 7, unaligned: [], known: [] });
  });

  test('swaps a built-in dictionary holds are counted, not repeated', () => {
    const builtin = parseDictionary(
      'informed\ttold\tchannel\tcurated\t0.5\n',
      'news-spinner-words',
      'x',
    );
    const r = learn(knownSwaps([builtin]));
    expect(r.entries.map((e) => e.spun)).not.toContain('informed');
    expect(r.known).toEqual([
      { spun: 'informed', original: 'told', dictionary: 'news-spinner-words', count: 2 },
    ]);
  });

  test('a pair that shares no passage is named and teaches nothing', () => {
    const r = learnDictionary([{ name: 'x', original: 'one two three', spun: 'four five six' }], {
      lm,
    });
    expect(r).toMatchObject({ entries: [], unaligned: ['x'], pairs: 0 });
  });

  test('without a language model every entry is a channel entry', () => {
    const r = learnDictionary([{ name: 'p', original: ORIGINAL, spun: SPUN }], {});
    expect(r.entries.every((e) => e.channel && e.reason === 'no language model to judge it')).toBe(
      true,
    );
  });
});
