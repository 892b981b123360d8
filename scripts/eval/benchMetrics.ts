// Benchmark metrics beyond scoreDocument (metrics.ts): false alarms in genuine paragraphs,
// changes from another family than the text's, wrong edits by the candidate source that proposed
// them, and recall on the swaps outside the restorer's thesauri. Pure; definitions in
// eval/README.md ("Benchmark metrics").
import { isEditCorrect, wordsOf, type GoldDocument, type ScoredEdit } from './metrics.js';
import type { Family, Substitution } from './types.js';

/** An applied edit with the candidate source that proposed it (`moby`, `news-spinner`, …). */
export interface SourcedEdit extends ScoredEdit {
  readonly source: string;
}

export interface BenchDocument extends GoldDocument {
  readonly family?: Family;
  readonly genuine?: ReadonlyArray<readonly [number, number]>;
}

/**
 * The engine's candidate sources that belong to each family: the thesauri and curated
 * dictionaries whose swaps are typical of it. A wrong edit from any other source is a change
 * from another family than the text's.
 */
export const FAMILY_SOURCES: Readonly<Record<Family, readonly string[]>> = {
  news: ['moby', 'news-spinner', 'news-spinner-words'],
  wnfirst: ['wordnet', 'wordnet-spinner'],
  alpha: ['moby', 'wordnet'],
  spinbot: ['moby', 'wordnet', 'news-spinner', 'news-spinner-words'],
  mt: [],
};

/** True when a source (`moby+wordnet` names two) has a part that belongs to the family. */
export function isOwnSource(family: Family, source: string): boolean {
  return source.split('+').some((s) => FAMILY_SOURCES[family].includes(s));
}

export interface WrongEdits {
  /** Wrong edits on text the spinner did not touch. */
  untouched: number;
  /** Wrong edits over a substitution (restoring something other than the original). */
  wrongRestoration: number;
}

export interface BenchScore {
  /** Words of the genuine paragraphs (mixed documents). */
  readonly genuineWords: number;
  /** Applied edits that change text inside genuine paragraphs. */
  readonly genuineFalseAlarms: number;
  /** Applied edits that change the text at all. */
  readonly changes: number;
  /** Wrong applied edits whose source is not of the document's family (0 without a family). */
  readonly crossFamily: number;
  /** Wrong applied edits by proposing source. */
  readonly wrongBySource: Readonly<Record<string, WrongEdits>>;
  /** Substitutions outside the restorer's thesauri, and how many of them a right edit restored. */
  readonly outside: number;
  readonly outsideRestored: number;
}

const overlaps = (e: ScoredEdit, a: number, b: number): boolean => e.span[0] < b && a < e.span[1];
const changes = (doc: GoldDocument, e: ScoredEdit): boolean =>
  doc.spun.slice(e.span[0], e.span[1]) !== e.text;

export function benchScore(doc: BenchDocument, applied: readonly SourcedEdit[]): BenchScore {
  const genuine = doc.genuine ?? [];
  const wrongBySource: Record<string, WrongEdits> = {};
  let crossFamily = 0;
  for (const e of applied) {
    if (isEditCorrect(doc, e)) continue;
    const touched = doc.substitutions.some((s) => overlaps(e, s.start, s.end));
    const w = (wrongBySource[e.source] ??= { untouched: 0, wrongRestoration: 0 });
    if (touched) w.wrongRestoration++;
    else w.untouched++;
    if (doc.family !== undefined && !isOwnSource(doc.family, e.source)) crossFamily++;
  }
  const right = applied.filter((e) => isEditCorrect(doc, e));
  const restored = (s: Substitution): boolean =>
    right.some((e) => e.span[0] <= s.start && s.end <= e.span[1]);
  const outside = doc.substitutions.filter((s) => s.outside === true);
  return {
    genuineWords: genuine.reduce((n, [a, b]) => n + wordsOf(doc.spun.slice(a, b)).length, 0),
    genuineFalseAlarms: applied.filter(
      (e) => changes(doc, e) && genuine.some(([a, b]) => overlaps(e, a, b)),
    ).length,
    changes: applied.filter((e) => changes(doc, e)).length,
    crossFamily,
    wrongBySource,
    outside: outside.length,
    outsideRestored: outside.filter(restored).length,
  };
}

export interface BenchTotals {
  readonly genuineWords: number;
  readonly genuineFalseAlarms: number;
  readonly changes: number;
  readonly crossFamily: number;
  readonly outside: number;
  readonly outsideRestored: number;
  readonly wrongBySource: Readonly<Record<string, WrongEdits>>;
}

export function sumBench(scores: readonly BenchScore[]): BenchTotals {
  const sum = (f: (s: BenchScore) => number): number => scores.reduce((t, s) => t + f(s), 0);
  const wrongBySource: Record<string, WrongEdits> = {};
  for (const s of scores) {
    for (const [source, w] of Object.entries(s.wrongBySource)) {
      const t = (wrongBySource[source] ??= { untouched: 0, wrongRestoration: 0 });
      t.untouched += w.untouched;
      t.wrongRestoration += w.wrongRestoration;
    }
  }
  return {
    genuineWords: sum((s) => s.genuineWords),
    genuineFalseAlarms: sum((s) => s.genuineFalseAlarms),
    changes: sum((s) => s.changes),
    crossFamily: sum((s) => s.crossFamily),
    outside: sum((s) => s.outside),
    outsideRestored: sum((s) => s.outsideRestored),
    wrongBySource,
  };
}
