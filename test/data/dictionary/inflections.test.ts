// The shipped inflection table (WordNet exceptions, dictionaries/wordnet-exceptions.tsv).
import { describe, expect, test } from 'vitest';
import { loadInflections } from '../../../src/dictionary/inflections.js';

describe('loadInflections (shipped WordNet exceptions)', () => {
  const inflections = loadInflections();
  test.each([
    ['lemmas', 'went', 'verb', ['go']],
    ['lemmas', 'geese', 'noun', ['goose']],
    ['lemmas', 'children', 'noun', ['child']],
    ['lemmas', 'best', 'adj', ['good']],
    ['lemmas', 'best', 'other', ['good', 'well']],
    ['forms', 'mouse', 'noun', ['mice']],
    ['lemmas', 'houses', 'noun', []],
  ] as const)('%s(%s, %s)', (method, word, pos, expected) => {
    expect(inflections[method](word, pos)).toEqual(expected);
  });

  test('is cached', () => {
    expect(loadInflections()).toBe(inflections);
  });
});
