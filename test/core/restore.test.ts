import { describe, expect, test } from 'vitest';
import { parseDictionary } from '../../src/dictionary/parse.js';
import { restore } from '../../src/core/restore.js';
import { parseInflections } from '../../src/dictionary/inflections.js';

const dict = parseDictionary(
  [
    'assume tank\tthink tank\t-\tcurated\t0.95',
    'easy methods to\thow to\t-\tcurated\t0.95',
    'irregular woodland\trandom forest\t-\tpps\t0.9',
    'protection secretary\tdefense secretary\t-\tcurated\t0.9',
    'bosom peril\tbreast cancer\tand=breast\tpps\t0.9',
    'counterfeit consciousness\tartificial intelligence\t-\tpps\t0.9',
    'mystery woodland\t?\tsuggest\tpps\t0.9',
    'profound learning\tdeep learning\t-\tpps\t0.1',
  ].join('\n'),
  'test',
  'test.tsv',
);
const inflections = parseInflections('noun\tmice\tmouse\n');
const options = { dictionaries: [dict], inflections };

describe('restore with dictionary phrases only', () => {
  test.each([
    ['a assume tank known as X', 'a think tank known as X'],
    ['Easy methods to fix it', 'How to fix it'],
    ['EASY METHODS TO FIX IT', 'HOW TO FIX IT'],
    ['two irregular woodlands and an Irregular Woodland', 'two random forests and a Random Forest'],
    ['the ex-Mexican Protection Secretary’s arrest', 'the ex-Mexican Defense Secretary’s arrest'],
    ['across a\n  line: assume\r\n tank', 'across a\n  line: think\r\n tank'],
    ['bosom peril alone', 'bosom peril alone'],
    ['bosom peril in breast tissue', 'breast cancer in breast tissue'],
    ['\ufeffcounterfeit consciousness\r\n', '\ufeffartificial intelligence\r\n'],
    ['a mystery woodland', 'a mystery woodland'],
    ['profound learning', 'profound learning'],
  ])('%j', (input, expected) => {
    expect(restore(input, options).output).toBe(expected);
  });

  test('edits carry span, actual, confidence, source and reasons', () => {
    const result = restore('a assume tank', options);
    expect(result.applied).toHaveLength(1);
    const edit = result.applied[0]!;
    expect(edit.span).toEqual([2, 13]);
    expect(edit.actual).toBe('assume tank');
    expect(edit.text).toBe('think tank');
    expect(edit.confidence).toBeCloseTo(0.95, 10);
    expect(edit.source).toBe('test');
    expect(edit.reasons[0]).toBe('test line 1 (curated, prior 0.95)');
  });

  test('an entry whose and= term is missing is a suggestion at half its prior', () => {
    const result = restore('bosom peril alone', options);
    expect(result.applied).toEqual([]);
    expect(
      result.suggestions.map((e) => [e.actual, e.text, e.suggestOnly, e.confidence, e.reasons[1]]),
    ).toEqual([
      [
        'bosom peril',
        'breast cancer',
        true,
        0.45,
        '“breast” is not in the document: suggestion only, at 0.5 of the prior',
      ],
    ]);
  });

  test('three distinct sure phrases of the dictionary stand in for a missing and= term', () => {
    const text =
      'An irregular woodland, a counterfeit consciousness, an assume tank and a bosom peril.';
    const result = restore(text, options);
    expect(result.output).toBe(
      'A random forest, an artificial intelligence, a think tank and a breast cancer.',
    );
    const bosom = result.applied.find((e) => e.actual === 'bosom peril')!;
    expect([bosom.confidence, bosom.suggestOnly, bosom.reasons[1]]).toEqual([
      0.9,
      false,
      '“breast” is not in the document, but 3 other sure phrases of test are',
    ]);
  });

  test.each([
    // two sure phrases are not enough
    ['An irregular woodland, a counterfeit consciousness and a bosom peril.'],
    // repeats and overlapping matches count once; a phrase in quotation marks is a mention
    ['An irregular woodland, an irregular woodland, “assume tank” and a bosom peril.'],
  ])('no corroboration: %j', (text) => {
    const result = restore(text, options);
    const bosom = [...result.applied, ...result.suggestions].filter(
      (e) => e.actual === 'bosom peril',
    );
    expect(bosom.map((e) => [e.confidence, e.suggestOnly])).toEqual([[0.45, true]]);
  });

  test('suggest-only and low-confidence findings are suggestions', () => {
    const result = restore('a mystery woodland and profound learning', options);
    expect(result.applied).toEqual([]);
    expect(result.suggestions.map((e) => [e.actual, e.text, e.suggestOnly])).toEqual([
      ['mystery woodland', '?', true],
      ['profound learning', 'deep learning', false],
    ]);
  });

  test('min confidence gates what is applied', () => {
    const result = restore('profound learning', { ...options, minConfidence: 0.05 });
    expect(result.output).toBe('deep learning');
  });
});

describe('a/an before a restoration', () => {
  const articles = parseDictionary(
    [
      'irregular woodland\trandom forest\t-\tpps\t0.9',
      'skilled\texpert\t-\tcurated\t0.9',
      'unique one\tsingle unit\t-\tcurated\t0.9',
    ].join('\n'),
    'articles',
    'articles.tsv',
  );
  test.each([
    ['an irregular woodland', 'a random forest'],
    ['An irregular woodland', 'A random forest'],
    ['AN IRREGULAR WOODLAND', 'A RANDOM FOREST'],
    ['a skilled', 'an expert'],
    ['the irregular woodland', 'the random forest'],
    ['a unique one', 'a single unit'],
    ['an\r\nirregular woodland', 'a\r\nrandom forest'],
  ])('%s', (input, expected) => {
    expect(restore(input, { dictionaries: [articles] }).output).toBe(expected);
  });
});

describe('protected ranges', () => {
  const code = parseDictionary('assume tank\tthink tank\t-\tcurated\t0.95', 'code', 'code.tsv');
  test.each([
    [
      'a `assume tank` in code, a assume tank outside',
      'a `assume tank` in code, a think tank outside',
    ],
    ['```\na assume tank\n```\na assume tank', '```\na assume tank\n```\na think tank'],
    ['~~~ts\nassume tank\n~~~', '~~~ts\nassume tank\n~~~'],
    ['``a assume tank``', '``a assume tank``'],
  ])('%j', (input, expected) => {
    expect(restore(input, { dictionaries: [code] }).output).toBe(expected);
  });
});
