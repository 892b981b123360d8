// What the CLI needs from the engine, loaded lazily (so that --help and usage errors stay fast)
// and replaceable in tests.
import type { EngineChoices } from '../restoreOptions.js';
import type { DictionaryDescription } from '../dictionary/load.js';
import type { RestoreOptions, RestoreResult } from '../types.js';

export interface CliEngine {
  createRestoreOptions(choices: EngineChoices): RestoreOptions;
  restore(text: string, options: RestoreOptions): RestoreResult;
  readonly builtinNames: readonly string[];
  describeBuiltinDictionaries(): DictionaryDescription[];
  /** The shipped engine, which worker threads can load for themselves (--jobs). */
  readonly threadSafe?: boolean;
}

export type EngineLoader = () => Promise<CliEngine>;

export const loadEngine: EngineLoader = async () => {
  const [engine, core, load] = await Promise.all([
    import('../restoreOptions.js'),
    import('../core/restore.js'),
    import('../dictionary/load.js'),
  ]);
  return {
    createRestoreOptions: engine.createRestoreOptions,
    restore: core.restore,
    builtinNames: load.BUILTIN_DICTIONARIES,
    describeBuiltinDictionaries: load.describeBuiltinDictionaries,
    threadSafe: true,
  };
};
