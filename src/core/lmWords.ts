// Text as the language model reads it: lowercase words with ASCII apostrophes, abbreviations
// without their final period (the CMU model writes "gen", not "gen."), digits as number words.
import type { LanguageModel } from '../types.js';
import { normalizeWord } from './normalize.js';
import { numberWords } from './numberWords.js';

/** LM form of one normalized word: a final period is dropped unless the word is an initial. */
export function lmWord(norm: string): string {
  return norm.length <= 2 ? norm : norm.replace(/\.$/, '');
}

/** LM ids of the words of a text; -1 for words the model does not know. */
export function lmIdsOf(text: string, lm: LanguageModel): number[] {
  const ids: number[] = [];
  for (const raw of normalizeWord(text).split(/[^\p{L}\p{N}'.-]+/u)) {
    if (raw === '') continue;
    for (const word of numberWords(raw) ?? [lmWord(raw)]) ids.push(lm.id(word));
  }
  return ids;
}

/** LM ids of a restoration's words, or null when the model does not know one of them. */
export function knownLmIds(text: string, lm: LanguageModel): number[] | null {
  const ids = lmIdsOf(text, lm);
  return ids.length > 0 && ids.every((id) => id >= 0) ? ids : null;
}
