// The one-line message for a dictionary or model that cannot be loaded. Its own module, imported
// only when such an error is met, so that --help, --version and usage errors load no module of
// the engine (src/core, src/lm, src/dictionary).
import { isAbsolute, relative } from 'node:path';
import { DictionaryError } from '../dictionary/errors.js';
import { LanguageModelError } from '../lm/languageModelError.js';
import { describeFsError } from './errors.js';
import type { Io } from './io.js';

/** A path as the user sees it: relative to the working directory when inside it. */
function shown(io: Io, file: string): string {
  const rel = relative(io.cwd, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

/** The message of a dictionary or model that cannot be loaded; undefined for other errors. */
export function dataErrorMessage(io: Io, err: unknown): string | undefined {
  if (err instanceof DictionaryError) {
    const file = shown(io, err.file);
    return err.line > 0 ? `${file}:${err.line}: ${err.reason}` : `${file}: ${err.reason}`;
  }
  if (err instanceof LanguageModelError) return `language model: ${err.message}`;
  const fsError = err as { code?: unknown; path?: unknown } | null;
  if (typeof fsError?.code === 'string' && typeof fsError.path === 'string') {
    // a data file of the engine (model, thesaurus) that is missing or unreadable
    return `cannot read ${shown(io, fsError.path)}: ${describeFsError(err)}`;
  }
  return undefined;
}
