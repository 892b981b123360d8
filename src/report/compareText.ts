// `compare`'s default report: the similarity before and after restoring the suspect, the swaps
// with counts, and the passages that hold them, original and suspect side by side. Pure.
import type { ChalkInstance } from 'chalk';
import type { CompareReportInput } from './compareJson.js';
import { sideBySide } from './compareColumns.js';

/** Width of each column of the passages (two columns and a separator fit in 100). */
export const COLUMN_WIDTH = 47;

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(6);

function similarityLines(input: CompareReportInput, chalk: ChalkInstance): string[] {
  const c = input.comparison;
  return [
    chalk.bold(`${input.suspect} compared with ${input.original}`),
    `${''.padEnd(16)}  before   after restoring the suspect`,
    `${'aligned words'.padEnd(16)}  ${pct(c.before.words)}   ${pct(c.after.words)}`,
    `${'shared 5-grams'.padEnd(16)}  ${pct(c.before.fiveGrams)}   ${pct(c.after.fiveGrams)}`,
    `words: original ${c.originalWords}, suspect ${c.suspectWords}; ${c.swapCount} swaps (${c.swaps.length} distinct), ${input.restoredEdits} edits restored`,
  ];
}

function swapLines(input: CompareReportInput, chalk: ChalkInstance): string[] {
  const swaps = input.comparison.swaps;
  if (swaps.length === 0) return [];
  const left = swaps.map((s) => `${s.spun} -> ${s.original}`.replace(/\s+/g, ' '));
  const width = Math.min(60, Math.max(...left.map((l) => l.length)));
  return [
    '',
    chalk.bold('swaps (suspect -> original, times, restored)'),
    ...swaps.map(
      (s, i) =>
        `  ${(left[i] as string).padEnd(width)}  ${String(s.count).padStart(3)}  ${String(s.restored).padStart(3)}`,
    ),
  ];
}

function passageLines(input: CompareReportInput, chalk: ChalkInstance): string[] {
  const passages = input.comparison.passages;
  if (passages.length === 0) return [];
  const out = ['', chalk.bold(`${'original'.padEnd(COLUMN_WIDTH)} | suspect`)];
  for (const p of passages) {
    out.push(
      ...sideBySide(
        { text: p.original, marks: p.originalMarks },
        { text: p.suspect, marks: p.suspectMarks },
        COLUMN_WIDTH,
        chalk,
      ),
      '',
    );
  }
  return out;
}

export function formatCompareText(input: CompareReportInput, chalk: ChalkInstance): string {
  if (input.comparison.unrelated) {
    return `${similarityLines(input, chalk).join('\n')}\nthe texts share no passage of 3 words or more\n`;
  }
  const lines = [
    ...similarityLines(input, chalk),
    ...swapLines(input, chalk),
    ...passageLines(input, chalk),
  ];
  while (lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
