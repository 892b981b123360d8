// LM evidence per word type: the sum over occurrences that counts a repeated neighbour once.
import { describe, expect, test } from 'vitest';
import { diverseSum, evidence, typeStats } from '../../../src/core/decode/typeEvidence.js';
import { buildSlots } from '../../../src/core/slots.js';
import { tokenize } from '../../../src/core/tokenize.js';
import type { WordCandidate } from '../../../src/core/thesaurusCandidates.js';
import type { GainCache } from '../../../src/core/gainCache.js';
import { original, tableLm } from './fakes.js';

const lm = tableLm({ a: -1, b: -1, c: -1, d: -1, e: -1, f: -1, x: -1, y: -1 });

/** Slots of `text`, and a candidate over each slot whose word is `word`. */
function occurrences(text: string, word = 'x') {
  const slots = buildSlots(tokenize(text), lm);
  const members: WordCandidate[] = [];
  slots.forEach((s, i) => {
    if (s.word !== word) return;
    members.push({
      first: i,
      last: i,
      text: 'y',
      ids: [lm.id('y')],
      typeKey: `${word}→y`,
      original: original('y'),
      channel: -1.3,
    });
  });
  return { slots, members };
}

describe('diverseSum', () => {
  test.each([
    // one occurrence: its gain, held to [-3, 4]
    ['a x b.', [2.5], 2.5],
    ['a x b.', [9], 4],
    ['a x b.', [-7], -3],
    // the same neighbours on both sides: one context, the mean
    ['a x b. a x b.', [2, 3], 2.5],
    // the same left neighbour, different right ones: the smaller side (left) counts
    ['a x b. a x d.', [2, 1], 1.5],
    // different neighbours both sides: the sum
    ['a x b. c x d.', [2, 1], 3],
    // neighbours at sentence edges are <s>: "x a." and "x b." share the left one
    ['x a. x b.', [2, 1], 1.5],
    // two repeated contexts and a third: (2 + 3) / 2 + 1
    ['a x b. a x b. c x d.', [2, 3, 1], 3.5],
    // five contexts: beyond three they add log2: 5 / 5 * (3 + log2(3))
    ['a x b. b x c. c x d. d x e. e x f.', [1, 1, 1, 1, 1], 3 + Math.log2(3)],
    // gains are held to [-3, 4] before they are averaged
    ['a x b. a x b.', [10, -10], 0.5],
  ])('%j with gains %j -> %d', (text, gains, want) => {
    const { slots, members } = occurrences(text);
    expect(members).toHaveLength(gains.length);
    expect(diverseSum(members, gains, slots)).toBe(want);
  });
});

describe('evidence', () => {
  const unknown = buildSlots(tokenize('a zz b.'), lm);
  const at = (spinner: boolean): WordCandidate => ({
    first: 1,
    last: 1,
    text: 'y',
    ids: [lm.id('y')],
    typeKey: 'zz→y',
    original: original(
      'y',
      [],
      spinner ? { spinner: { prior: 0.9, dictionary: 'd', family: 'f' } } : {},
    ),
    channel: -2,
  });
  test.each([
    ['a gain over a word the LM does not know counts 1', false, 3, 1],
    ['a small one counts as it is', false, 0.5, 0.5],
    ['a curated swap vouches for the pair', true, 3, 3],
  ])('%s', (_, spinner, gain, want) => {
    expect(evidence(at(spinner), gain, unknown)).toBe(want);
  });
});

describe('typeStats', () => {
  test('groups the candidates by type, with each evidence, the sum and the best', () => {
    const { slots, members } = occurrences('a x b. c x d. a x b.');
    const other: WordCandidate = { ...members[0]!, text: 'c', ids: [lm.id('c')], typeKey: 'x→c' };
    const words = [...members, other];
    const gainList = [2, 1, 3, 0.5];
    const gains = { get: (i: number) => gainList[i]! } as unknown as GainCache;
    const types = typeStats(words, gains, slots);
    expect([...types.keys()]).toEqual(['x→y', 'x→c']);
    const y = types.get('x→y')!;
    expect([y.gains, y.sum, y.max]).toEqual([[2, 1, 3], 3.5, 3]);
    expect(types.get('x→c')!.sum).toBe(0.5);
    expect([...typeStats(words, gains, slots, (w) => w.text === 'c').keys()]).toEqual(['x→c']);
  });
});
