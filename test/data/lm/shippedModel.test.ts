// The shipped dictionaries/lm/en-us.bin against raw lines of the ARPA file it was built from
// (fixtures/arpa-samples.txt, written by extractArpaSamples.ts): the back-off arithmetic is done
// here from the ARPA values, so the test checks the packing, the quantization and the loader.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LanguageModelError } from '../../../src/lm/languageModelError.js';
import { lazyLanguageModel, loadLanguageModel } from '../../../src/lm/load.js';
import { DEFAULT_UNK_LOGPROB } from '../../../scripts/lm/packModel.js';
import { sentenceLogProb } from '../../../scripts/lm/sentenceLogProb.js';

/** Largest quantization error of the shipped model (build-lm output: 5.00e-5, bigram/trigram probs). */
const TOLERANCE = 5.0e-5 + 1e-9;

const fixture = readFileSync(new URL('fixtures/arpa-samples.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l !== '' && !l.startsWith('#'))
  .map((l) => l.split('\t'));
const queries = fixture
  .filter((f) => f[0] === 'query')
  .map(([, kind, history, word]) => ({
    kind: kind!,
    history: history === '' ? [] : history!.split(' '),
    word: word!,
  }));
const arpa = new Map<string, number[]>(
  fixture
    .filter((f) => f[0] !== 'query')
    .map(([n, ...line]) => {
      const fields = line.join(' ').trim().split(/\s+/);
      const order = Number(n);
      const values = [fields[0]!, ...fields.slice(order + 1)].map(Number);
      return [fields.slice(1, order + 1).join(' '), values];
    }),
);
const known = (w: string | undefined): w is string => w !== undefined && arpa.has(w);

/** Katz back-off from the raw ARPA values: [logprob, bow?] per n-gram. */
function expected(history: string[], word: string): number {
  if (!known(word)) return DEFAULT_UNK_LOGPROB;
  const h2 = history[history.length - 1];
  const h1 = history[history.length - 2];
  let bow = 0;
  if (known(h1) && known(h2)) {
    const tri = arpa.get(`${h1} ${h2} ${word}`);
    if (tri) return tri[0]!;
    bow = arpa.get(`${h1} ${h2}`)?.[1] ?? 0;
  }
  if (known(h2)) {
    const bi = arpa.get(`${h2} ${word}`);
    if (bi) return bow + bi[0]!;
    bow += arpa.get(h2)![1] ?? 0;
  }
  return bow + arpa.get(word)![0]!;
}

const lm = loadLanguageModel();

describe('shipped model', () => {
  test('counts', () => {
    expect([lm.vocabularySize, lm.bigramCount, lm.trigramCount]).toEqual([72547, 2051541, 1669625]);
    expect(lm.id('<unk>')).toBe(-1);
    expect(lm.unkLogProb).toBe(DEFAULT_UNK_LOGPROB);
  });

  test('the fixture covers every back-off path', () => {
    const kinds = new Set(queries.map((q) => q.kind));
    expect([...kinds].sort()).toEqual([
      'bigram-backoff',
      'bos-backoff',
      'bos-bigram',
      'bos-trigram',
      'end',
      'no-history',
      'trigram',
      'unigram-backoff',
      'unknown-history',
      'unknown-middle',
      'unknown-word',
    ]);
  });

  test.each(queries.map((q) => [q.kind, q.word, q.history.join(' '), q] as const))(
    '%s: P(%s | %s)',
    (kind, _w, _h, { history, word }) => {
      const [h1, h2] = history.slice(-2);
      const ctx = `${h1} ${h2} ${word}`;
      if (kind.endsWith('trigram')) expect(arpa.has(ctx)).toBe(true);
      if (kind.includes('backoff')) expect(arpa.has(ctx)).toBe(false);
      if (kind === 'bigram-backoff') expect(arpa.has(`${h2} ${word}`)).toBe(true);
      if (kind === 'unigram-backoff') expect(arpa.has(`${h2} ${word}`)).toBe(false);
      const ids = history.map((w) => lm.id(w));
      expect(ids.filter((id) => id < 0).length).toBe(history.filter((w) => !known(w)).length);
      const got = lm.logProb(ids, lm.id(word));
      expect(Math.abs(got - expected(history, word))).toBeLessThanOrEqual(TOLERANCE);
    },
  );

  test('sentence scores rank the real phrase above the spun one', () => {
    const score = (s: string): number => sentenceLogProb(lm, s.split(' '));
    expect(score('a think tank in washington')).toBeGreaterThan(
      score('a assume tank in washington'),
    );
  });
});

describe('loading', () => {
  test('memoized per path', () => {
    expect(loadLanguageModel()).toBe(lm);
  });

  test('missing file: LanguageModelError with the path', () => {
    expect(() => loadLanguageModel('/nonexistent/en-us.bin')).toThrow(
      new LanguageModelError('language model not found', '/nonexistent/en-us.bin'),
    );
  });

  test('lazy model reads the file on first use only', () => {
    const lazy = lazyLanguageModel('/nonexistent/lazy.bin');
    expect(lazy.order).toBe(3);
    expect(() => lazy.id('the')).toThrow(LanguageModelError);
    const real = lazyLanguageModel();
    expect(real.logProb([real.id('<s>')], real.id('the'))).toBe(
      lm.logProb([lm.id('<s>')], lm.id('the')),
    );
    expect(real.vocabularySize).toBe(72547);
  });
});
