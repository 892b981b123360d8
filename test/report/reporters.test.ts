import { Chalk } from 'chalk';
import { describe, expect, test } from 'vitest';
import { formatDiffFile } from '../../src/report/diff.js';
import { formatJson } from '../../src/report/json.js';
import { formatPatchFile } from '../../src/report/patch.js';
import { formatSummary, summarize } from '../../src/report/summary.js';
import { formatTextFile } from '../../src/report/text.js';
import type { FileReport } from '../../src/report/types.js';
import { makeResult } from './fixtures.js';

const plain = { chalk: new Chalk({ level: 0 }), explain: false };
const explained = { ...plain, explain: true };

const input = 'He informed NPR on Monday.\nA assume tank had bosom peril.\n';
const file: FileReport = {
  path: 'docs/a.txt',
  result: makeResult(input, [
    { find: 'informed', text: 'told', confidence: 0.97, source: 'news' },
    { find: 'assume tank', text: 'think tank', confidence: 0.8, source: 'news' },
    {
      find: 'bosom peril',
      text: 'breast cancer',
      confidence: 0.42,
      source: 'tortured',
      applied: false,
    },
  ]),
};

describe('text reporter', () => {
  test('lists every finding, each with its context snippet', () => {
    expect(formatTextFile(file, plain)).toBe(
      [
        'docs/a.txt:1:4  informed -> told  (confidence 0.97, news)',
        '    | He [-informed-]{+told+} NPR on Monday.',
        'docs/a.txt:2:3  assume tank -> think tank  (confidence 0.80, news)',
        '    | A [-assume tank-]{+think tank+} had bosom peril.',
        'docs/a.txt:2:19  bosom peril -> breast cancer  (confidence 0.42, tortured) [suggestion]',
        '    | A assume tank had [?bosom peril?].',
        '',
        '',
      ].join('\n'),
    );
  });

  test('prints nothing for a file without findings or with an error', () => {
    expect(formatTextFile({ path: 'x', result: makeResult('plain', []) }, plain)).toBe('');
    expect(formatTextFile({ path: 'x', error: 'binary file' }, plain)).toBe('');
  });

  test('stdin is shown as <stdin>', () => {
    const f = { path: '-', result: makeResult('informed', [{ find: 'informed', text: 'told' }]) };
    expect(formatTextFile(f, plain).split('\n')[0]).toBe(
      '<stdin>:1:1  informed -> told  (confidence 0.90, test)',
    );
  });

  test('--explain shows alternatives with scores, and reasons', () => {
    const f: FileReport = {
      path: 'a.txt',
      result: makeResult('He informed NPR.', [
        {
          find: 'informed',
          text: 'told',
          alternatives: [
            { text: 'told', source: 'news', prior: 0.9, lm: -12.3456, score: 3.2 },
            { text: 'informed', source: 'keep', prior: 0.1, score: 0.5 },
          ],
          reasons: ['dictionary news line 3', 'LM +3.2'],
        },
      ]),
    };
    expect(formatTextFile(f, explained)).toBe(
      [
        'a.txt:1:4  informed -> told  (confidence 0.90, test)',
        '    | He [-informed-]{+told+} NPR.',
        '    alternatives:',
        '      told      score 3.20  lm -12.35  prior 0.90  news',
        '      informed  score 0.50  prior 0.10  keep',
        '    reason: dictionary news line 3',
        '    reason: LM +3.2',
        '',
        '',
      ].join('\n'),
    );
  });

  test('colors when the chalk instance has a level', () => {
    const colored = formatTextFile(file, { chalk: new Chalk({ level: 1 }), explain: false });
    expect(colored).toContain(
      '\u001b[31m\u001b[9minformed\u001b[29m\u001b[39m\u001b[32mtold\u001b[39m',
    );
    expect(colored).not.toContain('[-');
  });

  // Defect 10 (issue 15): line numbers wrong after an edit spanning lines.
  test('line breaks inside a finding are shown as \\n in the listing; drawn lines keep the input line numbers', () => {
    const f = {
      path: 'a',
      result: makeResult('a assume\ntank.\nnext line', [
        { find: 'assume\ntank', text: 'think\ntank' },
      ]),
    };
    expect(formatTextFile(f, plain)).toBe(
      [
        'a:1:3  assume\\ntank -> think\\ntank  (confidence 0.90, test)',
        '    | a [-assume tank-]{+think tank+}.',
        '',
        '',
      ].join('\n'),
    );
  });
});

describe('diff reporter', () => {
  test('shows every line with a finding, then its edits', () => {
    expect(formatDiffFile(file, plain)).toBe(
      [
        'docs/a.txt',
        '1 | He [-informed-]{+told+} NPR on Monday.',
        '  |   1:4 informed -> told  (confidence 0.97, news)',
        '2 | A [-assume tank-]{+think tank+} had [?bosom peril?].',
        '  |   2:3 assume tank -> think tank  (confidence 0.80, news)',
        '  |   2:19 bosom peril -> breast cancer  (confidence 0.42, tortured) [suggestion]',
        '',
        '',
      ].join('\n'),
    );
  });

  test('a CRLF file and a BOM file render without \\r or BOM', () => {
    const text = '\ufeffHe informed NPR.\r\nNext.\r\n';
    const f = { path: 'c.txt', result: makeResult(text, [{ find: 'informed', text: 'told' }]) };
    expect(formatDiffFile(f, plain)).toBe(
      'c.txt\n1 | He [-informed-]{+told+} NPR.\n  |   1:4 informed -> told  (confidence 0.90, test)\n\n',
    );
  });

  test('an overlapping suggestion is listed but not drawn twice', () => {
    const text = 'a assume tank';
    const result = makeResult(text, [
      { find: 'assume tank', text: 'think tank' },
      { find: 'assume', text: 'think', applied: false, confidence: 0.3 },
    ]);
    expect(formatDiffFile({ path: 'o', result }, plain)).toBe(
      [
        'o',
        '1 | a [-assume tank-]{+think tank+}',
        '  |   1:3 assume tank -> think tank  (confidence 0.90, test)',
        '  |   1:3 assume -> think  (confidence 0.30, test) [suggestion]',
        '',
        '',
      ].join('\n'),
    );
  });
});

describe('summary', () => {
  const files: FileReport[] = [
    file,
    { path: 'b.txt', error: 'binary file' },
    { path: 'c', result: makeResult('x', []) },
  ];
  test('counts', () => {
    expect(summarize(files)).toEqual({
      files: 3,
      filesWithFindings: 1,
      findings: 3,
      applied: 2,
      suggestions: 1,
      errors: 1,
      written: 0,
      fixed: 0,
    });
  });
  test.each([
    [false, '3 files, 3 findings, 2 fixable, 1 error\n'],
    [true, '3 files, 3 findings, 0 fixed, 0 files written, 1 error\n'],
  ])('line (write %s)', (write, line) => {
    expect(formatSummary(summarize(files), write, plain.chalk)).toBe(line);
  });
});

describe('json reporter', () => {
  test('versioned document with positions, spans and flags', () => {
    const doc = JSON.parse(
      formatJson([file, { path: 'b', error: 'binary file' }], summarize([file]), 0.5),
    );
    expect(doc.version).toBe(1);
    expect(doc.minConfidence).toBe(0.5);
    expect(doc.files[1]).toEqual({
      path: 'b',
      changed: false,
      written: false,
      edits: [],
      error: 'binary file',
    });
    expect(doc.files[0].changed).toBe(true);
    expect(
      doc.files[0].edits.map((e: { line: number; column: number; applied: boolean }) => [
        e.line,
        e.column,
        e.applied,
      ]),
    ).toEqual([
      [1, 4, true],
      [2, 3, true],
      [2, 19, false],
    ]);
    expect(doc.files[0].edits[0]).toEqual({
      line: 1,
      column: 4,
      endLine: 1,
      endColumn: 12,
      span: [3, 11],
      actual: 'informed',
      text: 'told',
      confidence: 0.97,
      source: 'news',
      applied: true,
      suggestOnly: false,
      alternatives: [],
      reasons: [],
    });
    expect(doc.summary.findings).toBe(3);
  });
});

describe('patch reporter', () => {
  test('unified diff with a/ b/ prefixes', () => {
    expect(formatPatchFile(file)).toBe(
      [
        'diff --git a/docs/a.txt b/docs/a.txt',
        '--- a/docs/a.txt',
        '+++ b/docs/a.txt',
        '@@ -1,2 +1,2 @@',
        '-He informed NPR on Monday.',
        '-A assume tank had bosom peril.',
        '+He told NPR on Monday.',
        '+A think tank had bosom peril.',
        '',
      ].join('\n'),
    );
  });

  test('no final newline is marked', () => {
    const f = {
      path: 'n.txt',
      result: makeResult('one\ninformed', [{ find: 'informed', text: 'told' }]),
    };
    expect(formatPatchFile(f)).toBe(
      'diff --git a/n.txt b/n.txt\n--- a/n.txt\n+++ b/n.txt\n@@ -1,2 +1,2 @@\n one\n-informed\n\\ No newline at end of file\n+told\n\\ No newline at end of file\n',
    );
  });

  test('CRLF lines keep their CR', () => {
    const f = {
      path: 'c.txt',
      result: makeResult('informed\r\nx\r\n', [{ find: 'informed', text: 'told' }]),
    };
    expect(formatPatchFile(f)).toBe(
      'diff --git a/c.txt b/c.txt\n--- a/c.txt\n+++ b/c.txt\n@@ -1,2 +1,2 @@\n-informed\r\n+told\r\n x\r\n',
    );
  });

  test('nothing for an unchanged file', () => {
    expect(formatPatchFile({ path: 'u', result: makeResult('x', []) })).toBe('');
  });
});
