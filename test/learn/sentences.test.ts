import { describe, expect, test } from 'vitest';
import { changeExample, sentenceAt, sentenceSpans } from '../../src/learn/sentences.js';

const texts = (text: string): string[] => sentenceSpans(text).map(([a, b]) => text.slice(a, b));

describe('sentenceSpans', () => {
  test.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['He said “no.” Then left.', ['He said “no.”', 'Then left.']],
    ['A title\n\nA paragraph\nwrapped.', ['A title', 'A paragraph\nwrapped.']],
    [
      'U.S. officials met Mr. Smith and J. Doe. Then left.',
      ['U.S. officials met Mr. Smith and J. Doe.', 'Then left.'],
    ],
    ['  ', []],
  ])('%j', (text, want) => expect(texts(text)).toEqual(want));

  test('sentenceAt: the sentence that holds an offset', () => {
    const spans = sentenceSpans('One. Two. Three.');
    expect([0, 5, 9, 15].map((at) => sentenceAt(spans, at))).toEqual([
      [0, 4],
      [5, 9],
      [5, 9],
      [10, 16],
    ]);
  });
});

describe('changeExample', () => {
  test('the sentence as written and with the change made, spacing folded', () => {
    const text = 'First.  The official\ninformed NPR of it. Last.';
    const start = text.indexOf('informed');
    expect(changeExample(text, [8, 40], start, start + 8, 'told')).toEqual({
      spun: 'The official informed NPR of it.',
      restored: 'The official told NPR of it.',
    });
  });

  test('a long sentence is cut to 12 words each side of the change', () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`);
    const text = `${words.join(' ')}.`;
    const start = text.indexOf('w15');
    const e = changeExample(text, [0, text.length], start, start + 3, 'X');
    expect(e.restored).toBe(
      `… ${words.slice(3, 15).join(' ')} X ${words.slice(16, 28).join(' ')} …`,
    );
  });
});
