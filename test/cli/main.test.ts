import { describe, expect, test } from 'vitest';
import { colorLevel } from '../../src/cli/color.js';
import { main } from '../../src/cli/main.js';
import { memoryIo, type MemoryIoOptions } from './memoryIo.js';
import { DictionaryError } from '../../src/dictionary/errors.js';
import { fakeEngine, type FakeEngine } from './fakeEngine.js';

async function run(
  argv: string[],
  options: MemoryIoOptions = {},
  engine: FakeEngine = fakeEngine(),
) {
  const io = memoryIo(options);
  const code = await main(argv, io, () => Promise.resolve(engine));
  return { code, out: io.out(), err: io.err(), io, engine };
}

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array | undefined) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);

describe('report (default text format)', () => {
  test('lists findings with snippets, ranks the file, summarises; changes nothing', async () => {
    const r = await run(['a.txt'], { files: { 'a.txt': 'He informed us.\nbosom peril\n' } });
    expect(r.out).toBe(
      [
        'a.txt:1:4  informed -> told  (confidence 0.90, fake)',
        '    | He [-informed-]{+told+} us.',
        'a.txt:2:1  bosom peril -> breast cancer  (confidence 0.95, fake) [suggestion]',
        '    | [?bosom peril?]',
        '',
        'Verdicts, worst first (sure findings, per 1,000 words):',
        '  suspicious 1 sure  200.0/1k words  a.txt',
        '',
        '1 file, 2 findings, 1 fixable',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(0);
    expect(r.io.writes).toEqual([]);
  });

  test('standard input with -', async () => {
    const r = await run(['-'], { stdin: 'informed' });
    expect(r.out.split('\n')[0]).toBe('<stdin>:1:1  informed -> told  (confidence 0.90, fake)');
  });
});

describe('--check exit codes', () => {
  test.each([
    ['applied finding', 'informed', [], 1],
    ['a suggest-only finding does not fail it (--write cannot fix it)', 'bosom peril', [], 0],
    ['only below the threshold', 'maybe', [], 0],
    ['below the default, above a lower threshold', 'maybe', ['--min-confidence', '0.2'], 1],
    ['nothing', 'clean text', [], 0],
  ])('%s', async (_name, content, extra, code) => {
    expect((await run(['--check', ...extra, 'a.txt'], { files: { 'a.txt': content } })).code).toBe(
      code,
    );
  });

  test('without --check findings exit 0', async () => {
    expect((await run(['a.txt'], { files: { 'a.txt': 'informed' } })).code).toBe(0);
  });

  test('an unreadable file outranks findings: exit 2, other files still reported', async () => {
    const r = await run(['--check', 'a.txt', 'b.txt'], {
      files: { 'a.txt': 'x', 'b.txt': 'informed' },
      unreadable: ['a.txt'],
    });
    expect(r.code).toBe(2);
    expect(r.err).toBe('restore-text: a.txt: permission denied\n');
    expect(r.out).toContain('b.txt:1:1  informed -> told');
    expect(r.out).toContain('2 files, 1 finding, 1 fixable, 1 error\n');
  });
});

describe('--min-confidence validation', () => {
  test.each([['2'], ['-0.1'], ['abc'], ['']])('%j is a usage error', async (value) => {
    const r = await run(['--min-confidence', value, 'a.txt'], { files: { 'a.txt': 'x' } });
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `restore-text: option '--min-confidence <n>' argument '${value}' is invalid. must be a number from 0 to 1.\n`,
    );
  });

  test('is passed to the engine', async () => {
    const r = await run(['--min-confidence', '0.25', 'a.txt'], { files: { 'a.txt': 'maybe' } });
    expect(r.engine.choices).toEqual([
      { builtin: true, dictPaths: [], context: true, minConfidence: 0.25 },
    ]);
    expect(r.out).toContain('1 fixable');
  });
});

describe('--print', () => {
  test('writes exactly the output, BOM and CRLF included', async () => {
    const r = await run(['--print', 'a.txt'], { files: { 'a.txt': '\ufeffinformed\r\nx' } });
    expect(r.out).toBe('\ufefftold\r\nx');
    expect(r.code).toBe(0);
  });

  test('a binary input: nothing printed, exit 2', async () => {
    const r = await run(['--print', 'bin'], { files: { bin: bytes('a\0b') } });
    expect([r.code, r.out, r.err]).toEqual([
      2,
      '',
      'restore-text: bin: binary file (contains NUL bytes), skipped\n',
    ]);
  });

  test.each([
    [['--print', 'a.txt', 'b.txt'], '--print takes exactly one input file (got 2)'],
    [['--print', '--write', 'a.txt'], '--print and --write cannot be combined'],
    [['--print', '--format', 'json', 'a.txt'], '--print and --format cannot be combined'],
    [['--write', '-'], '--write cannot rewrite standard input (use --print)'],
    [[], 'no input: give files or folders, or - for standard input (see --help)'],
    [['--trace', 'informed', '--write', 'a.txt'], '--trace and --write cannot be combined'],
    [['--trace', 'informed', '--print', 'a.txt'], '--trace and --print cannot be combined'],
    [['--trace', 'informed', '--check', 'a.txt'], '--trace and --check cannot be combined'],
    [['--trace', 'informed', '--format', 'diff', 'a.txt'], '--trace writes text or json, not diff'],
    [['--trace', ' ', 'a.txt'], '--trace needs a word'],
  ])('%j is a usage error', async (argv, message) => {
    const r = await run(argv, { files: { 'a.txt': 'x', 'b.txt': 'y' } });
    expect([r.code, r.err, r.out]).toEqual([2, `restore-text: ${message}\n`, '']);
  });
});

describe('--trace', () => {
  const files = { 'a.txt': 'He informed us.\nmaybe informed.\n', 'b.txt': 'nothing' };

  test('instead of the report: each occurrence, its candidates and their outcomes', async () => {
    const r = await run(['--trace', 'informed', 'a.txt', 'b.txt', 'c.txt'], { files });
    expect(r.out).toBe(
      [
        'a.txt: “informed”, 2 occurrences',
        'a.txt:1:4  informed',
        '  “informed” -> “told”  dictionary fake: applied',
        '      confidence 0.90',
        'a.txt:2:7  informed',
        '  “informed” -> “told”  dictionary fake: applied',
        '      confidence 0.90',
        '',
        'b.txt: “informed” does not occur',
        '',
      ].join('\n'),
    );
    expect([r.code, r.err]).toEqual([2, 'restore-text: c.txt: no such file or directory\n']);
    expect(r.io.writes).toEqual([]);
  });

  test('--format json: one document', async () => {
    const r = await run(['--trace', 'maybe', '--format', 'json', 'a.txt'], { files });
    const doc = JSON.parse(r.out);
    expect([r.code, doc.word, doc.minConfidence, doc.files[0].path]).toEqual([
      0,
      'maybe',
      0.8,
      'a.txt',
    ]);
    expect(doc.files[0].occurrences[0].candidates[0].why).toBe(
      'suggestion: confidence below --min-confidence 0.80',
    );
  });
});

describe('--write', () => {
  test('rewrites only files whose output differs, keeping BOM and mode', async () => {
    const r = await run(['--write', '.'], {
      files: { 'a.txt': '\ufeffHe informed us.\r\n', 'b.txt': 'clean\n', 'c.txt': 'maybe' },
    });
    expect(r.io.writes).toEqual(['/work/a.txt']);
    expect(text(r.io.files.get('/work/a.txt')?.data)).toBe('\ufeffHe told us.\r\n');
    expect(r.io.files.get('/work/a.txt')?.mode).toBe(0o644);
    expect(r.out.endsWith('3 files, 2 findings, 1 fixed, 1 file written\n')).toBe(true);
  });
});

describe('bad files', () => {
  test('a file that cannot be written: reported, exit 2, the others still written', async () => {
    const r = await run(['--write', 'a.txt', 'b.txt'], {
      files: { 'a.txt': 'informed', 'b.txt': 'informed' },
      unwritable: ['a.txt'],
    });
    expect(r.code).toBe(2);
    expect(r.err).toBe('restore-text: a.txt: cannot write: permission denied\n');
    expect(r.io.writes).toEqual(['/work/b.txt']);
    expect(r.out.endsWith('2 files, 2 findings, 1 fixed, 1 file written, 1 error\n')).toBe(true);
  });

  test.each([
    ['binary', bytes('ab\0cd'), 'binary file (contains NUL bytes), skipped'],
    ['invalid UTF-8', new Uint8Array([0x61, 0xff, 0x62]), 'not valid UTF-8, skipped'],
  ])(
    '%s file named on the command line: reported, skipped, exit 2',
    async (_n, content, reason) => {
      const r = await run(['bad', 'a.txt'], { files: { bad: content, 'a.txt': 'informed' } });
      expect(r.err).toBe(`restore-text: bad: ${reason}\n`);
      expect(r.code).toBe(2);
      expect(r.out).toContain('a.txt:1:1  informed -> told');
    },
  );

  // Defect 10 (issue 15): the README said binaries in folders are reported; they were skipped
  // silently. (A .png is not read in a folder at all: --ext.)
  test('binary file inside a folder is skipped and listed, not an error', async () => {
    const r = await run(['.'], { files: { 'img.txt': bytes('\x89PNG\0\0'), 'a.txt': 'x' } });
    expect([r.code, r.err, r.out]).toEqual([
      0,
      '',
      'Skipped:\n  img.txt: binary file, skipped\n\n1 file, 0 findings, 0 fixable, 1 skipped\n',
    ]);
  });

  test('a missing path', async () => {
    const r = await run(['nope.txt']);
    expect([r.code, r.err]).toEqual([2, 'restore-text: nope.txt: no such file or directory\n']);
  });
});

describe('folders', () => {
  test('paths outside the working directory are shown relative with ..', async () => {
    const r = await run(['/elsewhere/x.txt'], { files: { '/elsewhere/x.txt': 'informed' } });
    expect(r.out.split('\n')[0]).toBe(
      '../elsewhere/x.txt:1:1  informed -> told  (confidence 0.90, fake)',
    );
  });

  test('walks in name order, skipping node_modules, .git, hidden files and .gitignore matches', async () => {
    const r = await run(['--format', 'json', 'docs'], {
      files: {
        '.gitignore': 'secret.txt\n',
        'docs/.gitignore': 'build/\n*.log\n',
        'docs/b.txt': 'x',
        'docs/a.txt': 'x',
        'docs/sub/c.md': 'x',
        'docs/sub/secret.txt': 'x',
        'docs/run.log': 'x',
        'docs/build/out.txt': 'x',
        'docs/node_modules/m/index.txt': 'x',
        'docs/.git/HEAD': 'x',
        'docs/.hidden': 'x',
      },
    });
    const paths = JSON.parse(r.out).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual(['docs/a.txt', 'docs/b.txt', 'docs/sub/c.md']);
  });

  test('a file named explicitly is read even if ignored', async () => {
    const r = await run(['--format', 'json', 'x.log'], {
      files: { '.gitignore': '*.log', 'x.log': 'x' },
    });
    expect(JSON.parse(r.out).files.map((f: { path: string }) => f.path)).toEqual(['x.log']);
  });

  test('the same file twice is processed once', async () => {
    const r = await run(['a.txt', './a.txt', '.'], { files: { 'a.txt': 'x' } });
    expect(r.out).toBe('1 file, 0 findings, 0 fixable\n');
  });
});

describe('engine choices', () => {
  test.each([
    [['--no-builtin', '--'], { builtin: false }],
    [['--no-builtin', 'news-spinner', '--'], { builtin: { exclude: ['news-spinner'] } }],
    [
      ['--no-builtin', 'news-spinner,tortured-phrases', '--'],
      { builtin: { exclude: ['news-spinner', 'tortured-phrases'] } },
    ],
    [['--no-context'], { context: false }],
    [['--dict', 'd1.tsv', '--dict', '/abs/d2.tsv'], { dictPaths: ['/work/d1.tsv', '/abs/d2.tsv'] }],
  ])('%j', async (flags, expected) => {
    const r = await run([...flags, 'a.txt'], { files: { 'a.txt': 'x' } });
    expect(r.code).toBe(0);
    expect(r.engine.choices[0]).toMatchObject(expected);
  });

  test.each([
    [['--no-builtin', 'a.txt'], false, ['a.txt']],
    [['--no-builtin', 'tortured-phrases', 'a.txt'], { exclude: ['tortured-phrases'] }, ['a.txt']],
    [['--no-builtin=tortured-phrases', 'a.txt'], { exclude: ['tortured-phrases'] }, ['a.txt']],
    [
      ['--no-builtin', 'tortured-phrases,news-spinner', 'a.txt', 'b.txt'],
      { exclude: ['tortured-phrases', 'news-spinner'] },
      ['a.txt', 'b.txt'],
    ],
    [['a.txt', '--no-builtin', 'b.txt'], false, ['a.txt', 'b.txt']],
    [['--no-builtin', '-'], false, ['<stdin>']],
    [['--no-builtin', '--no-context', 'a.txt'], false, ['a.txt']],
  ])('%j: built-ins %j, inputs %j', async (argv, builtin, paths) => {
    const r = await run([...argv, '--format', 'json'], {
      files: { 'a.txt': 'x', 'b.txt': 'y' },
      stdin: 'z',
    });
    expect(r.code).toBe(0);
    expect(r.engine.choices[0]).toMatchObject({ builtin });
    const shown = JSON.parse(r.out).files.map((f: { path: string }) =>
      f.path.replace('-', '<stdin>'),
    );
    expect(shown).toEqual(paths);
  });

  test.each([
    [['--no-builtin', 'tortured-phrase', 'a.txt'], 'tortured-phrase'],
    [['--no-builtin=a.txt', 'a.txt'], 'a.txt'],
  ])('%j: an unknown built-in name is a usage error', async (argv, name) => {
    const r = await run(argv, { files: { 'a.txt': 'x' } });
    expect([r.code, r.err]).toEqual([
      2,
      `restore-text: --no-builtin: unknown built-in dictionary '${name}' (known: tortured-phrases, news-spinner, news-spinner-words, wordnet-spinner)\n`,
    ]);
  });

  test('a bad dictionary: exit 2, message names file:line relative to cwd', async () => {
    const engine = fakeEngine();
    const failing = {
      ...engine,
      createRestoreOptions: () => {
        throw new DictionaryError('/work/dicts/bad.tsv', 3, 'expected 5 fields');
      },
    };
    const r = await run(['--dict', 'dicts/bad.tsv', 'a.txt'], { files: { 'a.txt': 'x' } }, failing);
    expect([r.code, r.err, r.out]).toEqual([
      2,
      'restore-text: dicts/bad.tsv:3: expected 5 fields\n',
      '',
    ]);
  });

  test('a missing engine data file: one line naming it, exit 2', async () => {
    const failing = {
      ...fakeEngine(),
      createRestoreOptions: () => {
        throw Object.assign(new Error('ENOENT: no such file'), {
          code: 'ENOENT',
          path: '/data/x.bin',
        });
      },
    };
    const r = await run(['a.txt'], { files: { 'a.txt': 'x' } }, failing);
    expect([r.code, r.err]).toEqual([
      2,
      'restore-text: cannot read /data/x.bin: no such file or directory\n',
    ]);
  });

  test('an unexpected error is reported as internal, exit 2', async () => {
    const failing = {
      ...fakeEngine(),
      restore: () => {
        throw new Error('boom');
      },
    };
    const r = await run(['a.txt'], { files: { 'a.txt': 'x' } }, failing);
    expect(r.code).toBe(2);
    expect(r.err.startsWith('restore-text: internal error: Error: boom')).toBe(true);
  });
});

describe('commander', () => {
  test('--version', async () => {
    const r = await run(['--version']);
    expect([r.code, r.out]).toEqual([0, '0.1.0\n']);
  });

  test('--help explains the exit codes', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Exit codes:\n  0  no error');
    expect(r.out).toContain('--no-builtin [names]');
  });

  test('unknown option: exit 2', async () => {
    const r = await run(['--bogus', 'a.txt']);
    expect([r.code, r.err]).toEqual([2, "restore-text: unknown option '--bogus'\n"]);
  });

  test('bad --format: exit 2', async () => {
    const r = await run(['--format', 'xml', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "restore-text: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, diff, json, patch, sarif, github, html.\n",
    );
  });

  test('dicts', async () => {
    const r = await run(['dicts']);
    expect([r.code, r.out]).toEqual([
      0,
      'NAME          ENTRIES  SOURCE\nnews-spinner       12  curated (MIT)\n                       news\n',
    ]);
  });
});

describe('colorLevel', () => {
  test.each([
    ['no TTY', {}, false, true, 0],
    ['TTY', { TERM: 'xterm' }, true, true, 1],
    ['TTY 256', { TERM: 'xterm-256color' }, true, true, 2],
    ['TTY truecolor', { COLORTERM: 'truecolor' }, true, true, 3],
    ['TTY dumb', { TERM: 'dumb' }, true, true, 0],
    ['NO_COLOR on a TTY', { NO_COLOR: '1' }, true, true, 0],
    ['empty NO_COLOR is ignored', { NO_COLOR: '' }, true, true, 1],
    ['FORCE_COLOR without TTY', { FORCE_COLOR: '1' }, false, true, 1],
    ['FORCE_COLOR=3', { FORCE_COLOR: '3' }, false, true, 3],
    ['FORCE_COLOR beats NO_COLOR', { FORCE_COLOR: '1', NO_COLOR: '1' }, false, true, 1],
    ['FORCE_COLOR=0 on a TTY', { FORCE_COLOR: '0' }, true, true, 0],
    ['--no-color beats FORCE_COLOR', { FORCE_COLOR: '1' }, true, false, 0],
  ])('%s', (_n, env, stdoutIsTTY, flag, level) => {
    expect(colorLevel({ env, stdoutIsTTY }, flag)).toBe(level);
  });
});
