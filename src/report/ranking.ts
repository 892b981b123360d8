// The end of a text or diff report over several files: the files ranked by verdict, worst first
// (clean ones counted, not listed), then the files that were skipped and why.
import type { ChalkInstance } from 'chalk';
import { plural } from './describeEdit.js';
import { displayPath } from './types.js';
import { compareVerdicts, type Verdict, type VerdictLevel } from './verdict.js';

export interface RankedFile {
  readonly path: string;
  readonly verdict: Verdict;
}

export interface SkippedFile {
  readonly path: string;
  readonly reason: string;
}

export function rankFiles<F extends RankedFile>(files: readonly F[]): F[] {
  return [...files].sort(
    (a, b) => compareVerdicts(a.verdict, b.verdict) || (a.path < b.path ? -1 : 1),
  );
}

function levelText(level: VerdictLevel, chalk: ChalkInstance): string {
  const padded = level.padEnd(11);
  if (level === 'spun') return chalk.red.bold(padded);
  if (level === 'suspicious') return chalk.yellow(padded);
  return chalk.green(padded);
}

/** `spun        8 sure  12.4/1k words  docs/a.txt`, one line per file that is not clean. */
export function formatRanking(files: readonly RankedFile[], chalk: ChalkInstance): string {
  const ranked = rankFiles(files);
  const listed = ranked.filter((f) => f.verdict.level !== 'clean');
  if (listed.length === 0) return '';
  const sureWidth = Math.max(...listed.map((f) => String(f.verdict.sure).length));
  const lines = [chalk.bold('Verdicts, worst first (sure findings, per 1,000 words):')];
  for (const { path, verdict } of listed) {
    const sure = `${String(verdict.sure).padStart(sureWidth)} sure`;
    const density = `${verdict.density.toFixed(1).padStart(5)}/1k words`;
    lines.push(`  ${levelText(verdict.level, chalk)}${sure}  ${density}  ${displayPath(path)}`);
  }
  const clean = ranked.length - listed.length;
  if (clean > 0) lines.push(chalk.dim(`  and ${plural(clean, 'clean file')}`));
  return `${lines.join('\n')}\n\n`;
}

export function formatSkipped(skipped: readonly SkippedFile[], chalk: ChalkInstance): string {
  if (skipped.length === 0) return '';
  const lines = [chalk.bold('Skipped:')];
  for (const s of skipped) lines.push(`  ${s.path}: ${s.reason}`);
  return `${lines.join('\n')}\n\n`;
}
