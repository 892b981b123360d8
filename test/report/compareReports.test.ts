import { Chalk } from 'chalk';
import { describe, expect, test } from 'vitest';
import type { Comparison } from '../../src/compare/compareTexts.js';
import { sideBySide } from '../../src/report/compareColumns.js';
import { formatCompareHtml } from '../../src/report/compareHtml.js';
import { compareJson, type CompareReportInput } from '../../src/report/compareJson.js';
import { formatCompareText } from '../../src/report/compareText.js';

const plain = new Chalk({ level: 0 });
const color = new Chalk({ level: 1 });

const comparison: Comparison = {
  before: { words: 0.85, fiveGrams: 0.1875 },
  after: { words: 0.95, fiveGrams: 0.6875 },
  originalWords: 20,
  suspectWords: 20,
  swaps: [
    { spun: 'informed', original: 'told', count: 2, restored: 2 },
    { spun: 'assume <b>', original: 'think & co', count: 1, restored: 0 },
  ],
  swapCount: 3,
  passages: [
    {
      original: 'A senior official told NPR that the think tank will publish.',
      suspect: 'A senior official informed NPR that the assume tank will publish.',
      originalMarks: [
        [18, 22],
        [36, 41],
      ],
      suspectMarks: [
        [18, 26],
        [40, 46],
      ],
    },
  ],
  unrelated: false,
};
const input: CompareReportInput = {
  original: 'a.txt',
  suspect: 'b.txt',
  minConfidence: 0.8,
  restoredEdits: 2,
  comparison,
};

describe('sideBySide', () => {
  const left = { text: 'the think tank said so', marks: [[4, 9]] as const };
  const right = { text: 'the assume  tank\nsaid so', marks: [[4, 10]] as const };
  test.each([
    [plain, 12, ['the          | the', '{+think+}    | [-assume-]', 'tank said so | tank said so']],
    [
      plain,
      6,
      [
        'the    | the',
        '{+thin | [-assu',
        'k+}    | me-]',
        'tank   | tank',
        'said   | said',
        'so     | so',
      ],
    ],
    [
      color,
      30,
      [
        'the \u001b[32mthink\u001b[39m tank said so         \u001b[2m|\u001b[22m the \u001b[31massume\u001b[39m tank said so',
      ],
    ],
  ])('columns of %#', (chalk, width, want) => {
    expect(sideBySide(left, right, width, chalk)).toEqual(want);
  });
});

describe('compare reports', () => {
  test('text', () => {
    expect(formatCompareText(input, plain)).toBe(
      [
        'b.txt compared with a.txt',
        '                  before   after restoring the suspect',
        'aligned words      85.0%    95.0%',
        'shared 5-grams     18.8%    68.8%',
        'words: original 20, suspect 20; 3 swaps (2 distinct), 2 edits restored',
        '',
        'swaps (suspect -> original, times, restored)',
        '  informed -> told            2    2',
        '  assume <b> -> think & co    1    0',
        '',
        'original                                        | suspect',
        'A senior official {+told+} NPR that the         | A senior official [-informed-] NPR that the',
        '{+think+} tank will publish.                    | [-assume-] tank will publish.',
        '',
      ].join('\n'),
    );
  });

  test('json: versioned, before and after are the aligned-word overlap', () => {
    expect(compareJson(input)).toMatchObject({
      version: 1,
      before: 0.85,
      after: 0.95,
      fiveGrams: { before: 0.1875, after: 0.6875 },
      words: { original: 20, suspect: 20 },
      swapCount: 3,
    });
  });

  test('html: self-contained, everything escaped, swaps marked', () => {
    const html = formatCompareHtml(input);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).not.toMatch(/https?:|<script|<link|src=/);
    expect(html).toContain('<td>assume &lt;b&gt;</td><td>think &amp; co</td>');
    expect(html).toContain(
      '<td>A senior official <mark class="o">told</mark> NPR that the <mark class="o">think</mark> tank will publish.</td>',
    );
    expect(html).toContain(
      '<tr><th>aligned words</th><td class="n">85.0%</td><td class="n">95.0%</td></tr>',
    );
  });
});
