// The LM check of the curated lists: phrases scored with the ARPA model (read once for all lists).
import { phraseWords } from '../../src/core/phraseEntry.js';
import { ArpaLanguageModel } from '../lm/arpaLanguageModel.js';
import { readArpaFile } from '../lm/readArpaFile.js';

/** LM words of a phrase: lowercase words and numbers only (the LM has no punctuation). */
export const lmWords = (text: string): string[] =>
  phraseWords(text).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** log10 P of a word the LM does not know, as an `<unk>` unigram (back-off weights apply). */
const UNK_LOGPROB = -7;

let lmLoaded: Promise<ArpaLanguageModel> | undefined;

/** The ARPA model (read once for all the lists that check with it). */
export function loadLm(path: string): Promise<ArpaLanguageModel> {
  lmLoaded ??= readArpaFile(path).then(
    ({ model }) => new ArpaLanguageModel(model, { unkUnigram: UNK_LOGPROB }),
  );
  return lmLoaded;
}

/** Average log10 probability per word of a phrase (trigram chain, no sentence marks). */
export function phraseScore(lm: ArpaLanguageModel, words: readonly string[]): number {
  const ids = words.map((w) => lm.id(w));
  let total = 0;
  ids.forEach((w, i) => (total += lm.logProb(ids.slice(Math.max(0, i - 2), i), w)));
  return total / Math.max(1, words.length);
}

/** True when some n-gram of the phrase (n = min(3, length)) is absent from the LM. */
export function missingNgram(lm: ArpaLanguageModel, words: readonly string[]): boolean {
  const n = Math.min(3, words.length);
  const ids = words.map((w) => lm.id(w));
  for (let i = 0; i + n <= ids.length; i++) {
    if (lm.matchOrder(ids.slice(i, i + n - 1), ids[i + n - 1]!) < n) return true;
  }
  return false;
}
