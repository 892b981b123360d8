// Loads phrase dictionaries from disk: a user's file, or the built-in ones in dictionaries/.
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { dictionariesDir } from '../paths.js';
import type { Dictionary } from '../types.js';
import { DictionaryError } from './errors.js';
import { compiledDictionary } from './compiled.js';
import { parseDictionary } from './parse.js';

/** Names of the built-in phrase dictionaries (files dictionaries/<name>.tsv). */
export const BUILTIN_DICTIONARIES: readonly string[] = [
  'tortured-phrases',
  'news-spinner',
  'news-spinner-words',
  'wordnet-spinner',
];

function readDictionary(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DictionaryError(path, 0, `cannot read dictionary: ${reason}`);
  }
}

/** Reads and parses one dictionary file; its name is the file's basename without extension. */
export function loadDictionaryFile(path: string): Dictionary {
  return parseDictionary(readDictionary(path), basename(path, extname(path)), path);
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
