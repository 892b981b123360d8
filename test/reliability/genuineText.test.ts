// Defect 1 (issue 15): genuine text rewritten at confidence 1.00 ("to her bosom" -> "to her
// breast": the `and=breast` condition is met by any genuine use of the canonical word; Moby-Dick's
// "A Bosom Friend"; the GFDL's "works" -> "children"). Defect 5: suggestions flooded genuine text.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { restore } from '../../src/core/restore.js';
import { keptSuggestions } from '../../src/core/suggestionPolicy.js';
import { loadBuiltinDictionaries } from '../../src/dictionary/load.js';
import { parseDictionary } from '../../src/dictionary/parse.js';
import type { Edit, RestoreResult, SuggestionLevel } from '../../src/types.js';
import {
  APACHE_LICENCE,
  devText,
  fullEngine,
  MOBY_CHAPTER_10,
  MOBY_CHAPTER_16,
} from './fullEngine.js';

const GFDL = '/usr/share/common-licenses/GFDL-1.3';

const memo = new Map<string, RestoreResult>();
/** The full engine's result, once per text and level (the engine takes seconds on a chapter). */
function restored(text: string, suggestions: SuggestionLevel): RestoreResult {
  const key = `${suggestions}\u0000${text}`;
  let r = memo.get(key);
  if (r === undefined) memo.set(key, (r = restore(text, { ...fullEngine(), suggestions })));
  return r;
}

describe('defect 1: genuine text comes out byte-identical (full engine)', () => {
  test.each([
    [
      'a sentence with "bosom" and "breast"',
      'She held her baby to her bosom and checked her breast.\n',
    ],
    ['Moby-Dick, chapter 10 ("A Bosom Friend")', devText(MOBY_CHAPTER_10)],
    [
      'Moby-Dick, chapter 16 ("twelvemonth", a WordNet spinner\'s "year")',
      devText(MOBY_CHAPTER_16),
    ],
    ['the Apache licence ("liability" -> "debt" in every clause)', devText(APACHE_LICENCE)],
  ])('%s', (_name, text) => {
    const r = restored(text, 'some');
    expect(r.applied).toEqual([]);
    expect(r.output).toBe(text);
    expect(r.suggestions).toEqual([]);
    expect(r.showsSpin).toBe(false);
  });

  test.runIf(existsSync(GFDL))('the GFDL ("works" -> "children")', () => {
    const text = readFileSync(GFDL, 'utf8');
    const r = restore(text, { ...fullEngine(), suggestions: 'some' });
    expect([r.applied, r.suggestions, r.output === text]).toEqual([[], [], true]);
  });

  test('the isolated change is kept as a suggestion, capped, with the reason', () => {
    const r = restored('She held her baby to her bosom and checked her breast.\n', 'all');
    expect(r.suggestions.map((e) => [e.actual, e.text, e.suggestOnly])).toEqual([
      ['bosom', 'breast', true],
    ]);
    expect(r.suggestions[0]?.reasons).toContain(
      'one word: its terms in the document are not enough without 3 other sure phrases of tortured-phrases: suggestion only, at 0.5 of the prior',
    );
  });
});

describe("defect 1: a one-word entry needs the paper's other sure phrases", () => {
  const dictionaries = [
    ...loadBuiltinDictionaries(['tortured-phrases', 'wordnet-spinner']),
    parseDictionary('shoe-in\tshoo-in\t-\tmine\t0.9\n', 'mine', 'mine.tsv'),
  ];
  const paper =
    'We trained an irregular woodland, a bolster vector machine and counterfeit consciousness.';
  test.each([
    ['a sure one-word form alone', 'A twelvemonth ago.', 'A twelvemonth ago.'],
    [
      'a sure one-word form with another sure phrase',
      'A twelvemonth ago, per centum.',
      'A year ago, percent.',
    ],
    ['a one-word fix of a user dictionary applies alone', 'He is a shoe-in.', 'He is a shoo-in.'],
    ['the canonical word alone', 'Her bosom and her breast.', 'Her bosom and her breast.'],
    [
      'with 3 sure phrases of the dictionary',
      `Her bosom and her breast. ${paper}`,
      'Her breast and her breast. We trained a random forest, a support vector machine and artificial intelligence.',
    ],
    [
      'without its term, even with them',
      `Her bosom. ${paper}`,
      'Her bosom. We trained a random forest, a support vector machine and artificial intelligence.',
    ],
  ])('%s', (_name, text, output) => {
    expect(restore(text, { dictionaries, context: false }).output).toBe(output);
  });
});

describe('defect 5: suggestions do not flood genuine text', () => {
  test.each([
    ['Moby-Dick, chapter 10', devText(MOBY_CHAPTER_10)],
    ['the Apache licence', devText(APACHE_LICENCE)],
  ])('%s: none at the default level, many at "all"', (_name, text) => {
    const some = restored(text, 'some');
    const all = restored(text, 'all');
    expect(some.suggestions.length).toBe(0);
    expect(some.hiddenSuggestions).toBe(all.suggestions.length);
    expect(all.suggestions.length).toBeGreaterThan(5);
  });

  const edit = (confidence: number): Edit => ({
    span: [0, 1],
    actual: 'a',
    text: 'b',
    alternatives: [],
    confidence,
    source: 'moby',
    reasons: [],
    suggestOnly: false,
  });
  const low = edit(0.3);
  const high = edit(0.6);
  const phrase = edit(0.2);
  test.each([
    ['all keeps every one', 'all', false, [low, high, phrase]],
    ['none keeps none', 'none', true, []],
    [
      'some, in a text that shows spin: 0.5 or more, and dictionary phrases',
      'some',
      true,
      [high, phrase],
    ],
    ['some, in a text that does not', 'some', false, []],
  ] as const)('%s', (_name, level, spun, kept) => {
    expect(keptSuggestions([low, high, phrase], level, spun, (e) => e === phrase)).toEqual(kept);
  });
});
