// Slots -> candidate originals from the reversed thesauri (and the spinners' curated swaps),
// with the writer's inflection and case carried over: `companies` -> `agencies` (via company ->
// agency), `Informed` -> `Told`. Single words: singleWordCandidates.ts; phrases of several words:
// multiWordCandidates.ts; the channel and the spinner gate: candidateChannel.ts.
import type { CandidateContext, WordCandidate } from './wordCandidate.js';
import type { Slot } from './slots.js';
import { inCodeVocabulary } from './codeVocabulary.js';
import { openName } from './candidateChannel.js';
import { singleWordCached } from './singleWordCandidates.js';
import { multiWord } from './multiWordCandidates.js';
import { MAX_PER_KEY, MAX_PHRASE_WORDS } from './tuning.js';

export { isVariant, isWordAdded } from './swapFilters.js';

export type { CandidateContext, WordCandidate } from './wordCandidate.js';

/** A candidate over a protected slot (multi-word keys only get there through openInPhrase). */
function touchesName(ctx: CandidateContext, c: WordCandidate): boolean {
  for (let k = c.first; k <= c.last; k++) if (ctx.slots[k]?.protected) return true;
  return false;
}

/** The multi-word candidates from slot i, longest first, over slots no phrase claimed. */
function phrasesAt(
  ctx: CandidateContext,
  i: number,
  claimed: ReadonlySet<number>,
  max: number,
): WordCandidate[] {
  const out: WordCandidate[] = [];
  for (let n = Math.min(ctx.thesaurus.maxPhraseWords, MAX_PHRASE_WORDS); n >= 2; n--) {
    let free = true;
    for (let k = i; k < i + n; k++) if (claimed.has(k)) free = false;
    if (free) out.push(...multiWord(ctx, i, n).slice(0, max));
  }
  return out;
}

/**
 * Candidates for every unprotected slot not in `claimed` (slots covered by phrase candidates);
 * in a document that shows the spinner, curated swaps for the words of names too.
 */
export function thesaurusCandidates(
  ctx: CandidateContext,
  claimed: ReadonlySet<number>,
): WordCandidate[] {
  const single = new Map<string, WordCandidate[]>();
  const out: WordCandidate[] = [];
  const max = ctx.maxPerKey ?? MAX_PER_KEY;
  for (let i = 0; i < ctx.slots.length; i++) {
    const slot = ctx.slots[i] as Slot;
    if (claimed.has(i)) continue;
    const open = !slot.protected || openName(ctx.gate, slot);
    if (!open && slot.reason !== 'proper name') continue;
    const here = phrasesAt(ctx, i, claimed, max);
    // A word the LM does not know is no reason to skip it: spinners write rare forms
    // (well-nigh, xiv); the thesaurus only has keys for words it can restore.
    const ownTerm = ctx.codeWords !== undefined && inCodeVocabulary(ctx.codeWords, slot.word);
    if (open && !ownTerm) here.push(...singleWordCached(ctx, i, single).slice(0, max));
    out.push(
      ...here.filter(
        (c) => !touchesName(ctx, c) || c.original.spinner !== undefined || c.last > c.first,
      ),
    );
  }
  return out;
}
