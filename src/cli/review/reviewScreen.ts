// What the review shows for one finding: where it is, its sentence with the spun words
// highlighted, the restoration with its confidence and source, the alternatives, and the keys.
import type { ChalkInstance } from 'chalk';
import { LineIndex } from '../../report/lines.js';
import { confidenceText, oneLine } from '../../report/describeEdit.js';
import type { Finding } from '../../report/types.js';
import type { Edit } from '../../types.js';
import { KEY_PROMPT } from './reviewKeys.js';

/** At most this many characters of the sentence on each side of the span. */
const SENTENCE_REACH = 160;

/** The sentence around a span: from the end of the previous one to the end of its own. */
export function sentenceAround(text: string, span: readonly [number, number]): [number, number] {
  const from = Math.max(0, span[0] - SENTENCE_REACH);
  const head = text.slice(from, span[0]);
  const breaks = [...head.matchAll(/[.!?]["'”’)]*\s+|\n\s*\n/g)];
  const last = breaks[breaks.length - 1];
  let start = last ? from + (last.index ?? 0) + last[0].length : from;
  const tail = text.slice(span[1], span[1] + SENTENCE_REACH);
  const end = /[.!?]["'”’)]*(?=\s|$)|\n\s*\n/.exec(tail);
  const stop = end
    ? span[1] + end.index + (end[0].startsWith('\n') ? 0 : end[0].length)
    : span[1] + tail.length;
  while (start < span[0] && /\s/.test(text[start] ?? '')) start++;
  return [start, stop];
}

/** The alternatives offered by number: the edit's other options, in the writer's case. */
export function otherAlternatives(edit: Edit, carry: (text: string) => string): string[] {
  const seen = new Set([edit.text.toLowerCase()]);
  const out: string[] = [];
  for (const a of edit.alternatives) {
    const text = carry(a.text);
    if (seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push(text);
  }
  return out.slice(0, 9);
}

export interface ScreenInput {
  readonly path: string;
  readonly text: string;
  readonly finding: Finding;
  readonly position: number;
  readonly count: number;
  readonly alternatives: readonly string[];
  /** The threshold: a suggestion's confidence never shows at the one it missed. */
  readonly minConfidence?: number;
}

export function formatFinding(s: ScreenInput, chalk: ChalkInstance): string {
  const { edit, applied } = s.finding;
  const { line, column } = new LineIndex(s.text).position(edit.span[0]);
  const [from, to] = sentenceAround(s.text, edit.span);
  const sentence =
    oneLine(s.text.slice(from, edit.span[0])) +
    chalk.red.bold.underline(oneLine(edit.actual)) +
    oneLine(s.text.slice(edit.span[1], to));
  const status = applied ? '' : chalk.yellow('  [suggestion: not applied by --write]');
  const lines = [
    chalk.bold(`${s.path}:${line}:${column}`) + chalk.dim(`  (${s.position} of ${s.count})`),
    `  ${from > 0 && !/[\n.!?]\s*$/.test(s.text.slice(0, from)) ? '…' : ''}${sentence}`,
    `  ${chalk.red(oneLine(edit.actual))} -> ${chalk.green(oneLine(edit.text))}  ${chalk.dim(`confidence ${confidenceText(edit.confidence, applied, s.minConfidence)}, ${edit.source}`)}${status}`,
  ];
  if (s.alternatives.length > 0) {
    lines.push(
      `  alternatives: ${s.alternatives.map((a, i) => `${chalk.bold(String(i + 1))} ${a}`).join('  ')}`,
    );
  }
  lines.push(`${chalk.cyan(`Restore? [${KEY_PROMPT}]`)} `);
  return lines.join('\n');
}
