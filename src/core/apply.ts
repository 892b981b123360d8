// Apply edits to a text: the output is built once from the pieces between the edits (linear in
// the text and the edits). Overlapping edits are resolved by confidence (then by length, then by
// position), never merged: the losers are returned as `skipped`.
import type { ApplyResult, Edit, Span } from '../types.js';
import { greedyDisjoint } from './disjoint.js';

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

/**
 * Chooses a non-overlapping subset: the strongest edit of every overlapping group wins (rooms,
 * not spans: an insertion inside a replacement overlaps it). Both lists come in text order (at
 * one position: shorter first, then stronger first).
 */
export function resolveOverlaps(edits: readonly Edit[]): { kept: Edit[]; skipped: Edit[] } {
  const keep = greedyDisjoint(edits, (e) => room(e) as Span, byStrength);
  // In text order; equal spans in the order of strength (then of input).
  const order = edits.map((_, i) => i);
  order.sort((i, j) => {
    const a = edits[i] as Edit;
    const b = edits[j] as Edit;
    return a.span[0] - b.span[0] || a.span[1] - b.span[1] || byStrength(a, b) || i - j;
  });
  const kept: Edit[] = [];
  const skipped: Edit[] = [];
  for (const i of order) (keep[i] ? kept : skipped).push(edits[i] as Edit);
  return { kept, skipped };
}

/** The text with the pieces between the spans kept and each span replaced (spans in order). */
function splice(text: string, spans: readonly Span[], texts: readonly string[]): string {
  const parts: string[] = [];
  let at = 0;
  spans.forEach((span, i) => {
    parts.push(text.slice(at, span[0]), texts[i] as string);
    at = span[1];
  });
  parts.push(text.slice(at));
  return parts.join('');
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
  const output = splice(
    text,
    kept.map((e) => e.span),
    kept.map((e) => e.text),
  );
  return { output, applied: kept, skipped };
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
