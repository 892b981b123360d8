import { describe, expect, test } from 'vitest';
import { detokenize, brownParagraphs } from '../../scripts/eval/genres/brown.js';
import { infoParagraphs } from '../../scripts/eval/genres/gnuInfo.js';
import { firstWords, isPlainProse } from '../../scripts/eval/genres/prose.js';
import { rstInline, rstParagraphs } from '../../scripts/eval/genres/pythonDocs.js';
import { spreadIndexes } from '../../scripts/eval/genres/genreDocuments.js';

const LONG = 'The quick brown fox jumps over the lazy dog and then runs far away into the woods.';

describe('genre loaders', () => {
  test('Brown tokens read back as running text', () => {
    expect(
      detokenize(
        "The/at jury/nn said/vbd ``/`` no/at evidence/nn ''/'' ,/, and/cc Atlanta's/np$ (/( city/nn )/) agreed/vbd ;/. ;/. it/pps won't/md* ./.",
      ),
    ).toBe('The jury said "no evidence", and Atlanta\'s (city) agreed; it won\'t.');
  });

  test('Brown paragraphs: tab-indented blocks, prose only', () => {
    const line = LONG.replace(/(\w+)/g, '$1/nn').replace(/\.$/, ' ./.');
    const raw = `\n\n\t${line}\n${line}\n\n\n\tTitle/nn-hl\n\n\n\t1/cd 2/cd 3/cd\n`;
    expect(brownParagraphs(raw)).toEqual([`${LONG} ${LONG}`]);
  });

  test('plain prose: sentence, length and share of plain words', () => {
    expect(isPlainProse(LONG)).toBe(true);
    expect(isPlainProse('Too short a sentence.')).toBe(false);
    expect(isPlainProse(LONG.replace('.', ''))).toBe(false);
    expect(
      isPlainProse('Run x=1 y=2 z=3 w=4 with foo() and bar() baz() qux() now please ok done.'),
    ).toBe(false);
  });

  test('Info: left-margin prose blocks, no examples, cross-references or menus', () => {
    const info = [
      'File: x.info,  Node: Top,  Next: A',
      '',
      LONG,
      'And a second line of the same paragraph.',
      '',
      '     indented example code that is long enough to be counted as prose words here.',
      '',
      `${LONG} *Note Other::.`,
      '',
      '* Menu:',
      '',
      LONG,
    ].join('\n');
    expect(infoParagraphs(`\x1f\n${info}`)).toEqual([
      `${LONG} And a second line of the same paragraph.`,
    ]);
  });

  test('reST: inline markup read as text; directives, headings, lists and code left out', () => {
    expect(
      rstInline('Use :func:`~os.path.join` or ``x`` in *the* `docs <https://a.b>`_ [#]_.'),
    ).toBe('Use join or x in the docs.');
    const rst = [
      'Title',
      '=====',
      '',
      '.. note::',
      '',
      `   ${LONG}`,
      '',
      `* ${LONG}`,
      '',
      `${LONG} See :ref:\`the tutorial <tut-x>\` for more.`,
      '',
      '::',
      '',
      '   code()',
    ].join('\n');
    expect(rstParagraphs(rst)).toEqual([`${LONG} See the tutorial for more.`]);
  });

  test('whole paragraphs up to a word count', () => {
    expect(firstWords(['a b c', 'd e', 'f g h'], 4)).toBe('a b c\n\nd e\n');
    expect(firstWords(['a b'], 4)).toBeUndefined();
  });

  test('indexes spread evenly', () => {
    expect(spreadIndexes(10, 4)).toEqual([0, 3, 6, 9]);
    expect(spreadIndexes(3, 4)).toEqual([0, 1, 2]);
  });
});
