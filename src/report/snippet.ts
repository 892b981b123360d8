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
  // Only the `max` characters before `at` are looked at (a 10 MB line costs no more).
  const from = Math.max(0, at - max);
  const window = text.slice(from, at);
  const lineBreak = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\r'));
  let piece = lineBreak >= 0 ? window.slice(lineBreak + 1) : window;
  const lineStart = from === 0 || /[\n\r]/.test(text.charAt(from - 1));
  if (lineBreak < 0 && !lineStart) piece = `…${piece.replace(/^\S*\s+/, '')}`;
  return piece.replace(/^\s+/, '');
}

/** The text after `at` on its line: at most `max` characters, ending at a word. */
function after(text: string, at: number, max: number): string {
  // Only the `max` characters after `at` are looked at.
  const to = Math.min(text.length, at + max);
  const window = text.slice(at, to);
  const m = /\r\n|\n|\r/.exec(window);
  let piece = m ? window.slice(0, m.index) : window;
  const lineEnd = to === text.length || /[\n\r]/.test(text.charAt(to));
  if (!m && !lineEnd) piece = `${piece.replace(/\s+\S*$/, '')}…`;
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
