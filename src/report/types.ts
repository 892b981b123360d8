// What the CLI hands the reporters: one FileReport per input, in input order.
import type { ChalkInstance } from 'chalk';
import type { Edit, RestoreResult } from '../types.js';
import { LineIndex } from './lines.js';

export interface FileReport {
  /** Relative to the working directory (`../` outside it), `/`-separated; `-` for standard input. */
  readonly path: string;
  /** Absent when the file could not be read or decoded. */
  readonly result?: RestoreResult;
  /** Why the file was skipped (`no such file or directory`, `binary file`, …). */
  readonly error?: string;
  /** The file was rewritten (--write). */
  readonly written?: boolean;
  /**
   * When `result` is one section of a long file (reported section by section): where the
   * section starts in the file. Reporters number lines and offsets from there.
   */
  readonly origin?: SectionOrigin;
}

export interface SectionOrigin {
  /** Offset (UTF-16 code units) of the section's first character in the file. */
  readonly offset: number;
  /** Line number of the section's first line (sections start at a line's start). */
  readonly line: number;
  /** Lines the edits of the sections before it added (+) or removed (-): the patch's new side. */
  readonly lineShift: number;
  /** An earlier section of the file was reported already (no file header again). */
  readonly continued: boolean;
}

/** Offsets -> lines and columns for a file report (of a section: numbered from its origin). */
export function lineIndexOf(file: FileReport): LineIndex {
  return new LineIndex(file.result?.input ?? '', file.origin?.line ?? 1);
}

/** An edit with whether it was applied to the output (false: a suggestion). */
export interface Finding {
  readonly edit: Edit;
  readonly applied: boolean;
}

export interface ReportOptions {
  /** One configured instance; level 0 means no color (plain-text markers are used instead). */
  readonly chalk: ChalkInstance;
  /** Show the alternatives considered and the reasons of each edit. */
  readonly explain: boolean;
  /** The threshold of the run: a suggestion's confidence is never shown at or above it. */
  readonly minConfidence?: number;
}

export interface RunSummary {
  /** Inputs processed (including those that failed). */
  readonly files: number;
  readonly filesWithFindings: number;
  readonly findings: number;
  /** Edits applied to the outputs (what --write writes). */
  readonly applied: number;
  readonly suggestions: number;
  /** Inputs that could not be read or decoded. */
  readonly errors: number;
  /** Suggestions left out by --suggestions (not counted in `findings`). */
  readonly hidden?: number;
  /** Files rewritten by --write. */
  readonly written: number;
  /** Applied edits in the files rewritten by --write. */
  readonly fixed: number;
}

/** `-` is shown as `<stdin>` in human-readable output. */
export function displayPath(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

/** Applied edits and suggestions merged in text order (at one offset: applied, then longer, first). */
export function findingsOf(result: RestoreResult): Finding[] {
  const all: Finding[] = [
    ...result.applied.map((edit) => ({ edit, applied: true })),
    ...result.suggestions.map((edit) => ({ edit, applied: false })),
  ];
  return all.sort(
    (a, b) =>
      a.edit.span[0] - b.edit.span[0] ||
      Number(b.applied) - Number(a.applied) ||
      b.edit.span[1] - a.edit.span[1],
  );
}
