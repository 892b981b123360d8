// The real Io against a temporary folder: atomic rewrite keeps the mode, unchanged files are
// not touched, and a --format patch output applies with git apply and patch -p1.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { lstatSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { nodeIo } from '../../src/cli/nodeIo.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const DICT = 'informed\ttold\t-\ttest\t0.9\nassume tank\tthink tank\t-\ttest\t0.95\n';
const ENGINE_ARGS = ['--no-builtin', '--no-context', '--dict', 'words.tsv'];

async function runIn(cwd: string, argv: string[]) {
  let out = '';
  let err = '';
  const io = nodeIo({
    cwd,
    env: {},
    stdoutIsTTY: false,
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
  });
  const code = await main([...ENGINE_ARGS, ...argv], io);
  return { code, out, err };
}

function setup(files: Record<string, string | Buffer>): string {
  dir = mkdtempSync(join(tmpdir(), 'restore-text-io-'));
  writeFileSync(join(dir, 'words.tsv'), DICT);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('--write on the real file system', () => {
  test('keeps the mode, leaves unchanged files alone, leaves no temporary file', async () => {
    const cwd = setup({ 'docs/spun.txt': 'echo informed\n', 'docs/clean.txt': 'clean\n' });
    chmodSync(join(cwd, 'docs/spun.txt'), 0o751);
    const before = statSync(join(cwd, 'docs/clean.txt'));
    const r = await runIn(cwd, ['--write', 'docs']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(cwd, 'docs/spun.txt'), 'utf8')).toBe('echo told\n');
    expect(statSync(join(cwd, 'docs/spun.txt')).mode & 0o777).toBe(0o751);
    const after = statSync(join(cwd, 'docs/clean.txt'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(readdirSync(join(cwd, 'docs')).sort()).toEqual(['clean.txt', 'spun.txt']);
  });

  test('a symbolic link stays a link; its target is rewritten', async () => {
    const cwd = setup({ 'real/spun.txt': 'informed\n' });
    symlinkSync('real/spun.txt', join(cwd, 'link.txt'));
    expect((await runIn(cwd, ['--write', 'link.txt'])).code).toBe(0);
    expect(lstatSync(join(cwd, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(cwd, 'real/spun.txt'), 'utf8')).toBe('told\n');
  });
});

function hasTool(tool: string): boolean {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('--format patch applies', () => {
  const files = {
    'docs/a.txt': 'one\ntwo\nThe spokesman informed NPR.\nfour\nfive\nsix\nseven\nA assume tank.\n',
    'docs/crlf.txt': 'The spokesman informed NPR.\r\nnext\r\n',
    'docs/nonl.txt': 'no final newline: informed',
    'docs/bom.txt': '\ufeffinformed\n',
    'docs/clean.txt': 'clean\n',
  };
  const restored: Record<string, string> = {
    'docs/a.txt': 'one\ntwo\nThe spokesman told NPR.\nfour\nfive\nsix\nseven\nA think tank.\n',
    'docs/crlf.txt': 'The spokesman told NPR.\r\nnext\r\n',
    'docs/nonl.txt': 'no final newline: told',
    'docs/bom.txt': '\ufefftold\n',
    'docs/clean.txt': 'clean\n',
  };

  test.runIf(hasTool('git'))('with git apply', async () => {
    const cwd = setup(files);
    const { out, code } = await runIn(cwd, ['--format', 'patch', 'docs']);
    expect(code).toBe(0);
    writeFileSync(join(cwd, 'fix.patch'), out);
    const git = (...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe' });
    git('init', '-q');
    git('apply', '--check', 'fix.patch');
    git('apply', 'fix.patch');
    for (const [name, text] of Object.entries(restored)) {
      expect(readFileSync(join(cwd, name), 'utf8')).toBe(text);
    }
  });

  test.runIf(hasTool('patch'))('with patch -p1', async () => {
    const cwd = setup(files);
    const { out } = await runIn(cwd, ['--format', 'patch', 'docs']);
    execFileSync('patch', ['-p1', '--dry-run', '-s'], {
      cwd,
      input: out,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    execFileSync('patch', ['-p1', '-s'], { cwd, input: out, stdio: ['pipe', 'pipe', 'pipe'] });
    for (const [name, text] of Object.entries(restored)) {
      expect(readFileSync(join(cwd, name), 'utf8')).toBe(text);
    }
  });
});

describe('--format patch for files outside the working folder', () => {
  // Named by their absolute path without a/ b/ prefixes: GNU patch refuses absolute names with
  // -p0 ("dangerous"), so they are applied with `patch -p1 -d /` or `git apply -p0 --unsafe-paths`.
  const outside = () => {
    const root = setup({
      'elsewhere/file.txt': 'one\nThe spokesman informed NPR.\n',
      'cwd/words.tsv': DICT,
    });
    return { root, cwd: join(root, 'cwd'), file: join(root, 'elsewhere', 'file.txt') };
  };

  test('the headers name the absolute path', async () => {
    const { cwd, file } = outside();
    const { out } = await runIn(cwd, ['--format', 'patch', '../elsewhere/file.txt']);
    expect(out.split('\n').slice(0, 3)).toEqual([
      `diff --git ${file} ${file}`,
      `--- ${file}`,
      `+++ ${file}`,
    ]);
  });

  test.runIf(hasTool('patch'))('patch -p1 -d / applies it', async () => {
    const { cwd, file } = outside();
    const { out } = await runIn(cwd, ['--format', 'patch', '../elsewhere/file.txt']);
    execFileSync('patch', ['-p1', '-s', '-d', '/'], {
      cwd,
      input: out,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    expect(readFileSync(file, 'utf8')).toBe('one\nThe spokesman told NPR.\n');
  });

  test.runIf(hasTool('git'))('git apply -p0 --unsafe-paths applies it', async () => {
    const { cwd, file } = outside();
    const { out } = await runIn(cwd, ['--format', 'patch', file]);
    writeFileSync(join(cwd, 'fix.patch'), out);
    execFileSync('git', ['apply', '-p0', '--unsafe-paths', 'fix.patch'], { cwd, stdio: 'pipe' });
    expect(readFileSync(file, 'utf8')).toBe('one\nThe spokesman told NPR.\n');
  });
});

describe('folders on the real file system', () => {
  test('a symbolic link loop is skipped and reported; --output mirrors the tree', async () => {
    const cwd = setup({ 'docs/a.txt': 'informed\n', 'docs/sub/b.md': 'clean\n' });
    symlinkSync('..', join(cwd, 'docs/sub/up'));
    const r = await runIn(cwd, ['--output', 'out', 'docs']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Skipped:\n  docs/sub/up: symbolic link loop, skipped\n');
    expect(readFileSync(join(cwd, 'out/docs/a.txt'), 'utf8')).toBe('told\n');
    expect(readFileSync(join(cwd, 'out/docs/sub/b.md'), 'utf8')).toBe('clean\n');
    expect(readdirSync(join(cwd, 'out/docs')).sort()).toEqual(['a.txt', 'sub']);
  });

  test('--write --backup keeps the original beside the rewritten file', async () => {
    const cwd = setup({ 'a.txt': 'informed\n' });
    await runIn(cwd, ['--write', '--backup', 'a.txt']);
    expect(readFileSync(join(cwd, 'a.txt'), 'utf8')).toBe('told\n');
    expect(readFileSync(join(cwd, 'a.txt.orig'), 'utf8')).toBe('informed\n');
  });
});

describe('writeNewFile (learn --out, --report, --output)', () => {
  test('creates a new file, replaces an existing one keeping its mode, leaves no temporary', async () => {
    dir = mkdtempSync(join(tmpdir(), 'restore-text-out-'));
    const io = nodeIo({ cwd: dir });
    const path = join(dir, 'learned.tsv');
    await io.writeNewFile(path, new TextEncoder().encode('one\n'));
    expect(readFileSync(path, 'utf8')).toBe('one\n');
    chmodSync(path, 0o600);
    await io.writeNewFile(path, new TextEncoder().encode('two\n'));
    expect([readFileSync(path, 'utf8'), statSync(path).mode & 0o777]).toEqual(['two\n', 0o600]);
    expect(readdirSync(dir)).toEqual(['learned.tsv']);
  });
});
