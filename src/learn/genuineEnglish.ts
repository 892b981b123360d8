// Whether genuine English writes a spinner's form, by the language model: a form it rarely writes
// ("assume tank", "educatee", "per centum") makes a sure dictionary entry, evidence of the spinner
// wherever it is seen; a form it writes ("mentioned", "in the event that") is a `channel` entry,
// weighed in context. Pure: the model is passed in.
import { normalizeWord } from '../core/normalize.js';
import type { LanguageModel } from '../types.js';

/** log10 unigram probability below which a known single word counts as rare (about 1 in 3M). */
export const RARE_WORD = -6.5;
/** How much more probable (log10) the original word must be than a rare spun word. */
export const RARE_MARGIN = 2;

export interface GenuineVerdict {
  /** Genuine English rarely writes the spun form while it writes the original. */
  readonly rare: boolean;
  /** Why, for the dictionary comment. */
  readonly reason: string;
}

/** The words of a phrase as the language model spells them (lowercase, letters and digits). */
export function lmWords(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .map((w) => normalizeWord(w).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
}

interface PhraseEvidence {
  /** The first word unknown to the model, or the first bigram it lacks, if any. */
  readonly missing?: string;
  /** The first trigram it lacks (a pruned model lacks many: weaker evidence). */
  readonly missingTrigram?: string;
  /** Mean log10 probability per word, within the phrase. */
  readonly perWord: number;
}

function evidence(lm: LanguageModel, words: readonly string[]): PhraseEvidence {
  const ids = words.map((w) => lm.id(w));
  let total = 0;
  let missing: string | undefined;
  let missingTrigram: string | undefined;
  const gram = (k: number, n: number): string =>
    `“${words.slice(k - n + 1, k + 1).join(' ')}” is not written in English`;
  ids.forEach((id, k) => {
    const history = ids.slice(Math.max(0, k - 2), k);
    total += lm.logProb(history, id);
    const order = id < 0 ? 0 : (lm.matchOrder?.(history, id) ?? history.length + 1);
    if (missing === undefined && id < 0) missing = `“${words[k]}” is not an English word it knows`;
    else if (missing === undefined && k > 0 && order < 2) missing = gram(k, 2);
    else if (missingTrigram === undefined && k > 1 && order < 3) missingTrigram = gram(k, 3);
  });
  const perWord = total / Math.max(1, ids.length);
  return {
    perWord,
    ...(missing === undefined ? {} : { missing }),
    ...(missingTrigram === undefined ? {} : { missingTrigram }),
  };
}

/** How much more probable per word (log10) the original must be to back a missing trigram. */
export const TRIGRAM_MARGIN = 0.5;

/**
 * Rare when the spun form has a word or a bigram the model lacks, or a trigram it lacks while
 * the original is TRIGRAM_MARGIN more probable per word, and the original has neither; or, for
 * two single known words, when the spun word is rarer than RARE_WORD and the original
 * RARE_MARGIN more probable.
 */
export function genuineEnglish(lm: LanguageModel, spun: string, original: string): GenuineVerdict {
  const s = lmWords(spun);
  const o = lmWords(original);
  if (s.length === 0 || o.length === 0) return { rare: false, reason: 'no words to judge' };
  const se = evidence(lm, s);
  const oe = evidence(lm, o);
  if (oe.missing !== undefined)
    return { rare: false, reason: `the original is unusual too (${oe.missing})` };
  if (se.missing !== undefined) return { rare: true, reason: se.missing };
  if (se.missingTrigram !== undefined && oe.perWord - se.perWord >= TRIGRAM_MARGIN)
    return { rare: true, reason: se.missingTrigram };
  if (s.length === 1 && o.length === 1 && se.perWord < RARE_WORD) {
    if (oe.perWord - se.perWord >= RARE_MARGIN)
      return { rare: true, reason: `“${s[0]}” is rare in English` };
  }
  return { rare: false, reason: 'genuine English writes it too' };
}
