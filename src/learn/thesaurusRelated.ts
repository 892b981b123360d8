// Whether a spun word and an original word are a swap, for cutting changed runs of unequal
// length (the aligner's `related`): words sharing their first 5 letters, or a pair the reversed
// thesauri hold (the spun word lists the original among the words it may have replaced). Pure.
import type { Related } from '../core/align/splitRun.js';
import { baseForm } from '../core/morphology/index.js';
import { normalizeWord } from '../core/normalize.js';
import type { Thesaurus } from '../types.js';

/** Short function words: never a swap pair on their own. */
const FUNCTION_WORDS = new Set(
  'the a an and or of to in on at by for with from as is are was were be been it its this that these those not no'.split(
    ' ',
  ),
);

export function thesaurusRelated(thesaurus: Thesaurus): Related {
  const lists = (w: string): readonly string[] => thesaurus.originals(w).map((c) => c.text);
  return (spunWord, originalWord) => {
    const a = normalizeWord(spunWord);
    const b = normalizeWord(originalWord);
    if (!/^\p{L}{3,}/u.test(a) || !/^\p{L}{3,}/u.test(b)) return false;
    if (FUNCTION_WORDS.has(a) || FUNCTION_WORDS.has(b)) return false;
    let common = 0;
    while (common < a.length && a[common] === b[common]) common++;
    if (common >= 5) return true;
    return lists(a).includes(b) || lists(baseForm(a)).includes(baseForm(b));
  };
}
