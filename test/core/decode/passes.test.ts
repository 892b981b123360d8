// Iterated conditional modes: what a pass accepts shapes the next, and decoding stops once a pass
// accepts what the one before did.
import { describe, expect, test } from 'vitest';
import {
  acceptChanges,
  passContextOf,
  runPasses,
  sameAccepted,
  type PassSettings,
} from '../../../src/core/decode/passes.js';
import type { DecodeOptions } from '../../../src/core/decode/decodeOptions.js';
import { ACCEPT, PASSES } from '../../../src/core/tuning.js';
import { logistic, original, preparedText, stumpModel, tableLm, tableThesaurus } from './fakes.js';

const text = 'alpha here. beta here.';
const lm = tableLm({ alpha: -4, omega: -1, beta: -2, gamma: -1.75, here: -1, '</s>': -1 });
const thesaurus = tableThesaurus({ alpha: [original('omega')], beta: [original('gamma')] });
// "alpha" -> "omega" gains 3 (log10), "beta" -> "gamma" 0.25. The model takes a gain above 0.5
// (+3, else -3), and other words changed in the previous pass (+4).
const model = stumpModel([
  ['gainHere', 0.5, -3, 3],
  ['docAccepted', 0, 0, 4],
]);
const options: DecodeOptions = { lm, thesaurus, model };

function run(settings: Partial<PassSettings> = {}) {
  const p = preparedText(text, options);
  const outcome = runPasses(p.chunk, p.phraseSlots, p, p.initial, {
    passes: PASSES,
    accept: ACCEPT,
    ...settings,
  });
  const decided = outcome.decisions.map((d) => [d.candidate.text, d.probability]);
  return { outcome, decided };
}

describe('runPasses', () => {
  test('pass 1 accepts omega; pass 2 gamma too (another word changed); pass 3 the same: stop', () => {
    const { outcome, decided } = run();
    expect(outcome.passes).toBe(3);
    expect(decided).toEqual([
      ['omega', logistic(3 + 4)],
      ['gamma', logistic(-3 + 4)],
    ]);
  });

  test.each([
    ['one pass', 1, logistic(3), logistic(-3)],
    ['two passes', 2, logistic(3), logistic(-3 + 4)],
  ])('with %s at most, the last one decides', (_, passes, omega, gamma) => {
    const { outcome, decided } = run({ passes });
    expect(outcome.passes).toBe(passes);
    expect(decided).toEqual([
      ['omega', omega],
      ['gamma', gamma],
    ]);
  });

  test('nothing accepted in the first pass (as in its context): one pass', () => {
    const { outcome } = run({ accept: 0.9999 });
    expect(outcome.passes).toBe(1);
  });

  test('a trace runs every pass and takes the last', () => {
    const traced: string[] = [];
    const { outcome, decided } = run({
      trace: (last) => traced.push(...last.scored.map((s) => s.candidate.text)),
    });
    expect(outcome.passes).toBe(PASSES);
    expect(traced).toEqual(['omega', 'gamma']);
    expect(decided).toEqual([
      ['omega', logistic(7)],
      ['gamma', logistic(1)],
    ]);
  });
});

describe('what a pass accepts', () => {
  test('the likeliest changes at or above the threshold, as the next pass sees them', () => {
    const p = preparedText(text, options);
    const { outcome } = run({ passes: 1 });
    const accepted = acceptChanges(outcome, p.chunk, ACCEPT);
    expect([...accepted.words].map((w) => w.text)).toEqual(['omega']);
    expect(passContextOf(accepted.words, p.chunk.slots)).toEqual({
      accepted: 1,
      acceptedByWord: new Map([['alpha', 1]]),
      docWordnet: 1 / 3, // (0 + 1) / (1 + 2): Moby lists the pair, WordNet does not
      docMoby: 2 / 3,
    });
  });

  test.each([
    [['a'], ['a'], true],
    [['a', 'b'], ['b', 'a'], true],
    [['a'], ['a', 'b'], false],
    [['a'], ['b'], false],
  ])('sets %j and %j are the same: %s', (a, b, same) => {
    const words = new Map(
      ['a', 'b'].map((t) => [t, { ...preparedText(text, options).words[0]!, text: t }]),
    );
    const set = (names: string[]) => ({
      phrases: new Map(),
      words: new Set(names.map((n) => words.get(n)!)),
    });
    expect(sameAccepted(set(a), set(b))).toBe(same);
  });
});
