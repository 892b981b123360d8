// A thesaurus decision as an Edit: span over the original words, the evidence in words.
import type { Edit, ThesaurusCandidate, Token } from '../types.js';
import type { Slot } from './slots.js';
import type { WordCandidate } from './thesaurusCandidates.js';
import { MAX_ALTERNATIVES } from './tuning.js';

export interface Considered {
  readonly candidate: WordCandidate;
  /** LM gain (log10) of this original at this place. */
  readonly gain: number;
}

export interface WordDecision {
  readonly candidate: WordCandidate;
  readonly gain: number;
  readonly probability: number;
  readonly type: { readonly members: readonly unknown[]; readonly sum: number };
  /** Every original considered at this place (the chosen one included). */
  readonly considered: readonly Considered[];
}

/** The dictionary of a curated spinner swap, else the thesauri that list the pair. */
export function sourceOf(original: ThesaurusCandidate): string {
  return original.spinner?.dictionary ?? original.sources.join('+');
}

/**
 * `spunDocument`: for a curated spinner swap, how likely the text went through that spinner
 * (from its sure phrases), stated among the reasons.
 */
export function wordEdit(
  d: WordDecision,
  tokens: readonly Token[],
  slots: readonly Slot[],
  spunDocument?: number,
): Edit {
  const { candidate: c, gain, probability } = d;
  const occurrences = d.type.members.length;
  const typeSum = d.type.sum;
  const firstToken = (slots[c.first] as Slot).token;
  const lastToken = (slots[c.last] as Slot).token;
  const actual = tokens
    .slice(firstToken, lastToken + 1)
    .map((t) => t.text)
    .join('');
  const sources = sourceOf(c.original);
  const sign = gain >= 0 ? '+' : '';
  return {
    span: [(tokens[firstToken] as Token).span[0], (tokens[lastToken] as Token).span[1]],
    actual,
    text: c.text,
    alternatives: [
      { text: c.text, source: sources, prior: 10 ** c.channel, lm: gain, score: probability },
      ...d.considered
        .filter((o) => o.candidate.text !== c.text)
        .sort((a, b) => b.gain - a.gain)
        .slice(0, MAX_ALTERNATIVES)
        .map((o) => ({
          text: o.candidate.text,
          source: sourceOf(o.candidate.original),
          prior: 10 ** o.candidate.channel,
          lm: o.gain,
          // Not the word type's choice: it has no probability of its own; the LM gain ranks it.
          score: 0,
        })),
    ],
    confidence: probability,
    source: sources,
    reasons: [
      c.original.spinner !== undefined
        ? `${c.original.spinner.dictionary}: spinners write “${actual.toLowerCase()}” for “${c.original.text}” (prior ${c.original.spinner.prior}; the text shows this spinner with P ${(spunDocument ?? 0).toFixed(2)})`
        : `${c.original.sources.join(' and ')}: “${actual.toLowerCase()}” is a synonym of “${c.original.text}”${c.original.firstLemma ? ' (first WordNet lemma)' : ''}`,
      `LM ${sign}${gain.toFixed(2)} here (log10), ${typeSum.toFixed(2)} over ${occurrences} occurrence(s) of the word`,
    ],
    suggestOnly: false,
  };
}
