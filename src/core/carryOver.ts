// Suggestions that outlive the --write that left them. Once a run has written a file, its surest
// phrases are restored and the text no longer looks spun: a later run would not find the
// suggestions the reader still has to review. So the CLI keeps them beside the file
// (src/cli/sidecar.ts), moved onto the written text, and a later run reports them again where the
// text still reads as they say, never applying them.
import type { Edit, RestoreResult } from '../types.js';
import { SpanSet } from './protect.js';

/** How far (UTF-16 units) a recorded suggestion is looked for when the text moved around it. */
export const RELOCATE_CHARS = 2000;

export const RECORDED_REASON = 'recorded by an earlier --write of this file: suggestion only';

/**
 * The result's suggestions moved onto its output (the applied edits before each shift it); those
 * that overlap an applied edit are left out (they would read differently now).
 */
export function suggestionsOnOutput(result: RestoreResult): Edit[] {
  const applied = [...result.applied].sort((a, b) => a.span[0] - b.span[0]);
  const out: Edit[] = [];
  let i = 0;
  let shift = 0;
  for (const s of [...result.suggestions].sort((a, b) => a.span[0] - b.span[0])) {
    while (i < applied.length && (applied[i] as Edit).span[1] <= s.span[0]) {
      const a = applied[i] as Edit;
      shift += a.text.length - (a.span[1] - a.span[0]);
      i++;
    }
    const next = applied[i];
    if (next !== undefined && next.span[0] < s.span[1] && s.span[0] < next.span[1]) continue;
    if (s.span[0] === s.span[1] && next !== undefined && next.span[0] === s.span[0]) continue;
    out.push({ ...s, span: [s.span[0] + shift, s.span[1] + shift] });
  }
  return out;
}

/** Where `actual` stands in `text`: at `start`, else at its nearest occurrence within reach. */
function relocated(text: string, actual: string, start: number): number | undefined {
  if (actual === '') return undefined;
  if (text.startsWith(actual, start)) return start;
  const from = Math.max(0, start - RELOCATE_CHARS);
  const window = text.slice(from, start + RELOCATE_CHARS + actual.length);
  let best: number | undefined;
  for (let at = window.indexOf(actual); at >= 0; at = window.indexOf(actual, at + 1)) {
    if (best === undefined || Math.abs(from + at - start) < Math.abs(best - start))
      best = from + at;
  }
  return best;
}

/** Most suggestions kept for a file (the first ones, in text order). */
export const MAX_RECORDED = 1000;

/**
 * The result with the recorded suggestions that the text still shows added as suggestions (never
 * applied), unless a finding of this run touches the same words.
 */
export function withRecorded(result: RestoreResult, recorded: readonly Edit[]): RestoreResult {
  if (recorded.length === 0) return result;
  const fresh = new SpanSet([...result.applied, ...result.suggestions].map((e) => e.span));
  const overlapsFresh = (s: number, e: number): boolean => fresh.overlaps([s, e]);
  const added: Edit[] = [];
  for (const r of recorded.slice(0, MAX_RECORDED)) {
    const start = relocated(result.input, r.actual, r.span[0]);
    if (start === undefined) continue;
    const end = start + r.actual.length;
    if (overlapsFresh(start, end) || added.some((a) => a.span[0] < end && start < a.span[1]))
      continue;
    const reasons = r.reasons.includes(RECORDED_REASON)
      ? r.reasons
      : [...r.reasons, RECORDED_REASON];
    added.push({ ...r, span: [start, end], suggestOnly: true, reasons });
  }
  if (added.length === 0) return result;
  const suggestions = [...result.suggestions, ...added].sort(
    (a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1],
  );
  return { ...result, suggestions, showsSpin: true };
}
