import { describe, expect, test } from 'vitest';
import { thesaurusRelated } from '../../src/learn/thesaurusRelated.js';
import type { Thesaurus } from '../../src/types.js';

const LISTS: Record<string, string[]> = {
  informed: ['told'],
  company: ['agency'],
  regulation: ['law'],
};
const thesaurus: Thesaurus = {
  maxPhraseWords: 1,
  originals: (w) =>
    (LISTS[w] ?? []).map((text) => ({ text, sources: ['moby'], firstLemma: false })),
};
const related = thesaurusRelated(thesaurus);

describe('thesaurusRelated', () => {
  test.each([
    ['Informed', 'told', true],
    ['companies', 'agencies', true],
    ['nationwide', 'national', true],
    ['told', 'informed', false],
    ['regulation', 'rule', false],
    ['the', 'a', false],
    ['to', 'of', false],
  ])('%s for %s: %s', (spun, original, want) => expect(related(spun, original)).toBe(want));
});
