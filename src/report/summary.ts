// Totals over all files, and the one-line summary printed after a text or diff report.
import type { ChalkInstance } from 'chalk';
import { plural } from './describeEdit.js';
import type { FileReport, RunSummary } from './types.js';

export const EMPTY_SUMMARY: RunSummary = {
  files: 0,
  filesWithFindings: 0,
  findings: 0,
  applied: 0,
  suggestions: 0,
  errors: 0,
  written: 0,
  fixed: 0,
};

/** What the summary counts of one file (a file read in sections adds up its sections). */
export interface FileCounts {
  readonly applied: number;
  readonly suggestions: number;
  /** The file was restored (read and decoded) and rewritten. */
  readonly written: boolean;
  readonly error: boolean;
  /** Suggestions left out by --suggestions. */
  readonly hidden?: number;
}

/** The totals with one more file counted (a run tallies as it goes, keeping no results). */
export function addToSummary(summary: RunSummary, f: FileReport): RunSummary {
  return addCounts(summary, {
    applied: f.result?.applied.length ?? 0,
    suggestions: f.result?.suggestions.length ?? 0,
    written: f.result !== undefined && f.written === true,
    error: f.error !== undefined,
    hidden: f.result?.hiddenSuggestions ?? 0,
  });
}

export function addCounts(summary: RunSummary, f: FileCounts): RunSummary {
  const { applied, suggestions, written } = f;
  const hidden = f.hidden ?? 0;
  return {
    files: summary.files + 1,
    filesWithFindings: summary.filesWithFindings + (applied + suggestions > 0 ? 1 : 0),
    findings: summary.findings + applied + suggestions,
    applied: summary.applied + applied,
    suggestions: summary.suggestions + suggestions,
    errors: summary.errors + (f.error ? 1 : 0),
    written: summary.written + (written ? 1 : 0),
    fixed: summary.fixed + (written ? applied : 0),
    ...(hidden > 0 || summary.hidden !== undefined
      ? { hidden: (summary.hidden ?? 0) + hidden }
      : {}),
  };
}

export function summarize(files: readonly FileReport[]): RunSummary {
  return files.reduce(addToSummary, EMPTY_SUMMARY);
}

/** `3 files, 4 findings, 3 fixable` (`fixed` and `N files written` with --write, then errors). */
export function formatSummary(
  summary: RunSummary,
  write: boolean,
  chalk: ChalkInstance,
  skipped = 0,
): string {
  const parts = [plural(summary.files, 'file'), plural(summary.findings, 'finding')];
  parts.push(write ? `${summary.fixed} fixed` : `${summary.applied} fixable`);
  if (write) parts.push(`${plural(summary.written, 'file')} written`);
  if (skipped > 0) parts.push(`${skipped} skipped`);
  if (summary.errors > 0) parts.push(chalk.red(plural(summary.errors, 'error')));
  if ((summary.hidden ?? 0) > 0) {
    parts.push(
      `${plural(summary.hidden ?? 0, 'suggestion')} hidden (--suggestions all shows them)`,
    );
  }
  return `${parts.join(', ')}\n`;
}
