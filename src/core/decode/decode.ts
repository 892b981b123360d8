// Noisy-channel decoding. The spinner is modelled as: pick word types of the original to spin,
// replace each by one thesaurus synonym (the channel), the same way at every occurrence. So a
// change is decided per (observed type -> original type) from the trigram LM evidence summed
// over its occurrences (typeEvidence.ts), the channel, and document-level spin evidence
// (documentStats.ts), combined by a model fitted on the dev set (features.ts, score.ts).
// Dictionary phrases are decided per occurrence from their prior and the LM gain. Decisions are
// refined by iterated conditional modes (passes.ts). Long documents are decoded in chunks of
// whole sentences (chunks.ts), so cost stays linear.
import type { Edit, Thesaurus, Token } from '../../types.js';
import type { PhraseCandidate } from '../phraseCandidates.js';
import { chunks } from './chunks.js';
import { decodeChunk } from './decodeChunk.js';
import type { DecodeOptions } from './decodeOptions.js';

export type { DecodeOptions } from './decodeOptions.js';

export function decode(
  tokens: readonly Token[],
  phrases: readonly PhraseCandidate[],
  options: DecodeOptions,
): Edit[] {
  // No candidate at all: the language model is never touched (it loads lazily).
  if (phrases.length === 0 && !hasThesaurusKey(tokens, options.thesaurus)) return [];
  const edits: Edit[] = [];
  for (const [from, to] of chunks(tokens)) {
    const inside = phrases.filter((p) => p.firstToken >= from && p.lastToken < to);
    edits.push(...decodeChunk(tokens, from, to, inside, options));
  }
  return edits.sort((a, b) => a.span[0] - b.span[0]);
}

function hasThesaurusKey(tokens: readonly Token[], thesaurus: Thesaurus | undefined): boolean {
  if (thesaurus === undefined) return false;
  return tokens.some((t) => t.kind === 'word' && thesaurus.originals(t.norm).length > 0);
}
