import { describe, expect, test } from 'vitest';
import { parseThesaurus } from '../../src/dictionary/thesaurus.js';
import {
  decodeSections,
  encodeThesaurus,
  FLAG_FIRST_LEMMA,
  FLAG_MOBY,
  FLAG_MOBY_REVERSE,
  FLAG_WORDNET,
} from '../../src/dictionary/thesaurusFormat.js';

const rows = new Map([
  ['informed', [{ text: 'told', flags: FLAG_MOBY }]],
  [
    'well-nigh',
    [
      { text: 'about', flags: FLAG_WORDNET | FLAG_MOBY },
      { text: 'almost', flags: FLAG_WORDNET | FLAG_FIRST_LEMMA },
    ],
  ],
  ['by way of', [{ text: 'via', flags: FLAG_MOBY_REVERSE }]],
  ['ünïcode', [{ text: 'café au lait', flags: FLAG_WORDNET }]],
]);

function fixture(): Uint8Array {
  return encodeThesaurus(rows, ['about', 'told'], { build: 'fixture' });
}

describe('encodeThesaurus / parseThesaurus', () => {
  const thesaurus = parseThesaurus(fixture());

  test.each([
    ['informed', [{ text: 'told', sources: ['moby'], firstLemma: false }]],
    [
      'well-nigh',
      [
        { text: 'about', sources: ['moby', 'wordnet'], firstLemma: false },
        { text: 'almost', sources: ['wordnet'], firstLemma: true },
      ],
    ],
    ['by way of', [{ text: 'via', sources: ['moby'], firstLemma: false }]],
    ['ünïcode', [{ text: 'café au lait', sources: ['wordnet'], firstLemma: false }]],
    ['unknown', []],
    ['', []],
    ['informe', []],
    ['informedx', []],
  ])('originals(%j)', (spun, expected) => {
    expect(thesaurus.originals(spun)).toEqual(expected);
  });

  test('keys are sorted, header carries maxPhraseWords and extra fields', () => {
    expect(thesaurus.keys()).toEqual(['by way of', 'informed', 'well-nigh', 'ünïcode']);
    expect(thesaurus.size).toBe(4);
    expect(thesaurus.maxPhraseWords).toBe(3);
    expect(thesaurus.header.build).toBe('fixture');
  });

  test('originals are numbered in the given order, then first use', () => {
    expect(decodeSections(fixture()).originals).toEqual([
      'about',
      'told',
      'via',
      'almost',
      'café au lait',
    ]);
  });

  test('repeated lookups return the same (memoized) array', () => {
    expect(thesaurus.originals('informed')).toBe(thesaurus.originals('informed'));
  });

  test('encoding is deterministic', () => {
    expect(fixture()).toEqual(fixture());
  });

  test('large original indexes survive the varint encoding', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    const t = parseThesaurus(
      encodeThesaurus(new Map([['x', [{ text: 'w4999', flags: FLAG_WORDNET }]]]), many),
    );
    expect(t.originals('x')).toEqual([{ text: 'w4999', sources: ['wordnet'], firstLemma: false }]);
  });

  test('an empty thesaurus has no keys', () => {
    const t = parseThesaurus(encodeThesaurus(new Map(), []));
    expect([t.size, t.maxPhraseWords, t.originals('a')]).toEqual([0, 0, []]);
  });

  test.each([
    ['no header line', new Uint8Array([1, 2, 3])],
    ['another format', new TextEncoder().encode('{"format":"other"}\n')],
  ])('rejects %s', (_name, bytes) => {
    expect(() => parseThesaurus(bytes)).toThrow(/thesaurus/);
  });
});
