// What the CLI needs from the engine, loaded lazily (so that --help and usage errors stay fast)
// and replaceable in tests.
import { resolve } from 'node:path';
import type { EngineChoices } from '../restoreOptions.js';
import type { DictionaryDescription } from '../dictionary/load.js';
import type { WordTrace } from '../core/wordTrace.js';
import type { DocumentFamily } from '../core/documentFamily.js';
import type { RestoreOptions, RestoreResult } from '../types.js';
import type { Io } from './io.js';
import type { CliOptions } from './options.js';

export interface CliEngine {
  createRestoreOptions(choices: EngineChoices): RestoreOptions;
  restore(text: string, options: RestoreOptions): RestoreResult;
  /** restore() with the candidates considered for `word` and why (--trace). */
  traceWord(text: string, options: RestoreOptions, word: string): WordTrace;
  /** The kind of spinner a document shows (`families`). */
  documentFamily(text: string, options: RestoreOptions): DocumentFamily;
  readonly builtinNames: readonly string[];
  describeBuiltinDictionaries(): DictionaryDescription[];
  /** The shipped engine, which worker threads can load for themselves (--jobs). */
  readonly threadSafe?: boolean;
}

export type EngineLoader = () => Promise<CliEngine>;

export const loadEngine: EngineLoader = async () => {
  const [engine, core, trace, load, family] = await Promise.all([
    import('../restoreOptions.js'),
    import('../core/restore.js'),
    import('../core/wordTrace.js'),
    import('../dictionary/load.js'),
    import('../core/documentFamily.js'),
  ]);
  return {
    createRestoreOptions: engine.createRestoreOptions,
    restore: core.restore,
    traceWord: trace.traceWord,
    documentFamily: family.documentFamily,
    builtinNames: load.BUILTIN_DICTIONARIES,
    describeBuiltinDictionaries: load.describeBuiltinDictionaries,
    threadSafe: true,
  };
};

/** The engine's options for the command line's choices (paths relative to the working directory). */
export function restoreOptionsFor(io: Io, engine: CliEngine, options: CliOptions): RestoreOptions {
  const { builtin } = options;
  const restoreOptions = engine.createRestoreOptions({
    builtin: typeof builtin === 'boolean' ? builtin : { exclude: builtin },
    dictPaths: options.dictPaths.map((p) => resolve(io.cwd, p)),
    context: options.context,
    minConfidence: options.minConfidence,
  });
  return {
    ...restoreOptions,
    ...(options.allow.length > 0 ? { allow: options.allow } : {}),
    ...(options.suggestions !== undefined ? { suggestions: options.suggestions } : {}),
  };
}
