// Every place takes its likeliest original. The model sees the evidence of the whole word type
// (a spinner writes an original the same way everywhere), but one written word may stand for
// several originals (a spinner writes "previous" for "past" and for "former"), and readings of
// one word with different bases (programme+s, programm+es) compete too. Per observed word, the
// TOP_ORIGINALS best by noisy-channel score are scored.
import type { WordCandidate } from '../thesaurusCandidates.js';
import type { GainCache } from '../gainCache.js';
import type { Considered, WordDecision } from '../wordEdit.js';
import type { ChunkContext, PassContext } from './chunkContext.js';
import { evidence, observedOf, typeStats, type TypeStats } from './typeEvidence.js';
import { score, type Scored } from './score.js';
import { SOLE_MARGIN, TOP_ORIGINALS } from '../tuning.js';

/** An original not among the TOP_ORIGINALS of its written word: not scored. */
export interface Unranked {
  readonly candidate: WordCandidate;
  /** Its LM evidence here. */
  readonly gain: number;
  readonly type: TypeStats;
  /** Its rank by noisy-channel score, among `of` originals. */
  readonly rank: number;
  readonly of: number;
}

/** What a traced pass collects: every candidate scored, and every one left unscored. */
export interface PassTrace {
  readonly scored: Scored[];
  readonly unranked: Unranked[];
}

/** The original chosen at one place. */
export interface Decision extends WordDecision {
  readonly type: TypeStats;
}

/** One number per slot range [first, last]. */
export function spanKey(c: WordCandidate): number {
  return c.first * 0x10000 + (c.last - c.first);
}

/**
 * Which original of an observed word type to consider: the noisy-channel score, LM evidence
 * over the occurrences plus log10 P(observed | original) of the thesaurus.
 */
export function choiceScore(type: TypeStats): number {
  return type.sum + (type.members[0]?.channel ?? -6);
}

/** Every original at each place, with its LM evidence there. */
function consideredBySpan(
  words: readonly WordCandidate[],
  gains: GainCache,
  chunk: ChunkContext,
): Map<number, Considered[]> {
  const considered = new Map<number, Considered[]>();
  words.forEach((w, i) => {
    const span = spanKey(w);
    const list = considered.get(span) ?? [];
    list.push({ candidate: w, gain: evidence(w, gains.get(i), chunk.slots) });
    considered.set(span, list);
  });
  return considered;
}

/** The word types by observed word, best noisy-channel score first. */
export function originalsByObserved(types: ReadonlyMap<string, TypeStats>): TypeStats[][] {
  const byObserved = new Map<string, TypeStats[]>();
  for (const [key, type] of types) {
    const observed = observedOf(key);
    const list = byObserved.get(observed);
    if (list === undefined) byObserved.set(observed, [type]);
    else list.push(type);
  }
  const out = [...byObserved.values()];
  for (const list of out) list.sort((a, b) => choiceScore(b) - choiceScore(a));
  return out;
}

/** Scores the best originals of one observed word (`list` sorted by originalsByObserved). */
function scoreOriginals(
  list: readonly TypeStats[],
  chunk: ChunkContext,
  pass: PassContext,
  visit: (s: Scored) => void,
): void {
  list.slice(0, TOP_ORIGINALS).forEach((type, rank) => {
    const other = choiceScore((rank === 0 ? list[1] : list[0]) ?? type);
    const margin = list.length === 1 ? SOLE_MARGIN : choiceScore(type) - other;
    const standing = { rank, margin, alternatives: list.length };
    type.members.forEach((candidate, k) => {
      visit(score({ candidate, gain: type.gains[k] ?? 0, type, standing }, chunk, pass));
    });
  });
}

/** The originals of one observed word beyond the TOP_ORIGINALS, unscored. */
function unranked(list: readonly TypeStats[]): Unranked[] {
  return list.slice(TOP_ORIGINALS).flatMap((type, k) =>
    type.members.map((candidate, m) => ({
      candidate,
      gain: type.gains[m] ?? 0,
      type,
      rank: TOP_ORIGINALS + k,
      of: list.length,
    })),
  );
}

/**
 * The likeliest original at each place, in the context of the previous pass. `trace`, when
 * given, receives every candidate, scored or not.
 */
export function decideWords(
  words: readonly WordCandidate[],
  gains: GainCache,
  chunk: ChunkContext,
  pass: PassContext,
  trace?: PassTrace,
): Decision[] {
  const considered = consideredBySpan(words, gains, chunk);
  const bySpan = new Map<number, Decision>();
  const keepLikeliest = (s: Scored): void => {
    trace?.scored.push(s);
    const span = spanKey(s.candidate);
    const current = bySpan.get(span);
    if (current !== undefined && !(s.probability > current.probability)) return;
    const { candidate, gain, probability, type } = s;
    bySpan.set(span, {
      candidate,
      gain,
      probability,
      type,
      considered: considered.get(span) ?? [],
    });
  };
  for (const list of originalsByObserved(typeStats(words, gains, chunk.slots))) {
    if (trace !== undefined) trace.unranked.push(...unranked(list));
    scoreOriginals(list, chunk, pass, keepLikeliest);
  }
  return [...bySpan.values()];
}
