// dictionaries/compiled.json (src/dictionary/compiled.ts) is up to date with the .tsv files and
// holds exactly what parsing them gives; a .tsv that differs from the one compiled is parsed.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compiledDictionary } from '../../../src/dictionary/compiled.js';
import { BUILTIN_DICTIONARIES, builtinDictionaryPath } from '../../../src/dictionary/load.js';
import { parseDictionary } from '../../../src/dictionary/parse.js';

describe('compiled dictionaries', () => {
  test.each(BUILTIN_DICTIONARIES)(
    '%s: compiled from the shipped .tsv, equal to parsing it',
    (name) => {
      const path = builtinDictionaryPath(name);
      const tsv = readFileSync(path, 'utf8');
      const compiled = compiledDictionary(name, tsv, path);
      // Missing: run `npm run build-dictionaries` (it rewrites dictionaries/compiled.json).
      expect(compiled).toBeDefined();
      expect(compiled).toEqual(parseDictionary(tsv, name, path));
    },
  );

  test('a .tsv that is not the one compiled is not served from the compiled file', () => {
    const [name] = BUILTIN_DICTIONARIES;
    const path = builtinDictionaryPath(name as string);
    const tsv = readFileSync(path, 'utf8');
    expect(compiledDictionary(name as string, `${tsv}# edited\n`, path)).toBeUndefined();
  });
});
