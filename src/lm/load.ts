// Read the shipped language model from disk (memoized per path), eagerly or on first use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionariesDir } from '../paths.js';
import type { LanguageModel } from '../types.js';
import { BinaryLanguageModel } from './binaryModel.js';
import { LanguageModelError } from './languageModelError.js';

const loaded = new Map<string, BinaryLanguageModel>();

/** The default model file: `dictionaries/lm/en-us.bin`. */
export function defaultLanguageModelPath(): string {
  return join(dictionariesDir(), 'lm', 'en-us.bin');
}

/** Load (once per path) a packed model. Throws LanguageModelError naming the path. */
export function loadLanguageModel(path: string = defaultLanguageModelPath()): BinaryLanguageModel {
  const cached = loaded.get(path);
  if (cached) return cached;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const reason =
      (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'language model not found' : String(err);
    throw new LanguageModelError(reason, path);
  }
  const model = BinaryLanguageModel.fromBuffer(bytes, path);
  loaded.set(path, model);
  return model;
}

/** A LanguageModel that reads its file on first use (a run that never scores never loads it). */
export function lazyLanguageModel(path?: string): LanguageModel {
  let model: BinaryLanguageModel | undefined;
  const get = (): BinaryLanguageModel => (model ??= loadLanguageModel(path));
  return {
    order: 3,
    get vocabularySize() {
      return get().vocabularySize;
    },
    id: (word) => get().id(word),
    logProb: (history, word) => get().logProb(history, word),
    matchOrder: (history, word) => get().matchOrder(history, word),
  };
}
