import type { LanguageModel } from '../../src/types.js';

export interface SentenceOptions {
  /** Start with the `<s>` context (default true). */
  readonly bos?: boolean;
  /** Score the end-of-sentence mark `</s>` after the last word (default true). */
  readonly eos?: boolean;
}

/** log10 probability of a sequence of lowercase words (unknown words score as `<unk>`). */
export function sentenceLogProb(
  lm: LanguageModel,
  words: readonly string[],
  options: SentenceOptions = {},
): number {
  const history: number[] = options.bos === false ? [] : [lm.id('<s>')];
  const targets = words.map((w) => lm.id(w));
  if (options.eos !== false) targets.push(lm.id('</s>'));
  let total = 0;
  for (const w of targets) {
    total += lm.logProb(history, w);
    history.push(w);
    if (history.length >= lm.order) history.shift();
  }
  return total;
}
