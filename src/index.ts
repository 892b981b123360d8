// Public API of restore-text.
export type {
  Alternative,
  ApplyResult,
  CandidateTrace,
  Dictionary,
  Edit,
  EntryConditions,
  EntryExample,
  Inflections,
  LanguageModel,
  PartOfSpeech,
  PhraseEntry,
  RestoreOptions,
  RestoreResult,
  ScoredTrace,
  Span,
  Thesaurus,
  ThesaurusCandidate,
  TextFormat,
  Token,
  TraceEvidence,
  TraceVerdict,
  UnscoredTrace,
} from './types.js';
export { restore, DEFAULT_MIN_CONFIDENCE } from './core/restore.js';
export { applyEdits, revertEdits } from './core/apply.js';
export { tokenize } from './core/tokenize.js';
export { textFormatOf } from './core/protect/textFormat.js';
export { createRestoreOptions, lazyThesaurus, type EngineChoices } from './restoreOptions.js';
export { parseDictionary } from './dictionary/parse.js';
export { validateDictionary } from './dictionary/validate.js';
export {
  BUILTIN_DICTIONARIES,
  describeBuiltinDictionaries,
  loadBuiltinDictionaries,
  loadDictionaryFile,
} from './dictionary/load.js';
export { DictionaryError } from './dictionary/errors.js';
export { loadInflections } from './dictionary/inflections.js';
export { loadThesaurus } from './dictionary/thesaurus.js';
export { loadDecisionModel } from './dictionary/decisionModel.js';
export type { TreeModel } from './core/treeModel.js';
export { lazyLanguageModel, loadLanguageModel } from './lm/load.js';
export { LanguageModelError } from './lm/languageModelError.js';
