// The kind of spinner a whole document shows (`restore-text families`): its sections' family
// evidence added up (familyEvidence.ts), the posterior over the families, and the swaps the LM
// supports (written word -> original), the document's own swap table as far as it shows.
import type { RestoreOptions } from '../types.js';
import { chunks } from './decode/chunks.js';
import { prepareChunk } from './decode/decodeChunk.js';
import { codeVocabulary } from './codeVocabulary.js';
import {
  addCounts,
  EMPTY_COUNTS,
  familyPosterior,
  type FamilyCounts,
  type FamilyPosterior,
} from './familyEvidence.js';
import { decodeOptionsOf, prepareText } from './restore.js';

export interface DocumentFamily extends FamilyPosterior {
  readonly counts: FamilyCounts;
}

/** The document's family evidence; without a language model, none (every family unknown). */
export function documentFamily(input: string, options: RestoreOptions): DocumentFamily {
  const { tokens, phrases, lm, ranges } = prepareText(input, options);
  let counts = EMPTY_COUNTS;
  if (lm !== undefined) {
    const code = codeVocabulary(input, tokens, ranges);
    const decodeOptions = decodeOptionsOf(lm, options, code);
    for (const [from, to] of chunks(tokens)) {
      const inside = phrases.filter((p) => p.firstToken >= from && p.lastToken < to);
      counts = addCounts(counts, prepareChunk(tokens, from, to, inside, decodeOptions).counts);
    }
  }
  return { ...familyPosterior(counts), counts };
}
