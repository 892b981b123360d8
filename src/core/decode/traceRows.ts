// The trace of a pass (DecodeOptions.trace): every scored thesaurus candidate with its evidence,
// for training (scripts/train.ts) and for the --trace view.
import type { CandidateTrace, Span, Token } from '../../types.js';
import type { Slot } from '../slots.js';
import type { WordCandidate } from '../thesaurusCandidates.js';
import { spanKey, type Decision } from './decideWords.js';
import type { Scored } from './score.js';

/** The text span of a candidate's slots. */
export function candidateSpan(
  c: WordCandidate,
  tokens: readonly Token[],
  slots: readonly Slot[],
): Span {
  const first = tokens[(slots[c.first] as Slot).token] as Token;
  const last = tokens[(slots[c.last] as Slot).token] as Token;
  return [first.span[0], last.span[1]];
}

export function traceRows(
  scored: readonly Scored[],
  decisions: readonly Decision[],
  tokens: readonly Token[],
  slots: readonly Slot[],
): CandidateTrace[] {
  const chosen = new Map<number, WordCandidate>();
  for (const d of decisions) chosen.set(spanKey(d.candidate), d.candidate);
  return scored.map((s) => ({
    span: candidateSpan(s.candidate, tokens, slots),
    text: s.candidate.text,
    features: s.features,
    logit: s.logit,
    confidence: s.probability,
    chosen: chosen.get(spanKey(s.candidate)) === s.candidate,
  }));
}
