// Suppression: inline pragmas in any comment syntax, and the allow-list.
import { describe, expect, test } from 'vitest';
import { parseDictionary } from '../../src/dictionary/parse.js';
import { restore } from '../../src/core/restore.js';
import { pragmaRanges } from '../../src/core/pragmas.js';
import { allowedRanges } from '../../src/core/allowList.js';

const dict = parseDictionary(
  ['assume tank\tthink tank\t-\tcurated\t0.95', 'informed\ttold\t-\tcurated\t0.9'].join('\n'),
  'test',
  'test.tsv',
);
const run = (input: string, allow?: string[]) =>
  restore(input, { dictionaries: [dict], ...(allow ? { allow } : {}) }).output;

describe('pragmas', () => {
  test.each([
    [
      'ignore: this line only',
      'informed // restore-text-ignore\ninformed',
      'informed // restore-text-ignore\ntold',
    ],
    [
      'ignore-next-line',
      '# restore-text-ignore-next-line\ninformed\ninformed',
      '# restore-text-ignore-next-line\ninformed\ntold',
    ],
    [
      'ignore-next-line with CRLF',
      '<!-- restore-text-ignore-next-line -->\r\ninformed\r\ninformed',
      '<!-- restore-text-ignore-next-line -->\r\ninformed\r\ntold',
    ],
    [
      'disable / enable block',
      'informed\n% restore-text-disable\ninformed\na assume tank\n% restore-text-enable\ninformed',
      'told\n% restore-text-disable\ninformed\na assume tank\n% restore-text-enable\ntold',
    ],
    [
      'disable to the end',
      'informed\n<!-- restore-text-disable -->\ninformed',
      'told\n<!-- restore-text-disable -->\ninformed',
    ],
    [
      'a phrase across the ignored line break is kept',
      'a assume // restore-text-ignore\ntank',
      null,
    ],
    ['no pragma: all restored', 'informed\na assume tank', 'told\na think tank'],
  ])('%s', (_name, input, expected) => {
    expect(run(input)).toBe(expected ?? input);
  });

  test('ranges', () => {
    expect(pragmaRanges('a\nb restore-text-ignore\nc')).toEqual([[2, 23]]);
    expect(pragmaRanges('restore-text-ignore-next-line\nxy\nz')).toEqual([[0, 32]]);
    expect(pragmaRanges('restore-text-enable\nx')).toEqual([]);
    expect(pragmaRanges('plain')).toEqual([]);
  });
});

describe('allow-list', () => {
  test.each([
    ['a word, any case', 'Informed and informed', ['informed'], 'Informed and informed'],
    ['a phrase across a line break', 'a assume\ntank and a assume tank', ['assume tank'], null],
    ['whole words only', 'uninformed informed', ['inform'], 'uninformed told'],
    ['a phrase that overlaps a change keeps it', 'a assume tank', ['tank'], null],
    ['empty entries are ignored', 'informed', ['', '  '], 'told'],
    ['regex characters are literal', 'informed (a+b)', ['a+b'], 'told (a+b)'],
  ])('%s', (_name, input, allow, expected) => {
    expect(run(input, allow)).toBe(expected ?? input);
  });

  test('ranges', () => {
    expect(allowedRanges('x U.S. y', ['u.s.'])).toEqual([[2, 6]]);
    expect(allowedRanges('x', undefined)).toEqual([]);
  });
});
