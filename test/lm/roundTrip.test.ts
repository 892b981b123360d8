import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ArpaError } from '../../scripts/lm/arpaError.js';
import { parseArpa } from '../../scripts/lm/arpaParser.js';
import { BinaryLanguageModel } from '../../src/lm/binaryModel.js';
import { LanguageModelError } from '../../src/lm/languageModelError.js';
import { packLanguageModel } from '../../scripts/lm/packModel.js';
import { pruneArpaModel } from '../../scripts/lm/pruneModel.js';
import { sentenceLogProb } from '../../scripts/lm/sentenceLogProb.js';

const lines = readFileSync(new URL('fixtures/tiny.arpa', import.meta.url), 'utf8').split('\n');
const build = (src: string[] = lines, unkLogProb?: number): BinaryLanguageModel =>
  BinaryLanguageModel.fromBuffer(packLanguageModel(parseArpa(src), { unkLogProb }).bytes);
const lm = build();
const ids = (words: string): number[] =>
  words
    .split(' ')
    .filter(Boolean)
    .map((w) => lm.id(w));

describe('tiny ARPA -> binary -> model', () => {
  test('vocabulary in UTF-8 byte order', () => {
    expect(lm.vocabularySize).toBe(6);
    expect([0, 1, 2, 3, 4, 5].map((i) => lm.word(i))).toEqual([
      '</s>',
      '<s>',
      'cat',
      'mat',
      'sat',
      'the',
    ]);
    expect(lm.id('dog')).toBe(-1);
    expect(lm.findWord('sat')).toBe(4);
    expect(lm.findWord('dog')).toBe(-1);
  });

  // expected = the back-off arithmetic on the values in fixtures/tiny.arpa
  test.each([
    ['<s> the', 'cat', -0.2], // trigram
    ['the cat', 'sat', -0.1], // trigram
    ['<s> the', 'mat', -0.9], // trigram
    ['sat the', 'mat', -0.02 + -1.1], // bow(sat the) + bigram(the mat)
    ['<s> the', 'sat', -0.15 + -0.25 + -1.5], // bow(<s> the) + bow(the) + P(sat)
    ['sat the', 'cat', -0.02 + -0.9], // bow(sat the) + bigram(the cat)
    ['the mat', 'cat', -1.3], // (the mat) and mat have no bow, (mat cat) absent: P(cat)
    ['mat the', 'cat', -0.9], // bigram (mat the) absent: bow 0
    ['cat sat', 'mat', -0.03 + -0.3 + -2.0], // context bow, then bow(sat) + P(mat)
    ['cat', 'sat', -0.4], // bigram history
    ['mat', 'the', -0.7], // bigram absent, mat has no bow: 0 + P(the)
    ['', 'cat', -1.3], // no history
    ['the the cat', 'sat', -0.1], // only the last two words count
    ['<s>', 'cat', -0.8],
    ['<s>', '<s>', -0.5 + -99],
  ])('logProb(%s | %s)', (history, word, expected) => {
    expect(lm.logProb(ids(history), lm.id(word))).toBeCloseTo(expected, 12);
  });

  test('same answers whatever the order of calls (context cache)', () => {
    const queries: [string, string][] = [
      ['<s> the', 'cat'],
      ['<s> the', 'sat'],
      ['sat the', 'mat'],
      ['<s> the', 'mat'],
      ['<s> the', 'cat'],
    ];
    const once = queries.map(([h, w]) => build().logProb(ids(h), lm.id(w)));
    expect(queries.map(([h, w]) => lm.logProb(ids(h), lm.id(w)))).toEqual(once);
    expect(once).toEqual([-0.2, -0.15 + -0.25 + -1.5, -0.02 + -1.1, -0.9, -0.2]);
  });

  test('unknown words: floor as word, no context as history', () => {
    expect(lm.logProb(ids('the cat'), -1)).toBe(-10);
    expect(build(lines, -7).logProb([], -1)).toBe(-7);
    expect(lm.logProb([-1, lm.id('cat')], lm.id('sat'))).toBeCloseTo(-0.4, 12);
    expect(lm.logProb([lm.id('the'), -1], lm.id('cat'))).toBeCloseTo(-1.3, 12);
  });

  test('<unk> in the vocabulary is used for -1 ids', () => {
    const withUnk = lines.flatMap((l) =>
      l === 'ngram 1=6'
        ? ['ngram 1=7']
        : l === '-2.0000\tmat'
          ? [l, '-3.0000\t<unk>\t-0.4000']
          : [l],
    );
    const m = build(withUnk);
    expect(m.id('<unk>')).toBeGreaterThanOrEqual(0);
    expect(m.logProb([], -1)).toBeCloseTo(-3, 12);
    expect(m.logProb([m.id('cat'), -1], m.id('the'))).toBeCloseTo(-0.4 + -0.7, 12);
  });

  test('sentenceLogProb adds <s> and </s>', () => {
    // P(the|<s>) P(cat|<s> the) P(sat|the cat) P(</s>|cat sat) = bow(cat sat) bow(sat) P(</s>)
    const words = ['the', 'cat', 'sat'];
    const total = -0.3 + -0.2 + -0.1 + (-0.03 + -0.3 + -1.0);
    expect(sentenceLogProb(lm, words)).toBeCloseTo(total, 12);
    expect(sentenceLogProb(lm, ['sat', 'the'], { bos: false, eos: false })).toBeCloseTo(
      -1.5 + -1.2,
      12,
    );
  });

  test('packing is deterministic', () => {
    const a = packLanguageModel(parseArpa(lines)).bytes;
    const b = packLanguageModel(parseArpa([...lines])).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('errors', () => {
  const bytes = packLanguageModel(parseArpa(lines)).bytes;
  test.each([
    ['bad magic', (b: Uint8Array) => (b[0] = 0), /bad magic/],
    ['version', (b: Uint8Array) => (b[8] = 99), /version 99/],
    ['truncated', null, /truncated|wrong size|inconsistent/],
  ])('%s', (_name, mutate, message) => {
    const copy = mutate ? bytes.slice() : bytes.slice(0, bytes.length - 16);
    if (mutate) mutate(copy);
    expect(() => BinaryLanguageModel.fromBuffer(copy, '/x/en-us.bin')).toThrow(LanguageModelError);
    expect(() => BinaryLanguageModel.fromBuffer(copy, '/x/en-us.bin')).toThrow(message);
  });

  test('too short', () => {
    expect(() => BinaryLanguageModel.fromBuffer(new Uint8Array(10), 'p')).toThrow(
      'file too short (p)',
    );
  });

  test.each([
    ['unknown word in a bigram', ['-0.3000\t<s>\tthe\t-0.1500', '-0.3000\t<s>\tdog']],
    ['duplicate bigram', ['-0.3000\t<s>\tthe\t-0.1500', '-0.3000\t<s>\tthe\n-0.3\t<s>\tthe']],
    ['missing end', ['\\end\\', '']],
  ])('ARPA: %s', (_name, [from, to]) => {
    const src = lines.join('\n').replace(from!, to!).split('\n');
    expect(() => parseArpa(src)).toThrow(ArpaError);
  });
});

describe('pruning renormalises back-off weights', () => {
  test('dropping trigrams moves their mass to the back-off', () => {
    const { model, stats } = pruneArpaModel(parseArpa(lines), { trigram: -0.3 });
    expect(stats).toEqual({
      bigramsKept: 7,
      trigramsKept: 2,
      bigramBowsRecomputed: 0,
      trigramBowsRecomputed: 2,
    });
    const m = BinaryLanguageModel.fromBuffer(packLanguageModel(model).bytes);
    const p = (h: string, w: string): number =>
      m.logProb(
        h.split(' ').map((x) => m.id(x)),
        m.id(w),
      );
    // (<s> the mat) dropped, (<s> the cat) kept: bow(<s> the) = log10((1 - 10^-0.2) / (1 - 10^-0.9))
    const bow = Math.log10((1 - 10 ** -0.2) / (1 - 10 ** -0.9));
    expect(p('<s> the', 'mat')).toBeCloseTo(bow + -1.1, 12);
    expect(p('<s> the', 'cat')).toBeCloseTo(-0.2, 12);
    // context (cat sat) lost its only trigram: bow = log10(1 / 1) = 0
    expect(p('cat sat', 'the')).toBeCloseTo(-1.2, 12);
    // context (the cat) kept everything: its bow is the file's
    expect(p('the cat', 'mat')).toBeCloseTo(-0.07 + -0.1 + -2.0, 12);
  });

  test('a bigram that starts a kept trigram is never dropped', () => {
    const { model } = pruneArpaModel(parseArpa(lines), { bigram: 0 });
    const m = BinaryLanguageModel.fromBuffer(packLanguageModel(model).bytes);
    expect(model.bigramW1.length).toBe(3); // <s> the, the cat, cat sat
    // bow(the) renormalised over the kept (the cat) only
    const bow = Math.log10((1 - 10 ** -0.9) / (1 - 10 ** -1.3));
    expect(m.logProb([m.id('the')], m.id('mat'))).toBeCloseTo(bow + -2.0, 12);
  });
});
