// The built-in phrase dictionaries, parsed ahead of time: dictionaries/compiled.json holds each
// one's entries as JSON, with the SHA-1 of the .tsv it was parsed from. Reading JSON is several
// times faster than parsing the line format, and start-up is what a user waits for on every run.
// A compiled dictionary is used only while its .tsv is the one it was made from (the hash is
// checked on every load): an edited .tsv is parsed as before, never shadowed by stale data.
// `npm run build-dictionaries` rewrites the file (scripts/dictionaries/compile.ts), and
// test/data/dictionary/compiled.test.ts checks that it is up to date.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionariesDir } from '../paths.js';
import type { Dictionary, PhraseEntry } from '../types.js';

export const COMPILED_FILE = 'compiled.json';
/** Bump when the shape of PhraseEntry changes: an older file is then ignored. */
export const COMPILED_FORMAT = 1;

export interface CompiledDictionary {
  readonly name: string;
  /** SHA-1 (hex) of the .tsv text the entries were parsed from. */
  readonly sha1: string;
  readonly meta: Readonly<Record<string, string>>;
  readonly entries: readonly PhraseEntry[];
}

interface CompiledFile {
  readonly format: number;
  readonly dictionaries: readonly CompiledDictionary[];
}

export function sha1Of(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The file's text for dictionaries parsed from the given .tsv texts. */
export function compiledText(parsed: readonly { dict: Dictionary; tsv: string }[]): string {
  const file: CompiledFile = {
    format: COMPILED_FORMAT,
    dictionaries: parsed.map(({ dict, tsv }) => ({
      name: dict.name,
      sha1: sha1Of(tsv),
      meta: dict.meta,
      entries: dict.entries,
    })),
  };
  return `${JSON.stringify(file)}\n`;
}

let loaded: ReadonlyMap<string, CompiledDictionary> | undefined;

/** The compiled dictionaries by name (empty when the file is missing, unreadable or older). */
function compiled(): ReadonlyMap<string, CompiledDictionary> {
  if (loaded !== undefined) return loaded;
  try {
    const file = JSON.parse(
      readFileSync(join(dictionariesDir(), COMPILED_FILE), 'utf8'),
    ) as CompiledFile;
    loaded = new Map(
      file.format === COMPILED_FORMAT ? file.dictionaries.map((d) => [d.name, d]) : [],
    );
  } catch {
    loaded = new Map();
  }
  return loaded;
}

/** The compiled form of a built-in dictionary whose .tsv text is `tsv`, if it is up to date. */
export function compiledDictionary(
  name: string,
  tsv: string,
  origin: string,
): Dictionary | undefined {
  const c = compiled().get(name);
  if (c === undefined || c.sha1 !== sha1Of(tsv)) return undefined;
  return { name, origin, meta: c.meta, entries: c.entries };
}
