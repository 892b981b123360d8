// Totals over all files, and the one-line summary printed after a text or diff report.
import type { ChalkInstance } from 'chalk';
import { plural } from './format.js';
import type { FileReport, RunSummary } from './types.js';

export function summarize(files: readonly FileReport[]): RunSummary {
  let filesWithFindings = 0;
  let applied = 0;
  let suggestions = 0;
  let errors = 0;
  let written = 0;
  let fixed = 0;
  for (const f of files) {
    if (f.error !== undefined) errors++;
    if (!f.result) continue;
    if (f.written) {
      written++;
      fixed += f.result.applied.length;
    }
    applied += f.result.applied.length;
    suggestions += f.result.suggestions.length;
    if (f.result.applied.length + f.result.suggestions.length > 0) filesWithFindings++;
  }
  const findings = applied + suggestions;
  return {
    files: files.length,
    filesWithFindings,
    findings,
    applied,
    suggestions,
    errors,
    written,
    fixed,
  };
}

/** `3 files, 4 findings, 3 fixable` (`fixed` and `N files written` with --write, then errors). */
export function formatSummary(summary: RunSummary, write: boolean, chalk: ChalkInstance): string {
  const parts = [plural(summary.files, 'file'), plural(summary.findings, 'finding')];
  parts.push(write ? `${summary.fixed} fixed` : `${summary.applied} fixable`);
  if (write) parts.push(`${plural(summary.written, 'file')} written`);
  if (summary.errors > 0) parts.push(chalk.red(plural(summary.errors, 'error')));
  return `${parts.join(', ')}\n`;
}
