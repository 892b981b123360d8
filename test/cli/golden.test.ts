// Golden CLI cases: test/golden/<case>/ holds
//   args             one line of shell-like words ('single' and "double" quotes group words)
//   input/           files copied to a fresh temporary folder, which is the working directory
//   stdin            optional standard input
//   env              optional KEY=VALUE lines (the environment is otherwise empty: no colors)
//   expected-stdout, expected-stderr (absent: empty), expected-exit
//   expected-files/  optional: the folder's files after the run, byte for byte (--write cases)
// main() runs in-process against the real file system. The temporary folder's path is shown
// as <tmp> in the expected output. Refresh with: UPDATE_GOLDEN=1 npx vitest run test/cli
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { nodeIo } from '../../src/cli/nodeIo.js';

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function shellWords(line: string): string[] {
  const words: string[] = [];
  const re = /'([^']*)'|"([^"]*)"|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) words.push(m[1] ?? m[2] ?? m[3] ?? '');
  return words;
}

function readOptional(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

function parseEnv(text: string | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of (text ?? '').split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) env[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return env;
}

async function runCase(caseDir: string) {
  const cwd = mkdtempSync(join(tmpdir(), 'restore-text-golden-'));
  temps.push(cwd);
  if (existsSync(join(caseDir, 'input'))) cpSync(join(caseDir, 'input'), cwd, { recursive: true });
  const stdin = existsSync(join(caseDir, 'stdin'))
    ? readFileSync(join(caseDir, 'stdin'))
    : undefined;
  let stdout = '';
  let stderr = '';
  const io = nodeIo({
    cwd,
    env: parseEnv(readOptional(join(caseDir, 'env'))),
    stdoutIsTTY: false,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: stdin ? new Uint8Array(stdin) : new Uint8Array(),
  });
  const args = shellWords(readFileSync(join(caseDir, 'args'), 'utf8').trim());
  const code = await main(args, io);
  const tidy = (s: string) => s.split(cwd).join('<tmp>');
  return { cwd, code, stdout: tidy(stdout), stderr: tidy(stderr) };
}

function update(caseDir: string, r: Awaited<ReturnType<typeof runCase>>, args: string): void {
  writeFileSync(join(caseDir, 'expected-stdout'), r.stdout);
  if (r.stderr === '') rmSync(join(caseDir, 'expected-stderr'), { force: true });
  else writeFileSync(join(caseDir, 'expected-stderr'), r.stderr);
  writeFileSync(join(caseDir, 'expected-exit'), `${r.code}\n`);
  if (/(^|\s)(--write|-w)(\s|$)/.test(args)) {
    const target = join(caseDir, 'expected-files');
    rmSync(target, { recursive: true, force: true });
    for (const f of listFiles(r.cwd)) {
      mkdirSync(dirname(join(target, f)), { recursive: true });
      cpSync(join(r.cwd, f), join(target, f));
    }
  }
}

const cases = readdirSync(GOLDEN, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('golden CLI cases', () => {
  test.each(cases)('%s', async (name) => {
    const caseDir = join(GOLDEN, name);
    const r = await runCase(caseDir);
    if (UPDATE) update(caseDir, r, readFileSync(join(caseDir, 'args'), 'utf8'));
    expect(r.stdout).toBe(readOptional(join(caseDir, 'expected-stdout')) ?? '');
    expect(r.stderr).toBe(readOptional(join(caseDir, 'expected-stderr')) ?? '');
    expect(r.code).toBe(Number(readFileSync(join(caseDir, 'expected-exit'), 'utf8')));
    const expectedFiles = join(caseDir, 'expected-files');
    if (existsSync(expectedFiles)) {
      // the same files (so no temporary file is left behind), with the same bytes
      expect(listFiles(r.cwd)).toEqual(listFiles(expectedFiles));
      for (const f of listFiles(expectedFiles)) {
        expect(readFileSync(join(r.cwd, f)), f).toEqual(readFileSync(join(expectedFiles, f)));
      }
    }
  });
});
