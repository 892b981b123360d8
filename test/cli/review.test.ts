// The interactive review driven by scripted keys through the in-memory Io: every key, what is
// written, what is remembered for the next run, and the refusal without a terminal.
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeEngine } from './fakeEngine.js';
import { memoryIo, type MemoryIoOptions } from './memoryIo.js';

const TTY = { stdinIsTTY: true, stdoutIsTTY: true, env: { NO_COLOR: '1' } };

async function review(
  files: Record<string, string>,
  keys: string[],
  extra: Partial<MemoryIoOptions> = {},
  argv: string[] = [],
) {
  const io = memoryIo({ ...TTY, files, keys, ...extra });
  const engine = fakeEngine();
  const code = await main(['-i', ...argv, '.'], io, () => Promise.resolve(engine));
  const text = (p: string) => new TextDecoder().decode(io.files.get(`/work/${p}`)?.data);
  return { code, io, text, out: io.out(), err: io.err() };
}

// Findings of the fake engine: informed -> told (0.90; alternatives said, notified),
// bosom peril -> breast cancer (0.95, suggestion only), maybe -> perhaps (0.30).
const ONE = { 'a.txt': 'He informed us. maybe bosom peril\n' };

describe('keys', () => {
  test.each([
    ['y accepts', ['y', 'n', 'n'], 'He told us. maybe bosom peril\n'],
    ['n rejects (nothing written)', ['n', 'n', 'n'], null],
    ['1 picks the first other alternative', ['1', 'n', 'n'], 'He said us. maybe bosom peril\n'],
    ['2 the second', ['2', 'n', 'n'], 'He notified us. maybe bosom peril\n'],
    [
      '9 with no ninth alternative asks again',
      ['9', 'y', 'n', 'n'],
      'He told us. maybe bosom peril\n',
    ],
    ['a accepts the rest of the file', ['n', 'a'], 'He informed us. perhaps breast cancer\n'],
    [
      's skips the rest of the file, keeping what was accepted',
      ['y', 's'],
      'He told us. maybe bosom peril\n',
    ],
    [
      'u undoes the last decision',
      ['y', 'u', 'n', 'y', 'n'],
      'He informed us. perhaps bosom peril\n',
    ],
    ['u with nothing to undo asks again', ['u', 'y', 'n', 'n'], 'He told us. maybe bosom peril\n'],
    ['? shows the help and asks again', ['?', 'y', 'n', 'n'], 'He told us. maybe bosom peril\n'],
    ['an unknown key asks again', ['x', 'y', 'n', 'n'], 'He told us. maybe bosom peril\n'],
    ['q writes what was accepted and stops', ['y', 'q'], 'He told us. maybe bosom peril\n'],
    ['ctrl-c aborts: the file is not written', ['y', 'ctrl-c'], null],
    ['Y accepts (and remembers)', ['Y', 'n', 'n'], 'He told us. maybe bosom peril\n'],
    ['N rejects (and remembers)', ['N', 'n', 'n'], null],
  ])('%s', async (_name, keys, expected) => {
    const r = await review(ONE, keys);
    expect(r.code).toBe(keys.includes('ctrl-c') ? 130 : 0);
    expect(r.text('a.txt')).toBe(expected ?? ONE['a.txt']);
    expect(r.io.writes.includes('/work/a.txt')).toBe(expected !== null);
    expect(r.io.terminalClosed()).toBe(true);
  });

  test('e edits the replacement; Escape cancels the edit', async () => {
    const r = await review(ONE, ['e', 'e', 'n', 'n'], { lines: [undefined, 'reported to'] });
    expect(r.text('a.txt')).toBe('He reported to us. maybe bosom peril\n');
    expect(r.out).toContain('replacement: told\n(edit cancelled)\n');
  });

  test('A accepts all remaining at or above this confidence, in later files too', async () => {
    const files = {
      'a.txt': 'informed maybe bosom peril\n',
      'b.txt': 'bosom peril informed maybe\n',
    };
    // a.txt: informed (A, 0.90), maybe asked (n), bosom peril (0.95) taken; b.txt: only maybe asked
    const r = await review(files, ['A', 'n', 'n']);
    expect(r.text('a.txt')).toBe('told maybe breast cancer\n');
    expect(r.text('b.txt')).toBe('breast cancer told maybe\n');
    expect(r.io.screens.filter((s) => s.includes('Restore?')).length).toBe(3);
  });

  test('u after A takes the accept-above level back', async () => {
    const r = await review(ONE, ['A', 'u', 'n', 'n', 'n']);
    expect(r.text('a.txt')).toBe(ONE['a.txt']);
  });

  test('q in the first file leaves the later files alone', async () => {
    const r = await review({ 'a.txt': 'informed\n', 'b.txt': 'informed\n' }, ['y', 'q']);
    expect([r.text('a.txt'), r.text('b.txt')]).toEqual(['told\n', 'informed\n']);
  });
});

describe('what the review shows', () => {
  test('the finding in its sentence, the change, confidence, source, alternatives, keys', async () => {
    const r = await review({ 'a.txt': 'First one. He informed us today. Last.\n' }, ['n']);
    expect(r.io.screens[0]).toBe(
      [
        '',
        'a.txt:1:15  (1 of 1)',
        '  He informed us today.',
        '  informed -> told  confidence 0.90, fake',
        '  alternatives: 1 said  2 notified',
        'Restore? [y,n,1-9,e,a,A,s,u,q,N,Y,?] ',
      ].join('\n'),
    );
    expect(
      r.out.endsWith(
        [
          'n',
          '',
          'review: 0 accepted, 1 rejected',
          // the verdict is of what the engine found, not of what was accepted
          'Verdicts, worst first (sure findings, per 1,000 words):',
          '  suspicious 1 sure  142.9/1k words  a.txt',
          '',
          '1 file, 1 finding, 0 fixed, 0 files written',
          '',
        ].join('\n'),
      ),
    ).toBe(true);
  });

  test('a suggestion says so; ? lists every key', async () => {
    const r = await review({ 'a.txt': 'bosom peril\n' }, ['?', 'n']);
    expect(r.io.screens[0]).toContain('[suggestion: not applied by --write]');
    for (const key of [
      'y ',
      'n ',
      '1-9',
      'e ',
      'a ',
      'A ',
      's ',
      'u ',
      'q ',
      'N ',
      'Y ',
      '? ',
      'Ctrl-C',
    ]) {
      expect(r.io.screens[1]).toContain(`\n  ${key}`);
    }
  });
});

describe('remembered decisions', () => {
  test('N and Y write the project lists, which the next run reads', async () => {
    const files = { 'a.txt': 'He informed us. bosom peril\n' };
    const r = await review(files, ['Y', 'N']);
    expect(r.text('.restore-text/project.tsv')).toBe(
      '#! description: changes accepted with "always" in the interactive review (restore-text -i)\n#! source: review\ninformed\ttold\t-\treview\t0.99\n',
    );
    expect(r.text('.restore-text/allow.txt')).toBe(
      '# phrases kept as written ("never" in restore-text -i)\nbosom peril\n',
    );
    expect(r.out).toContain(
      'remembered in .restore-text/allow.txt\nremembered in .restore-text/project.tsv\n',
    );
    const io = memoryIo({
      files: Object.fromEntries([...r.io.files].map(([p, f]) => [p, f.data])),
    });
    await main(['--print-config'], io, () => Promise.resolve(fakeEngine()));
    const config = JSON.parse(io.out());
    expect(config.allow).toEqual(['bosom peril']);
    expect(config.dictionaries).toEqual(['.restore-text/project.tsv']);
  });

  test('undo takes a remembered decision back', async () => {
    const r = await review(ONE, ['N', 'u', 'n', 'n', 'n']);
    expect(r.io.files.has('/work/.restore-text/allow.txt')).toBe(false);
  });

  test('an abort remembers nothing', async () => {
    const r = await review(ONE, ['N', 'ctrl-c']);
    expect(r.io.files.has('/work/.restore-text/allow.txt')).toBe(false);
    expect(r.out).toContain('review: 0 accepted, 0 rejected, aborted\n');
    expect(r.code).toBe(130);
  });
});

describe('with other options', () => {
  test('--backup keeps the original; --output writes the copy instead', async () => {
    const b = await review(ONE, ['y', 'n', 'n'], {}, ['--backup']);
    expect(b.text('a.txt.orig')).toBe(ONE['a.txt']);
    const o = await review(ONE, ['y', 'n', 'n'], {}, ['--output', 'out']);
    expect([o.text('a.txt'), o.text('out/a.txt')]).toEqual([
      ONE['a.txt'],
      'He told us. maybe bosom peril\n',
    ]);
  });

  test.each([
    ['stdin not a terminal', { stdinIsTTY: false }],
    ['stdout not a terminal', { stdoutIsTTY: false }],
  ])('refuses when %s', async (_n, tty) => {
    const r = await review(ONE, [], tty);
    expect([r.code, r.err]).toEqual([
      2,
      'restore-text: --interactive needs a terminal: standard input and output must both be one (use --format diff to review, --write to apply)\n',
    ]);
    expect(r.io.writes).toEqual([]);
  });

  test.each([
    [['--print'], '--interactive and --print cannot be combined'],
    [['--check'], '--interactive and --check cannot be combined'],
    [['--format', 'json'], '--interactive and --format cannot be combined'],
  ])('%j is a usage error', async (argv, message) => {
    const r = await review(ONE, [], {}, argv);
    expect([r.code, r.err]).toEqual([2, `restore-text: ${message}\n`]);
  });
});

describe('the review screen', () => {
  test('a suggestion just under --min-confidence is not shown at it', async () => {
    const { formatFinding } = await import('../../src/cli/review/reviewScreen.js');
    const { Chalk } = await import('chalk');
    const text = 'He informed us.\n';
    const finding = {
      applied: false,
      edit: {
        span: [3, 11] as [number, number],
        actual: 'informed',
        text: 'told',
        alternatives: [],
        confidence: 0.797,
        source: 'news-spinner-words',
        reasons: [],
        suggestOnly: false,
      },
    };
    const screen = { path: 'a.txt', text, finding, position: 1, count: 1, alternatives: [] };
    const chalk = new Chalk({ level: 0 });
    expect(formatFinding({ ...screen, minConfidence: 0.8 }, chalk)).toContain(
      'informed -> told  confidence 0.79, news-spinner-words',
    );
    expect(formatFinding({ ...screen, minConfidence: 0.9 }, chalk)).toContain('confidence 0.80,');
  });
});
