// A verdict per document that a screener can sort on: spun, suspicious or clean, from the sure
// findings (the changes that --write applies) and their density per 1,000 words. The
// thresholds were chosen on the dev set's tune slice and checked on its held-out slice
// (scripts/verdict-eval.ts; figures in docs/reports.md).
import type { RestoreResult } from '../types.js';

export type VerdictLevel = 'spun' | 'suspicious' | 'clean';

export interface Verdict {
  readonly level: VerdictLevel;
  /** Changes at or above the threshold (applied). */
  readonly sure: number;
  readonly words: number;
  /** Sure findings per 1,000 words (two decimals). */
  readonly density: number;
}

/** Spun: at least this many sure findings… */
export const SPUN_MIN_SURE = 3;
/** …and at least this many per 1,000 words. */
export const SPUN_MIN_DENSITY = 3;
/** Suspicious: at least this many sure findings (and not spun). */
export const SUSPICIOUS_MIN_SURE = 1;

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function verdictFor(sure: number, words: number): Verdict {
  const exact = words === 0 ? 0 : (sure * 1000) / words;
  const density = Math.round(exact * 100) / 100;
  const level: VerdictLevel =
    sure >= SPUN_MIN_SURE && exact >= SPUN_MIN_DENSITY
      ? 'spun'
      : sure >= SUSPICIOUS_MIN_SURE
        ? 'suspicious'
        : 'clean';
  return { level, sure, words, density };
}

export function verdictOf(result: RestoreResult): Verdict {
  return verdictFor(result.applied.length, countWords(result.input));
}

const RANK: Readonly<Record<VerdictLevel, number>> = { spun: 2, suspicious: 1, clean: 0 };

/** Worst first: spun before suspicious before clean, then by density, then by count. */
export function compareVerdicts(a: Verdict, b: Verdict): number {
  return RANK[b.level] - RANK[a.level] || b.density - a.density || b.sure - a.sure;
}
