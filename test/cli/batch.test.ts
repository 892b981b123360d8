// Folders the way users expect: extensions, ignore files, --exclude, globs, skipped files,
// --output, --backup, --report, the progress bar; and the allow-list reaching the engine.
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeEngine } from './fakeEngine.js';
import { memoryIo, type MemoryIoOptions } from './memoryIo.js';

async function run(argv: string[], options: MemoryIoOptions = {}) {
  const io = memoryIo(options);
  const engine = fakeEngine();
  const code = await main(argv, io, () => Promise.resolve(engine));
  const text = (p: string) => new TextDecoder().decode(io.files.get(`/work/${p}`)?.data);
  return { code, io, engine, text, out: io.out(), err: io.err() };
}

async function paths(argv: string[], files: Record<string, string | Uint8Array>, extra = {}) {
  const r = await run(['--format', 'json', ...argv], { files, ...extra });
  const json = JSON.parse(r.out);
  return {
    paths: json.files.map((f: { path: string }) => f.path),
    skipped: json.skipped,
    err: r.err,
    code: r.code,
  };
}

describe('which files a folder gives', () => {
  const tree = {
    'docs/a.txt': 'x',
    'docs/b.md': 'x',
    'docs/c.tex': 'x',
    'docs/d.json': 'x',
    'docs/e.tsv': 'x',
    'docs/README': 'x',
    'docs/sub/f.html': 'x',
    'docs/sub/g.log': 'x',
  };

  test.each([
    ['the default extensions', [], ['docs/a.txt', 'docs/b.md', 'docs/c.tex', 'docs/sub/f.html']],
    ['--ext', ['--ext', 'json,.TSV'], ['docs/d.json', 'docs/e.tsv']],
    [
      '--ext *',
      ['--ext', '*'],
      [
        'docs/README',
        'docs/a.txt',
        'docs/b.md',
        'docs/c.tex',
        'docs/d.json',
        'docs/e.tsv',
        'docs/sub/f.html',
        'docs/sub/g.log',
      ],
    ],
    ['--exclude', ['--exclude', 'sub/', '--exclude', '*.md'], ['docs/a.txt', 'docs/c.tex']],
    [
      '--exclude anchored at the working folder',
      ['--exclude', '/docs/a.txt'],
      ['docs/b.md', 'docs/c.tex', 'docs/sub/f.html'],
    ],
  ])('%s', async (_name, argv, expected) => {
    expect((await paths([...argv, 'docs'], tree)).paths).toEqual(expected);
  });

  test('.restoretextignore and .gitignore, in the folder and above it', async () => {
    const files = {
      '.restoretextignore': 'docs/old/\n',
      'docs/.gitignore': 'build/\n',
      'docs/sub/.restoretextignore': '*.txt\n!keep.txt\n',
      'docs/a.txt': 'x',
      'docs/old/b.txt': 'x',
      'docs/build/c.txt': 'x',
      'docs/sub/d.txt': 'x',
      'docs/sub/keep.txt': 'x',
    };
    expect((await paths(['docs'], files)).paths).toEqual(['docs/a.txt', 'docs/sub/keep.txt']);
  });

  test('a file named on the command line is read whatever its extension or ignore rules', async () => {
    const files = { '.restoretextignore': '*.json\n', 'x.json': 'x' };
    expect((await paths(['--exclude', 'x.json', 'x.json'], files)).paths).toEqual(['x.json']);
  });

  test.each([
    ['docs/**/*.md', ['docs/b.md', 'docs/sub/h.md']],
    ['docs/*.{txt,json}', ['docs/a.txt', 'docs/d.json']],
    ['**/*.json', ['docs/d.json']],
  ])('the glob %s', async (glob, expected) => {
    const files = { 'docs/a.txt': 'x', 'docs/b.md': 'x', 'docs/d.json': 'x', 'docs/sub/h.md': 'x' };
    expect((await paths([glob], files)).paths).toEqual(expected);
  });

  test.each([['docs/*.md'], ['nothing/*.md']])(
    'a glob that matches nothing (%s) is one error naming it',
    async (glob) => {
      const r = await paths([glob], { 'docs/a.txt': 'x' });
      expect([r.code, r.err]).toEqual([2, `restore-text: ${glob}: no file matches this pattern\n`]);
    },
  );
});

describe('skipped files are reported, not errors', () => {
  test('binary files, symbolic link loops, broken links and files over the size limit', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61);
    const r = await paths(
      ['docs'],
      { 'docs/a.txt': 'x', 'docs/big.txt': big, 'docs/img.txt': new Uint8Array([1, 0, 2]) },
      {
        links: { 'docs/loop': 'docs', 'docs/gone.txt': 'docs/nothing.txt' },
      },
    );
    expect(r.code).toBe(0);
    expect(r.paths).toEqual(['docs/a.txt']);
    expect(r.skipped).toEqual([
      { path: 'docs/big.txt', reason: '10M is over the --max-size limit of 4M, skipped' },
      { path: 'docs/gone.txt', reason: 'broken symbolic link, skipped' },
      { path: 'docs/loop', reason: 'symbolic link loop, skipped' },
      { path: 'docs/img.txt', reason: 'binary file, skipped' },
    ]);
  });

  test('a link to another folder is walked', async () => {
    const r = await paths(
      ['docs'],
      { 'docs/a.txt': 'x', 'other/b.txt': 'x' },
      { links: { 'docs/more': 'other' } },
    );
    expect(r.paths).toEqual(['docs/a.txt', 'docs/more/b.txt']);
  });

  test('the text report lists them after the ranking, and counts them', async () => {
    const r = await run(['docs'], {
      files: { 'docs/a.txt': 'informed', 'docs/b.txt': new Uint8Array([0]) },
    });
    expect(
      r.out.endsWith(
        'Skipped:\n  docs/b.txt: binary file, skipped\n\n1 file, 1 finding, 1 fixable, 1 skipped\n',
      ),
    ).toBe(true);
  });
});

describe('--output', () => {
  test('restored copies under DIR, mirroring the tree; the originals untouched', async () => {
    const files = { 'docs/a.txt': 'informed\n', 'docs/sub/b.md': 'clean\n' };
    const r = await run(['--output', 'out', 'docs'], { files });
    expect(r.code).toBe(0);
    expect([r.text('out/docs/a.txt'), r.text('out/docs/sub/b.md')]).toEqual(['told\n', 'clean\n']);
    expect([r.text('docs/a.txt'), r.text('docs/sub/b.md')]).toEqual(['informed\n', 'clean\n']);
    expect(r.out.endsWith('2 files, 1 finding, 1 fixed, 2 files written\n')).toBe(true);
  });

  test('a copy with the same bytes already there is not written again', async () => {
    const r = await run(['--output', 'out', 'a.txt'], {
      files: { 'a.txt': 'informed', 'out/a.txt': 'told' },
    });
    expect(r.io.writes).toEqual([]);
  });

  test('DIR inside the folder walked is not read back', async () => {
    const r = await paths(['--output', 'out', '.'], { 'a.txt': 'x', 'out/a.txt': 'x' });
    expect(r.paths).toEqual(['a.txt']);
  });

  test('files outside the working folder go under DIR by their folder or name', async () => {
    const r = await run(['--output', 'out', '/elsewhere/docs', '/elsewhere/x.txt'], {
      files: { '/elsewhere/docs/a.txt': 'informed', '/elsewhere/x.txt': 'informed' },
    });
    expect(r.io.writes).toEqual(['/work/out/docs/a.txt', '/work/out/x.txt']);
  });

  test('keeps the mode of the original', async () => {
    const io = memoryIo({ files: { 'a.txt': 'informed' } });
    io.files.get('/work/a.txt')!.mode = 0o600;
    await main(['--output', 'out', 'a.txt'], io, () => Promise.resolve(fakeEngine()));
    expect(io.files.get('/work/out/a.txt')?.mode).toBe(0o600);
  });
});

describe('--backup', () => {
  test.each([
    [['--backup'], 'a.txt.orig'],
    [['--backup=.bak'], 'a.txt.bak'],
    [['--backup=~'], 'a.txt~'],
  ])('%j keeps the original of a rewritten file', async (flag, backup) => {
    const r = await run(['--write', ...flag, 'a.txt', 'b.txt'], {
      files: { 'a.txt': 'informed', 'b.txt': 'clean' },
    });
    expect([r.text('a.txt'), r.text(backup)]).toEqual(['told', 'informed']);
    expect(r.io.files.has('/work/b.txt.orig')).toBe(false);
    expect(r.io.writes).toEqual([`/work/${backup}`, '/work/a.txt']);
  });

  test('--backup does not swallow the path after it', async () => {
    const r = await run(['--write', '--backup', 'docs'], { files: { 'docs/a.txt': 'informed' } });
    expect(r.text('docs/a.txt.orig')).toBe('informed');
  });

  test('a backup that cannot be written leaves the file alone: exit 2', async () => {
    const r = await run(['--write', '--backup', 'a.txt'], {
      files: { 'a.txt': 'informed' },
      unwritable: ['a.txt.orig'],
    });
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'restore-text: a.txt: cannot write: cannot write the backup a.txt.orig: permission denied\n',
    );
    expect(r.text('a.txt')).toBe('informed');
  });
});

describe('usage errors of the new options', () => {
  test.each([
    [['--backup', 'a.txt'], '--backup needs --write or --interactive'],
    [['--output', 'o', '--write', 'a.txt'], '--output and --write cannot be combined'],
    [['--output', 'o', '-'], '--output cannot place standard input'],
    [['--report', 'r.txt', '--print', 'a.txt'], '--report and --print cannot be combined'],
  ])('%j', async (argv, message) => {
    const r = await run(argv, { files: { 'a.txt': 'x' } });
    expect([r.code, r.err]).toEqual([2, `restore-text: ${message}\n`]);
  });

  test('--ext with no extension', async () => {
    const r = await run(['--ext', ',', 'a.txt'], { files: { 'a.txt': 'x' } });
    expect(r.err).toBe(
      "restore-text: option '--ext <list>' argument ',' is invalid. give extensions such as md,txt or *.\n",
    );
  });
});

describe('--allow and --report', () => {
  test('--allow reaches the engine, with the project allow-list', async () => {
    const r = await run(['--allow', 'informed', '--allow', 'assume tank', 'a.txt'], {
      files: { 'a.txt': 'x', '.restore-text/allow.txt': '# comment\nbosom peril\n\n' },
    });
    expect(r.engine.restored[0]?.allow).toEqual(['informed', 'assume tank', 'bosom peril']);
  });

  test('the format of each file goes to the engine by its extension', async () => {
    const r = await run(['a.md', 'b.tex', 'c.txt'], {
      files: { 'a.md': 'x', 'b.tex': 'x', 'c.txt': 'x' },
    });
    expect(r.engine.restored.map((o) => o.format)).toEqual(['markdown', 'latex', undefined]);
  });

  test('--report FILE gets the report; standard output stays empty', async () => {
    const r = await run(['--format', 'github', '--report', 'out/ann.txt', 'a.txt'], {
      files: { 'a.txt': 'informed' },
    });
    expect(r.out).toBe('');
    expect(r.text('out/ann.txt')).toBe(
      '::warning file=a.txt,line=1,col=1,endLine=1,endColumn=9,title=spun text (fake)::informed -> told (confidence 0.90)\n',
    );
  });
});

describe('the progress bar', () => {
  const files = Object.fromEntries(
    Array.from({ length: 5 }, (_, i) => [`d/${i}.txt`, 'informed '.repeat(100)]),
  );
  test.each([
    ['a slow run on a terminal', { stderrIsTTY: true, tick: 400 }, [], true],
    ['a fast run', { stderrIsTTY: true, tick: 0 }, [], false],
    ['standard error not a terminal', { stderrIsTTY: false, tick: 400 }, [], false],
    ['--quiet', { stderrIsTTY: true, tick: 400 }, ['--quiet'], false],
  ])('%s', async (_name, io, flags, shown) => {
    const r = await run([...flags, 'd'], { files, ...io });
    expect(r.err.includes('files |')).toBe(shown);
    expect(r.code).toBe(0);
    // 5 files of 900 bytes on a fake clock that moves 400 ms a reading: shown once a second has passed
    if (shown)
      expect(r.err).toContain(
        'restore-text ██████████████████░░░░░░░░░░░░ 3/5 files | 1.6 kB/s | ETA 1s',
      );
  });

  test.each([
    [0.4, '0s'],
    [45.4, '45s'],
    [185, '3m 05s'],
    [3725, '1h 02m'],
  ])('time left %d s: %s', async (seconds, text) => {
    const { durationText } = await import('../../src/cli/progress.js');
    expect(durationText(seconds)).toBe(text);
  });

  test.each([
    [5300, '5.2 kB/s'],
    [2.5 * 1048576, '2.50 MB/s'],
  ])('speed %d B/s: %s', async (rate, text) => {
    const { speedText } = await import('../../src/cli/progress.js');
    expect(speedText(rate)).toBe(text);
  });
});
