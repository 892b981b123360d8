// A tiny language model for tests: known words with a unigram log10 probability, and the bigrams
// and trigrams it holds. Unknown n-grams back off to the unigram (less 1 per missing order).
import type { LanguageModel } from '../../src/types.js';

export function toyLm(
  unigrams: Readonly<Record<string, number>>,
  ngrams: readonly string[] = [],
): LanguageModel {
  const words = Object.keys(unigrams);
  const ids = new Map(words.map((w, i) => [w, i]));
  const held = new Set(ngrams);
  const text = (history: readonly number[], word: number): string =>
    [...history, word].map((i) => words[i] ?? '?').join(' ');
  const matchOrder = (history: readonly number[], word: number): number => {
    if (word < 0) return 0;
    for (let n = Math.min(2, history.length); n > 0; n--)
      if (held.has(text(history.slice(-n), word))) return n + 1;
    return 1;
  };
  return {
    order: 3,
    vocabularySize: words.length,
    id: (w) => ids.get(w) ?? -1,
    logProb: (history, word) => {
      if (word < 0) return -10;
      const base = unigrams[words[word] as string] as number;
      const order = matchOrder(history, word);
      return order > 1 ? base + 1 : base - (Math.min(2, history.length) > 0 ? 1 : 0);
    },
    matchOrder,
  };
}
