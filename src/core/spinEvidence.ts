// Document evidence that a text was spun, in proportion to what it proves. A spinner changes many
// words; one thesaurus swap on its own in a long genuine text ("works" -> "children" in a
// licence) is a language-model artifact, not a spin, however often the licence repeats the word
// ("liability" -> "debt" in every clause of the Apache licence: the LM prefers the same bigram
// each time). So a thesaurus change is written only where a change of another word at the
// evidence level stands near it (a sure dictionary phrase among them); alone it is kept as a
// suggestion at ISOLATED_CAP at most.
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

/** A swap's type: the same swap repeated ("liability" -> "debt" in every clause) is one piece of evidence. */
const typeOf = (e: Edit): string => `${e.actual.toLowerCase()}\u0000${e.text.toLowerCase()}`;

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
  const evidence = linked(
    edits.filter(strong).map((e) => ({ at: wordIndex(starts, e.span[0]), type: typeOf(e) })),
  );
  return edits.map((e) => {
    if (!isThesaurusEdit(e) || e.confidence <= ISOLATED_CAP) return e;
    if (supported(evidence, wordIndex(starts, e.span[0]), typeOf(e))) return e;
    return {
      ...e,
      confidence: ISOLATED_CAP,
      reasons: [
        ...e.reasons,
        `no change of another word at ${EVIDENCE_CONFIDENCE} or more within ${EVIDENCE_WINDOW_WORDS} words: confidence ${e.confidence.toFixed(2)} capped at ${ISOLATED_CAP}`,
      ],
    };
  });
}

interface Evidence {
  readonly at: number;
  readonly type: string;
  /** Index of the next evidence of another type (the array's length when none). */
  next: number;
}

/** Evidence sorted by position, each knowing where the next of another type is. */
function linked(items: readonly { at: number; type: string }[]): Evidence[] {
  const out: Evidence[] = [...items]
    .sort((a, b) => a.at - b.at)
    .map((e) => ({ ...e, next: items.length }));
  for (let i = out.length - 2; i >= 0; i--) {
    const here = out[i] as Evidence;
    const after = out[i + 1] as Evidence;
    here.next = after.type !== here.type ? i + 1 : after.next;
  }
  return out;
}

/** A strong change of another type than `type` within the window around word `at`. */
function supported(evidence: readonly Evidence[], at: number, type: string): boolean {
  let lo = 0;
  let hi = evidence.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((evidence[mid]?.at ?? 0) < at - EVIDENCE_WINDOW_WORDS) lo = mid + 1;
    else hi = mid;
  }
  const first = evidence[lo];
  if (first === undefined) return false;
  // The first evidence in the window, or the next of another type when it has this one.
  const other = first.type !== type ? first : evidence[first.next];
  return other !== undefined && other.at <= at + EVIDENCE_WINDOW_WORDS;
}
