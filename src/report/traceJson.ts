// `--trace WORD --format json`: the core's WordTrace of each file as one JSON document, with
// positions and the outcome in words (docs/json-schema.md, "Trace").
import type { OccurrenceTrace, TracedCandidate, WordTrace } from '../core/wordTrace.js';
import { JSON_SCHEMA_VERSION } from './json.js';
import { LineIndex } from './lines.js';
import { noteText, outcomeText } from './traceText.js';

export interface JsonTraceCandidate extends TracedCandidate {
  /** The outcome in words. */
  readonly why: string;
}

export interface JsonOccurrence {
  readonly line: number;
  readonly column: number;
  readonly span: readonly [number, number];
  readonly written: string;
  readonly note?: string;
  readonly candidates: readonly JsonTraceCandidate[];
}

export interface JsonTraceFile {
  readonly path: string;
  readonly occurrences: readonly JsonOccurrence[];
  readonly error?: string;
}

function jsonOccurrence(o: OccurrenceTrace, index: LineIndex): JsonOccurrence {
  const { line, column } = index.position(o.span[0]);
  return {
    line,
    column,
    span: [o.span[0], o.span[1]],
    written: o.written,
    ...(o.note === undefined ? {} : { note: noteText(o.note) }),
    candidates: o.candidates.map((c) => ({ ...c, why: outcomeText(c.outcome) })),
  };
}

/** One file's trace (`input` is its text); without a trace, the error that stopped it. */
export function traceJsonFile(
  path: string,
  input: string,
  trace: WordTrace | undefined,
  error?: string,
): JsonTraceFile {
  const index = new LineIndex(input);
  return {
    path,
    occurrences: trace?.occurrences.map((o) => jsonOccurrence(o, index)) ?? [],
    ...(error === undefined ? {} : { error }),
  };
}

export function formatTraceJson(
  word: string,
  minConfidence: number,
  files: readonly JsonTraceFile[],
): string {
  const report = { version: JSON_SCHEMA_VERSION, word, minConfidence, files };
  return `${JSON.stringify(report, null, 2)}\n`;
}
