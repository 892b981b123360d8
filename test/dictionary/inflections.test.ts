// The inflection table's parser, on small tables (the shipped table: test/data/dictionary).
import { describe, expect, test } from 'vitest';
import { DictionaryError } from '../../src/dictionary/errors.js';
import { parseInflections } from '../../src/dictionary/inflections.js';

describe('parseInflections', () => {
  const table = parseInflections(
    '# comment\n\nnoun\tmice\tmouse\nverb\twent\tgo\nverb\tbetter\tbet\nadj\tbetter\tgood\nadj\tbetter\twell\n',
  );

  test.each([
    ['lemmas', 'mice', 'noun', ['mouse']],
    ['lemmas', 'Mice', 'noun', ['mouse']],
    ['lemmas', 'mice', 'verb', []],
    ['lemmas', 'better', 'adj', ['good', 'well']],
    ['lemmas', 'better', 'other', ['bet', 'good', 'well']],
    ['forms', 'go', 'verb', ['went']],
    ['forms', 'good', 'adj', ['better']],
    ['forms', 'mouse', 'other', ['mice']],
  ] as const)('%s(%s, %s)', (method, word, pos, expected) => {
    expect(table[method](word, pos)).toEqual(expected);
  });

  test.each([
    ['noun\tmice', 'x.tsv:1: expected 3 tab-separated columns, found 2'],
    ['name\tmice\tmouse', "x.tsv:1: bad pos 'name': expected noun, verb, adj or adv"],
    ['noun\t\tmouse', 'x.tsv:1: empty field'],
  ])('error for %j', (line, message) => {
    expect(() => parseInflections(line, 'x.tsv')).toThrow(DictionaryError);
    expect(() => parseInflections(line, 'x.tsv')).toThrow(message);
  });
});
