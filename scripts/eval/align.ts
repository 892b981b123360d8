// Word-level alignment of a spun text with its original, for the real dev set (eval/real/): the
// shipped aligner (src/core/align/) and the substitutions built on it (realAlignment.ts), under
// the names the evaluation has always used. See eval/README.md, "Real pages".
export { align, undo, type Alignment } from './realAlignment.js';
export { commonSubsequence } from '../../src/core/align/commonSubsequence.js';
export { splitRun } from '../../src/core/align/splitRun.js';
export type { AlignOptions } from '../../src/core/align/wordAlignment.js';
export {
  typographic,
  wordTokens as tokenize,
  type WordToken as Token,
} from '../../src/core/align/wordTokens.js';
