// Two marked texts side by side in fixed-width columns, for `compare`'s text report: each text
// on one line of words (whitespace folded), wrapped to its column, its marks drawn as the diff
// report draws edits (inline.ts): the original's words as inserted (`{+told+}`, green), the
// suspect's as deleted (`[-informed-]`, red). Pure.
import type { ChalkInstance } from 'chalk';
import type { Mark } from '../compare/compareTexts.js';

export interface MarkedText {
  readonly text: string;
  readonly marks: readonly Mark[];
}

interface Cell {
  readonly ch: string;
  readonly marked: boolean;
}

/** Plain-text markers around a marked run, when there are no colors. */
type Brackets = readonly [string, string] | undefined;

/** The text's characters with their mark, whitespace runs as one space, markers when plain. */
function cells(t: MarkedText, brackets: Brackets): Cell[] {
  const marked = (i: number): boolean => t.marks.some(([a, b]) => i >= a && i < b);
  const out: Cell[] = [];
  for (let i = 0; i < t.text.length; i++) {
    const ch = t.text[i] as string;
    const m = marked(i);
    if (/\s/.test(ch)) {
      if (out.length > 0 && out[out.length - 1]?.ch !== ' ') out.push({ ch: ' ', marked: false });
      continue;
    }
    const push = (text: string): void => {
      for (const c of text) out.push({ ch: c, marked: false });
    };
    if (brackets !== undefined && m && !marked(i - 1)) push(brackets[0]);
    out.push({ ch, marked: m });
    if (brackets !== undefined && m && !marked(i + 1)) push(brackets[1]);
  }
  while (out.length > 0 && out[out.length - 1]?.ch === ' ') out.pop();
  return out;
}

/** Cells cut into lines of at most `width`, at spaces (a longer word is cut where it must). */
function wrap(all: readonly Cell[], width: number): Cell[][] {
  const lines: Cell[][] = [];
  let line: Cell[] = [];
  let word: Cell[] = [];
  const flushWord = (): void => {
    if (word.length === 0) return;
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = [];
    }
    if (line.length > 0) line.push({ ch: ' ', marked: false });
    for (const c of word) {
      if (line.length >= width) {
        lines.push(line);
        line = [];
      }
      line.push(c);
    }
    word = [];
  };
  for (const c of all) {
    if (c.ch === ' ') flushWord();
    else word.push(c);
  }
  flushWord();
  if (line.length > 0) lines.push(line);
  return lines;
}

function render(line: readonly Cell[], paint: (s: string) => string): string {
  let out = '';
  let run = '';
  let marked = false;
  for (const c of line) {
    if (c.marked !== marked) {
      out += marked ? paint(run) : run;
      run = '';
      marked = c.marked;
    }
    run += c.ch;
  }
  return out + (marked ? paint(run) : run);
}

/** Lines of `left | right`, each column `width` characters wide. */
export function sideBySide(
  left: MarkedText,
  right: MarkedText,
  width: number,
  chalk: ChalkInstance,
): string[] {
  const plain = chalk.level === 0;
  const l = wrap(cells(left, plain ? ['{+', '+}'] : undefined), width);
  const r = wrap(cells(right, plain ? ['[-', '-]'] : undefined), width);
  const out: string[] = [];
  for (let i = 0; i < Math.max(l.length, r.length); i++) {
    const a = l[i] ?? [];
    const b = r[i] ?? [];
    const pad = ' '.repeat(width - a.length);
    const sep = chalk.dim('|');
    out.push(
      `${render(a, (s) => chalk.green(s))}${pad} ${sep} ${render(b, (s) => chalk.red(s))}`.trimEnd(),
    );
  }
  return out;
}
