// Loads phrase dictionaries from disk: a user's file, or the built-in ones in dictionaries/.
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { dictionariesDir } from '../paths.js';
import type { Dictionary } from '../types.js';
import { DictionaryError } from './errors.js';
import { parseDictionary } from './parse.js';

import { BUILTIN_DICTIONARIES } from '../builtinNames.js';

export { BUILTIN_DICTIONARIES };

/** Reads and parses one dictionary file; its name is the file's basename without extension. */
export function loadDictionaryFile(path: string): Dictionary {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DictionaryError(path, 0, `cannot read dictionary: ${reason}`);
  }
  return parseDictionary(text, basename(path, extname(path)), path);
}

const cache = new Map<string, Dictionary>();

/** Path of a built-in dictionary. */
export function builtinDictionaryPath(name: string): string {
  return join(dictionariesDir(), `${name}.tsv`);
}

/** The built-in dictionaries (all by default), parsed once per process. */
export function loadBuiltinDictionaries(
  names: readonly string[] = BUILTIN_DICTIONARIES,
): Dictionary[] {
  return names.map((name) => {
    if (!BUILTIN_DICTIONARIES.includes(name)) {
      const known = BUILTIN_DICTIONARIES.join(', ');
      throw new DictionaryError(name, 0, `unknown built-in dictionary (known: ${known})`);
    }
    let dict = cache.get(name);
    if (dict === undefined)
      cache.set(name, (dict = loadDictionaryFile(builtinDictionaryPath(name))));
    return dict;
  });
}

export interface DictionaryDescription {
  readonly name: string;
  readonly entries: number;
  readonly source: string;
  readonly licence: string;
  readonly description: string;
}

/** One line per built-in dictionary, for `restore-text dicts`. */
export function describeBuiltinDictionaries(): DictionaryDescription[] {
  return loadBuiltinDictionaries().map((dict) => ({
    name: dict.name,
    entries: dict.entries.length,
    source: dict.meta['source'] ?? '',
    licence: dict.meta['licence'] ?? dict.meta['license'] ?? '',
    description: dict.meta['description'] ?? '',
  }));
}
