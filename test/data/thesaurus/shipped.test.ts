// Facts about the shipped reversed thesaurus (dictionaries/thesaurus/reversed.bin).
import { describe, expect, test } from 'vitest';
import { loadThesaurus } from '../../../src/dictionary/thesaurus.js';

const thesaurus = loadThesaurus();

function find(spun: string, original: string) {
  return thesaurus.originals(spun).find((c) => c.text === original);
}

describe('shipped reversed thesaurus', () => {
  test.each([
    // spun, original, a source that must list the pair, firstLemma
    ['informed', 'told', 'moby', false], // tell -> inform, inflected
    ['mentioned', 'said', 'moby', false],
    ['companies', 'agencies', 'moby', false], // agency -> company, plural
    ['workplace', 'office', 'moby', false],
    ['by way of', 'via', 'moby', false], // Moby head "by way of" lists "via"
    ['in line with', 'according to', 'moby', false],
    ['state of affairs', 'situation', 'wordnet', false],
    ['well-nigh', 'about', 'wordnet', false], // about, almost, …, well-nigh: not the first lemma
    ['information technology', 'it', 'wordnet', true],
    ['due south', 's', 'wordnet', false],
    ['xiv', '14', 'wordnet', false],
    ['wellness', 'health', 'wordnet', false],
    ['final', 'last', 'wordnet', true],
    ['metropolis', 'city', 'moby', false],
  ] as const)('%s <- %s (%s, firstLemma %s)', (spun, original, source, firstLemma) => {
    const hit = find(spun, original);
    expect(hit?.sources).toContain(source);
    expect(hit?.firstLemma).toBe(firstLemma);
  });

  test('IT is the only original of "information technology", by three rules', () => {
    // rules 7: alphabetically first, first lemma of the commonest sense, a lemma of it.
    expect(thesaurus.originals('information technology')).toEqual([
      { text: 'it', sources: ['wordnet'], firstLemma: true, channel: Math.log10(0.3), rules: 7 },
    ]);
  });

  test.each(['qwzxv', 'the', '', 'by way of the'])('no entry for %j', (spun) => {
    expect(thesaurus.originals(spun)).toEqual([]);
  });

  test('phrase keys are at most 6 words', () => {
    expect(thesaurus.maxPhraseWords).toBe(6);
  });

  test('keys are sorted and unique, lists capped at 40 (then rule pairs only), no self pairs', () => {
    const keys = thesaurus.keys();
    const unsorted = keys.filter((k, i) => i > 0 && !((keys[i - 1] ?? '') < k));
    expect(unsorted).toEqual([]);
    const sample = keys.filter((_, i) => i % 97 === 0);
    const bad = sample.filter((k) => {
      const list = thesaurus.originals(k);
      const beyond = list.slice(40).filter((c) => (c.rules ?? 0) === 0);
      return list.length === 0 || beyond.length > 0 || list.some((c) => c.text === k);
    });
    expect(bad).toEqual([]);
  });

  test.each([
    ['told', 'informed'],
    ['about', 'well-nigh'],
    ['via', 'by way of'],
  ])('spunForms(%j) includes %j', (original, spun) => {
    expect(thesaurus.spunForms(original)).toContain(spun);
  });
});
