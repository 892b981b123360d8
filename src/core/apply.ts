// Apply edits to a text back to front; overlapping edits are resolved by confidence (then by
// length, then by position), never merged: the losers are returned as `skipped`.
import type { ApplyResult, Edit } from '../types.js';

function overlaps(a: Edit, b: Edit): boolean {
  return a.span[0] < b.span[1] && b.span[0] < a.span[1];
}

function byStrength(a: Edit, b: Edit): number {
  return (
    b.confidence - a.confidence ||
    b.span[1] - b.span[0] - (a.span[1] - a.span[0]) ||
    a.span[0] - b.span[0]
  );
}

/** Chooses a non-overlapping subset: the strongest edit of every overlapping group wins. */
export function resolveOverlaps(edits: readonly Edit[]): { kept: Edit[]; skipped: Edit[] } {
  const kept: Edit[] = [];
  const skipped: Edit[] = [];
  for (const edit of [...edits].sort(byStrength)) {
    if (kept.some((k) => overlaps(k, edit))) skipped.push(edit);
    else kept.push(edit);
  }
  const order = (a: Edit, b: Edit): number => a.span[0] - b.span[0] || a.span[1] - b.span[1];
  return { kept: kept.sort(order), skipped: skipped.sort(order) };
}

export function applyEdits(text: string, edits: readonly Edit[]): ApplyResult {
  for (const e of edits) {
    const [start, end] = e.span;
    if (start < 0 || end > text.length || start > end) {
      throw new RangeError(
        `edit span [${start}, ${end}) is outside the text (length ${text.length})`,
      );
    }
  }
  const { kept, skipped } = resolveOverlaps(edits);
  let output = text;
  for (let i = kept.length - 1; i >= 0; i--) {
    const e = kept[i] as Edit;
    output = output.slice(0, e.span[0]) + e.text + output.slice(e.span[1]);
  }
  return { output, applied: kept, skipped };
}

/** Undo applied edits on the output of applyEdits: gives the original text back. */
export function revertEdits(output: string, applied: readonly Edit[]): string {
  const sorted = [...applied].sort((a, b) => a.span[0] - b.span[0]);
  let shift = 0;
  const inverse = sorted.map((e) => {
    const start = e.span[0] + shift;
    shift += e.text.length - (e.span[1] - e.span[0]);
    return { start, end: start + e.text.length, text: e.actual };
  });
  let text = output;
  for (let i = inverse.length - 1; i >= 0; i--) {
    const e = inverse[i] as { start: number; end: number; text: string };
    text = text.slice(0, e.start) + e.text + text.slice(e.end);
  }
  return text;
}
