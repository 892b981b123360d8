// `compare --format json`: the comparison as one versioned JSON document
// (docs/compare-schema.md). Bump COMPARE_SCHEMA_VERSION on an incompatible change.
import type { Comparison, Passage, SwapCount } from '../compare/compareTexts.js';

export const COMPARE_SCHEMA_VERSION = 1;

export interface CompareReportInput {
  /** The paths as given on the command line. */
  readonly original: string;
  readonly suspect: string;
  readonly minConfidence: number;
  /** Edits the restoration applied. */
  readonly restoredEdits: number;
  readonly comparison: Comparison;
}

export interface CompareJson {
  readonly version: number;
  readonly original: string;
  readonly suspect: string;
  readonly minConfidence: number;
  readonly before: number;
  readonly after: number;
  readonly fiveGrams: { readonly before: number; readonly after: number };
  readonly words: { readonly original: number; readonly suspect: number };
  readonly unrelated: boolean;
  readonly restoredEdits: number;
  readonly swapCount: number;
  readonly swaps: readonly SwapCount[];
  readonly passages: readonly Passage[];
}

const round = (x: number): number => Number(x.toFixed(4));

export function compareJson(input: CompareReportInput): CompareJson {
  const c = input.comparison;
  return {
    version: COMPARE_SCHEMA_VERSION,
    original: input.original,
    suspect: input.suspect,
    minConfidence: input.minConfidence,
    before: round(c.before.words),
    after: round(c.after.words),
    fiveGrams: { before: round(c.before.fiveGrams), after: round(c.after.fiveGrams) },
    words: { original: c.originalWords, suspect: c.suspectWords },
    unrelated: c.unrelated,
    restoredEdits: input.restoredEdits,
    swapCount: c.swapCount,
    swaps: c.swaps,
    passages: c.passages,
  };
}

export function formatCompareJson(input: CompareReportInput): string {
  return `${JSON.stringify(compareJson(input), null, 2)}\n`;
}
