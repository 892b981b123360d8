// The family evidence: fingerprints of candidates, the counts of a text, the posterior.
import { describe, expect, test } from 'vitest';
import {
  addCounts,
  EMPTY_COUNTS,
  familyCounts,
  familyPosterior,
  fingerprintsOf,
  type FamilyCounts,
} from '../../src/core/familyEvidence.js';
import type { TypeStats } from '../../src/core/decode/typeEvidence.js';
import type { WordCandidate } from '../../src/core/wordCandidate.js';
import { FAMILY_PRIOR } from '../../src/core/familyRates.js';

function candidate(written: string, original: string, rules = 0, last = 0): WordCandidate {
  return {
    first: 0,
    last,
    text: original,
    ids: [],
    typeKey: `${written}→${original}`,
    original: { text: original, sources: ['wordnet'], firstLemma: false, rules },
    channel: -1,
  };
}

function types(rows: ReadonlyArray<readonly [WordCandidate, number]>): Map<string, TypeStats> {
  return new Map(
    rows.map(([c, sum]) => [c.typeKey, { members: [c], gains: [sum], sum, max: sum }]),
  );
}

/** Counts of `n` types with the given hits for one fingerprint, the others none. */
function counts(n: number, hits: Partial<FamilyCounts['hits']>, sure = {}): FamilyCounts {
  return { ...EMPTY_COUNTS, types: n, words: 2 * n, hits: { ...EMPTY_COUNTS.hits, ...hits }, sure };
}

describe('fingerprintsOf', () => {
  test.each([
    [0, 0, []],
    [1, 0, ['alpha']],
    [2, 0, ['wordnet']],
    [4, 0, []],
    [8, 0, ['frequent']],
    [16, 0, ['phrase']],
    [3, 0, ['alpha', 'wordnet']],
    [0, 1, ['phrase']],
  ])('rules %i over %i more slots: %j', (rules, extra, want) => {
    expect([...fingerprintsOf(candidate('a', 'b', rules, extra))]).toEqual(want);
  });

  test.each([
    ['news-spinner-words', ['curated']],
    ['wordnet-spinner', ['wordnet']],
    ['my-own', []],
  ])('a curated swap of %s', (dictionary, want) => {
    const c = candidate('mentioned', 'said');
    const spinner = { prior: 0.5, dictionary, family: 'curated' };
    expect([...fingerprintsOf({ ...c, original: { ...c.original, spinner } })]).toEqual(want);
  });

  test('an original of several words for one written word is no phrase swap', () => {
    expect([...fingerprintsOf(candidate('owing', 'because of'))]).toEqual([]);
  });
});

describe('familyCounts', () => {
  const rows = types([
    [candidate('astute', 'smart', 1), 3.5], // alpha, strong
    [candidate('astute', 'clever', 2), 1.5], // wordnet, medium
    [candidate('xiv', '14', 2), 1], // wordnet, medium (at the bound)
    [candidate('fine', 'good', 8), 0.5], // frequent, below
    [candidate('ran', 'walked'), 4], // no fingerprint: a supported swap all the same
  ]);
  const c = familyCounts(rows, 30, ['wordnet-spinner', 'tortured-phrases', 'my-own']);

  test('one observation per written word, its best candidate per fingerprint', () => {
    expect(c.types).toBe(4);
    expect(c.words).toBe(30);
    expect(c.hits).toEqual({
      alpha: [0, 1],
      wordnet: [2, 0],
      frequent: [0, 0],
      phrase: [0, 0],
      curated: [0, 0],
    });
  });

  test('sure phrases count for the family of their dictionary; others not at all', () => {
    expect(c.sure).toEqual({ wordnet: 1, tortured: 1 });
  });

  test('the supported swaps: the best per written word, strongest first', () => {
    expect(c.swaps.map((s) => [s.written, s.original, s.gain, s.fingerprints])).toEqual([
      ['ran', 'walked', 4, []],
      ['astute', 'smart', 3.5, ['alpha']],
      ['xiv', '14', 1, ['wordnet']],
    ]);
  });

  test('addCounts adds every count', () => {
    const twice = addCounts(c, c);
    expect([twice.types, twice.words, twice.hits.wordnet, twice.sure]).toEqual([
      8,
      60,
      [4, 0],
      { wordnet: 2, tortured: 2 },
    ]);
    expect(twice.swaps.length).toBe(6);
  });
});

describe('familyPosterior', () => {
  test('no evidence: the prior, and none is the likeliest', () => {
    const p = familyPosterior(EMPTY_COUNTS);
    expect(p.family).toBe('none');
    // tortured: its prior times P(no tortured phrase | tortured), renormalized
    const tortured = FAMILY_PRIOR.tortured * 0.02;
    const total = 1 - FAMILY_PRIOR.tortured + tortured;
    expect(p.posterior.alpha).toBeCloseTo(FAMILY_PRIOR.alpha / total, 12);
    expect(p.posterior.tortured).toBeCloseTo(tortured / total, 12);
    expect(p.spun).toBeCloseTo(1 - FAMILY_PRIOR.none / total, 12);
  });

  test.each([
    // a 30-word text (14 written words with a candidate): two strong alphabetical swaps
    ['short alphabetical', counts(14, { alpha: [0, 2] }), 'alpha', 0.491, 0.71],
    // one strong alphabetical swap in 14: not enough (a novel shows one in 150 written words)
    ['one alphabetical swap', counts(14, { alpha: [0, 1] }), 'none', 0.554, 0.446],
    // 300 written words with as many hits as genuine text shows
    [
      'genuine rates',
      counts(300, { alpha: [9, 2], wordnet: [10, 2], phrase: [14, 7] }),
      'none',
      0.997,
      0.003,
    ],
    ['WordNet spinner', counts(60, { wordnet: [4, 3], alpha: [2, 1] }), 'wordnet', 0.553, 0.601],
    ['paraphraser', counts(60, { phrase: [3, 6] }), 'paraphraser', 0.699, 0.705],
    ['two sure WordNet phrases', counts(14, {}, { wordnet: 2 }), 'wordnet', 0.9, 0.922],
    ['a sure tortured phrase', counts(14, {}, { tortured: 1 }), 'tortured', 0.513, 0.644],
    ['three sure tortured phrases', counts(14, {}, { tortured: 3 }), 'tortured', 0.993, 0.995],
    // a short copy of a curated news spinner: one sure phrase, four of its word swaps
    ['short news copy', counts(30, { curated: [2, 2] }, { news: 1 }), 'news', 0.909, 0.917],
  ] as const)('%s: %s at %f, P(spun) %f', (_name, c, family, p, spun) => {
    const found = familyPosterior(c);
    expect(found.family).toBe(family);
    expect(found.posterior[family]).toBeCloseTo(p, 3);
    expect(found.spun).toBeCloseTo(spun, 3);
  });
});
