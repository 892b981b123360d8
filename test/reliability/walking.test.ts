// Defect 9 (issue 15): a gitignored folder named on the command line was processed or not
// depending on the working folder, and a run of 0 files said nothing. Walking folders: ignore
// rules, hidden entries, FIFOs (never opened), runs that find nothing.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanUp, ENGINE, folder, run, spawn } from './harness.js';

afterEach(cleanUp);

const DICT = ['--no-builtin', '--no-context', '--dict'];

describe('defect 9: an explicitly named path is always processed', () => {
  const tree = {
    'batch/.gitignore': 'ignored/\n*.log\n',
    'batch/ignored/a.txt': 'He informed us.\n',
    'batch/ignored/b.log': 'He informed us.\n',
    'batch/kept.txt': 'He informed us.\n',
  };

  test.each([
    ['from its parent folder', 'batch', 'ignored', 'ignored/a.txt'],
    ['from the top', '.', 'batch/ignored', 'batch/ignored/a.txt'],
  ])(
    '%s: the named folder is walked; its other patterns still apply',
    async (_n, cwd, arg, shown) => {
      const dir = folder(tree);
      const dict = join(dir, 'words.tsv');
      const r = await run(join(dir, cwd), [...DICT, dict, arg]);
      expect(r.err).toBe('');
      expect(r.out).toBe(
        `${shown}:1:4  informed -> told  (confidence 0.90, words)\n    | He [-informed-]{+told+} us.\n\n` +
          `Verdicts, worst first (sure findings, per 1,000 words):\n  suspicious 1 sure  333.3/1k words  ${shown}\n\n` +
          '1 file, 1 finding, 1 fixable\n',
      );
    },
  );

  test('walking the parent, the ignored folder stays ignored', async () => {
    const dir = folder(tree);
    const r = await run(dir, [...DICT, join(dir, 'words.tsv'), 'batch']);
    expect(r.out.endsWith('1 file, 1 finding, 1 fixable\n')).toBe(true);
    expect(r.out).toContain('batch/kept.txt:1:4');
  });

  test('an ignored file named on the command line is processed', async () => {
    const dir = folder(tree);
    const r = await run(join(dir, 'batch'), [...DICT, join(dir, 'words.tsv'), 'ignored/b.log']);
    expect(r.out).toContain('ignored/b.log:1:4  informed -> told');
  });

  test('a run that processed no file says so on standard error, and why', async () => {
    const dir = folder({
      'empty/.hidden.txt': 'x',
      'empty/.gitignore': 'skip.txt\n',
      'empty/skip.txt': 'x',
    });
    const r = await run(dir, [...ENGINE, 'empty']);
    expect([r.code, r.out, r.err]).toEqual([
      0,
      '0 files, 0 findings, 0 fixable\n',
      'restore-text: no file processed (1 ignored by ignore files or --exclude, 2 hidden)\n',
    ]);
  });
});

describe('FIFOs are never opened', () => {
  test('named on the command line: an error, exit 2, no hang', () => {
    const dir = folder({ 'a.txt': 'He informed us.\n' });
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const r = spawn(dir, [...ENGINE, 'pipe', 'a.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('restore-text: pipe: not a regular file or folder\n');
    expect(r.stdout).toContain('a.txt:1:4  informed -> told');
  });

  // (merged with issue 16's folder walk: what is left out is listed under "Skipped:")
  test('met in a folder: skipped and listed, not an error', () => {
    const dir = folder({ 'd/a.txt': 'He informed us.\n' });
    execFileSync('mkfifo', [join(dir, 'd', 'pipe.txt')]);
    const r = spawn(dir, [...ENGINE, '--write', 'd']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Skipped:\n  d/pipe.txt: not a regular file, skipped\n');
    expect(r.stdout.endsWith('1 file, 1 finding, 1 fixed, 1 file written, 1 skipped\n')).toBe(true);
  });

  test('standard input from a pipe is read', () => {
    const dir = folder();
    const r = spawn(dir, [...ENGINE, '--print', '-'], 'He informed us.\n');
    expect([r.status, r.stdout]).toEqual([0, 'He told us.\n']);
  });
});
