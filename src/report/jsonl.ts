// `--jsonl`: one result line per input document (docs/stream-schema.md). Pure: the result of a
// restore in, one line of JSON out.
import type { Alternative, RestoreResult } from '../types.js';
import { LineIndex } from './lines.js';
import { findingsOf } from './types.js';
import { countWords, verdictFor, type VerdictLevel } from './verdict.js';

/** Bump on any incompatible change of the line's shape; adding fields is compatible. */
export const STREAM_SCHEMA_VERSION = 1;

export interface StreamEdit {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly span: readonly [number, number];
  readonly actual: string;
  readonly text: string;
  readonly confidence: number;
  readonly source: string;
  readonly applied: boolean;
  readonly suggestOnly: boolean;
  /** With --explain only. */
  readonly alternatives?: readonly Alternative[];
  readonly reasons?: readonly string[];
}

export interface StreamResult {
  readonly version: number;
  /** The input line's `id`, as given (null when it had none). */
  readonly id: unknown;
  readonly verdict: VerdictLevel;
  readonly words: number;
  readonly applied: number;
  readonly suggestions: number;
  readonly edits: readonly StreamEdit[];
  /** With --print: the restored text. */
  readonly output?: string;
}

export interface StreamOptions {
  readonly explain: boolean;
  readonly print: boolean;
}

export function streamResult(id: unknown, result: RestoreResult, o: StreamOptions): StreamResult {
  const index = new LineIndex(result.input);
  const edits = findingsOf(result).map(({ edit, applied }): StreamEdit => {
    const start = index.position(edit.span[0]);
    const end = index.position(edit.span[1]);
    return {
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      span: [edit.span[0], edit.span[1]],
      actual: edit.actual,
      text: edit.text,
      confidence: edit.confidence,
      source: edit.source,
      applied,
      suggestOnly: edit.suggestOnly,
      ...(o.explain ? { alternatives: edit.alternatives, reasons: edit.reasons } : {}),
    };
  });
  const counts = {
    words: countWords(result.input),
    applied: result.applied.length,
    suggestions: result.suggestions.length,
  };
  return {
    version: STREAM_SCHEMA_VERSION,
    id,
    // the one verdict of the reports (verdict.ts): from the applied (sure) findings
    verdict: verdictFor(counts.applied, counts.words).level,
    ...counts,
    edits,
    ...(o.print ? { output: result.output } : {}),
  };
}

/** The result as one line of JSON (with its line break). */
export function streamLine(result: StreamResult): string {
  return `${JSON.stringify(result)}\n`;
}

/** An input line as a document, or why it is not one. */
export function parseStreamLine(
  line: string,
): { readonly id: unknown; readonly text: string } | { readonly error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { error: `not JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  const doc = value as { id?: unknown; text?: unknown } | null;
  if (
    typeof doc !== 'object' ||
    doc === null ||
    Array.isArray(doc) ||
    typeof doc.text !== 'string'
  ) {
    return { error: 'expected an object {"id": …, "text": "…"} with a string "text"' };
  }
  return { id: doc.id ?? null, text: doc.text };
}
