// Builds RestoreOptions from user-level choices: which dictionaries, whether the context engine
// (LM + reversed thesauri) is on. Loading of the LM is lazy: it happens on first use.
import type { Dictionary, RestoreOptions, Thesaurus } from './types.js';
import {
  loadBuiltinDictionaries,
  loadUserDictionary,
  BUILTIN_DICTIONARIES,
} from './dictionary/load.js';
import { loadInflections } from './dictionary/inflections.js';
import { lazyLanguageModel } from './lm/load.js';
import { loadThesaurus } from './dictionary/thesaurus.js';
import { loadDecisionModel } from './dictionary/decisionModel.js';

export interface EngineChoices {
  /** true: all built-in dictionaries; false: none; a list: all but these names. Default true. */
  readonly builtin?: boolean | { readonly exclude: readonly string[] };
  /** Extra user dictionary files (--dict). */
  readonly dictPaths?: readonly string[];
  /** Context engine (LM + thesauri). Default true. */
  readonly context?: boolean;
  readonly minConfidence?: number;
}

function builtinNames(choice: EngineChoices['builtin']): readonly string[] {
  if (choice === false) return [];
  if (choice === undefined || choice === true) return BUILTIN_DICTIONARIES;
  return BUILTIN_DICTIONARIES.filter((n) => !choice.exclude.includes(n));
}

/** The reversed thesauri, read on first use. */
export function lazyThesaurus(): Thesaurus {
  let loaded: Thesaurus | undefined;
  const get = (): Thesaurus => (loaded ??= loadThesaurus());
  return {
    originals: (spun) => get().originals(spun),
    get maxPhraseWords() {
      return get().maxPhraseWords;
    },
  };
}

/** Throws DictionaryError (file:line) for a bad dictionary, LanguageModelError for a bad model. */
export function createRestoreOptions(choices: EngineChoices = {}): RestoreOptions {
  const dictionaries: Dictionary[] = [
    ...loadBuiltinDictionaries(builtinNames(choices.builtin)),
    ...(choices.dictPaths ?? []).map((p) => loadUserDictionary(p)),
  ];
  const context = choices.context ?? true;
  return {
    dictionaries,
    inflections: loadInflections(),
    context,
    ...(context
      ? { lm: lazyLanguageModel(), thesaurus: lazyThesaurus(), model: loadDecisionModel() }
      : {}),
    ...(choices.minConfidence !== undefined ? { minConfidence: choices.minConfidence } : {}),
  };
}
