// One chunk of a document, decoded: candidates, the chunk's evidence, the passes, the edits.
import type { Edit, LanguageModel, Token } from '../../types.js';
import type { PhraseCandidate } from '../phraseCandidates.js';
import { buildSlots } from '../slots.js';
import { LocalScorer } from '../localScore.js';
import type { GainCache } from '../gainCache.js';
import { phraseEditsOf, type PhraseSlotCandidate } from '../phraseDecision.js';
import { familyLikelihood, sureWordPairs, type SpinnerGate } from '../spinnerDecision.js';
import type { WordCandidate } from '../thesaurusCandidates.js';
import type { FamilyCounts } from '../familyEvidence.js';
import { wordEdit } from '../wordEdit.js';
import type { ChunkContext } from './chunkContext.js';
import {
  chooseLikelyPhrases,
  gatedCandidates,
  placePhrases,
  type ChunkWords,
} from './chunkCandidates.js';
import type { DecodeOptions } from './decodeOptions.js';
import { docFit, spinDensity } from './documentStats.js';
import { runPasses, type Accepted, type PassOutcome, type PassSettings } from './passes.js';
import { traceRows } from './traceRows.js';
import { ACCEPT, PASSES, REPORT_FLOOR } from '../tuning.js';

export function decodeChunk(
  tokens: readonly Token[],
  from: number,
  to: number,
  phrases: readonly PhraseCandidate[],
  options: DecodeOptions,
): Edit[] {
  const prepared = prepareChunk(tokens, from, to, phrases, options);
  const { chunk, phraseSlots, initial } = prepared;
  const outcome = runPasses(chunk, phraseSlots, prepared, initial, passSettings(chunk, options));
  return chunkEdits(outcome, chunk);
}

/** A chunk ready for its passes: its facts, candidates and first context. */
export interface PreparedChunk {
  readonly chunk: ChunkContext;
  readonly phraseSlots: readonly PhraseSlotCandidate[];
  readonly words: readonly WordCandidate[];
  /** The LM gains of `words`, cached across passes. */
  readonly gains: GainCache;
  /** The first pass's context (already chosen in the chunk's scorer). */
  readonly initial: Accepted;
  /** What the chunk shows of each spinner family (familyEvidence.ts). */
  readonly counts: FamilyCounts;
}

/** Tokens [from, to) as slots, with their candidates and the evidence of the chunk. */
export function prepareChunk(
  tokens: readonly Token[],
  from: number,
  to: number,
  phrases: readonly PhraseCandidate[],
  options: DecodeOptions,
): PreparedChunk {
  const slots = buildSlots(tokens, options.lm, from, to);
  const scorer = new LocalScorer(slots, options.lm);
  const placed = placePhrases(phrases, slots, options.lm);
  const initial = chooseLikelyPhrases(placed.phraseSlots, scorer);
  const chunkWords: ChunkWords = { tokens, slots, scorer, placed };
  const { gate, words, gains, counts } = gatedCandidates(chunkWords, options);
  const chunk = chunkContext(chunkWords, { gate, words, gains }, options);
  const { phraseSlots } = placed;
  const first = { phrases: initial, words: new Set<WordCandidate>() };
  return { chunk, phraseSlots, words, gains, initial: first, counts };
}

/** The facts of the chunk that every pass sees. */
export function chunkContext(
  { tokens, slots, scorer, placed }: ChunkWords,
  { gate, words, gains }: { gate: SpinnerGate; words: readonly WordCandidate[]; gains: GainCache },
  options: Pick<DecodeOptions, 'lm' | 'model'>,
): ChunkContext {
  const written = new Map<string, number>();
  for (const slot of slots) written.set(slot.word, (written.get(slot.word) ?? 0) + 1);
  return {
    tokens,
    slots,
    scorer,
    unigram: unigramOf(options.lm),
    gate,
    sureWords: sureWordPairs(tokens, slots, placed.phraseSlots),
    written,
    docDensity: spinDensity(words, gains, slots.length),
    ...docFit(slots, options.lm),
    ...(options.model ? { model: options.model } : {}),
  };
}

/** log10 P(word) of an LM id, remembered. */
function unigramOf(lm: LanguageModel): (id: number) => number {
  const unigrams = new Map<number, number>();
  return (id) => {
    let p = unigrams.get(id);
    if (p === undefined) unigrams.set(id, (p = lm.logProb([], id)));
    return p;
  };
}

function passSettings(chunk: ChunkContext, options: DecodeOptions): PassSettings {
  const { trace } = options;
  return {
    passes: options.passes ?? PASSES,
    accept: options.accept ?? ACCEPT,
    ...(trace === undefined
      ? {}
      : {
          trace: (last) => {
            for (const row of traceRows(last, chunk.tokens, chunk.slots, chunk.scorer)) trace(row);
          },
        }),
  };
}

/** The phrase edits and the thesaurus decisions at or above REPORT_FLOOR. */
function chunkEdits(outcome: PassOutcome, chunk: ChunkContext): Edit[] {
  const out = phraseEditsOf(outcome.phraseChoices);
  for (const d of outcome.decisions) {
    if (d.probability < REPORT_FLOOR) continue;
    const family = d.candidate.original.spinner?.family;
    const spun = family === undefined ? undefined : familyLikelihood(chunk.gate, family);
    out.push(wordEdit(d, chunk.tokens, chunk.slots, spun));
  }
  return out;
}
