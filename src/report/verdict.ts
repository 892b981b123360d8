// A document's verdict from its findings: `spun`, `suspicious` or `clean`, by the density of the
// changes applied to it (per 1,000 words) and their number. Pure: the same function serves the
// JSON-lines stream (jsonl.ts) and any report that wants one word per document.
//
//   spun        at least SPUN.applied applied changes and SPUN.perThousand of them per 1,000 words
//   suspicious  otherwise, at least one applied change, or a suggestion, at SUSPICIOUS.perThousand
//               findings (applied or suggested) per 1,000 words or more
//   clean       otherwise
//
// Genuine text gets a false alarm now and then (docs/accuracy.md: under one per 1,000 words on
// the clean eval sets), spinners change several words in every hundred, and a paper with
// tortured phrases shows a few per abstract: the thresholds sit between.
import type { RestoreResult } from '../types.js';

export type Verdict = 'spun' | 'suspicious' | 'clean';

export const SPUN = { applied: 2, perThousand: 5 } as const;
export const SUSPICIOUS = { perThousand: 1 } as const;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words of a text (runs of letters and digits, with inner apostrophes and hyphens). */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export interface VerdictInput {
  readonly words: number;
  readonly applied: number;
  readonly suggestions: number;
}

export function verdictOf({ words, applied, suggestions }: VerdictInput): Verdict {
  const per = (n: number): number => (words === 0 ? 0 : (1000 * n) / words);
  if (applied >= SPUN.applied && per(applied) >= SPUN.perThousand) return 'spun';
  if (applied + suggestions > 0 && per(applied + suggestions) >= SUSPICIOUS.perThousand) {
    return 'suspicious';
  }
  return 'clean';
}

/** The verdict of a restored document. */
export function verdictOfResult(result: RestoreResult): Verdict {
  return verdictOf({
    words: wordCount(result.input),
    applied: result.applied.length,
    suggestions: result.suggestions.length,
  });
}
