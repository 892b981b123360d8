// Defect 10 (issue 15), the smaller ones: line numbers after an edit spanning lines; "confidence
// 1.00 [suggestion]" at --min-confidence 1; a straight apostrophe in a text with curly ones;
// indented Markdown code blocks rewritten; binaries in folders not reported (main.test.ts);
// duplicate entries, identity mappings and non-UTF-8 dictionaries not caught.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { indentedCodeBlocks, looksLikeMarkdown } from '../../src/core/protect.js';
import { documentApostrophe, withApostrophe } from '../../src/core/quoteStyle.js';
import { cleanUp, ENGINE, folder, run } from './harness.js';

afterEach(cleanUp);

describe('defect 10: line numbers after an edit spanning lines (CLI)', () => {
  // (the text format shows a snippet per finding since issue 16; the diff format draws lines)
  test('the lines after keep their numbers', async () => {
    const dir = folder({ 'a.txt': 'One.\nThe assume\ntank met.\nHe informed us.\n' });
    const r = await run(dir, [...ENGINE, '--format', 'diff', 'a.txt']);
    expect(r.out).toBe(
      [
        'a.txt',
        '2 | The [-assume-]',
        '3 | [-tank-]{+think+}',
        '  | {+tank+} met.',
        '  |   2:5 assume\\ntank -> think\\ntank  (confidence 0.95, words)',
        '4 | He [-informed-]{+told+} us.',
        '  |   4:4 informed -> told  (confidence 0.90, words)',
        '',
        'Verdicts, worst first (sure findings, per 1,000 words):',
        '  suspicious 2 sure  250.0/1k words  a.txt',
        '',
        '1 file, 2 findings, 2 fixable',
        '',
      ].join('\n'),
    );
  });
});

describe('defect 10: "confidence 1.00 [suggestion]" at --min-confidence 1', () => {
  test('an edit at 0.996 is a suggestion there, and reads 0.99', async () => {
    const dir = folder({ 'd.tsv': 'informed\ttold\t-\tt\t0.996\n', 'a.txt': 'He informed us.\n' });
    const args = ['--no-builtin', '--no-context', '--dict', 'd.tsv', '--suggestions', 'all'];
    const strict = await run(dir, [...args, '--min-confidence', '1', 'a.txt']);
    expect(strict.out.split('\n')[0]).toBe(
      'a.txt:1:4  informed -> told  (confidence 0.99, d) [suggestion]',
    );
    const usual = await run(dir, [...args, 'a.txt']);
    expect(usual.out.split('\n')[0]).toBe('a.txt:1:4  informed -> told  (confidence 1.00, d)');
  });
});

describe("defect 10: restorations take the document's apostrophe", () => {
  test.each([
    ['curly text', 'I don’t know; it will not rain.\n', 'I don’t know; it won’t rain.\n'],
    ['straight text', "I don't know; it will not rain.\n", "I don't know; it won't rain.\n"],
    ['no apostrophe: as the dictionary writes it', 'It will not rain.\n', "It won't rain.\n"],
  ])('%s', async (_n, text, output) => {
    const dir = folder({ 'a.txt': text });
    await run(dir, [...ENGINE, '--write', 'a.txt']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(output);
  });

  test.each([
    ["I don't, I won't", "'"],
    ['I don’t, I won’t', '’'],
    ['He said ‘no’ and left', undefined],
    ["It's Mary’s and John’s", '’'],
  ])('documentApostrophe(%j) = %j', (text, mark) => {
    expect(documentApostrophe(text)).toBe(mark);
  });

  test.each([
    ["won't", '’', 'won’t'],
    ['won’t', "'", "won't"],
    ["users' data", '’', 'users’ data'],
    ["won't", undefined, "won't"],
  ])('withApostrophe(%j, %j) = %j', (text, mark, out) => {
    expect(withApostrophe(text, mark as "'" | '’' | undefined)).toBe(out);
  });
});

describe('defect 10: indented Markdown code blocks are not rewritten', () => {
  const md = [
    '# Title',
    '',
    'He informed us:',
    '',
    '    informed = True',
    '    print(informed)',
    '',
    'He informed them.',
    '',
  ].join('\n');

  test('a .md file: the code block is left alone, the prose is restored', async () => {
    const dir = folder({ 'a.md': md, 'b.txt': md.replace('# Title\n\n', '') });
    await run(dir, [...ENGINE, '--write', 'a.md', 'b.txt']);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(
      md.replace('He informed us', 'He told us').replace('He informed them', 'He told them'),
    );
    // a plain text file without Markdown signs: an indented paragraph is prose
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(
      md.replace('# Title\n\n', '').replaceAll('informed', 'told'),
    );
  });

  test.each([
    ['after a blank line', 'Text.\n\n    code here\n    more\n\nText.', ['code here\n    more']],
    ['a tab', 'Text.\n\n\tcode\n', ['code']],
    ['not after a paragraph line', 'Text.\n    continued\n', []],
    ['not in a list item', '- item\n\n    continued item text\n', []],
    ['after a list, a new paragraph ends it', '- item\n\nPara.\n\n    code\n', ['code']],
  ])('indentedCodeBlocks: %s', (_n, text, blocks) => {
    expect(indentedCodeBlocks(text).map(([s, e]) => text.slice(s, e))).toEqual(blocks);
  });

  test.each([
    ['# Heading\ntext', true],
    ['```\ncode\n```', true],
    ['see [x](http://a.b)', true],
    ['Plain prose.\n\n    Indented quote.', false],
  ])('looksLikeMarkdown(%j) = %s', (text, yes) => {
    expect(looksLikeMarkdown(text)).toBe(yes);
  });
});

describe('defect 10: the validator catches duplicates, identities and non-UTF-8 (--dict)', () => {
  test.each([
    [
      'a duplicate entry',
      'a b\tc d\t-\tx\t0.9\na  B\te f\t-\tx\t0.9\n',
      "d.tsv:2: duplicate spun phrase 'a  B' (first at line 1)",
    ],
    [
      'a phrase mapped to itself',
      'x\ty\t-\tt\t0.9\nsame thing\tsame  thing\t-\tx\t0.9\n',
      "d.tsv:2: identity mapping: 'same thing' restores to itself",
    ],
    [
      'a non-UTF-8 dictionary',
      Buffer.from('x\ty\t-\tt\t0.9\ncaf\xe9\tcoffee\t-\tx\t0.9\n', 'latin1'),
      'd.tsv:2: not valid UTF-8 (dictionaries are UTF-8 text)',
    ],
  ])('%s: exit 2, file and line named', async (_n, dict, message) => {
    const dir = folder({ 'd.tsv': dict, 'a.txt': 'x' });
    const r = await run(dir, ['--no-builtin', '--no-context', '--dict', 'd.tsv', 'a.txt']);
    expect([r.code, r.out, r.err]).toEqual([2, '', `restore-text: ${message}\n`]);
  });
});
