// Small formatting helpers shared by the human-readable reporters.
import type { ChalkInstance } from 'chalk';
import type { Edit } from '../types.js';

export function fixed2(n: number): string {
  return n.toFixed(2);
}

/**
 * A confidence with two decimals. A suggestion is never shown at or above the threshold it
 * missed (0.996 at --min-confidence 1 reads "0.99 [suggestion]", not "1.00"): it is then
 * rounded down.
 */
export function confidenceText(n: number, applied = true, threshold = 1): string {
  const rounded = n.toFixed(2);
  if (applied || n >= threshold || Number(rounded) < threshold) return rounded;
  return (Math.floor(n * 100 + 1e-9) / 100).toFixed(2);
}

/** Show line breaks inside a phrase as `\n` so that a finding stays on one line. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|\n|\r/g, (m) => (m === '\r\n' ? '\\r\\n' : m === '\n' ? '\\n' : '\\r'));
}

export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

/** `informed NPR -> told NPR  (confidence 0.97, curated)` plus ` [suggestion]`. */
export function describeEdit(
  edit: Edit,
  applied: boolean,
  chalk: ChalkInstance,
  threshold?: number,
): string {
  const change = `${chalk.red(oneLine(edit.actual))} -> ${chalk.green(oneLine(edit.text))}`;
  const why = `(confidence ${confidenceText(edit.confidence, applied, threshold)}, ${edit.source})`;
  return `${change}  ${chalk.dim(why)}${applied ? '' : ` ${chalk.yellow('[suggestion]')}`}`;
}

/** The --explain lines of an edit: alternatives with their scores, then the reasons. */
export function explainLines(edit: Edit, indent: string, chalk: ChalkInstance): string[] {
  const lines: string[] = [];
  if (edit.alternatives.length > 0) {
    lines.push(`${indent}alternatives:`);
    const width = Math.max(...edit.alternatives.map((a) => oneLine(a.text).length));
    for (const a of edit.alternatives) {
      const lm = a.lm === undefined ? '' : `  lm ${fixed2(a.lm)}`;
      const cells = `score ${fixed2(a.score)}${lm}  prior ${fixed2(a.prior)}  ${a.source}`;
      lines.push(`${indent}  ${oneLine(a.text).padEnd(width)}  ${chalk.dim(cells)}`);
    }
  }
  for (const r of edit.reasons) lines.push(`${indent}reason: ${r}`);
  return lines;
}
