// A short context snippet for one finding: up to SNIPPET_CONTEXT characters of its line on each
// side, cut at word boundaries, with the change drawn inline (applied: deletion + insertion;
// suggestion: marked). On one line: line breaks inside the span show as spaces.
import type { InlineStyle } from './inline.js';
import type { Finding } from './types.js';

export const SNIPPET_CONTEXT = 40;

function flat(text: string): string {
  return text.replace(/\s*(?:\r\n|\n|\r)\s*/g, ' ');
}

/** The text before `at` on its line: at most `max` characters, starting at a word. */
function before(text: string, at: number, max: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
  const from = Math.max(lineStart, at - max);
  let piece = text.slice(from, at);
  if (from > lineStart) piece = `…${piece.replace(/^\S*\s+/, '')}`;
  return piece.replace(/^\s+/, '');
}

/** The text after `at` on its line: at most `max` characters, ending at a word. */
function after(text: string, at: number, max: number): string {
  const m = /\r\n|\n|\r/.exec(text.slice(at));
  const lineEnd = m ? at + m.index : text.length;
  const to = Math.min(lineEnd, at + max);
  let piece = text.slice(at, to);
  if (to < lineEnd) piece = `${piece.replace(/\s+\S*$/, '')}…`;
  return piece.replace(/\s+$/, '');
}

export function snippet(text: string, finding: Finding, style: InlineStyle): string {
  const { edit, applied } = finding;
  const [start, end] = edit.span;
  const change = applied
    ? style.del(flat(edit.actual)) + style.ins(flat(edit.text))
    : style.sug(flat(edit.actual));
  return `${before(text, start, SNIPPET_CONTEXT)}${change}${after(text, end, SNIPPET_CONTEXT)}`;
}
