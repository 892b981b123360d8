// Offsets -> 1-based line and column, computed only here, for the reporters.
// Line breaks are \n, \r\n and a lone \r (as in the tokenizer). Columns count Unicode code
// points (an emoji is one column), starting at 1; a byte order mark at the start of the text
// is not counted (editors do not show it).

export interface Position {
  readonly line: number;
  readonly column: number;
}

export class LineIndex {
  private readonly starts: number[];
  /** Offsets of the second halves of surrogate pairs (a code point takes two UTF-16 units). */
  private readonly pairs: number[] = [];

  /**
   * `firstLine`: the number of the text's first line, when the text is a section of a longer one
   * that starts at a line's start (src/core/sections.ts); offsets stay those of `text`.
   */
  constructor(
    private readonly text: string,
    private readonly firstLine = 1,
  ) {
    this.starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
      else if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
        const before = text.charCodeAt(i - 1);
        if (before >= 0xd800 && before <= 0xdbff) this.pairs.push(i);
      }
    }
  }

  /** Surrogate-pair second halves at offsets in (from, to]. */
  private pairsWithin(from: number, to: number): number {
    const bound = (x: number): number => {
      let lo = 0;
      let hi = this.pairs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((this.pairs[mid] ?? 0) <= x) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return bound(to) - bound(from);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The line numbers from firstLine to this one. */
  private at(line: number): number {
    return line - this.firstLine;
  }

  /** 1-based line holding the UTF-16 offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + this.firstLine;
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    const start = this.lineStart(line);
    // Code points in [start, offset): units less the second halves of pairs inside it (linear
    // scans here made a long single line quadratic).
    const column = offset <= start ? 1 : offset - start - this.pairsWithin(start, offset - 1) + 1;
    return { line, column };
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[this.at(line)] ?? this.text.length;
  }

  /** Offset just past the line's content (before its line break). */
  lineEnd(line: number): number {
    const next = this.starts[this.at(line) + 1];
    if (next === undefined) return this.text.length;
    let end = next;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}
