// Document evidence that a text was spun, in proportion to what it proves. A spinner changes many
// words; one thesaurus swap on its own in a long genuine text ("works" -> "children" in a
// licence) is a language-model artifact, not a spin. So a thesaurus change is written only where
// another change at the evidence level stands near it (another word, or the same swap again: a
// spinner swaps a word the same way each time), a sure dictionary phrase among them; alone it is
// kept as a suggestion at ISOLATED_CAP at most.
import type { Edit, Token } from '../types.js';

/** Words on either side of a thesaurus change within which another change supports it. */
export const EVIDENCE_WINDOW_WORDS = 1000;
/**
 * Confidence of a change that counts as evidence, whatever threshold the user chose (a low
 * --min-confidence must not make a genuine text look spun).
 */
export const EVIDENCE_CONFIDENCE = 0.8;
/** The most confidence a thesaurus change without support keeps. */
export const ISOLATED_CAP = 0.4;

const THESAURUS_SOURCE = /^(?:moby|wordnet)(?:\+(?:moby|wordnet))*$/;

/** An edit proposed by the thesauri alone (not a dictionary phrase or a curated swap). */
export function isThesaurusEdit(edit: Edit): boolean {
  return THESAURUS_SOURCE.test(edit.source);
}

/** Offsets of the word and number tokens, in order (for word distances). */
export function wordStarts(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (const t of tokens) if (t.kind === 'word' || t.kind === 'number') out.push(t.span[0]);
  return out;
}

/** Index of the last word starting at or before `offset` (0 when none). */
function wordIndex(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A change that counts as evidence of spinning (applied at the evidence level, not flagged). */
function strong(e: Edit): boolean {
  return !e.suggestOnly && e.confidence >= EVIDENCE_CONFIDENCE;
}

/**
 * The edits with every unsupported thesaurus change capped at ISOLATED_CAP (and a reason saying
 * so). O(n log n): binary searches over the strong changes.
 */
export function weighIsolated(tokens: readonly Token[], edits: readonly Edit[]): Edit[] {
  const starts = wordStarts(tokens);
  const evidence = edits
    .filter(strong)
    .map((e) => wordIndex(starts, e.span[0]))
    .sort((a, b) => a - b);
  return edits.map((e) => {
    if (!isThesaurusEdit(e) || e.confidence <= ISOLATED_CAP) return e;
    const at = wordIndex(starts, e.span[0]);
    const around = countWithin(evidence, at - EVIDENCE_WINDOW_WORDS, at + EVIDENCE_WINDOW_WORDS);
    if (around - (strong(e) ? 1 : 0) > 0) return e;
    return {
      ...e,
      confidence: ISOLATED_CAP,
      reasons: [
        ...e.reasons,
        `no other change at ${EVIDENCE_CONFIDENCE} or more within ${EVIDENCE_WINDOW_WORDS} words: confidence ${e.confidence.toFixed(2)} capped at ${ISOLATED_CAP}`,
      ],
    };
  });
}

/** Number of positions in the sorted array within [from, to]. */
function countWithin(sorted: readonly number[], from: number, to: number): number {
  const bound = (x: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return bound(to + 1) - bound(from);
}
