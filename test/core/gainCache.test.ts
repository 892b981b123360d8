// The gain cache gives the same gains as computing them afresh, after choices change.
import { expect, test } from 'vitest';
import { tokenize } from '../../src/core/tokenize.js';
import { buildSlots } from '../../src/core/slots.js';
import { LocalScorer } from '../../src/core/localScore.js';
import { GainCache } from '../../src/core/gainCache.js';
import type { WordCandidate } from '../../src/core/thesaurusCandidates.js';
import type { LanguageModel } from '../../src/types.js';

const vocab = ['<s>', '</s>', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'x', 'y'];
const lm: LanguageModel = {
  order: 3,
  vocabularySize: vocab.length,
  id: (w) => vocab.indexOf(w),
  // Any function of the whole context will do: it makes every context distinct.
  logProb: (h, w) => -0.1 * (w + 1) - 0.01 * h.reduce((a, x, i) => a + (x + 2) * (i + 3), 0),
};

function candidate(first: number, last: number, ids: number[]): WordCandidate {
  return {
    first,
    last,
    ids,
    text: '',
    typeKey: `${first}`,
    original: { text: '', sources: ['moby'], firstLemma: false },
    channel: -1,
  };
}

test('cached gains equal fresh gains after the choices change', () => {
  const slots = buildSlots(tokenize('a b c d e f g a b c d e f g.'), lm);
  const scorer = new LocalScorer(slots, lm);
  const words = [
    candidate(1, 1, [9]),
    candidate(3, 4, [10]),
    candidate(8, 8, [9, 10]),
    candidate(12, 12, [10]),
  ];
  const cache = new GainCache(words, scorer);
  const fresh = (): number[] => words.map((w) => scorer.gain(w));
  expect(words.map((_, i) => cache.get(i))).toEqual(fresh());
  scorer.choose({ first: 2, last: 2, ids: [10] });
  scorer.choose({ first: 10, last: 11, ids: [9] });
  cache.refresh();
  expect(words.map((_, i) => cache.get(i))).toEqual(fresh());
  scorer.reset();
  cache.refresh();
  expect(words.map((_, i) => cache.get(i))).toEqual(fresh());
});
