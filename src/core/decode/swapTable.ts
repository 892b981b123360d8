// The document's own swap table. A spinner writes each original with one substitute wherever it
// swaps it, and its table does not swap its own substitutes: so the decisions of one text, read
// as a table (written word -> original), contradict each other when
//   - one original is restored from two written words ("within" -> "in" and "inside" -> "in"),
//   - a word the table writes for another is itself restored ("within" -> "in" with "inside" ->
//     "within").
// (One written word may stand for two originals: a spinner writes "previous" for "past" and for
// "former", an alphabetical one "ample" for "big" and for "large".)
// The table holds each written word's and each original's likeliest pairing among the
// decisions at or above ACCEPT (the evidence pooled over occurrences by the decision model); a
// decision it contradicts keeps TABLE_CONFLICT of its probability: kept, but a weaker reading.
import { observedOf } from './typeEvidence.js';
import { ACCEPT, TABLE_CONFLICT } from '../tuning.js';

/** What the table needs of a decision. */
export interface TableEntry {
  readonly candidate: {
    readonly typeKey: string;
    readonly original: { readonly spinner?: unknown };
  };
  readonly probability: number;
}

/** The original (base) of a type key `observed→original`. */
function originalOf(key: string): string {
  return key.slice(key.indexOf('→') + 1);
}

/** The likeliest pairing of each side: written -> [original, p] and original -> [written, p]. */
function tableOf(decisions: readonly TableEntry[]): {
  byWritten: Map<string, readonly [string, number]>;
  byOriginal: Map<string, readonly [string, number]>;
} {
  const byWritten = new Map<string, readonly [string, number]>();
  const byOriginal = new Map<string, readonly [string, number]>();
  for (const d of decisions) {
    if (d.probability < ACCEPT) continue;
    const w = observedOf(d.candidate.typeKey);
    const o = originalOf(d.candidate.typeKey);
    if (d.probability > (byWritten.get(w)?.[1] ?? -1)) byWritten.set(w, [o, d.probability]);
    if (d.probability > (byOriginal.get(o)?.[1] ?? -1)) byOriginal.set(o, [w, d.probability]);
  }
  return { byWritten, byOriginal };
}

/** The reason a decision contradicts the table, or undefined when it does not. */
function tableConflict(d: TableEntry, table: ReturnType<typeof tableOf>): string | undefined {
  const w = observedOf(d.candidate.typeKey);
  const o = originalOf(d.candidate.typeKey);
  const sameOriginal = table.byOriginal.get(o);
  if (sameOriginal !== undefined && sameOriginal[0] !== w && sameOriginal[1] > d.probability)
    return `the text writes “${sameOriginal[0]}” for “${o}”`;
  const chained = table.byWritten.get(o);
  if (chained !== undefined && chained[0] !== w && chained[1] > d.probability)
    return `the text writes “${o}” for “${chained[0]}”`;
  return undefined;
}

/**
 * The decisions, those the table contradicts at TABLE_CONFLICT of their probability. A curated
 * spinner swap is not weighed: the lists say what spinners write, two words for one original
 * included ("mentioned" and "stated" for "said").
 */
export function weighByTable<T extends TableEntry>(decisions: readonly T[]): T[] {
  const table = tableOf(decisions);
  return decisions.map((d) =>
    d.candidate.original.spinner !== undefined || tableConflict(d, table) === undefined
      ? d
      : { ...d, probability: d.probability * TABLE_CONFLICT },
  );
}
