// Each place takes its likeliest original; per written word, only the best originals by
// noisy-channel score are scored.
import { describe, expect, test } from 'vitest';
import { choiceScore, decideWords, type PassTrace } from '../../../src/core/decode/decideWords.js';
import { FIRST_PASS } from '../../../src/core/decode/chunkContext.js';
import { TOP_ORIGINALS } from '../../../src/core/tuning.js';
import { logistic, original, preparedText, stumpModel, tableLm, tableThesaurus } from './fakes.js';

// Twelve originals of "firm", each a quarter of a log10 less likely than the one before: the LM
// gain of the k-th is 1 - k/4 (no n-grams around), the channel the same for all (Moby).
const originals = (
  'company business house concern enterprise outfit partnership corporation agency ' +
  'establishment office shop'
).split(' ');
const lm = tableLm({
  the: -1,
  firm: -3,
  said: -1.5,
  '</s>': -1,
  ...Object.fromEntries(originals.map((w, k) => [w, -2 - k / 4])),
});
const thesaurus = tableThesaurus({ firm: originals.map((w) => original(w)) });
// The model takes an LM gain above 0.9: only the best original's.
const model = stumpModel([['gainHere', 0.9, -1, 1]]);
const prepared = preparedText('The firm said.', { lm, thesaurus, model });

function decide() {
  const trace: PassTrace = { scored: [], unranked: [] };
  const decisions = decideWords(prepared.words, prepared.gains, prepared.chunk, FIRST_PASS, trace);
  return { ...trace, decisions };
}

describe('decideWords', () => {
  test(`the ${TOP_ORIGINALS} best originals by noisy-channel score are scored, in that order`, () => {
    const { scored } = decide();
    expect(scored.map((s) => s.candidate.text)).toEqual(originals.slice(0, TOP_ORIGINALS));
    expect(scored.map((s) => s.gain)).toEqual(
      originals.slice(0, TOP_ORIGINALS).map((_, k) => 1 - k / 4),
    );
  });

  test('the others are left unscored, with their rank', () => {
    const { unranked } = decide();
    expect(unranked.map((u) => [u.candidate.text, u.rank, u.of, u.gain])).toEqual([
      ['office', 10, 12, -1.5],
      ['shop', 11, 12, -1.75],
    ]);
  });

  test('their standing: rank, margin over the best other, and how many originals there are', () => {
    const { scored } = decide();
    expect(scored.slice(0, 3).map((s) => s.standing)).toEqual([
      { rank: 0, margin: 0.25, alternatives: 12 },
      { rank: 1, margin: -0.25, alternatives: 12 },
      { rank: 2, margin: -0.5, alternatives: 12 },
    ]);
  });

  test('the place takes its likeliest original, with every original considered there', () => {
    const { decisions } = decide();
    expect(decisions).toHaveLength(1);
    const [d] = decisions;
    expect([d!.candidate.text, d!.gain, d!.probability]).toEqual(['company', 1, logistic(1)]);
    expect(d!.considered.map((c) => c.candidate.text)).toEqual(originals);
  });

  test('the noisy-channel score: LM evidence over the type plus the channel', () => {
    const { scored } = decide();
    expect(choiceScore(scored[1]!.type)).toBe(0.75 - 1.3);
  });
});
