// Why a traced candidate was applied or not: its verdict in the decoder, then what became of the
// edit it gave (applied, a suggestion and why, beaten by an overlapping edit, already carried out
// by the applied edits, below the decoder's report floor, inside code).
import type { CandidateTrace, Edit, RestoreResult, Span, TraceVerdict } from '../types.js';
import { isUnknownCanonical } from './phraseEdit.js';

/** An edit as the view names it. */
export interface EditSummary {
  readonly actual: string;
  readonly text: string;
  readonly confidence: number;
}

/** Why a candidate was applied or not. */
export type TraceOutcome =
  | { readonly kind: 'applied' }
  /** Chosen, but its confidence is below --min-confidence: a suggestion. */
  | { readonly kind: 'below threshold'; readonly minConfidence: number }
  /** Never applied automatically: a flagged entry, words matched apart, a quotation... */
  | { readonly kind: 'suggest only'; readonly reasons: readonly string[] }
  /** Chosen, but an overlapping edit is more confident. */
  | { readonly kind: 'overlapped'; readonly by: EditSummary }
  /** Chosen, and the applied edits already carry it out. */
  | { readonly kind: 'carried out'; readonly by: readonly EditSummary[] }
  /** Chosen, but less likely than the decoder reports at all. */
  | { readonly kind: 'unreported'; readonly floor: number }
  /** Inside code or a link target: never rewritten. */
  | { readonly kind: 'in code' }
  /** Another candidate won at this place, or the model did not score it. */
  | Exclude<TraceVerdict, { readonly kind: 'chosen' }>;

export interface OutcomeContext {
  readonly result: RestoreResult;
  readonly minConfidence: number;
  /** Code spans and link targets: never rewritten. */
  readonly ranges: readonly Span[];
  /** Thesaurus decisions below this are not reported (REPORT_FLOOR). */
  readonly floor: number;
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

function summary(e: Edit): EditSummary {
  return { actual: e.actual, text: e.text, confidence: e.confidence };
}

/** The edit is this candidate's: the same change, or it widened over an article before it. */
function isEditOf(e: Edit, row: CandidateTrace): boolean {
  if (e.span[1] !== row.span[1] || !e.text.endsWith(row.text)) return false;
  if (e.span[0] === row.span[0]) return e.text === row.text;
  const before = e.actual.slice(0, e.actual.length - row.actual.length);
  return e.actual.endsWith(row.actual) && /^an?\s+$/i.test(before);
}

/** What makes a suggestion-only edit one, from its reasons. */
function suggestOnlyReasons(e: Edit): string[] {
  const said = e.reasons.filter((r) => r.includes('suggestion only'));
  if (said.length > 0) return said;
  return isUnknownCanonical(e.text) ? ['no clean restoration is known'] : [];
}

/** What became of a suggestion: why it was not applied. */
function suggestionOutcome(e: Edit, context: OutcomeContext): TraceOutcome {
  if (e.suggestOnly) return { kind: 'suggest only', reasons: suggestOnlyReasons(e) };
  if (e.confidence < context.minConfidence)
    return { kind: 'below threshold', minConfidence: context.minConfidence };
  // Confident and rewritable, yet not applied: a more confident edit overlaps it.
  const by = context.result.applied.find((a) => overlaps(a.span, e.span));
  return by === undefined
    ? { kind: 'below threshold', minConfidence: context.minConfidence }
    : { kind: 'overlapped', by: summary(by) };
}

export function outcomeOf(row: CandidateTrace, context: OutcomeContext): TraceOutcome {
  if (row.verdict.kind !== 'chosen') return row.verdict;
  const { applied, suggestions } = context.result;
  if (applied.some((e) => isEditOf(e, row))) return { kind: 'applied' };
  const suggested = suggestions.find((e) => isEditOf(e, row));
  if (suggested !== undefined) return suggestionOutcome(suggested, context);
  if (row.source === 'thesaurus' && (row.confidence ?? 0) < context.floor)
    return { kind: 'unreported', floor: context.floor };
  if (context.ranges.some((r) => overlaps(r, row.span))) return { kind: 'in code' };
  // Not listed again: the applied edits around it already make this change (restore's saidBy).
  return {
    kind: 'carried out',
    by: applied.filter((a) => overlaps(a.span, row.span)).map(summary),
  };
}
