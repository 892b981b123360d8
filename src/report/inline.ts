// Inline rendering of edits inside the lines they touch, straight from the edit spans (they are
// exact, so no text diffing is needed): deleted text, inserted text, and suggestions marked.
import type { ChalkInstance } from 'chalk';
import type { LineIndex } from './lines.js';
import type { Finding } from './types.js';

export interface InlineStyle {
  del(text: string): string;
  ins(text: string): string;
  /** A suggestion: text left as it is but worth a look. */
  sug(text: string): string;
}

/** Colors when the chalk instance has them, else word-diff markers `[-old-]{+new+}` `[?x?]`. */
export function inlineStyle(chalk: ChalkInstance): InlineStyle {
  if (chalk.level === 0) {
    return { del: (t) => `[-${t}-]`, ins: (t) => `{+${t}+}`, sug: (t) => `[?${t}?]` };
  }
  return {
    del: (t) => chalk.red.strikethrough(t),
    ins: (t) => chalk.green(t),
    sug: (t) => chalk.yellow.underline(t),
  };
}

/** Consecutive lines touched by one or more findings. */
export interface Block {
  readonly firstLine: number;
  readonly lastLine: number;
  readonly findings: readonly Finding[];
}

/** Group findings (in text order) into blocks of the lines they cover. */
export function blocksOf(findings: readonly Finding[], index: LineIndex): Block[] {
  const blocks: { firstLine: number; lastLine: number; findings: Finding[] }[] = [];
  for (const f of findings) {
    const [start, end] = f.edit.span;
    const first = index.lineOf(start);
    const last = index.lineOf(Math.max(start, end - 1));
    const prev = blocks[blocks.length - 1];
    if (prev && first <= prev.lastLine) {
      prev.lastLine = Math.max(prev.lastLine, last);
      prev.findings.push(f);
    } else {
      blocks.push({ firstLine: first, lastLine: last, findings: [f] });
    }
  }
  return blocks;
}

/** A line of a drawn block: its number in the input, or none for a line the restoration adds. */
export interface DrawnLine {
  readonly line?: number;
  readonly text: string;
}

/** Characters of unchanged text kept on each side of a finding in a long line. */
export const CONTEXT_CHARS = 160;

/**
 * Unchanged text between findings, with the middle of any run longer than a window left out
 * (`…`): a 10 MB line is shown as its findings with CONTEXT_CHARS around each. `afterFinding` /
 * `beforeFinding`: a finding stands just before / after the text.
 */
export function elide(text: string, afterFinding: boolean, beforeFinding: boolean): string {
  return text.replace(/[^\r\n]+/g, (run: string, at: number) => {
    const head = at === 0 && afterFinding ? CONTEXT_CHARS : 0;
    const tail = at + run.length === text.length && beforeFinding ? CONTEXT_CHARS : 0;
    // A run next to no finding (a whole line of a multi-line block) keeps both ends.
    const [keepHead, keepTail] = head + tail === 0 ? [CONTEXT_CHARS, CONTEXT_CHARS] : [head, tail];
    if (run.length <= keepHead + keepTail + 1) return run;
    // Never cut between the halves of a surrogate pair.
    const fix = (n: number): number => (/[\udc00-\udfff]/.test(run[n] ?? '') ? n + 1 : n);
    return `${run.slice(0, fix(keepHead))}…${run.slice(fix(run.length - keepTail))}`;
  });
}

const BREAK = /\r\n|\n|\r/g;

/**
 * The block's lines with its findings drawn inline (applied: deletion + insertion; suggestion:
 * marked), each with its line number in the input: a line break inside an inserted text starts a
 * line without a number. A finding overlapping one already drawn is left out of the drawing.
 */
export function renderBlock(
  text: string,
  block: Block,
  index: LineIndex,
  style: InlineStyle,
): DrawnLine[] {
  const end = index.lineEnd(block.lastLine);
  let pos = index.lineStart(block.firstLine);
  const out: DrawnLine[] = [];
  let line = block.firstLine;
  let current = '';
  let numbered = true;
  /** Append a piece; `advances`: its line breaks are the input's (else the restoration's). */
  const add = (piece: string, advances: boolean, draw: (t: string) => string): void => {
    const parts = piece.split(BREAK);
    parts.forEach((part, i) => {
      if (i > 0) {
        out.push(numbered ? { line, text: current } : { text: current });
        current = '';
        if (advances) {
          line++;
          numbered = true;
        } else numbered = false;
      }
      if (part !== '') current += draw(part);
    });
  };
  const drawn = block.findings.filter(({ edit }) => {
    if (edit.span[0] < pos) return false;
    pos = edit.span[1];
    return true;
  });
  pos = index.lineStart(block.firstLine);
  drawn.forEach(({ edit, applied }, i) => {
    const [s, e] = edit.span;
    add(elide(text.slice(pos, s), i > 0, true), true, (t) => t);
    if (applied) {
      add(edit.actual, true, style.del);
      add(edit.text, false, style.ins);
    } else add(edit.actual, true, style.sug);
    pos = e;
  });
  add(elide(text.slice(pos, Math.max(pos, end)), drawn.length > 0, false), true, (t) => t);
  out.push(numbered ? { line, text: current } : { text: current });
  return out;
}

/** Line-number gutter: `  12 | `; blank for continuation lines. */
export function gutter(line: number | undefined, width: number): string {
  return `${(line === undefined ? '' : String(line)).padStart(width)} | `;
}
