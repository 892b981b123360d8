// --help, --version and usage errors load no module of the engine (src/core, src/lm,
// src/dictionary): the real binary runs with a module hook (moduleLog.mjs) that logs every ES
// module it loads, and the project's own modules are compared with the exact list expected.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, BIN, ROOT } from './builtBinary.js';

const dir = mkdtempSync(join(tmpdir(), 'restore-text-modules-'));
beforeAll(assertBuilt);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The project files (not node_modules) that `restore-text ARGS` loads, sorted. */
function projectModules(args: string[], stdin = ''): { code: number | null; modules: string[] } {
  const log = join(dir, `log-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(log, '');
  const hook = pathToFileURL(fileURLToPath(new URL('moduleLog.mjs', import.meta.url)));
  hook.searchParams.set('log', log);
  const child = spawnSync(process.execPath, ['--import', hook.href, BIN, ...args], {
    cwd: dir,
    env: {},
    input: stdin,
  });
  const urls = readFileSync(log, 'utf8').split('\n');
  const files = urls.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  const own = files.map((f) => relative(ROOT, f)).filter((f) => !/^(\.\.|node_modules)/.test(f));
  return { code: child.status, modules: [...new Set(own)].sort() };
}

const CLI_ONLY = [
  'bin/restore-text.js',
  'dist/src/builtinNames.js',
  'dist/src/cli/batchOptions.js',
  'dist/src/cli/commands/toolCommands.js',
  'dist/src/cli/engineLoader.js',
  'dist/src/cli/errors.js',
  'dist/src/cli/main.js',
  'dist/src/cli/nodeIo.js',
  'dist/src/cli/nodeTerminal.js',
  'dist/src/cli/optionalValues.js',
  'dist/src/cli/options.js',
  'dist/src/cli/safeWrite.js',
  'dist/src/cli/sizes.js',
  'dist/src/cli/walkDefaults.js',
  'dist/src/defaults.js',
  'dist/src/paths.js',
];

describe('modules loaded by the real binary', () => {
  test.each([
    ['--help', ['--help'], 0],
    ['--version', ['--version'], 0],
    ['unknown option', ['--frobnicate', 'a.txt'], 2],
    ['bad --format', ['--format', 'xml', 'a.txt'], 2],
    ['bad --min-confidence', ['--min-confidence', '2', 'a.txt'], 2],
    ['no input', [], 2],
    ['--print with --write', ['--print', '--write', 'a.txt'], 2],
    ['--write on standard input', ['--write', '-'], 2],
    ['learn --help', ['learn', '--help'], 0],
    ['compare with a bad --format', ['compare', '-f', 'xml', 'a.txt', 'b.txt'], 2],
  ])('%s: the command line only, no engine', (_, args, code) => {
    expect(projectModules(args)).toEqual({ code, modules: CLI_ONLY });
  });

  test('--print-config reads the configuration, not the engine', () => {
    const { code, modules } = projectModules(['--print-config']);
    expect(code).toBe(0);
    expect(modules).toContain('dist/src/cli/config.js');
    expect(modules.filter((m) => /^dist\/src\/(core|lm|dictionary)\//.test(m))).toEqual([]);
  });

  test('a restore run loads the engine (so the hook sees what it should)', () => {
    const { code, modules } = projectModules(['--no-builtin', '--no-context', '-'], 'Hello.\n');
    expect(code).toBe(0);
    for (const folder of ['dist/src/core/', 'dist/src/lm/', 'dist/src/dictionary/']) {
      expect(
        modules.some((m) => m.startsWith(folder)),
        folder,
      ).toBe(true);
    }
  });
});
