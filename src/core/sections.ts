// Long texts are restored in sections, one after another: a section is cut at a paragraph break
// near SECTION_TARGET characters, so that what a text says far away (a dictionary entry's `and=`
// term, the sure phrases that corroborate a spinner) is not evidence here, and the work and the
// memory of a restore do not grow with the text. A text of at most SECTION_MAX characters is one
// section: every document of the eval is. Edits never cross a section boundary.
//
// The cut depends only on the SECTION_MAX characters after the section's start (and on whether
// the text goes on past them), so a reader that holds that much of a stream cuts it where
// restore() cuts the whole text.
import type { Edit, Span } from '../types.js';
import { protectedRanges } from './protect.js';

export const SECTION_TARGET = 64 * 1024;
export const SECTION_MAX = 2 * SECTION_TARGET;
const SECTION_MIN = SECTION_TARGET / 2;

/** A blank line (spaces and tabs allowed); the cut goes after it, at the next line's start. */
const PARAGRAPH_BREAK = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/g;
const LINE_BREAK = /\r\n|\r|\n/g;
const SPACE = /[ \t]+/g;

/** Ends of the matches of `re` in `text` that no protected range holds. */
function cutsAfter(re: RegExp, text: string, ranges: readonly Span[]): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(re)) {
    const at = (m.index ?? 0) + m[0].length;
    if (at < text.length && !ranges.some(([s, t]) => s < at && at < t)) out.push(at);
  }
  return out;
}

/** The cut nearest below the target that leaves a section of at least SECTION_MIN, else the first above. */
function bestCut(cuts: readonly number[]): number | undefined {
  let below: number | undefined;
  for (const at of cuts) {
    if (at <= SECTION_TARGET) below = at;
    else return below !== undefined && below >= SECTION_MIN ? below : at;
  }
  return below;
}

/**
 * Length of the section that starts `window` (the text from the section's start, at least
 * SECTION_MAX + 1 characters of it unless the text ends there: `final`). At a paragraph break,
 * else a line break, else between words, outside code; a run of SECTION_MAX characters without
 * any is cut there (not inside a surrogate pair or a CRLF).
 */
export function sectionLength(window: string, final: boolean): number {
  if (final && window.length <= SECTION_MAX) return window.length;
  const text = window.slice(0, SECTION_MAX);
  const ranges = protectedRanges(text);
  for (const re of [PARAGRAPH_BREAK, LINE_BREAK, SPACE]) {
    const cut = bestCut(cutsAfter(re, text, ranges));
    if (cut !== undefined) return cut;
  }
  // Never between the halves of a surrogate pair or of a CRLF.
  const last = window.charCodeAt(SECTION_MAX - 1);
  const split =
    (last >= 0xd800 && last <= 0xdbff) || (last === 13 && window.charCodeAt(SECTION_MAX) === 10);
  return split ? SECTION_MAX - 1 : SECTION_MAX;
}

/** The sections of a whole text, in order: [start, end) spans that cover it. */
export function sectionSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  do {
    const window = text.slice(start, start + SECTION_MAX + 1);
    const length = sectionLength(window, start + window.length >= text.length);
    out.push([start, start + length]);
    start += length;
  } while (start < text.length);
  return out;
}

/** The edit moved by `offset` characters (from a section to the whole text). */
export function shiftEdit(edit: Edit, offset: number): Edit {
  return offset === 0 ? edit : { ...edit, span: [edit.span[0] + offset, edit.span[1] + offset] };
}

/** Line breaks in a text, counted as LineIndex counts them (CRLF, LF, a lone CR). */
export function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}
