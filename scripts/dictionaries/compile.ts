// Writes dictionaries/compiled.json: the built-in phrase dictionaries parsed ahead of time, for a
// fast start-up (src/dictionary/compiled.ts). Run by `npm run build-dictionaries` after the .tsv
// files are written, so the two never disagree (a stale file is ignored at run time anyway).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compiledText, COMPILED_FILE } from '../../src/dictionary/compiled.js';
import { BUILTIN_DICTIONARIES, builtinDictionaryPath } from '../../src/dictionary/load.js';
import { parseDictionary } from '../../src/dictionary/parse.js';
import { dictionariesDir } from '../../src/paths.js';
import { writeIfChanged } from './rows.js';

export function writeCompiled(): void {
  const parsed = BUILTIN_DICTIONARIES.map((name) => {
    const path = builtinDictionaryPath(name);
    const tsv = readFileSync(path, 'utf8');
    return { dict: parseDictionary(tsv, name, path), tsv };
  });
  writeIfChanged(join(dictionariesDir(), COMPILED_FILE), compiledText(parsed));
}
