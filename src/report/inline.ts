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

/**
 * The block's lines with its findings drawn inline (applied: deletion + insertion; suggestion:
 * marked). A finding overlapping one already drawn is left out of the drawing.
 */
export function renderBlock(
  text: string,
  block: Block,
  index: LineIndex,
  style: InlineStyle,
): string[] {
  const end = index.lineEnd(block.lastLine);
  let pos = index.lineStart(block.firstLine);
  let out = '';
  for (const { edit, applied } of block.findings) {
    const [s, e] = edit.span;
    if (s < pos) continue;
    out += text.slice(pos, s);
    out += applied ? style.del(edit.actual) + style.ins(edit.text) : style.sug(edit.actual);
    pos = e;
  }
  out += text.slice(pos, Math.max(pos, end));
  return out.split(/\r\n|\n|\r/);
}

/** Line-number gutter: `  12 | `; blank for continuation lines. */
export function gutter(line: number | undefined, width: number): string {
  return `${(line === undefined ? '' : String(line)).padStart(width)} | `;
}
