export { ArpaError } from './arpaError.js';
export type { ArpaModel } from './arpaModel.js';
export { ArpaParser, parseArpa } from './arpaParser.js';
export { BinaryLanguageModel } from './binaryModel.js';
export { buildCodebook, type Codebook } from './codebook.js';
export { LanguageModelError } from './languageModelError.js';
export { defaultLanguageModelPath, lazyLanguageModel, loadLanguageModel } from './load.js';
export {
  DEFAULT_UNK_LOGPROB,
  packLanguageModel,
  type PackOptions,
  type PackStats,
  type QuantizationError,
} from './packModel.js';
export { pruneArpaModel, type PruneOptions, type PruneStats } from './pruneModel.js';
export { sentenceLogProb, type SentenceOptions } from './sentenceLogProb.js';
export { readArpaFile } from './readArpaFile.js';
