// What decode() takes besides the text: the context engine's data and its switches.
import type {
  CandidateTrace,
  Inflections,
  LanguageModel,
  Thesaurus,
  TreeModel,
} from '../../types.js';
import type { SpinnerChannel } from '../spinnerChannel.js';

export interface DecodeOptions {
  readonly lm: LanguageModel;
  readonly thesaurus?: Thesaurus;
  readonly inflections?: Inflections;
  /** Passes of iterated conditional modes (default PASSES). */
  readonly passes?: number;
  /** Changes at or above this probability shape the context of the next pass (default ACCEPT). */
  readonly accept?: number;
  /** The thesaurus decision model; without it no thesaurus change is decided. */
  readonly model?: TreeModel;
  /** Receives every scored candidate of the last pass (for training and debugging). */
  readonly trace?: (row: CandidateTrace) => void;
  /** Word pairs a spinner is known to write (see knownPairs.ts). */
  readonly knownPairs?: ReadonlySet<string>;
  /**
   * The curated word swaps of a spinner (spinnerChannel.ts); `thesaurus` should already
   * include them (withSpinnerChannel).
   */
  readonly spinner?: SpinnerChannel;
  /** Words the text uses in code, URLs and identifiers (codeVocabulary.ts): never swapped. */
  readonly codeWords?: ReadonlySet<string>;
}
