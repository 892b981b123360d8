// Ranges of the text that are never rewritten: code (Markdown fenced blocks and inline code
// spans) and Markdown link targets (`](#custom-help)`). URLs and e-mail addresses are tokens of
// their own and never candidates.
import type { Edit, Span } from '../types.js';

const CODE =
  /(^|\n)[ \t]*(```|~~~)[^\n]*\n[\s\S]*?(?:\n[ \t]*\2[^\n]*(?=\n|$)|$)|``[^\n]+?``|`[^`\n]+`/g;

/** `](target)` of a Markdown link or image, one level of parentheses inside the target. */
const LINK_TARGET = /\]\((?:[^()\s]|\([^()\s]*\))+\)/g;

export function protectedRanges(text: string): Span[] {
  const out: Span[] = [];
  if (text.includes('`') || text.includes('~~~')) {
    for (const m of text.matchAll(CODE)) {
      const start = (m.index ?? 0) + (m[1]?.length ?? 0);
      out.push([start, (m.index ?? 0) + m[0].length]);
    }
  }
  if (text.includes('](')) {
    for (const m of text.matchAll(LINK_TARGET)) {
      const start = (m.index ?? 0) + 1;
      const end = (m.index ?? 0) + m[0].length;
      if (!out.some(([s, t]) => s <= start && end <= t)) out.push([start, end]);
    }
    out.sort((a, b) => a[0] - b[0]);
  }
  return out;
}

/** Edits that touch no protected range. */
export function outsideProtected(edits: readonly Edit[], ranges: readonly Span[]): Edit[] {
  if (ranges.length === 0) return [...edits];
  return edits.filter((e) => !ranges.some(([s, t]) => e.span[0] < t && s < e.span[1]));
}
