// Issue 15: reports stay bounded and exact on long lines, multi-line edits and thresholds.
import { Chalk } from 'chalk';
import { describe, expect, test } from 'vitest';
import { formatDiffFile } from '../../src/report/diff.js';
import { confidenceText } from '../../src/report/describeEdit.js';
import { CONTEXT_CHARS, elide } from '../../src/report/inline.js';
import { formatTextFile } from '../../src/report/text.js';
import { makeResult } from './fixtures.js';

const plain = { chalk: new Chalk({ level: 0 }), explain: false };

describe('defect 3: the report never prints more than a bounded window of a long line', () => {
  const long = `${'x'.repeat(100_000)} informed ${'y'.repeat(100_000)} informed ${'z'.repeat(100_000)}`;
  const result = makeResult(long, [
    { find: 'informed', text: 'told' },
    { find: 'informed', text: 'told', from: 100_010 },
  ]);

  test('text format: each finding with a bounded snippet (no word of the long line is cut)', () => {
    expect(formatTextFile({ path: 'a', result }, plain)).toBe(
      [
        'a:1:100002  informed -> told  (confidence 0.90, test)',
        '    | …[-informed-]{+told+}…',
        'a:1:200012  informed -> told  (confidence 0.90, test)',
        '    | …[-informed-]{+told+}…',
        '',
        '',
      ].join('\n'),
    );
  });

  test('diff format: each finding with CONTEXT_CHARS around it', () => {
    // CONTEXT_CHARS of unchanged text on each side, the space next to the finding included
    const x = 'x'.repeat(CONTEXT_CHARS - 1);
    const y = 'y'.repeat(CONTEXT_CHARS - 1);
    const z = 'z'.repeat(CONTEXT_CHARS - 1);
    expect(formatDiffFile({ path: 'a', result }, plain).split('\n')[1]).toBe(
      `1 | …${x} [-informed-]{+told+} ${y}…${y} [-informed-]{+told+} ${z}…`,
    );
  });

  test('diff format is bounded the same way', () => {
    expect(formatDiffFile({ path: 'a', result }, plain).length).toBeLessThan(1000);
  });
});

describe('elide', () => {
  const C = 'a'.repeat(CONTEXT_CHARS);
  const B = 'b'.repeat(CONTEXT_CHARS);
  const long = 'a'.repeat(3 * CONTEXT_CHARS);
  const pair = `${'a'.repeat(CONTEXT_CHARS - 1)}😀${'a'.repeat(2 * CONTEXT_CHARS)}`;
  test.each([
    ['short text is kept', 'abc', true, true, 'abc'],
    ['between findings: both ends', long, true, true, `${C}…${C}`],
    ['before the first finding: the end', long, false, true, `…${C}`],
    ['after the last finding: the start', long, true, false, `${C}…`],
    [
      'a whole line of a block: both ends',
      `x\n${'b'.repeat(3 * CONTEXT_CHARS)}\ny`,
      true,
      true,
      `x\n${B}…${B}\ny`,
    ],
    ['never splits a surrogate pair', pair, true, false, `${'a'.repeat(CONTEXT_CHARS - 1)}😀…`],
  ])('%s', (_name, text, after, before, expected) => {
    expect(elide(text, after, before)).toBe(expected);
  });
});

describe('defect 10: line numbers after an edit spanning lines', () => {
  test('later lines keep their input numbers', () => {
    const input =
      'He said it.\nThe bosom\nperil grows. Then the irregular\nwoodland and the bosom peril.\nEnd bosom peril.\n';
    const result = makeResult(input, [
      { find: 'bosom\nperil', text: 'breast\ncancer' },
      { find: 'irregular\nwoodland', text: 'random\nforest' },
      { find: 'bosom peril', text: 'breast cancer', from: 60 },
      { find: 'bosom peril', text: 'breast cancer', from: 80 },
    ]);
    // the text format shows snippets; the diff format draws the lines
    const drawn = formatDiffFile({ path: 'l', result }, plain)
      .split('\n')
      .filter((l) => /^(\d| ) \| /.test(l) && !l.includes('(confidence'));
    expect(drawn).toEqual([
      '2 | The [-bosom-]',
      '3 | [-peril-]{+breast+}',
      '  | {+cancer+} grows. Then the [-irregular-]',
      '4 | [-woodland-]{+random+}',
      '  | {+forest+} and the [-bosom peril-]{+breast cancer+}.',
      '5 | End [-bosom peril-]{+breast cancer+}.',
    ]);
  });
});

describe('defect 10: "confidence 1.00 [suggestion]" for edits not applied at --min-confidence 1', () => {
  test.each([
    [0.996, true, 1, '1.00'],
    [0.996, false, 1, '0.99'],
    [1, true, 1, '1.00'],
    [0.7999, false, 0.8, '0.79'],
    [0.7999, true, 0.5, '0.80'],
    [0.476, false, 0.8, '0.48'],
    [0.29, false, 0.3, '0.29'],
  ])('confidenceText(%d, applied %s, threshold %d) = %s', (n, applied, threshold, text) => {
    expect(confidenceText(n, applied, threshold)).toBe(text);
  });

  test('an unapplied edit at 0.996 reads 0.99', () => {
    const result = makeResult('He informed us.', [
      { find: 'informed', text: 'told', confidence: 0.996, applied: false },
    ]);
    expect(formatTextFile({ path: 'a', result }, plain)).toBe(
      'a:1:4  informed -> told  (confidence 0.99, test) [suggestion]\n    | He [?informed?] us.\n\n',
    );
  });
});
