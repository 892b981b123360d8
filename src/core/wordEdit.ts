// A thesaurus decision as an Edit: span over the original words, the evidence in words.
import type { Edit, Token } from '../types.js';
import type { Slot } from './slots.js';
import type { WordCandidate } from './thesaurusCandidates.js';

export function wordEdit(
  c: WordCandidate,
  gain: number,
  probability: number,
  occurrences: number,
  typeSum: number,
  tokens: readonly Token[],
  slots: readonly Slot[],
): Edit {
  const firstToken = (slots[c.first] as Slot).token;
  const lastToken = (slots[c.last] as Slot).token;
  const actual = tokens
    .slice(firstToken, lastToken + 1)
    .map((t) => t.text)
    .join('');
  const sources = c.original.sources.join('+');
  const sign = gain >= 0 ? '+' : '';
  return {
    span: [(tokens[firstToken] as Token).span[0], (tokens[lastToken] as Token).span[1]],
    actual,
    text: c.text,
    alternatives: [
      { text: c.text, source: sources, prior: 10 ** c.channel, lm: gain, score: probability },
    ],
    confidence: probability,
    source: sources,
    reasons: [
      `${c.original.sources.join(' and ')}: “${actual.toLowerCase()}” is a synonym of “${c.original.text}”${c.original.firstLemma ? ' (first WordNet lemma)' : ''}`,
      `LM ${sign}${gain.toFixed(2)} here (log10), ${typeSum.toFixed(2)} over ${occurrences} occurrence(s) of the word`,
    ],
    suggestOnly: false,
  };
}
