// A finding (an overlap loser, or one below the threshold) that the applied edits already carry
// out is not listed again.
import type { Edit } from '../types.js';

/** Index of the first applied edit (sorted, disjoint) that ends after `offset`. */
function firstEndingAfter(applied: readonly Edit[], offset: number): number {
  let lo = 0;
  let hi = applied.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((applied[mid] as Edit).span[1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * True when the applied edits (sorted and disjoint, as applyEdits returns them) already carry
 * `loser` out: inside one applied edit that writes its text ("within" -> "in" inside "within
 * the" -> "in the"), or covering applied edits that together give its text ("proper now" ->
 * "right now" when "proper" -> "right" won).
 */
export function alreadySaid(input: string, loser: Edit, applied: readonly Edit[]): boolean {
  const [from, to] = loser.span;
  const overlapping: Edit[] = [];
  for (let i = firstEndingAfter(applied, from); i < applied.length; i++) {
    const a = applied[i] as Edit;
    if (a.span[0] >= to) break;
    overlapping.push(a);
  }
  if (overlapping.length === 0) return false;
  const [first] = overlapping;
  if (
    overlapping.length === 1 &&
    first !== undefined &&
    first.span[0] <= from &&
    to <= first.span[1] &&
    first.text.includes(loser.text)
  )
    return true;
  if (overlapping.some((a) => a.span[0] < from || a.span[1] > to)) return false;
  let text = '';
  let at = from;
  for (const a of overlapping) {
    text += input.slice(at, a.span[0]) + a.text;
    at = a.span[1];
  }
  return text + input.slice(at, to) === loser.text;
}
