import { describe, expect, test } from 'vitest';
import { spinnerSwaps } from '../../../src/core/align/spinnerSwaps.js';

const related = (x: string, y: string): boolean => x === 'depart' && y === 'leave';
const swaps = (original: string, spun: string) =>
  spinnerSwaps(original, spun, { related })?.swaps.map((s) => [s.spun, s.original, s.start, s.end]);

describe('spinnerSwaps', () => {
  test.each([
    [
      'a word swap and a length-changing phrase, cut at related words',
      'And so they will leave whenever they get caught working with us here.',
      'And so they will depart in the event that they get caught working with us here.',
      [
        ['depart', 'leave', 17, 23],
        ['in the event that', 'whenever', 24, 41],
      ],
    ],
    [
      'punctuation at the edges is not part of the swap',
      'share with our counterparts in Mexico but they themselves are afraid',
      'share with our counterparts in Mexico, however they themselves are afraid',
      [['however', 'but', 39, 46]],
    ],
    [
      'a change of case or typography is no swap',
      'He said “we’re here” to the crowd at noon.',
      'He said "We\'re here" to the crowd at noon.',
      [],
    ],
    [
      'a rewritten passage of more than 10 words is no swap',
      'The plan is good. It was drafted by the committee during many long weeks of hard talks. We agree.',
      'The plan is good. Members spent months arguing before anyone could settle on anything at all. We agree.',
      [],
    ],
    [
      'an insertion joins the word after it',
      'He said that one day, while Doug was out for a walk',
      'He said that one sidereal day, while Doug was out for a walk',
      [['sidereal day', 'day', 17, 29]],
    ],
  ])('%s', (_, original, spun, want) => expect(swaps(original, spun)).toEqual(want));

  test('texts that share no passage: undefined', () => {
    expect(spinnerSwaps('nothing in common', 'entirely different words')).toBeUndefined();
  });

  test('the rewritten passage is kept apart, as a changed region', () => {
    const r = spinnerSwaps(
      'The plan is good. It was drafted by the committee during many long weeks of hard talks. We agree.',
      'The plan is good. Members spent months arguing before anyone could settle on anything at all. We agree.',
    );
    expect(r?.other.length).toBe(1);
  });
});
