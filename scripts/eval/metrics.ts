// Pure metric functions for the evaluation harness. No I/O; exact definitions are in
// eval/README.md and repeated next to each function.
import type { Substitution } from './types.js';

/** The parts of an engine Edit the metrics need. */
export interface ScoredEdit {
  readonly span: readonly [number, number];
  readonly text: string;
  readonly confidence: number;
}

export interface GoldDocument {
  readonly spun: string;
  readonly original: string;
  /** Sorted by start, non-overlapping, offsets in `spun`. */
  readonly substitutions: readonly Substitution[];
}

/**
 * The original text behind the span [start, end) of the spun text: the span with every
 * substitution inside it replaced by its original. Undefined when the span cuts through a
 * substitution (starts or ends strictly inside one), because no original text corresponds to it.
 */
export function originalOf(doc: GoldDocument, start: number, end: number): string | undefined {
  let out = '';
  let pos = start;
  for (const s of doc.substitutions) {
    if (s.end <= start || s.start >= end) continue;
    if (s.start < start || s.end > end) return undefined;
    out += doc.spun.slice(pos, s.start) + s.original;
    pos = s.end;
  }
  return out + doc.spun.slice(pos, end);
}

function substitutionsIn(doc: GoldDocument, start: number, end: number): Substitution[] {
  return doc.substitutions.filter((s) => s.start >= start && s.end <= end && s.end > s.start);
}

/**
 * An edit is right when writing its text at its span gives back the original text at that place,
 * exactly (case included). When it covers exactly one substitution that has alternatives, any
 * alternative in place of the original is right as well. An edit on untouched text is right only
 * if it changes nothing.
 */
export function isEditCorrect(doc: GoldDocument, edit: ScoredEdit): boolean {
  const [start, end] = edit.span;
  const want = originalOf(doc, start, end);
  if (want === undefined) return false;
  if (edit.text === want) return true;
  const inside = substitutionsIn(doc, start, end);
  if (inside.length !== 1) return false;
  const s = inside[0] as Substitution;
  const before = doc.spun.slice(start, s.start);
  const after = doc.spun.slice(s.end, end);
  return (s.alternatives ?? []).some((alt) => edit.text === before + alt + after);
}

/** Whitespace-separated words. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** Word-level Levenshtein distance (substitution, insertion, deletion each cost 1). */
export function wordDistance(a: readonly string[], b: readonly string[]): number {
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  let ea = a.length;
  let eb = b.length;
  while (ea > lo && eb > lo && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  const n = ea - lo;
  const m = eb - lo;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const ai = a[lo + i - 1];
    for (let j = 1; j <= m; j++) {
      const sub = (prev[j - 1] as number) + (ai === b[lo + j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m] as number;
}

export interface CalibrationItem {
  readonly confidence: number;
  readonly correct: boolean;
}

export interface DocumentScore {
  /** Words in the original text. */
  readonly words: number;
  readonly substitutions: number;
  /** Substitutions inside a right applied edit. */
  readonly restored: number;
  /** Substitutions inside a right edit, applied or suggested. */
  readonly found: number;
  readonly applied: number;
  readonly appliedCorrect: number;
  /** Word edit distance spun -> original and output -> original. */
  readonly distanceSpun: number;
  readonly distanceOutput: number;
  /** Every applied edit and suggestion, labelled right or wrong as for precision. */
  readonly calibration: readonly CalibrationItem[];
}

export function scoreDocument(
  doc: GoldDocument,
  output: string,
  applied: readonly ScoredEdit[],
  suggestions: readonly ScoredEdit[],
): DocumentScore {
  const rightApplied = applied.filter((e) => isEditCorrect(doc, e));
  const rightSuggested = suggestions.filter((e) => isEditCorrect(doc, e));
  const covered = (edits: readonly ScoredEdit[], s: Substitution): boolean =>
    edits.some((e) => e.span[0] <= s.start && s.end <= e.span[1]);
  const original = wordsOf(doc.original);
  return {
    words: original.length,
    substitutions: doc.substitutions.length,
    restored: doc.substitutions.filter((s) => covered(rightApplied, s)).length,
    found: doc.substitutions.filter((s) => covered(rightApplied, s) || covered(rightSuggested, s))
      .length,
    applied: applied.length,
    appliedCorrect: rightApplied.length,
    distanceSpun: wordDistance(wordsOf(doc.spun), original),
    distanceOutput: wordDistance(wordsOf(output), original),
    calibration: [
      ...applied.map((e) => ({ confidence: e.confidence, correct: rightApplied.includes(e) })),
      ...suggestions.map((e) => ({
        confidence: e.confidence,
        correct: rightSuggested.includes(e),
      })),
    ],
  };
}

export interface ReliabilityBin {
  readonly lo: number;
  readonly hi: number;
  readonly count: number;
  /** Mean confidence in the bin (NaN when empty). */
  readonly confidence: number;
  /** Share of right items in the bin (NaN when empty). */
  readonly accuracy: number;
}

export interface Calibration {
  /** Expected calibration error: sum over bins of (count/N) * |accuracy - confidence|. */
  readonly ece: number;
  readonly bins: readonly ReliabilityBin[];
  readonly count: number;
}

/** ECE over `bins` equal-width confidence bins; [k/B, (k+1)/B), the last bin includes 1. */
export function calibration(items: readonly CalibrationItem[], bins = 10): Calibration {
  const sums = Array.from({ length: bins }, () => ({ n: 0, conf: 0, right: 0 }));
  for (const it of items) {
    const c = Math.min(Math.max(it.confidence, 0), 1);
    const b = sums[Math.min(bins - 1, Math.floor(c * bins))] as {
      n: number;
      conf: number;
      right: number;
    };
    b.n++;
    b.conf += c;
    b.right += it.correct ? 1 : 0;
  }
  let ece = 0;
  const out = sums.map((s, k) => {
    const confidence = s.n === 0 ? NaN : s.conf / s.n;
    const accuracy = s.n === 0 ? NaN : s.right / s.n;
    if (s.n > 0) ece += (s.n / items.length) * Math.abs(accuracy - confidence);
    return { lo: k / bins, hi: (k + 1) / bins, count: s.n, confidence, accuracy };
  });
  return { ece: items.length === 0 ? NaN : ece, bins: out, count: items.length };
}

export interface SetMetrics {
  readonly documents: number;
  readonly words: number;
  readonly substitutions: number;
  /** restored / substitutions (NaN when there are none). */
  readonly recall: number;
  /** found / substitutions: right restorations applied or suggested. */
  readonly foundRate: number;
  /** right applied / applied (NaN when nothing was applied). */
  readonly precision: number;
  readonly applied: number;
  /** Word error rate of the spun text and of the output, against the original. */
  readonly werSpun: number;
  readonly werOutput: number;
  /** (werSpun - werOutput) / werSpun (NaN for clean sets). */
  readonly werReduction: number;
  /** Wrong applied edits per 1,000 original words. */
  readonly falseAlarmsPer1k: number;
  readonly calibration: Calibration;
}

export function aggregate(scores: readonly DocumentScore[]): SetMetrics {
  const sum = (f: (s: DocumentScore) => number): number => scores.reduce((t, s) => t + f(s), 0);
  const words = sum((s) => s.words);
  const subs = sum((s) => s.substitutions);
  const applied = sum((s) => s.applied);
  const right = sum((s) => s.appliedCorrect);
  const werSpun = words === 0 ? NaN : sum((s) => s.distanceSpun) / words;
  const werOutput = words === 0 ? NaN : sum((s) => s.distanceOutput) / words;
  return {
    documents: scores.length,
    words,
    substitutions: subs,
    recall: subs === 0 ? NaN : sum((s) => s.restored) / subs,
    foundRate: subs === 0 ? NaN : sum((s) => s.found) / subs,
    precision: applied === 0 ? NaN : right / applied,
    applied,
    werSpun,
    werOutput,
    werReduction: werSpun > 0 ? (werSpun - werOutput) / werSpun : NaN,
    falseAlarmsPer1k: words === 0 ? NaN : ((applied - right) / words) * 1000,
    calibration: calibration(scores.flatMap((s) => s.calibration)),
  };
}
