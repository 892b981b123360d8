import { describe, expect, test } from 'vitest';
import { LineIndex } from '../../src/report/lines.js';

describe('LineIndex.position', () => {
  test.each([
    ['LF', 'ab\ncd\n', 4, 2, 2],
    ['CRLF', 'ab\r\ncd\r\n', 5, 2, 2],
    ['lone CR', 'ab\rcd', 3, 2, 1],
    ['start of text', 'abc', 0, 1, 1],
    ['end of text', 'ab\ncd', 5, 2, 3],
    ['after final newline', 'ab\n', 3, 2, 1],
    ['BOM not counted', '\ufeffabc', 2, 1, 2],
    ['BOM offset itself', '\ufeffabc', 0, 1, 1],
    ['emoji is one column', 'a\u{1f600}b c', 4, 1, 4],
    ['CR of CRLF stays on its line', 'ab\r\ncd', 2, 1, 3],
  ])('%s', (_name, text, offset, line, column) => {
    expect(new LineIndex(text).position(offset)).toEqual({ line, column });
  });
});

describe('LineIndex line bounds', () => {
  test.each([
    ['LF', 'ab\ncd\n', 1, 0, 2],
    ['CRLF', 'ab\r\ncd\r\n', 1, 0, 2],
    ['CRLF second', 'ab\r\ncd\r\n', 2, 4, 6],
    ['last line without newline', 'ab\ncd', 2, 3, 5],
    ['BOM', '\ufeffab\n', 1, 1, 3],
  ])('%s', (_name, text, line, start, end) => {
    const index = new LineIndex(text);
    expect([index.lineStart(line), index.lineEnd(line)]).toEqual([start, end]);
  });
});
