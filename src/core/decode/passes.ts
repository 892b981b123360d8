// Iterated conditional modes: each pass decides every phrase and word in the context of the
// changes the pass before accepted, so neighbouring spins help each other ("regulation
// enforcement companies" -> "law enforcement agencies"). Decoding stops early once a pass
// accepts what the one before did: the next would decide the same again.
import type { PhraseSlotCandidate, PhraseChoice } from '../phraseDecision.js';
import { decidePhrases, rewritable } from '../phraseDecision.js';
import type { Slot } from '../slots.js';
import type { WordCandidate } from '../thesaurusCandidates.js';
import type { GainCache } from '../gainCache.js';
import { FIRST_PASS, type ChunkContext, type PassContext } from './chunkContext.js';
import { decideWords, type Decision, type PassTrace } from './decideWords.js';

/** The changes a pass accepted: an option per phrase, and thesaurus candidates. */
export interface Accepted {
  readonly phrases: ReadonlyMap<PhraseSlotCandidate, number>;
  readonly words: ReadonlySet<WordCandidate>;
}

/** The last pass of a traced run, given to the trace before its changes are accepted. */
export interface TracedPass extends PassTrace {
  readonly phraseChoices: ReadonlyMap<PhraseSlotCandidate, PhraseChoice>;
  readonly decisions: readonly Decision[];
}

/** What the last pass decided. */
export interface PassOutcome {
  readonly phraseChoices: ReadonlyMap<PhraseSlotCandidate, PhraseChoice>;
  readonly decisions: readonly Decision[];
  /** How many passes ran. */
  readonly passes: number;
}

export interface PassSettings {
  readonly passes: number;
  readonly accept: number;
  /**
   * Run every pass and give the last one to this, while the scorer still holds that pass's
   * context.
   */
  readonly trace?: (last: TracedPass) => void;
}

export function sameAccepted(a: Accepted, b: Accepted): boolean {
  if (a.phrases.size !== b.phrases.size || a.words.size !== b.words.size) return false;
  for (const [p, option] of a.phrases) if (b.phrases.get(p) !== option) return false;
  for (const w of a.words) if (!b.words.has(w)) return false;
  return true;
}

/**
 * Chooses in the scorer the changes of a pass: phrases whose restoration is more likely than
 * not, then thesaurus decisions at or above `accept`, likeliest first, where no other change is.
 */
export function acceptChanges(outcome: PassOutcome, chunk: ChunkContext, accept: number): Accepted {
  const { scorer } = chunk;
  scorer.reset();
  const phrases = new Map<PhraseSlotCandidate, number>();
  for (const [p, c] of outcome.phraseChoices) {
    if (c.logOdds > 0 && rewritable(p)) {
      scorer.choose({ first: p.first, last: p.last, ids: p.ids[c.option] ?? [] });
      phrases.set(p, c.option);
    }
  }
  const words = new Set<WordCandidate>();
  for (const d of [...outcome.decisions].sort((a, b) => b.probability - a.probability)) {
    const c = d.candidate;
    if (d.probability < accept || !scorer.free(c.first, c.last)) continue;
    scorer.choose({ first: c.first, last: c.last, ids: c.ids });
    words.add(c);
  }
  return { phrases, words };
}

/** The accepted thesaurus changes as the next pass's features see them. */
export function passContextOf(
  words: ReadonlySet<WordCandidate>,
  slots: readonly Slot[],
): PassContext {
  const acceptedByWord = new Map<string, number>();
  let wordnet = 0;
  let moby = 0;
  for (const c of words) {
    const word = (slots[c.first] as Slot).word;
    acceptedByWord.set(word, (acceptedByWord.get(word) ?? 0) + 1);
    if (c.original.sources.includes('wordnet')) wordnet++;
    if (c.original.sources.includes('moby')) moby++;
  }
  // Which thesaurus the document's spinner draws on, from the changes it looks likely to have made.
  const accepted = words.size;
  return {
    accepted,
    acceptedByWord,
    docWordnet: (wordnet + 1) / (accepted + 2),
    docMoby: (moby + 1) / (accepted + 2),
  };
}

/** Runs the passes from the first context (`initial`, already chosen in the scorer). */
export function runPasses(
  chunk: ChunkContext,
  phraseSlots: readonly PhraseSlotCandidate[],
  candidates: { readonly words: readonly WordCandidate[]; readonly gains: GainCache },
  initial: Accepted,
  settings: PassSettings,
): PassOutcome {
  const { words, gains } = candidates;
  let previous = initial;
  let context = FIRST_PASS;
  let outcome: PassOutcome | undefined;
  for (let pass = 0; pass < settings.passes; pass++) {
    const last = settings.trace !== undefined && pass === settings.passes - 1;
    const traced: PassTrace | undefined = last ? { scored: [], unranked: [] } : undefined;
    const phraseChoices = decidePhrases(phraseSlots, chunk.scorer);
    const decisions = decideWords(words, gains, chunk, context, traced);
    outcome = { phraseChoices, decisions, passes: pass + 1 };
    if (traced !== undefined) settings.trace?.({ ...traced, phraseChoices, decisions });
    const accepted = acceptChanges(outcome, chunk, settings.accept);
    gains.refresh();
    context = passContextOf(accepted.words, chunk.slots);
    // A trace is taken in the last pass, so a traced run goes through them all.
    if (settings.trace === undefined && sameAccepted(accepted, previous)) break;
    previous = accepted;
  }
  return (
    outcome ?? { phraseChoices: decidePhrases(phraseSlots, chunk.scorer), decisions: [], passes: 0 }
  );
}
