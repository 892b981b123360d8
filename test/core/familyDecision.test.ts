// The family a text shows weighs a thesaurus swap: its rule run backwards speaks for the swaps
// with its fingerprint, and the swaps it would not make are damped.
import { describe, expect, test } from 'vitest';
import { genuineFactor, offRuleFactor, ruleProbability } from '../../src/core/familyDecision.js';
import type { FamilyPosterior, SpinFamily } from '../../src/core/familyEvidence.js';
import { spinnerProbability } from '../../src/core/spinnerDecision.js';
import type { WordCandidate } from '../../src/core/wordCandidate.js';
import {
  GENUINE_MIN_OBSERVATIONS,
  GENUINE_RATE,
  OFF_RULE_RATE,
  RULE_PRIOR,
} from '../../src/core/tuning.js';
import type { ThesaurusCandidate } from '../../src/types.js';

function candidate(rules: number, extra: Partial<ThesaurusCandidate> = {}): WordCandidate {
  return {
    first: 3,
    last: 3,
    text: 'smart',
    ids: [],
    typeKey: 'astute→smart',
    original: { text: 'smart', sources: ['moby'], firstLemma: false, rules, ...extra },
    channel: -1,
  };
}

/** A text of `family` with probability `p`, the rest genuine, from `observations` words. */
function kind(family: SpinFamily, p: number, observations = 200): FamilyPosterior {
  const posterior = { news: 0, wordnet: 0, alpha: 0, paraphraser: 0, tortured: 0, none: 1 - p };
  return { family, posterior: { ...posterior, [family]: p }, spun: p, observations };
}

describe('ruleProbability', () => {
  test.each([
    ['an alphabetical swap in an alphabetical text', 1, kind('alpha', 0.9), true],
    ['a WordNet-rule swap in a WordNet text', 2, kind('wordnet', 0.9), true],
    ['a WordNet-rule swap in an alphabetical text', 2, kind('alpha', 0.9), false],
    ['an alphabetical swap in a news text (no rule)', 1, kind('news', 0.9), false],
    ['an alphabetical swap in genuine text', 1, kind('none', 0.9), false],
  ] as const)('%s', (_name, rules, k, speaks) => {
    const p = ruleProbability(candidate(rules), 2, 3, k);
    expect(p).toBe(speaks ? spinnerProbability(RULE_PRIOR, 0.9, 2, 3) : 0);
  });

  test('a paraphraser: no rule evidence, even for the paraphrase its rule writes; no damping', () => {
    const phrase = { ...candidate(0), last: 4 };
    expect(ruleProbability(phrase, 2, 3, kind('paraphraser', 0.9))).toBe(0);
    expect(ruleProbability(candidate(16), 2, 3, kind('paraphraser', 0.9))).toBe(0);
    expect(offRuleFactor(candidate(1), kind('paraphraser', 0.9))).toBe(1);
  });

  test('no family known: nothing', () => {
    expect(ruleProbability(candidate(1), 2, 3, undefined)).toBe(0);
  });

  test('a sure family and strong LM support make a likely change; a weak family does not', () => {
    expect(ruleProbability(candidate(1), 3, 5, kind('alpha', 0.95))).toBeGreaterThan(0.9);
    expect(ruleProbability(candidate(1), 3, 3, kind('alpha', 0.2))).toBeLessThan(0.8);
  });
});

describe('offRuleFactor', () => {
  const damped = 1 - 0.8 * (1 - OFF_RULE_RATE);
  test.each([
    ['a news-list swap in a WordNet text', candidate(0), kind('wordnet', 0.8), damped],
    ['an alphabetical swap in a WordNet text', candidate(1), kind('wordnet', 0.8), damped],
    [
      'a WordNet-rule swap WordNet lists, in a WordNet text',
      candidate(2, { sources: ['wordnet'] }),
      kind('wordnet', 0.8),
      1,
    ],
    [
      "a curated swap of the WordNet spinner's own list",
      candidate(0, { spinner: { prior: 0.6, dictionary: 'wordnet-spinner', family: 'x' } }),
      kind('wordnet', 0.8),
      1,
    ],
    [
      "a news spinner's curated swap in a WordNet text",
      candidate(0, { spinner: { prior: 0.6, dictionary: 'news-spinner-words', family: 'x' } }),
      kind('wordnet', 0.8),
      damped,
    ],
    [
      "a swap of the user's own dictionary (a learned spinner)",
      candidate(0, { spinner: { prior: 0.6, dictionary: 'alpha', family: 'learned-alpha' } }),
      kind('wordnet', 0.8),
      1,
    ],
    [
      'a WordNet pair in a WordNet text (any sense)',
      candidate(0, { sources: ['wordnet'] }),
      kind('wordnet', 0.8),
      1,
    ],
    ['a WordNet-rule swap in an alphabetical text', candidate(2), kind('alpha', 0.8), damped],
    ['any swap in a paraphrased text', candidate(0), kind('paraphraser', 0.8), 1],
    ['any swap in a news text', candidate(0), kind('news', 0.8), 1],
    ['any swap in genuine text', candidate(0), kind('none', 0.8), 1],
  ] as const)('%s', (_name, c, k, factor) => {
    expect(offRuleFactor(c, k)).toBeCloseTo(factor, 12);
  });
});

describe('genuineFactor', () => {
  test.each([
    ['a text surely genuine', kind('alpha', 0), 1 - (1 - GENUINE_RATE)],
    ['a text surely spun', kind('alpha', 1), 1],
    ['even odds', kind('wordnet', 0.5), 1 - 0.5 * (1 - GENUINE_RATE)],
    ['no evidence known', undefined, 1],
    [
      'a short text surely genuine: too few words to trust it',
      kind('alpha', 0, GENUINE_MIN_OBSERVATIONS - 1),
      1,
    ],
  ] as const)('%s', (_name, k, factor) => {
    expect(genuineFactor(k)).toBeCloseTo(factor, 12);
  });
});
