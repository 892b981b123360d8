// Every shipped phrase dictionary parses and validates with zero problems (codespell's
// test_dictionary.py), and the built-in loader sees them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/dictionary/errors.js';
import { INFLECTIONS_FILE } from '../../../src/dictionary/inflections.js';
import {
  BUILTIN_DICTIONARIES,
  describeBuiltinDictionaries,
  loadBuiltinDictionaries,
  loadDictionaryFile,
} from '../../../src/dictionary/load.js';
import { validateDictionary } from '../../../src/dictionary/validate.js';
import { dictionariesDir } from '../../../src/paths.js';

const phraseFiles = readdirSync(dictionariesDir())
  .filter((f) => f.endsWith('.tsv') && f !== INFLECTIONS_FILE)
  .sort();

describe('shipped phrase dictionaries', () => {
  test('are the built-in ones', () => {
    expect(phraseFiles).toEqual([...BUILTIN_DICTIONARIES].map((n) => `${n}.tsv`).sort());
  });

  test.each(phraseFiles)('%s parses and validates with zero problems', (file) => {
    const dict = loadDictionaryFile(join(dictionariesDir(), file));
    expect(dict.entries.length).toBeGreaterThan(100);
    expect(validateDictionary(dict).map(formatProblem)).toEqual([]);
  });

  test('loadBuiltinDictionaries is cached and ordered by name list', () => {
    const [news] = loadBuiltinDictionaries(['news-spinner']);
    expect(news?.name).toBe('news-spinner');
    expect(loadBuiltinDictionaries(['news-spinner'])[0]).toBe(news);
    expect(() => loadBuiltinDictionaries(['nope'])).toThrow(
      'nope:0: unknown built-in dictionary (known: tortured-phrases, news-spinner, news-spinner-words, wordnet-spinner)',
    );
  });

  test('describeBuiltinDictionaries carries the header metadata', () => {
    const described = describeBuiltinDictionaries();
    expect(described.map((d) => [d.name, d.licence])).toEqual([
      ['tortured-phrases', 'CC BY 4.0'],
      ['news-spinner', 'MIT'],
      ['news-spinner-words', 'MIT'],
      ['wordnet-spinner', 'MIT'],
    ]);
    for (const d of described) {
      expect(d.entries).toBeGreaterThan(100);
      expect(d.source).not.toBe('');
      expect(d.description).not.toBe('');
    }
  });

  test('every entry example contains its spun phrase (checked by the validator)', () => {
    const withExamples = loadBuiltinDictionaries().flatMap((d) =>
      d.entries.filter((e) => e.examples.length > 0),
    );
    expect(withExamples.length).toBeGreaterThan(0);
  });
});
