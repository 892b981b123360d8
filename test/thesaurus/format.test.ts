import { describe, expect, test } from 'vitest';
import { parseThesaurus } from '../../src/dictionary/thesaurus.js';
import {
  fanoutChannelLogProb,
  decodeSections,
  encodeThesaurus,
  FLAG_FIRST_LEMMA,
  FLAG_MOBY,
  FLAG_MOBY_REVERSE,
  FLAG_WORDNET,
  FLAG_ALPHA,
  FLAG_WN_RULE,
  FLAG_PHRASE_TOP,
} from '../../src/dictionary/thesaurusFormat.js';

const log = Math.log10;

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
  return encodeThesaurus(rows, { originalsOrder: ['about', 'told'], header: { build: 'fixture' } });
}

describe('encodeThesaurus / parseThesaurus', () => {
  const thesaurus = parseThesaurus(fixture());

  test.each([
    ['informed', [{ text: 'told', sources: ['moby'], firstLemma: false, channel: log(0.6) }]],
    [
      'well-nigh',
      [
        { text: 'about', sources: ['moby', 'wordnet'], firstLemma: false, channel: log(0.6 + 0.3) },
        { text: 'almost', sources: ['wordnet'], firstLemma: true, channel: log(0.3) },
      ],
    ],
    ['by way of', [{ text: 'via', sources: ['moby'], firstLemma: false, channel: -1 }]],
    [
      'ünïcode',
      [{ text: 'café au lait', sources: ['wordnet'], firstLemma: false, channel: log(0.3) }],
    ],
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
      encodeThesaurus(new Map([['x', [{ text: 'w4999', flags: FLAG_WORDNET }]]]), {
        originalsOrder: many,
      }),
    );
    expect(t.originals('x')).toEqual([
      { text: 'w4999', sources: ['wordnet'], firstLemma: false, channel: log(0.3) },
    ]);
  });

  test('rule flags come back as `rules` (flags / 16) and leave the channel alone', () => {
    const t = parseThesaurus(
      encodeThesaurus(
        new Map([
          [
            'xiv',
            [
              { text: '14', flags: FLAG_WORDNET | FLAG_WN_RULE },
              { text: 'fourteen', flags: FLAG_WORDNET | FLAG_ALPHA | FLAG_PHRASE_TOP },
            ],
          ],
        ]),
      ),
    );
    expect(t.originals('xiv')).toEqual([
      { text: '14', sources: ['wordnet'], firstLemma: false, channel: log(0.3), rules: 2 },
      { text: 'fourteen', sources: ['wordnet'], firstLemma: false, channel: log(0.3), rules: 17 },
    ]);
  });

  test('an empty thesaurus has no keys', () => {
    const t = parseThesaurus(encodeThesaurus(new Map()));
    expect([t.size, t.maxPhraseWords, t.originals('a')]).toEqual([0, 0, []]);
  });

  test.each([
    ['no header line', new Uint8Array([1, 2, 3])],
    ['another format', new TextEncoder().encode('{"format":"other"}\n')],
  ])('rejects %s', (_name, bytes) => {
    expect(() => parseThesaurus(bytes)).toThrow(/thesaurus/);
  });

  test('given fan-outs are stored and used for the channel', () => {
    const t = parseThesaurus(
      encodeThesaurus(rows, { fanouts: new Map([['told', [4, 0, 2] as const]]) }),
    );
    expect(t.originals('informed')[0]?.channel).toBe(log(0.6 / 4));
    expect(t.originals('by way of')[0]?.channel).toBe(-99); // via: no fan-out given
  });
});

describe('fanoutChannelLogProb', () => {
  test.each([
    [FLAG_MOBY, [2, 5, 10], log(0.3)],
    [FLAG_WORDNET | FLAG_FIRST_LEMMA, [2, 3, 10], log(0.1)],
    [FLAG_MOBY_REVERSE, [2, 5, 10], log(0.01)],
    [FLAG_MOBY | FLAG_WORDNET, [6, 3, 0], log(0.2)],
    [FLAG_MOBY, [0, 0, 0], -99],
  ] as const)('flags %i, fan-outs %j', (flags, fan, expected) => {
    expect(fanoutChannelLogProb(flags, fan)).toBeCloseTo(expected, 12);
  });
});

describe('spunForms (forward lookup)', () => {
  const thesaurus = parseThesaurus(
    encodeThesaurus(
      new Map([
        ['informed', [{ text: 'told', flags: FLAG_MOBY }]],
        [
          'notified',
          [
            { text: 'warned', flags: FLAG_WORDNET },
            { text: 'told', flags: FLAG_MOBY },
          ],
        ],
        ['advised', [{ text: 'told', flags: FLAG_MOBY_REVERSE }]],
      ]),
    ),
  );

  test.each([
    ['told', ['advised', 'informed', 'notified']],
    ['warned', ['notified']],
    ['informed', []],
    ['nothing', []],
  ])('spunForms(%j)', (original, expected) => {
    expect(thesaurus.spunForms(original)).toEqual(expected);
  });
});
