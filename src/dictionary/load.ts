// Loads phrase dictionaries from disk: a user's file, or the built-in ones in dictionaries/.
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { dictionariesDir } from '../paths.js';
import type { Dictionary } from '../types.js';
import { DictionaryError } from './errors.js';
import { compiledDictionary } from './compiled.js';
import { parseDictionary } from './parse.js';
import { validateDictionary } from './validate.js';

import { BUILTIN_DICTIONARIES } from '../builtinNames.js';

export { BUILTIN_DICTIONARIES };

/** The text of a dictionary file; DictionaryError at the first line that is not UTF-8. */
function decodeDictionary(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
      } catch {
        break;
      }
      line++;
      start = i + 1;
    }
    throw new DictionaryError(path, line, 'not valid UTF-8 (dictionaries are UTF-8 text)');
  }
}

function readDictionary(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DictionaryError(path, 0, `cannot read dictionary: ${reason}`);
  }
  return decodeDictionary(bytes, path);
}

/** Reads and parses one dictionary file; its name is the file's basename without extension. */
export function loadDictionaryFile(path: string): Dictionary {
  return parseDictionary(readDictionary(path), basename(path, extname(path)), path);
}

/**
 * A user's dictionary (--dict): parsed and validated like the shipped ones; the first problem
 * (a duplicate, an entry mapped to itself, a loop…) is a DictionaryError naming file and line.
 */
export function loadUserDictionary(path: string): Dictionary {
  const dict = loadDictionaryFile(path);
  const [first, ...rest] = validateDictionary(dict);
  if (first !== undefined) {
    const more =
      rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
    throw new DictionaryError(first.file, first.line, `${first.message}${more}`);
  }
  return { ...dict, user: true };
}

/** A built-in dictionary: its compiled form while that is up to date (compiled.ts), else parsed. */
function loadBuiltin(name: string): Dictionary {
  const path = builtinDictionaryPath(name);
  const text = readDictionary(path);
  return compiledDictionary(name, text, path) ?? parseDictionary(text, name, path);
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
    if (dict === undefined) cache.set(name, (dict = loadBuiltin(name)));
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
