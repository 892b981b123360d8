// Ranges of the text that are never rewritten: code (Markdown fenced blocks, indented code blocks
// in Markdown, inline code spans) and Markdown link targets (`](#custom-help)`). URLs and e-mail
// addresses are tokens of their own and never candidates.
import type { Edit, Span } from '../types.js';

const CODE =
  /(^|\n)[ \t]*(```|~~~)[^\n]*\n[\s\S]*?(?:\n[ \t]*\2[^\n]*(?=\n|$)|$)|``[^\n]+?``|`[^`\n]+`/g;

/** `](target)` of a Markdown link or image, one level of parentheses inside the target. */
const LINK_TARGET = /\]\((?:[^()\s]|\([^()\s]*\))+\)/g;

/** Signs that a text is Markdown: a fenced block, an ATX heading, a link or image. */
const MARKDOWN = /^[ \t]{0,3}(?:```|~~~|#{1,6}[ \t]+\S)|\]\([^()\s]+\)/m;

/** True when the text looks like Markdown (see RestoreOptions.markdown). */
export function looksLikeMarkdown(text: string): boolean {
  return MARKDOWN.test(text);
}

/** A list item's first line: `- x`, `* x`, `+ x`, `1. x`, `1) x`. */
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/;
const INDENTED = /^(?: {4}|\t)/;
const BLANK = /^[ \t]*$/;

/**
 * Indented code blocks (CommonMark): lines indented by four spaces or a tab after a blank line,
 * unless the paragraph before the blank line belongs to a list (its continuation is indented).
 */
export function indentedCodeBlocks(text: string): Span[] {
  const out: Span[] = [];
  let offset = 0;
  let previousBlank = true;
  let inList = false;
  let block: [number, number] | undefined;
  for (const line of text.split(/(?<=\n)/)) {
    const content = line.replace(/\r?\n$|\r$/, '');
    const blank = BLANK.test(content);
    if (block !== undefined && (blank || INDENTED.test(content))) {
      if (!blank) block[1] = offset + content.length;
    } else if (
      block === undefined &&
      previousBlank &&
      !inList &&
      INDENTED.test(content) &&
      !blank
    ) {
      block = [offset + (content.length - content.trimStart().length), offset + content.length];
    } else if (!blank) {
      if (block !== undefined) out.push(block);
      block = undefined;
      if (LIST_ITEM.test(content)) inList = true;
      else if (!INDENTED.test(content) && previousBlank) inList = false;
    }
    previousBlank = blank;
    offset += line.length;
  }
  if (block !== undefined) out.push(block);
  return out;
}

export function protectedRanges(text: string, markdown = looksLikeMarkdown(text)): Span[] {
  const out: Span[] = [];
  if (text.includes('`') || text.includes('~~~')) {
    for (const m of text.matchAll(CODE)) {
      const start = (m.index ?? 0) + (m[1]?.length ?? 0);
      out.push([start, (m.index ?? 0) + m[0].length]);
    }
  }
  if (markdown) {
    const code = new SpanSet(out);
    for (const span of indentedCodeBlocks(text)) if (!code.overlaps(span)) out.push(span);
    out.sort((a, b) => a[0] - b[0]);
  }
  if (text.includes('](')) {
    const code = new SpanSet(out);
    for (const m of text.matchAll(LINK_TARGET)) {
      const start = (m.index ?? 0) + 1;
      const end = (m.index ?? 0) + m[0].length;
      if (!code.contains([start, end])) out.push([start, end]);
    }
    out.sort((a, b) => a[0] - b[0]);
  }
  return out;
}

/** Spans sorted by start, asked about in O(log n): which overlap a span, which hold it. */
export class SpanSet {
  private readonly spans: readonly Span[];
  /** Largest end among spans[0..i]. */
  private readonly maxEnd: number[];

  constructor(spans: readonly Span[]) {
    this.spans = [...spans].sort((a, b) => a[0] - b[0]);
    let max = -Infinity;
    this.maxEnd = this.spans.map((s) => (max = Math.max(max, s[1])));
  }

  /** Index of the last span starting before `offset`, or -1. */
  private lastBefore(offset: number): number {
    let lo = -1;
    let hi = this.spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.spans[mid] as Span)[0] < offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Some span overlaps [start, end) (shares a character with it). */
  overlaps([start, end]: Span): boolean {
    const i = this.lastBefore(end);
    return i >= 0 && (this.maxEnd[i] ?? -Infinity) > start;
  }

  /** Some span holds [start, end) whole. */
  contains([start, end]: Span): boolean {
    // Among the spans starting at or before `start`, the one reaching farthest decides.
    const i = this.lastBefore(start + 1);
    return i >= 0 && (this.maxEnd[i] ?? -Infinity) >= end;
  }
}

/** Edits that touch no protected range. */
export function outsideProtected(edits: readonly Edit[], ranges: readonly Span[]): Edit[] {
  if (ranges.length === 0) return [...edits];
  const set = new SpanSet(ranges);
  return edits.filter((e) => !set.overlaps(e.span));
}
