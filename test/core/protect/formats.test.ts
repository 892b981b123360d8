// Markup by file type: only prose is restored, never tags, attributes, code, URLs or commands.
import { describe, expect, test } from 'vitest';
import { parseDictionary } from '../../../src/dictionary/parse.js';
import { restore } from '../../../src/core/restore.js';
import { textFormatOf, type TextFormat } from '../../../src/core/protect/textFormat.js';
import { htmlRanges } from '../../../src/core/protect/html.js';
import { latexRanges } from '../../../src/core/protect/latex.js';

const dict = parseDictionary(
  [
    'assume tank\tthink tank\t-\tcurated\t0.95',
    'irregular woodland\trandom forest\t-\tpps\t0.9',
    'informed\ttold\t-\tcurated\t0.9',
  ].join('\n'),
  'test',
  'test.tsv',
);
const run = (input: string, format: TextFormat) =>
  restore(input, { dictionaries: [dict], format }).output;

describe('textFormatOf', () => {
  test.each([
    ['a/b/paper.tex', 'latex'],
    ['x.LaTeX', 'latex'],
    ['page.html', 'html'],
    ['page.HTM', 'html'],
    ['README.md', 'markdown'],
    ['notes.mdx', 'markdown'],
    ['notes.txt', 'plain'],
    ['.tex', 'plain'],
    ['Makefile', 'plain'],
    ['-', 'plain'],
  ])('%s -> %s', (path, format) => expect(textFormatOf(path)).toBe(format));
});

describe('HTML', () => {
  test.each([
    ['prose between tags', '<p>a assume tank</p>', '<p>a think tank</p>'],
    ['attribute values', '<img alt="assume tank" title=\'informed\'>', null],
    [
      'tag names and attributes',
      '<informed class="x">informed</informed>',
      '<informed class="x">told</informed>',
    ],
    ['code element', '<code>assume tank</code> and <pre>\ninformed\n</pre>', null],
    ['script and style', '<script>var informed = 1;</script><style>.informed{}</style>', null],
    ['comment', '<!-- informed --> informed', '<!-- informed --> told'],
    [
      'href',
      '<a href="https://x.org/assume tank">assume tank</a>',
      '<a href="https://x.org/assume tank">think tank</a>',
    ],
    ['entity beside a word', 'the&nbsp;assume tank', 'the&nbsp;think tank'],
  ])('%s', (_name, input, expected) => {
    expect(run(input, 'html')).toBe(expected ?? input);
  });

  test('ranges: tag with a quoted > in an attribute', () => {
    expect(htmlRanges('<a title="x>y">t</a>')).toEqual([
      [0, 15],
      [16, 20],
    ]);
  });
});

describe('LaTeX', () => {
  test.each([
    ['prose argument of \\section', '\\section{The assume tank}', '\\section{The think tank}'],
    ['key arguments', '\\cite{informed} \\ref{assume tank} \\label{informed}', null],
    [
      'inline math',
      'we have $informed + x$ and an informed view',
      'we have $informed + x$ and a told view',
    ],
    [
      'display math environment',
      '\\begin{equation}\ninformed\n\\end{equation}\ninformed',
      '\\begin{equation}\ninformed\n\\end{equation}\ntold',
    ],
    ['verbatim', '\\begin{verbatim}\nassume tank\n\\end{verbatim}', null],
    ['\\verb', 'see \\verb|informed| here', null],
    ['comment', '% informed\ninformed', '% informed\ntold'],
    ['escaped percent is prose', '50\\% informed', '50\\% told'],
    [
      'url and includegraphics',
      '\\url{http://x/informed} \\includegraphics[width=informed]{informed.png}',
      null,
    ],
    ['emph argument is prose', '\\emph{irregular woodland}', '\\emph{random forest}'],
  ])('%s', (_name, input, expected) => {
    expect(run(input, 'latex')).toBe(expected ?? input);
  });

  test('ranges of a command with optional and braced arguments', () => {
    const text = '\\includegraphics[width=3cm]{fig.png} text';
    expect(latexRanges(text).some(([s, e]) => s === 0 && e === 36)).toBe(true);
  });
});

describe('Markdown', () => {
  test.each([
    [
      'inline HTML tag',
      'a <span title="informed">informed</span>',
      'a <span title="informed">told</span>',
    ],
    [
      'code span and fence (every format)',
      '`informed`\n```\ninformed\n```\ninformed',
      '`informed`\n```\ninformed\n```\ntold',
    ],
    ['autolink', '<https://x.org/informed> informed', '<https://x.org/informed> told'],
  ])('%s', (_name, input, expected) => {
    expect(run(input, 'markdown')).toBe(expected);
  });

  test('plain text keeps tags as prose', () => {
    expect(run('<p class=informed>', 'plain')).toBe('<p class=told>');
  });
});
