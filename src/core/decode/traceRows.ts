// The trace of a decoding (DecodeOptions.trace): every candidate of the last pass with its
// evidence and why it was chosen at its place or not. The scored thesaurus candidates are the
// training rows of scripts/train.ts; all of them feed the --trace view.
import type { CandidateTrace, ScoredTrace, Span, Token, UnscoredTrace } from '../../types.js';
import type { Slot } from '../slots.js';
import type { WordCandidate } from '../thesaurusCandidates.js';
import type { LocalScorer } from '../localScore.js';
import { phraseOptionScores, type PhraseSlotCandidate } from '../phraseDecision.js';
import { confidenceFromLogOdds } from '../confidence.js';
import { sourceOf } from '../wordEdit.js';
import { phraseTraceRow } from '../phraseEdit.js';
import { spanKey, type Unranked } from './decideWords.js';
import type { TracedPass } from './passes.js';
import type { Scored } from './score.js';

interface Written {
  readonly span: Span;
  readonly actual: string;
}

/** The text span of a candidate's slots and the text written there. */
function writtenAt(c: WordCandidate, tokens: readonly Token[], slots: readonly Slot[]): Written {
  const first = (slots[c.first] as Slot).token;
  const last = (slots[c.last] as Slot).token;
  const covered = tokens.slice(first, last + 1);
  return {
    span: [(tokens[first] as Token).span[0], (tokens[last] as Token).span[1]],
    actual: covered.map((t) => t.text).join(''),
  };
}

/** What a thesaurus candidate's rows share: where, what, and its evidence before the model. */
function thesaurusRow(
  s: Scored | Unranked,
  written: Written,
  verdict: CandidateTrace['verdict'],
): Omit<UnscoredTrace, 'scored'> {
  const { candidate: c } = s;
  return {
    ...written,
    text: c.text,
    source: 'thesaurus',
    origin: sourceOf(c.original),
    ...(c.original.spinner === undefined ? {} : { prior: c.original.spinner.prior }),
    channel: c.channel,
    gain: s.gain,
    typeGain: s.type.sum,
    verdict,
    chosen: verdict.kind === 'chosen',
  };
}

function scoredRow(s: Scored, written: Written, chosen: WordCandidate | undefined): ScoredTrace {
  const verdict: CandidateTrace['verdict'] =
    chosen === s.candidate ? { kind: 'chosen' } : { kind: 'lost', to: chosen?.text ?? '' };
  return {
    ...thesaurusRow(s, written, verdict),
    source: 'thesaurus',
    scored: true,
    features: s.features,
    logit: s.logit,
    model: s.model,
    ...(s.spinner === undefined ? {} : { spinner: s.spinner }),
    confidence: s.probability,
  };
}

/** Every restoration of a phrase, scored in `scorer`'s context (the last pass's). */
function phraseRows(
  p: PhraseSlotCandidate,
  chosenOption: number,
  scorer: LocalScorer,
): UnscoredTrace[] {
  return phraseOptionScores(p, scorer).map((score) =>
    phraseTraceRow(
      p.candidate,
      score.option,
      chosenOption,
      confidenceFromLogOdds(score.logOdds),
      score.gain,
    ),
  );
}

export function traceRows(
  last: TracedPass,
  tokens: readonly Token[],
  slots: readonly Slot[],
  scorer: LocalScorer,
): CandidateTrace[] {
  const chosen = new Map<number, WordCandidate>();
  for (const d of last.decisions) chosen.set(spanKey(d.candidate), d.candidate);
  const at = (c: WordCandidate): Written => writtenAt(c, tokens, slots);
  return [
    ...[...last.phraseChoices].flatMap(([p, c]) => phraseRows(p, c.option, scorer)),
    ...last.scored.map((s) => scoredRow(s, at(s.candidate), chosen.get(spanKey(s.candidate)))),
    ...last.unranked.map((u): UnscoredTrace => ({
      ...thesaurusRow(u, at(u.candidate), { kind: 'unranked', rank: u.rank, of: u.of }),
      scored: false,
    })),
  ];
}
