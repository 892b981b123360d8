// Slots -> candidate originals from the reversed thesauri (and the spinners' curated swaps),
// with the writer's inflection and case carried over: `companies` -> `agencies` (via company ->
// agency), `Informed` -> `Told`. Single words: singleWordCandidates.ts; phrases of several words:
// multiWordCandidates.ts; the channel and the spinner gate: candidateChannel.ts.
import type { Inflections, LanguageModel, Thesaurus, ThesaurusCandidate, Token } from '../types.js';
import type { Slot } from './slots.js';
import type { SpinnerGate } from './spinnerDecision.js';
import { inCodeVocabulary } from './codeVocabulary.js';
import { openName } from './candidateChannel.js';
import { singleWordCached } from './singleWordCandidates.js';
import { multiWord } from './multiWordCandidates.js';
import { MAX_PER_KEY, MAX_PHRASE_WORDS } from './tuning.js';

export { isVariant, isWordAdded } from './swapFilters.js';

export interface WordCandidate {
  /** First and last slot covered (inclusive). */
  readonly first: number;
  readonly last: number;
  /** Restoration as written into the text. */
  readonly text: string;
  /** LM ids of the restoration's words. */
  readonly ids: readonly number[];
  /** `observed-base→original-base`: one decision per word type of the document. */
  readonly typeKey: string;
  readonly original: ThesaurusCandidate;
  /** log10 P(observed | original): how likely a spinner writes this for that. */
  readonly channel: number;
}

export interface CandidateContext {
  readonly tokens: readonly Token[];
  readonly slots: readonly Slot[];
  readonly thesaurus: Thesaurus;
  readonly lm: LanguageModel;
  readonly inflections?: Inflections;
  /** Cap on candidates per slot and key (best channel first). */
  readonly maxPerKey?: number;
  /** Word pairs a spinner is known to write (from the curated dictionaries). */
  readonly knownPairs?: ReadonlySet<string>;
  /** How strongly the document shows the spinner of the curated swaps. */
  readonly gate?: SpinnerGate;
  /** Words the text uses in code, URLs and identifiers: its own terms, never single-word swaps. */
  readonly codeWords?: ReadonlySet<string>;
}

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
