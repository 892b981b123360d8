import { describe, expect, test } from 'vitest';
import { genuineEnglish, lmWords } from '../../src/learn/genuineEnglish.js';
import { toyLm } from './toyLm.js';

const lm = toyLm(
  {
    think: -3,
    tank: -4,
    assume: -4,
    told: -3,
    informed: -4,
    if: -2,
    in: -1.5,
    the: -1.2,
    event: -4,
    that: -2,
    year: -3,
    twelvemonth: -7,
    arcane: -7,
  },
  ['think tank', 'in the', 'the event', 'event that', 'in the event', 'the event that'],
);

describe('genuineEnglish', () => {
  test.each([
    ['informed', 'told', false, 'genuine English writes it too'],
    ['assume tank', 'think tank', true, '“assume tank” is not written in English'],
    ['in the event that', 'if', false, 'genuine English writes it too'],
    ['educatee', 'told', true, '“educatee” is not an English word it knows'],
    ['twelvemonth', 'year', true, '“twelvemonth” is rare in English'],
    ['arcane', 'twelvemonth', false, 'genuine English writes it too'],
    [
      'assume tank',
      'figurer',
      false,
      'the original is unusual too (“figurer” is not an English word it knows)',
    ],
    ['…', 'if', false, 'no words to judge'],
  ])('%s for %s: rare %s', (spun, original, rare, reason) => {
    expect(genuineEnglish(lm, spun, original)).toEqual({ rare, reason });
  });
});

describe('lmWords', () => {
  test.each([
    ['Assume  Tank', ['assume', 'tank']],
    ['“U.S.”', ['u.s']],
    ['group’s', ["group's"]],
  ])('%s', (phrase, words) => expect(lmWords(phrase)).toEqual(words));
});
