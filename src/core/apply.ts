// Apply edits to a text back to front; overlapping edits are resolved by confidence (then by
// length, then by position), never merged: the losers are returned as `skipped`.
import type { ApplyResult, Edit } from '../types.js';
import { Occupancy } from './occupancy.js';

function byStrength(a: Edit, b: Edit): number {
  return (
    b.confidence - a.confidence ||
    b.span[1] - b.span[0] - (a.span[1] - a.span[0]) ||
    a.span[0] - b.span[0]
  );
}

/**
 * The room an edit takes, in doubled offsets: [2s, 2e) for a replacement, [2p, 2p + 1) for an
 * insertion at p. So an insertion conflicts with another at the same place and with a
 * replacement that starts at or spans p, not with one that ends at p.
 */
function room(e: Edit): readonly [number, number] {
  const [s, t] = e.span;
  return s === t ? [2 * s, 2 * s + 1] : [2 * s, 2 * t];
}

/** Chooses a non-overlapping subset: the strongest edit of every overlapping group wins. */
export function resolveOverlaps(edits: readonly Edit[]): { kept: Edit[]; skipped: Edit[] } {
  const kept: Edit[] = [];
  const skipped: Edit[] = [];
  const taken = new Occupancy(edits.flatMap(room));
  for (const edit of [...edits].sort(byStrength)) {
    const [start, end] = room(edit);
    if (taken.taken(start, end)) skipped.push(edit);
    else {
      taken.claim(start, end);
      kept.push(edit);
    }
  }
  const order = (a: Edit, b: Edit): number => a.span[0] - b.span[0] || a.span[1] - b.span[1];
  return { kept: kept.sort(order), skipped: skipped.sort(order) };
}

export function applyEdits(text: string, edits: readonly Edit[]): ApplyResult {
  for (const e of edits) {
    const [start, end] = e.span;
    if (
      !(Number.isInteger(start) && Number.isInteger(end)) ||
      start < 0 ||
      end > text.length ||
      start > end
    ) {
      throw new RangeError(
        `edit span [${start}, ${end}) is outside the text (length ${text.length})`,
      );
    }
  }
  const { kept, skipped } = resolveOverlaps(edits);
  // Pieces joined once (slicing the whole text per edit is quadratic in the number of edits).
  const pieces: string[] = [];
  let at = 0;
  for (const e of kept) {
    pieces.push(text.slice(at, e.span[0]), e.text);
    at = e.span[1];
  }
  pieces.push(text.slice(at));
  return { output: pieces.join(''), applied: kept, skipped };
}

/** Undo applied edits on the output of applyEdits: gives the original text back. */
export function revertEdits(output: string, applied: readonly Edit[]): string {
  const sorted = [...applied].sort((a, b) => a.span[0] - b.span[0]);
  const pieces: string[] = [];
  let shift = 0;
  let at = 0;
  for (const e of sorted) {
    const start = e.span[0] + shift;
    pieces.push(output.slice(at, start), e.actual);
    at = start + e.text.length;
    shift += e.text.length - (e.span[1] - e.span[0]);
  }
  pieces.push(output.slice(at));
  return pieces.join('');
}
