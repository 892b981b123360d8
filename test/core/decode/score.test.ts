// The probability of a thesaurus candidate: the decision model's word, the spinner evidence of a
// swap a known spinner makes, and how the two combine (the larger).
import { describe, expect, test } from 'vitest';
import { score } from '../../../src/core/decode/score.js';
import { FIRST_PASS, type ChunkContext } from '../../../src/core/decode/chunkContext.js';
import type { WordCandidate } from '../../../src/core/thesaurusCandidates.js';
import { pairKey, type SpinnerGate } from '../../../src/core/spinnerDecision.js';
import type { ThesaurusSource } from '../../../src/types.js';
import { logistic, original, preparedText, stumpModel, tableLm, tableThesaurus } from './fakes.js';

const lm = tableLm({ the: -1, firm: -3, company: -2, said: -1.5, '</s>': -1 });
const prepared = preparedText('The firm said.', {
  lm,
  thesaurus: tableThesaurus({ firm: [original('company')] }),
});
const written = prepared.words[0]!;
// The model's log-odds: -2 for an LM gain here up to 1, else 2.
const model = stumpModel([['gainHere', 1, -2, 2]]);

/** A gate of one family, the "news" spinner, with P(spun) 0.5; `covered`: it writes "company" otherwise. */
function newsGate(covered = false): SpinnerGate {
  const family = {
    source: 'news',
    covered: new Set(covered ? ['company'] : []),
    unlistedRate: 0.5,
  };
  return { families: [{ family, pDoc: 0.5 }] };
}

/** "firm" -> "company" listed by `sources`, a curated swap of "news" with `prior` when given. */
function candidate(sources: readonly ThesaurusSource[], prior?: number): WordCandidate {
  const spinner =
    prior === undefined ? {} : { spinner: { prior, dictionary: 'news-words', family: 'news' } };
  return { ...written, original: original('company', sources, spinner) };
}

function probability(c: WordCandidate, gain: number, chunk: Partial<ChunkContext>): number {
  const type = { members: [c], gains: [gain], sum: gain, max: gain };
  const input = { candidate: c, gain, type, standing: { rank: 0, margin: 10, alternatives: 1 } };
  return score(input, { ...prepared.chunk, model, ...chunk }, FIRST_PASS).probability;
}

/** A curated swap's probability: prior odds P(spun) · prior, ×e per log10 of gain here. */
const spinnerSays = (prior: number, gain: number): number => {
  const p = 0.5 * prior;
  return logistic(Math.log(p / (1 - p)) + gain);
};
const shown = new Map([[pairKey('firm', 'company'), 'news']]);

describe('score', () => {
  test.each([
    ['a thesaurus pair: the model', candidate(['moby']), 2, {}, logistic(2)],
    ['... without a model: nothing', candidate(['moby']), 2, { model: undefined }, 0],
    [
      '... in a text that shows a spinner whose lists lack it: discounted by 1 - 0.5 · (1 - 0.5)',
      candidate(['moby']),
      2,
      { gate: newsGate() },
      logistic(2) * 0.75,
    ],
    [
      '... that spinner writes "company" otherwise: discounted by 1 - 0.5 · (1 - 0.1)',
      candidate(['moby']),
      2,
      { gate: newsGate(true) },
      logistic(2) * 0.55,
    ],
    [
      'a curated swap no thesaurus lists: the spinner evidence only',
      candidate([], 0.8),
      1,
      { gate: newsGate() },
      spinnerSays(0.8, 1),
    ],
    [
      'a curated swap a thesaurus lists: the model when it says more',
      candidate(['moby'], 0.8),
      2,
      { gate: newsGate() },
      logistic(2),
    ],
    [
      '... the spinner evidence when it says more',
      candidate(['moby'], 0.8),
      1,
      { gate: newsGate() },
      spinnerSays(0.8, 1),
    ],
    [
      "a thesaurus pair the text's own sure phrases show: prior 0.9 for the spinner evidence",
      candidate(['moby']),
      1,
      { gate: newsGate(), sureWords: shown },
      spinnerSays(0.9, 1),
    ],
    [
      '... unless the discounted model says more',
      candidate(['moby']),
      2,
      { gate: { families: [{ ...newsGate().families[0]!, pDoc: 0.01 }] }, sureWords: shown },
      logistic(2) * (1 - 0.01 * 0.5),
    ],
  ])('%s', (_, c, gain, chunk, want) => {
    expect(probability(c, gain, chunk)).toBe(want);
  });

  test("the model's log-odds and probability are kept with the result", () => {
    const c = candidate(['moby']);
    const type = { members: [c], gains: [2], sum: 2, max: 2 };
    const s = score(
      { candidate: c, gain: 2, type, standing: { rank: 0, margin: 10, alternatives: 1 } },
      { ...prepared.chunk, model },
      FIRST_PASS,
    );
    expect([s.logit, s.model, s.features.length]).toEqual([2, logistic(2), 38]);
  });
});
