// Ranges of the text that are never rewritten: code (Markdown fenced blocks and inline code
// spans). URLs and e-mail addresses are tokens of their own and never candidates.
import type { Edit, Span } from '../types.js';

const CODE =
  /(^|\n)[ \t]*(```|~~~)[^\n]*\n[\s\S]*?(?:\n[ \t]*\2[^\n]*(?=\n|$)|$)|``[^\n]+?``|`[^`\n]+`/g;

export function protectedRanges(text: string): Span[] {
  const out: Span[] = [];
  if (!text.includes('`') && !text.includes('~~~')) return out;
  for (const m of text.matchAll(CODE)) {
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    out.push([start, (m.index ?? 0) + m[0].length]);
  }
  return out;
}

/** Edits that touch no protected range. */
export function outsideProtected(edits: readonly Edit[], ranges: readonly Span[]): Edit[] {
  if (ranges.length === 0) return [...edits];
  return edits.filter((e) => !ranges.some(([s, t]) => e.span[0] < t && s < e.span[1]));
}
