// `--format json`: the data model as one versioned JSON document (see docs/json-schema.md).
// Bump JSON_SCHEMA_VERSION on any incompatible change; adding fields is compatible.
import type { Alternative, Edit } from '../types.js';
import type { LineIndex } from './lines.js';
import type { SkippedFile } from './ranking.js';
import { findingsOf, lineIndexOf, type FileReport, type RunSummary } from './types.js';
import { verdictOf, type Verdict } from './verdict.js';

export const JSON_SCHEMA_VERSION = 1;

export interface JsonEdit {
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
  readonly alternatives: readonly Alternative[];
  readonly reasons: readonly string[];
}

export interface JsonFile {
  readonly path: string;
  readonly changed: boolean;
  readonly written: boolean;
  readonly edits: readonly JsonEdit[];
  /** spun / suspicious / clean, with the sure findings and their density (absent on error). */
  readonly verdict?: Verdict;
  readonly error?: string;
}

export interface JsonReport {
  readonly version: number;
  readonly minConfidence: number;
  readonly files: readonly JsonFile[];
  readonly summary: RunSummary;
  /** Files met in folders that were left out (binary, too large, symbolic link loops). */
  readonly skipped: readonly SkippedFile[];
}

/** One finding as JSON: its place by line and column (1-based) and by offsets (plus `offset`). */
export function jsonEdit(edit: Edit, applied: boolean, index: LineIndex, offset = 0): JsonEdit {
  const start = index.position(edit.span[0]);
  const end = index.position(edit.span[1]);
  return {
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    span: [edit.span[0] + offset, edit.span[1] + offset],
    actual: edit.actual,
    text: edit.text,
    confidence: edit.confidence,
    source: edit.source,
    applied,
    suggestOnly: edit.suggestOnly,
    alternatives: edit.alternatives.map((a) => ({ ...a })),
    reasons: [...edit.reasons],
  };
}

/** The findings of a file report (or of one section: spans and lines in the whole file). */
export function jsonEdits(file: FileReport): JsonEdit[] {
  const { result } = file;
  if (result === undefined) return [];
  const index = lineIndexOf(file);
  const offset = file.origin?.offset ?? 0;
  return findingsOf(result).map((f) => jsonEdit(f.edit, f.applied, index, offset));
}

export function jsonFile(file: FileReport): JsonFile {
  const { result } = file;
  return {
    path: file.path,
    changed: result !== undefined && result.output !== result.input,
    written: file.written === true,
    edits: jsonEdits(file),
    ...(result ? { verdict: verdictOf(result) } : {}),
    ...(file.error !== undefined ? { error: file.error } : {}),
  };
}

export function formatJson(
  files: readonly FileReport[],
  summary: RunSummary,
  minConfidence: number,
  skipped: readonly SkippedFile[] = [],
): string {
  return formatJsonFiles(files.map(jsonFile), summary, minConfidence, skipped);
}

/**
 * The document from files already converted by `jsonFile`: a run converts each file as it is
 * done, so it keeps the edits but not the texts.
 */
export function formatJsonFiles(
  files: readonly JsonFile[],
  summary: RunSummary,
  minConfidence: number,
  skipped: readonly SkippedFile[] = [],
): string {
  // Suggestions hidden by --suggestions are left out by choice: they are not part of the document.
  const {
    files: n,
    filesWithFindings,
    findings,
    applied,
    suggestions,
    errors,
    written,
    fixed,
  } = summary;
  const counts = {
    files: n,
    filesWithFindings,
    findings,
    applied,
    suggestions,
    errors,
    written,
    fixed,
  };
  const report: JsonReport = {
    version: JSON_SCHEMA_VERSION,
    minConfidence,
    files,
    summary: counts,
    skipped: skipped.map((s) => ({ path: s.path, reason: s.reason })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
