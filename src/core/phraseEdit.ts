// A dictionary phrase candidate as an Edit. Without a language model: the preferred canonical,
// with a confidence from the entry's prior alone (see phraseLogOdds).
import type { Alternative, Edit, UnscoredTrace } from '../types.js';
import { suggestionOnly, type PhraseCandidate } from './phraseCandidates.js';
import { confidenceFromLogOdds, phraseLogOdds } from './confidence.js';
import { RANK_DISCOUNT, UNCONFIRMED_SHARE } from './tuning.js';

export function isUnknownCanonical(text: string): boolean {
  return /^\?+$/.test(text.trim());
}

export function phraseEdit(candidate: PhraseCandidate, chosen = 0, confidence?: number): Edit {
  const option = candidate.options[chosen] ?? candidate.options[0];
  if (option === undefined) throw new Error('phrase candidate without options');
  const entry = option.entry;
  const alternatives: Alternative[] = candidate.options.map((o) => ({
    text: o.text,
    source: o.entry.dictionary,
    prior: o.entry.prior * RANK_DISCOUNT ** o.rank,
    score: o.entry.prior * RANK_DISCOUNT ** o.rank,
  }));
  alternatives.sort((a, b) =>
    a.text === option.text ? -1 : b.text === option.text ? 1 : b.score - a.score,
  );
  const lone = candidate.lone !== undefined;
  const needed = `${candidate.lone} other sure phrase${candidate.lone === 1 ? '' : 's'} of ${entry.dictionary}`;
  const terms = entry.conditions.requires.length > 0;
  const conditions = [
    ...(lone
      ? [
          candidate.unconfirmed === true
            ? `one word: ${terms ? 'its terms in the document are' : 'a word of its own is'} not enough without ${needed}: suggestion only, at ${UNCONFIRMED_SHARE} of the prior`
            : `one word: ${terms ? 'its terms are in the document, and ' : ''}${candidate.corroborated ?? 0} other sure phrases of ${entry.dictionary}`,
        ]
      : []),
    ...entry.conditions.requires.map((t) =>
      lone
        ? `with “${t}” in the document`
        : candidate.unconfirmed === true
          ? `“${t}” is not in the document: suggestion only, at ${UNCONFIRMED_SHARE} of the prior`
          : candidate.corroborated !== undefined
            ? `“${t}” is not in the document, but ${candidate.corroborated} other sure phrases of ${entry.dictionary} are`
            : `with “${t}” in the document`,
    ),
    ...entry.conditions.excludes.map((t) => `without “${t}” in the document`),
  ];
  return {
    span: candidate.span,
    actual: candidate.actual,
    text: option.text,
    alternatives,
    confidence:
      confidence ??
      (option.rank === 0
        ? entry.prior
        : confidenceFromLogOdds(phraseLogOdds(entry.prior, 0, option.rank))),
    source: entry.dictionary,
    reasons: [
      candidate.inferred !== undefined
        ? `not in ${entry.dictionary}: inferred from the word swaps of its entries (${candidate.inferred.join(', ')}) to a term it writes (prior ${entry.prior.toFixed(2)})`
        : `${entry.dictionary} line ${entry.line} (${entry.source}, prior ${entry.prior.toFixed(2)})`,
      ...conditions,
      ...(entry.suggestOnly ? ['flagged entry: suggestion only'] : []),
      ...(candidate.spread ? ['words matched apart (proximity entry): suggestion only'] : []),
      ...(candidate.quoted === true ? ['named in quotation marks: suggestion only'] : []),
    ],
    suggestOnly: entry.suggestOnly || suggestionOnly(candidate) || isUnknownCanonical(option.text),
  };
}

/**
 * The trace row of restoration `index` of a phrase, when `chosen` is the one decided on; `gain`:
 * its LM gain, when a language model weighed it.
 */
export function phraseTraceRow(
  candidate: PhraseCandidate,
  index: number,
  chosen: number,
  confidence: number,
  gain?: number,
): UnscoredTrace {
  const option = candidate.options[index];
  if (option === undefined) throw new Error('phrase candidate without that option');
  const to = candidate.options[chosen]?.text ?? '';
  return {
    span: candidate.span,
    actual: candidate.actual,
    text: option.text,
    source: 'dictionary',
    origin: option.entry.dictionary,
    prior: option.entry.prior,
    ...(gain === undefined ? {} : { gain }),
    verdict: index === chosen ? { kind: 'chosen' } : { kind: 'lost', to },
    chosen: index === chosen,
    scored: false,
    confidence,
  };
}

/** The trace rows of a phrase decided without a language model: its preferred restoration. */
export function phraseTrace(candidate: PhraseCandidate): UnscoredTrace[] {
  return candidate.options.map((_, k) =>
    phraseTraceRow(candidate, k, 0, phraseEdit(candidate, k).confidence),
  );
}
