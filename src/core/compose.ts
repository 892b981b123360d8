// Two passes of restore as one: the second pass's edits (on the first pass's output) mapped back
// onto the input. A second-pass edit that touches a first-pass restoration is merged with it into
// one edit over the input ("by way of Getty Photos" -> "via Getty Photos" -> "via Getty Images"
// is one edit "by way of Getty Photos" -> "via Getty Images"). So restore's output is a fixed
// point: restoring it again changes nothing more (restore.ts runs passes until it is).
// O((n + m) log n) for n first-pass and m second-pass edits.
import type { Edit, RestoreResult } from '../types.js';
import { SpanSet } from './protect.js';

interface Placed {
  readonly edit: Edit;
  /** Where the edit's text stands in the first pass's output. */
  readonly out: readonly [number, number];
}

/** The first pass's applied edits (disjoint) with their place in its output, and the shifts. */
class FirstPass {
  readonly placed: Placed[];
  /** shifts[i]: length change of placed[0..i) together. */
  private readonly shifts: number[];

  constructor(applied: readonly Edit[]) {
    let shift = 0;
    this.shifts = [0];
    this.placed = [...applied]
      .sort((a, b) => a.span[0] - b.span[0])
      .map((edit) => {
        const start = edit.span[0] + shift;
        shift += edit.text.length - (edit.span[1] - edit.span[0]);
        this.shifts.push(shift);
        return { edit, out: [start, start + edit.text.length] as const };
      });
  }

  /** Number of placed edits whose output ends at or before `offset`. */
  private endingBy(offset: number): number {
    let lo = 0;
    let hi = this.placed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.placed[mid] as Placed).out[1] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Input offset of an output offset outside every restoration. At a deletion's place, a start
   * lies after the deleted text and an end before it.
   */
  toInput(offset: number, isEnd: boolean): number {
    let n = this.endingBy(offset);
    if (isEnd) while (n > 0 && (this.placed[n - 1] as Placed).out[0] === offset) n--;
    return offset - (this.shifts[n] ?? 0);
  }

  /** The restorations that share text with [s, e) (a deletion strictly inside counts). */
  touching(s: number, e: number): Placed[] {
    const out: Placed[] = [];
    for (let i = this.endingBy(s - 1); i < this.placed.length; i++) {
      const p = this.placed[i] as Placed;
      if (p.out[0] > e) break;
      if (touches(s, e, p.out[0], p.out[1])) out.push(p);
    }
    return out;
  }
}

/** [s, e) and [ps, pe) share text (an empty range counts when strictly inside the other). */
function touches(s: number, e: number, ps: number, pe: number): boolean {
  if (ps === pe) return s < ps && ps < e;
  if (s === e) return ps < s && s < pe;
  return s < pe && ps < e;
}

function merge(
  input: string,
  middle: string,
  b: Edit,
  merged: readonly Placed[],
  span: [number, number],
  out: [number, number],
): Edit {
  const steps = [...merged.map((p) => p.edit), b];
  return {
    ...b,
    span,
    actual: input.slice(span[0], span[1]),
    text: middle.slice(out[0], b.span[0]) + b.text + middle.slice(b.span[1], out[1]),
    alternatives: [],
    confidence: Math.min(...steps.map((x) => x.confidence)),
    source: [...new Set(steps.map((x) => x.source))].join('+'),
    reasons: [
      `restored in ${steps.length} steps: ${steps.map((x) => `“${x.actual}” -> “${x.text}”`).join(', then ')}`,
      ...steps.flatMap((x) => x.reasons),
    ],
  };
}

/** The second pass's applied edits and the first's, as edits over the original input. */
export function composeApplied(
  input: string,
  first: readonly Edit[],
  middle: string,
  second: readonly Edit[],
): Edit[] {
  const pass = new FirstPass(first);
  const used = new Set<Placed>();
  const out: Edit[] = [];
  for (const b of [...second].sort((x, y) => x.span[0] - y.span[0])) {
    const merged = pass.touching(b.span[0], b.span[1]);
    const s = Math.min(b.span[0], ...merged.map((p) => p.out[0]));
    const e = Math.max(b.span[1], ...merged.map((p) => p.out[1]));
    const span: [number, number] = [pass.toInput(s, false), pass.toInput(e, true)];
    merged.forEach((p) => used.add(p));
    out.push(
      merged.length === 0
        ? { ...b, span, actual: input.slice(span[0], span[1]) }
        : merge(input, middle, b, merged, span, [s, e]),
    );
  }
  for (const p of pass.placed) if (!used.has(p)) out.push(p.edit);
  return out.sort((x, y) => x.span[0] - y.span[0]);
}

/**
 * The result of restoring `first.output` again (`second`) composed with `first`: applied edits
 * over the input; suggestions of both passes that share no text with an applied edit.
 */
export function composeResults(first: RestoreResult, second: RestoreResult): RestoreResult {
  const applied = composeApplied(first.input, first.applied, first.output, second.applied);
  const pass = new FirstPass(first.applied);
  const moved = second.suggestions
    .filter((e) => pass.touching(e.span[0], e.span[1]).length === 0)
    .map((e) => {
      const span: [number, number] = [
        pass.toInput(e.span[0], false),
        pass.toInput(e.span[1], true),
      ];
      return { ...e, span, actual: first.input.slice(span[0], span[1]) };
    });
  const taken = new SpanSet(applied.map((a) => a.span));
  const seen = new Set<string>();
  const suggestions = [...first.suggestions, ...moved]
    .filter((e) => !taken.overlaps(e.span))
    .filter((e) => {
      const key = `${e.span[0]}:${e.span[1]}:${e.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((x, y) => x.span[0] - y.span[0] || x.span[1] - y.span[1]);
  return {
    input: first.input,
    output: second.output,
    applied,
    suggestions,
    showsSpin: first.showsSpin === true || second.showsSpin === true,
    hiddenSuggestions: first.hiddenSuggestions ?? 0,
  };
}
