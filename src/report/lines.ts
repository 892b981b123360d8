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
    }
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
    const column = offset <= start ? 1 : [...this.text.slice(start, offset)].length + 1;
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
