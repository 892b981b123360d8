import { describe, expect, test } from 'vitest';
import { DictionaryError } from '../../src/dictionary/errors.js';
import { parseDictionary } from '../../src/dictionary/parse.js';
import { isFlagOnly, phraseWords } from '../../src/core/phraseEntry.js';

const T = '\t';
const line = (...cols: string[]): string => cols.join(T);

function errorOf(text: string): DictionaryError {
  try {
    parseDictionary(text, 'd', 'dicts/d.tsv');
  } catch (error) {
    if (error instanceof DictionaryError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('parseDictionary errors name file and line', () => {
  test.each([
    ['too few columns', line('a b', 'c', '-', 'x'), 'expected 5 tab-separated columns, found 4'],
    [
      'too many columns',
      line('a b', 'c', '-', 'x', '1', 'y'),
      'expected 5 tab-separated columns, found 6',
    ],
    ['empty spun', line(' ', 'c', '-', 'x', '1'), "empty field 'spun'"],
    ['empty canonical', line('a b', '', '-', 'x', '1'), "empty field 'canonical'"],
    ['empty source', line('a b', 'c', '-', '', '1'), "empty field 'source'"],
    ['empty prior', line('a b', 'c', '-', 'x', ''), "empty field 'prior'"],
    ['empty alternative', line('a b', 'c||d', '-', 'x', '1'), 'empty alternative in canonical'],
    ['spun without words', line('  ', 'c', '-', 'x', '1'), "empty field 'spun'"],
    ['unknown flag', line('a b', 'c', 'sugest', 'x', '1'), "unknown flag 'sugest'"],
    ['repeated suggest', line('a b', 'c', 'suggest,suggest', 'x', '1'), "repeated flag 'suggest'"],
    ['repeated channel', line('a b', 'c', 'channel,channel', 'x', '1'), "repeated flag 'channel'"],
    ['channel with a value', line('a b', 'c', 'channel=1', 'x', '1'), "unknown flag 'channel=1'"],
    ['and without term', line('a b', 'c', 'and=', 'x', '1'), "flag 'and' needs a term: and=TERM"],
    ['not without term', line('a b', 'c', 'not', 'x', '1'), "flag 'not' needs a term: not=TERM"],
    [
      'bad near',
      line('a b', 'c', 'near=x', 'x', '1'),
      "bad near 'x': expected a whole number from 1 to 1000",
    ],
    [
      'near zero',
      line('a b', 'c', 'near=0', 'x', '1'),
      "bad near '0': expected a whole number from 1 to 1000",
    ],
    ['repeated near', line('a b', 'c', 'near=2,near=3', 'x', '1'), "repeated flag 'near'"],
    [
      'bad pos',
      line('a b', 'c', 'pos=noon', 'x', '1'),
      "bad pos 'noon': expected noun, verb, adj, adv or other",
    ],
    ['prior zero', line('a b', 'c', '-', 'x', '0'), "bad prior '0': expected a number in (0, 1]"],
    [
      'prior above one',
      line('a b', 'c', '-', 'x', '1.5'),
      "bad prior '1.5': expected a number in (0, 1]",
    ],
    [
      'prior not a number',
      line('a b', 'c', '-', 'x', 'high'),
      "bad prior 'high': expected a number in (0, 1]",
    ],
    [
      'negative prior',
      line('a b', 'c', '-', 'x', '-0.5'),
      "bad prior '-0.5': expected a number in (0, 1]",
    ],
    [
      'source with space',
      line('a b', 'c', '-', 'my src', '1'),
      "bad source 'my src': expected one token without spaces",
    ],
    ['example first', '>\ta b => c', 'example without a preceding entry'],
    [
      'example without arrow',
      `${line('a b', 'c', '-', 'x', '1')}\n>\ta b -> c`,
      "bad example: expected '>\\tspun sentence => restored sentence'",
    ],
    ['bad header', '#! no colon here', "bad header: expected '#! key: value'"],
    [
      'unknown infer',
      '#! infer: word-swap',
      "bad header: infer must be 'word-swaps' (got 'word-swap')",
    ],
  ])('%s', (_name, text, reason) => {
    const error = errorOf(`# comment\n\n${text}`);
    const lineNo = text.includes('\n') ? 4 : 3;
    expect(error.reason).toBe(reason);
    expect(error.file).toBe('dicts/d.tsv');
    expect(error.line).toBe(lineNo);
    expect(error.message).toBe(`dicts/d.tsv:${lineNo}: ${reason}`);
  });
});

describe('parseDictionary', () => {
  const text = [
    '\ufeff#! name: Demo',
    '#! Licence: MIT',
    '# a comment',
    '',
    line(
      'White  Home’s',
      'white house|the white house',
      'suggest,and=press,and=the senate,not=x y,near=2,pos=noun',
      'curated+pps',
      '0.75',
    ),
    '>\tThe White Home said. => The White House said.',
    '>\tA => B => C ignored? no',
    line('U.Due south.', 'U.S.', '-', 'curated', '1'),
    line('foo bar', '?', 'suggest', 'pps', '.5'),
  ];

  test('entries, flags, meta and examples', () => {
    const bad = errorOf(text.join('\n'));
    expect(bad.message).toBe(
      "dicts/d.tsv:7: bad example: expected '>\\tspun sentence => restored sentence'",
    );
    const good = text.filter((l) => !l.includes('ignored')).join('\r\n');
    const dict = parseDictionary(good, 'demo', 'demo.tsv');
    expect(dict.meta).toEqual({ name: 'Demo', licence: 'MIT' });
    expect(dict.entries).toEqual([
      {
        spun: 'White  Home’s',
        words: ['white', "home's"],
        canonical: ['white house', 'the white house'],
        suggestOnly: true,
        conditions: { requires: ['press', 'the senate'], excludes: ['x y'], proximity: 2 },
        pos: 'noun',
        source: 'curated+pps',
        prior: 0.75,
        dictionary: 'demo',
        line: 5,
        examples: [{ spun: 'The White Home said.', restored: 'The White House said.' }],
      },
      {
        spun: 'U.Due south.',
        words: ['u.', 'due', 'south', '.'],
        canonical: ['U.S.'],
        suggestOnly: false,
        conditions: { requires: [], excludes: [] },
        source: 'curated',
        prior: 1,
        dictionary: 'demo',
        line: 7,
        examples: [],
      },
      {
        spun: 'foo bar',
        words: ['foo', 'bar'],
        canonical: ['?'],
        suggestOnly: true,
        conditions: { requires: [], excludes: [] },
        source: 'pps',
        prior: 0.5,
        dictionary: 'demo',
        line: 8,
        examples: [],
      },
    ]);
    expect(dict.entries.map(isFlagOnly)).toEqual([false, false, true]);
  });

  test('a channel entry', () => {
    const dict = parseDictionary(
      line('mentioned', 'said', 'channel', 'curated', '0.85'),
      'w',
      'w.tsv',
    );
    expect(dict.entries[0]).toEqual({
      spun: 'mentioned',
      words: ['mentioned'],
      canonical: ['said'],
      suggestOnly: false,
      channel: true,
      conditions: { requires: [], excludes: [] },
      source: 'curated',
      prior: 0.85,
      dictionary: 'w',
      line: 1,
      examples: [],
    });
  });

  test('the lower flag', () => {
    const dict = parseDictionary(
      line('search engines like google', 'search engines', 'channel,lower', 'curated', '0.8'),
      'w',
      'w.tsv',
    );
    expect(dict.entries[0]?.lowercase).toBe(true);
    expect(dict.entries[0]?.channel).toBe(true);
    expect(() => parseDictionary(line('a b', 'c', 'lower,lower', 'x', '1'), 'w', 'w.tsv')).toThrow(
      "w.tsv:1: repeated flag 'lower'",
    );
  });

  test.each([
    ['a  b\nc', ['a', 'b', 'c']],
    ['Mexico’s CONSULATE', ["mexico's", 'consulate']],
    ['10-crease cross', ['10', '-', 'crease', 'cross']],
    ['6th era (6G)', ['6th', 'era', '(', '6g', ')']],
  ])('phraseWords(%j)', (text, words) => {
    expect(phraseWords(text)).toEqual(words);
  });
});
