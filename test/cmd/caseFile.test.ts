// The golden case file format: sections, flags, exact bytes both ways.
import { describe, expect, test } from 'vitest';
import { parseCase, sectionFor, serializeCase } from './caseFile.js';

const b = (s: string) => Buffer.from(s, 'utf8');

describe('parseCase', () => {
  test.each([
    [
      'plain sections',
      'what\n-- a --\nx\ny\n-- b --\n',
      'what\n',
      [
        ['a', [], 'x\ny\n'],
        ['b', [], ''],
      ],
    ],
    ['no comment', '-- a --\nx\n', '', [['a', [], 'x\n']]],
    [
      'no final newline flag',
      '-- a (no final newline) --\nx\n',
      '',
      [['a', ['no final newline'], 'x']],
    ],
    ['base64 flag', '-- a (base64) --\naW5m\nbw==\n', '', [['a', ['base64'], 'info']]],
    ['CR and BOM kept', '-- a --\n\ufeffx\r\n', '', [['a', [], '\ufeffx\r\n']]],
    ['marker with CR is content', 'c\n-- a --\n-- b --\r\n', 'c\n', [['a', [], '-- b --\r\n']]],
    ['last line without newline', '-- a --\nx', '', [['a', [], 'x\n']]],
  ])('%s', (_, file, comment, sections) => {
    const parsed = parseCase(b(file));
    expect(parsed.comment).toBe(comment);
    expect(parsed.sections.map((s) => [s.name, s.flags, s.bytes.toString('utf8')])).toEqual(
      sections,
    );
  });

  test.each([
    ['unknown flag', '-- a (gzip) --\nx\n', "unknown flag 'gzip' in: -- a (gzip) --"],
    ['nothing to end', '-- a (no final newline) --\n', 'section a: empty, or no line to end'],
  ])('rejects %s', (_, file, message) => {
    expect(() => parseCase(b(file))).toThrow(message);
  });
});

describe('sectionFor picks the flags that write the bytes back exactly', () => {
  test.each([
    ['text', b('x\n'), []],
    ['empty', b(''), []],
    ['no final newline', b('x'), ['no final newline']],
    ['NUL byte', Buffer.from([0x69, 0, 1]), ['base64']],
    ['not UTF-8', Buffer.from([0x63, 0xe9, 0x0a]), ['base64']],
    ['a line that looks like a marker', b('x\n-- y --\n'), ['base64']],
    ['escape codes stay text', b('\u001b[31mred\u001b[39m\n'), []],
  ])('%s', (_, bytes, flags) => {
    const section = sectionFor('a', bytes);
    expect(section.flags).toEqual(flags);
    const back = parseCase(serializeCase({ comment: 'c\n', sections: [section] }));
    expect(back.sections[0]?.bytes.equals(bytes)).toBe(true);
  });
});

test('serializeCase writes what parseCase read, byte for byte', () => {
  const file = b(
    'Case.\n-- cmd --\nrestore-text -\n-- stdin (no final newline) --\n\ufeffa\r\nb\n',
  );
  expect(serializeCase(parseCase(file)).equals(file)).toBe(true);
});
