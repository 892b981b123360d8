// What the decoder knows of one chunk while it decides: facts fixed for every pass
// (ChunkContext) and what the previous pass accepted (PassContext), the one part that changes
// from pass to pass.
import type { Token, TreeModel } from '../../types.js';
import type { Slot } from '../slots.js';
import type { LocalScorer } from '../localScore.js';
import type { SpinnerGate } from '../spinnerDecision.js';

export interface ChunkContext {
  readonly tokens: readonly Token[];
  readonly slots: readonly Slot[];
  /** Trigram scores of local changes, in the context of the previous pass's choices. */
  readonly scorer: LocalScorer;
  /** log10 P(word) of an LM id, context-free. */
  readonly unigram: (id: number) => number;
  /** How strongly the chunk shows the spinner of the curated swaps. */
  readonly gate: SpinnerGate;
  /** Word swaps inside the chunk's sure phrases, with their family (sureWordPairs). */
  readonly sureWords: ReadonlyMap<string, string>;
  /** How often each word (LM form) is written in the chunk. */
  readonly written: ReadonlyMap<string, number>;
  /** Share of the chunk's words with a strong candidate (spinDensity). */
  readonly docDensity: number;
  /** How the LM sees the chunk as written (see docFit). */
  readonly docLogP: number;
  readonly docUnknown: number;
  /** The thesaurus decision model; without it no thesaurus change is likely. */
  readonly model?: TreeModel;
}

/** The changes the previous pass accepted, as the features see them. */
export interface PassContext {
  /** How many, in all and by written word (LM form). */
  readonly accepted: number;
  readonly acceptedByWord: ReadonlyMap<string, number>;
  /** Shares of them that WordNet and Moby list (smoothed): the spinner's thesaurus. */
  readonly docWordnet: number;
  readonly docMoby: number;
}

/** The first pass knows of no accepted change. */
export const FIRST_PASS: PassContext = {
  accepted: 0,
  acceptedByWord: new Map(),
  docWordnet: 0.5,
  docMoby: 0.5,
};
