import { describe, expect, test } from 'vitest';
import { parseDictionary } from '../../src/dictionary/parse.js';
import { validateDictionary } from '../../src/dictionary/validate.js';
import type { Dictionary } from '../../src/types.js';

const entry = (spun: string, canonical: string, flags = '-'): string =>
  [spun, canonical, flags, 'test', '0.9'].join('\t');

const problemsOf = (lines: string[]): string[] =>
  validateDictionary(parseDictionary(lines.join('\n'), 't', 't.tsv')).map(
    (p) => `${p.file}:${p.line}: ${p.message}`,
  );

describe('validateDictionary', () => {
  test.each([
    ['clean', [entry('white home', 'white house'), entry('assume tank', 'think tank')], []],
    [
      'duplicate (after normalization)',
      [entry('white home', 'white house'), entry('WHITE  Home', 'white house')],
      ["t.tsv:2: duplicate spun phrase 'WHITE  Home' (first at line 1)"],
    ],
    [
      'identity',
      [entry('Think Tank', 'think  tank')],
      ["t.tsv:1: identity mapping: 'Think Tank' restores to itself"],
    ],
    [
      'identity in an alternative',
      [entry('a b', 'c|a  b')],
      ["t.tsv:1: identity mapping: 'a b' restores to itself"],
    ],
    // Issue 15, defect 2: an entry that only fixes case is an entry, and settles.
    ['a case fix is no identity', [entry('new york', 'New York'), entry('a b', 'c|A B')], []],
    [
      'loop',
      [entry('a b', 'c d'), entry('c d', 'a b')],
      [
        "t.tsv:1: loop: 'a b' -> 'c d' -> 'a b' (line 2)",
        "t.tsv:2: loop: 'c d' -> 'a b' -> 'c d' (line 1)",
      ],
    ],
    [
      'chain',
      [entry('a b', 'c d'), entry('c d', 'e f')],
      ["t.tsv:1: chain: canonical 'c d' is itself a spun phrase (line 2)"],
    ],
    [
      're-trigger',
      [entry('united states', 'the united states of america')],
      [
        "t.tsv:1: canonical 'the united states of america' contains the spun phrase: applying it would match again",
      ],
    ],
    [
      'unknown canonical without suggest',
      [entry('foo bar', '?')],
      ["t.tsv:1: unknown canonical '?' needs the 'suggest' flag"],
    ],
    ['unknown canonical with suggest', [entry('foo bar', '?', 'suggest')], []],
    [
      'unknown canonical among alternatives',
      [entry('foo bar', 'baz|?', 'suggest')],
      ["t.tsv:1: unknown canonical '?' cannot have alternatives"],
    ],
    [
      'example that does not show the phrase',
      [entry('white home', 'white house'), '>\tThe White House said. => The White House said.'],
      ["t.tsv:1: example 'The White House said.' does not contain the spun phrase"],
    ],
    [
      'channel swaps may loop (spinners swap both ways) and drop words',
      [
        entry('focused', 'targeted', 'channel'),
        entry('targeted', 'focused', 'channel'),
        entry('primarily based', 'based', 'channel'),
      ],
      [],
    ],
    [
      'channel entries still may not restore to themselves',
      [entry('home', 'house|home', 'channel')],
      ["t.tsv:1: identity mapping: 'home' restores to itself"],
    ],
    [
      'channel with suggest, near or an unknown canonical',
      [
        entry('a b', 'c', 'channel,suggest'),
        entry('d e', 'f', 'channel,near=2'),
        entry('g h', '?', 'channel,suggest'),
      ],
      [
        "t.tsv:1: flags 'channel' and 'suggest' cannot go together",
        "t.tsv:2: flags 'channel' and 'near' cannot go together",
        "t.tsv:3: a 'channel' entry needs a canonical, not '?'",
        "t.tsv:3: flags 'channel' and 'suggest' cannot go together",
      ],
    ],
    [
      'example with an inflected phrase',
      [entry('white home', 'white house'), '>\tTwo white homes. => Two white houses.'],
      [],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(problemsOf(lines)).toEqual(expected);
  });

  test('empty fields of a dictionary built in code', () => {
    const dict: Dictionary = {
      name: 'x',
      origin: 'x.tsv',
      meta: {},
      entries: [
        {
          spun: '',
          words: [],
          canonical: [],
          suggestOnly: false,
          conditions: { requires: [], excludes: [] },
          source: '',
          prior: 0,
          dictionary: 'x',
          line: 3,
          examples: [],
        },
      ],
    };
    expect(validateDictionary(dict).map((p) => p.message)).toEqual([
      "empty field 'spun'",
      "empty field 'canonical'",
      "empty field 'source'",
      'bad prior 0: expected (0, 1]',
    ]);
  });
});
