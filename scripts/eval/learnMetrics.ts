// How well `restore-text learn` recovers a benchmark spinner's table: the learned entries
// compared with the swaps the spinner really made (the documents' substitutions). Pure.
import { typographic } from '../../src/core/align/wordTokens.js';
import type { DevDocument } from './types.js';

/** A learned entry, as the comparison needs it. */
export interface LearnedSwap {
  readonly spun: string;
  readonly original: string;
  /** Sure entry (a fixed rewrite) rather than a channel entry. */
  readonly sure: boolean;
}

const words = (s: string): string[] =>
  typographic(s.toLowerCase())
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .split(/\s+/)
    .filter((w) => w !== '');

/**
 * The key of a swap: lowercase words, the words both sides share at the start and at the end
 * trimmed ("assume tank" for "think tank" is the swap "assume" for "think").
 */
export function swapKey(spun: string, original: string): string {
  const s = words(spun);
  const o = words(original);
  while (s.length > 1 && o.length > 1 && s[0] === o[0]) {
    s.shift();
    o.shift();
  }
  while (s.length > 1 && o.length > 1 && s[s.length - 1] === o[o.length - 1]) {
    s.pop();
    o.pop();
  }
  return `${s.join(' ')} → ${o.join(' ')}`;
}

/** The distinct swaps of the documents' spinner, with how often each was made. */
export function trueSwaps(docs: readonly DevDocument[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of docs)
    for (const s of d.substitutions) {
      const k = swapKey(s.spun, s.original);
      out.set(k, (out.get(k) ?? 0) + 1);
    }
  return out;
}

export interface TableScore {
  /** Distinct swaps the spinner made in the documents learned from. */
  readonly truth: number;
  /** Of those, swaps a learned entry holds; and those a learned or a built-in entry holds. */
  readonly recovered: number;
  readonly recoveredWithKnown: number;
  /** Learned entries, and those that are swaps the spinner made (precision). */
  readonly learned: number;
  readonly right: number;
  readonly sure: number;
  readonly sureRight: number;
  /** Swaps made in the held-out documents, and those a learned or built-in entry holds. */
  readonly heldOutSwaps: number;
  readonly heldOutCovered: number;
}

export function tableScore(
  learnDocs: readonly DevDocument[],
  testDocs: readonly DevDocument[],
  learned: readonly LearnedSwap[],
  known: readonly LearnedSwap[],
): TableScore {
  const truth = trueSwaps(learnDocs);
  const learnedKeys = new Set(learned.map((e) => swapKey(e.spun, e.original)));
  const allKeys = new Set([...learnedKeys, ...known.map((e) => swapKey(e.spun, e.original))]);
  const right = learned.filter((e) => truth.has(swapKey(e.spun, e.original)));
  const held = trueSwaps(testDocs);
  let heldOutSwaps = 0;
  let heldOutCovered = 0;
  for (const [k, n] of held) {
    heldOutSwaps += n;
    if (allKeys.has(k)) heldOutCovered += n;
  }
  return {
    truth: truth.size,
    recovered: [...truth.keys()].filter((k) => learnedKeys.has(k)).length,
    recoveredWithKnown: [...truth.keys()].filter((k) => allKeys.has(k)).length,
    learned: learned.length,
    right: right.length,
    sure: learned.filter((e) => e.sure).length,
    sureRight: right.filter((e) => e.sure).length,
    heldOutSwaps,
    heldOutCovered,
  };
}
