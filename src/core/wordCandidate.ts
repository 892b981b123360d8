// A candidate original of written words (from the reversed thesauri and the curated swaps), and
// what generating candidates needs to know about the document.
import type { Inflections, LanguageModel, Thesaurus, ThesaurusCandidate, Token } from '../types.js';
import type { Slot } from './slots.js';
import type { SpinnerGate } from './spinnerDecision.js';

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
