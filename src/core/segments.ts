// A long text is restored in segments of at most SEGMENT_CHARS (cut at a paragraph, else a line,
// else a space; never inside a word), so that memory stays bounded and every quadratic step of
// the engine works on a bounded piece: a 50 MB file costs 50 times a 1 MB one. Document evidence
// (conditions, sure phrases) is then per segment, a book's worth of text.

/** About 170,000 words of prose. */
export const SEGMENT_CHARS = 1 << 20;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/** The cut after [start, start + max): the end of a segment beginning at `start`. */
function cutAfter(text: string, start: number, max: number): number {
  const limit = start + max;
  if (limit >= text.length) return text.length;
  const floor = start + (max >> 1);
  // Backwards from the limit, never below the floor: the best break in the window wins.
  let line = -1;
  let space = -1;
  for (let i = limit - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (
        text.charCodeAt(i - 1) === 10 ||
        (text.charCodeAt(i - 1) === 13 && text.charCodeAt(i - 2) === 10)
      )
        return i + 1;
      if (line < 0) line = i + 1;
    } else if (space < 0 && isSpace(c)) space = afterBreak(text, i);
  }
  if (line >= 0) return line;
  if (space >= 0) return space;
  // One word longer than half a segment: cut at the next space, or take the rest.
  for (let i = limit; i < text.length; i++)
    if (isSpace(text.charCodeAt(i))) return afterBreak(text, i);
  return text.length;
}

/** Just past the space at i, keeping \r\n together. */
function afterBreak(text: string, i: number): number {
  return text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
}

/** Half-open ranges that tile the text, each at most `max` characters unless one word is longer. */
export function segmentsOf(text: string, max = SEGMENT_CHARS): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  let start = 0;
  while (start < text.length) {
    const end = cutAfter(text, start, max);
    out.push([start, end]);
    start = end;
  }
  return out.length > 0 ? out : [[0, 0]];
}
