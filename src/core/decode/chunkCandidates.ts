// The candidates of a chunk: dictionary phrases placed on its slots, and the thesaurus
// candidates of the slots they leave free, generated under the spinner gate the chunk shows.
// The gate comes from the sure phrases first; the spinner's curated swaps that the LM strongly
// supports open it further (strongSwaps), and the candidates are then generated again.
import type { LanguageModel, Token } from '../../types.js';
import type { PhraseCandidate } from '../phraseCandidates.js';
import type { Slot } from '../slots.js';
import type { LocalScorer } from '../localScore.js';
import { lmIdsOf } from '../lmWords.js';
import { GainCache } from '../gainCache.js';
import { rewritable, slotRange, type PhraseSlotCandidate } from '../phraseDecision.js';
import { thesaurusCandidates, type WordCandidate } from '../thesaurusCandidates.js';
import { spinnerGate, sureDictionaries, sureSpins, type SpinnerGate } from '../spinnerDecision.js';
import { familyCounts, familyPosterior, type FamilyCounts } from '../familyEvidence.js';
import { typeStats } from './typeEvidence.js';
import type { DecodeOptions } from './decodeOptions.js';
import { strongSwaps } from './documentStats.js';
import { LIKELY_PHRASE } from '../tuning.js';

export interface PlacedPhrases {
  readonly phraseSlots: readonly PhraseSlotCandidate[];
  /** Slots covered by a phrase: no thesaurus candidate covers them. */
  readonly claimed: ReadonlySet<number>;
}

export function placePhrases(
  phrases: readonly PhraseCandidate[],
  slots: readonly Slot[],
  lm: LanguageModel,
): PlacedPhrases {
  const phraseSlots: PhraseSlotCandidate[] = [];
  const claimed = new Set<number>();
  for (const candidate of phrases) {
    const range = slotRange(slots, candidate.firstToken, candidate.lastToken);
    if (range === null) continue;
    const [first, last] = range;
    phraseSlots.push({
      candidate,
      first,
      last,
      ids: candidate.options.map((o) => lmIdsOf(o.text, lm)),
    });
    for (let k = first; k <= last; k++) claimed.add(k);
  }
  return { phraseSlots, claimed };
}

/**
 * The first pass's context: the phrases likely spun, as their preferred restoration, chosen in
 * the scorer. Returns them with the option chosen (0).
 */
export function chooseLikelyPhrases(
  phraseSlots: readonly PhraseSlotCandidate[],
  scorer: LocalScorer,
): Map<PhraseSlotCandidate, number> {
  const chosen = new Map<PhraseSlotCandidate, number>();
  for (const p of phraseSlots) {
    if (rewritable(p) && (p.candidate.options[0]?.entry.prior ?? 0) >= LIKELY_PHRASE) {
      scorer.choose({ first: p.first, last: p.last, ids: p.ids[0] ?? [] });
      chosen.set(p, 0);
    }
  }
  return chosen;
}

export interface ChunkWords {
  readonly tokens: readonly Token[];
  readonly slots: readonly Slot[];
  readonly scorer: LocalScorer;
  readonly placed: PlacedPhrases;
}

export interface GatedCandidates {
  /** With the kind of spinner the chunk shows (gate.kind), from `counts`. */
  readonly gate: SpinnerGate;
  /** What the chunk shows of each family (familyEvidence.ts). */
  readonly counts: FamilyCounts;
  readonly words: readonly WordCandidate[];
  /** The LM gains of `words` (cached across passes). */
  readonly gains: GainCache;
}

function candidatesUnder(
  chunk: ChunkWords,
  gate: SpinnerGate,
  options: DecodeOptions,
): WordCandidate[] {
  if (options.thesaurus === undefined) return [];
  const { tokens, slots } = chunk;
  return thesaurusCandidates(
    {
      tokens,
      slots,
      thesaurus: options.thesaurus,
      lm: options.lm,
      ...(options.inflections ? { inflections: options.inflections } : {}),
      ...(options.knownPairs ? { knownPairs: options.knownPairs } : {}),
      gate,
      ...(options.codeWords ? { codeWords: options.codeWords } : {}),
    },
    chunk.placed.claimed,
  );
}

/** Call with the first pass's context chosen in the scorer: the gains are taken in it. */
export function gatedCandidates(chunk: ChunkWords, options: DecodeOptions): GatedCandidates {
  const sure = sureSpins(chunk.tokens, chunk.placed.phraseSlots);
  const gate = spinnerGate(sure, options.spinner);
  const words = candidatesUnder(chunk, gate, options);
  const gains = new GainCache(words, chunk.scorer);
  // The spinner's word swaps that the LM strongly supports are evidence of it too: a text
  // full of them went through it even when none of its sure phrases is there.
  const swaps = strongSwaps(words, gains, chunk.slots);
  if (swaps.size === 0) return withKind(chunk, gate, words, gains);
  const opened = spinnerGate(sure, options.spinner, swaps);
  const again = candidatesUnder(chunk, opened, options);
  return withKind(chunk, opened, again, new GainCache(again, chunk.scorer));
}

/** The gate with the kind of spinner the chunk's candidates show (familyEvidence.ts). */
function withKind(
  chunk: ChunkWords,
  gate: SpinnerGate,
  words: readonly WordCandidate[],
  gains: GainCache,
): GatedCandidates {
  const counts = familyCounts(
    typeStats(words, gains, chunk.slots),
    chunk.slots.length,
    sureDictionaries(chunk.tokens, chunk.placed.phraseSlots),
  );
  return { gate: { ...gate, kind: familyPosterior(counts) }, counts, words, gains };
}
