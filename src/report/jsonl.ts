// `--jsonl`: one result line per input document (docs/stream-schema.md). Pure: the result of a
// restore in, one line of JSON out.
import type { RestoreResult } from '../types.js';
import { jsonEdit, type JsonEdit } from './json.js';
import { LineIndex } from './lines.js';
import { findingsOf } from './types.js';
import { countWords, verdictFor, type VerdictLevel } from './verdict.js';

/** Bump on any incompatible change of the line's shape; adding fields is compatible. */
export const STREAM_SCHEMA_VERSION = 1;

/** A finding as in `--format json` (JsonEdit); alternatives and reasons with --explain only. */
export type StreamEdit = Omit<JsonEdit, 'alternatives' | 'reasons'> &
  Partial<Pick<JsonEdit, 'alternatives' | 'reasons'>>;

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
    const { alternatives, reasons, ...rest } = jsonEdit(edit, applied, index);
    return o.explain ? { ...rest, alternatives, reasons } : rest;
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
