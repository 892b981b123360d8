// Golden CLI cases: each test/cmd/NAME.txtar runs the real `bin/restore-text.js` (over dist/,
// built by `npm test`'s pretest step) with node, as a child process, in a fresh temporary
// folder with an empty environment (so no colors), and compares what it did with the case.
//
// A case file is a comment (what the case shows), then sections (format: caseFile.ts):
//   -- cmd --            one line: `restore-text ARGS`, shell-like ('single' and "double"
//                        quotes group words)
//   -- env --            optional KEY=VALUE lines: the child's whole environment
//   -- stdin --          optional standard input (else empty)
//   -- input/PATH --     a file written at PATH in the working folder before the run (any
//                        number; binary ones with the base64 flag)
//   -- exit --           the expected exit code
//   -- stdout --         expected standard output; the working folder's path shows as <tmp>
//   -- stderr --         expected standard error (absent: empty)
//   -- after/PATH --     a file expected at PATH after the run (--write). Every file not named
//                        so must be left exactly as it was, and no file may appear or vanish.
// Flags after a name: `(base64)` for binary or non-UTF-8 bytes, `(no final newline)`.
// Refresh the expected sections (exit, stdout, stderr, after/) from real runs with:
//   npm run build && UPDATE_GOLDEN=1 npx vitest run test/cmd/golden.test.ts
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, BIN } from './builtBinary.js';
import { parseCase, sectionFor, serializeCase, type CaseFile, type Section } from './caseFile.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const OUTPUTS = new Set(['exit', 'stdout', 'stderr']);
const temps: string[] = [];
beforeAll(assertBuilt);
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function shellWords(line: string): string[] {
  const words: string[] = [];
  const re = /'([^']*)'|"([^"]*)"|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) words.push(m[1] ?? m[2] ?? m[3] ?? '');
  return words;
}

function section(c: CaseFile, name: string): Buffer | undefined {
  return c.sections.find((s) => s.name === name)?.bytes;
}

function prefixed(c: CaseFile, prefix: string): Map<string, Buffer> {
  const found = c.sections.filter((s) => s.name.startsWith(prefix));
  return new Map(found.map((s) => [s.name.slice(prefix.length), s.bytes]));
}

function readTree(dir: string): Map<string, Buffer> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) =>
    e.isFile(),
  );
  const paths = entries.map((e) => relative(dir, join(e.parentPath, e.name))).sort();
  return new Map(paths.map((p) => [p.split('\\').join('/'), readFileSync(join(dir, p))]));
}

function parseEnv(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) env[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return env;
}

function commandLine(c: CaseFile): string[] {
  const [program, ...args] = shellWords(section(c, 'cmd')?.toString('utf8') ?? '');
  if (program !== 'restore-text') throw new Error('-- cmd -- must start with restore-text');
  return args;
}

function runCase(c: CaseFile) {
  const cwd = realpathSync(mkdtempSync(join(tmpdir(), 'restore-text-cmd-')));
  temps.push(cwd);
  for (const [path, bytes] of prefixed(c, 'input/')) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), bytes);
  }
  const before = readTree(cwd);
  const child = spawnSync(process.execPath, [BIN, ...commandLine(c)], {
    cwd,
    env: parseEnv(section(c, 'env')?.toString('utf8') ?? ''),
    input: section(c, 'stdin') ?? Buffer.alloc(0),
    timeout: 60_000,
    maxBuffer: 64 << 20,
  });
  if (child.error) throw child.error;
  const tidy = (b: Buffer) => Buffer.from(b.toString('latin1').split(cwd).join('<tmp>'), 'latin1');
  const exit = Buffer.from(`${child.status ?? `signal ${child.signal}`}\n`);
  return {
    exit,
    stdout: tidy(child.stdout),
    stderr: tidy(child.stderr),
    before,
    after: readTree(cwd),
  };
}

type Run = ReturnType<typeof runCase>;

/** The files the run wrote or created (a vanished file cannot be described: an error). */
function changedFiles(r: Run): Map<string, Buffer> {
  const gone = [...r.before.keys()].filter((p) => !r.after.has(p));
  if (gone.length > 0) throw new Error(`files vanished: ${gone.join(', ')}`);
  return new Map([...r.after].filter(([p, bytes]) => !r.before.get(p)?.equals(bytes)));
}

function updated(c: CaseFile, r: Run): CaseFile {
  const keep = c.sections.filter((s) => !OUTPUTS.has(s.name) && !s.name.startsWith('after/'));
  const outputs: Section[] = [sectionFor('exit', r.exit), sectionFor('stdout', r.stdout)];
  if (r.stderr.length > 0) outputs.push(sectionFor('stderr', r.stderr));
  for (const [path, bytes] of changedFiles(r)) outputs.push(sectionFor(`after/${path}`, bytes));
  return { comment: c.comment, sections: [...keep, ...outputs] };
}

/** Compared as text for a readable diff, then as bytes (exactness). */
function expectBytes(actual: Buffer, expected: Buffer, what: string): void {
  expect(actual.toString('utf8'), what).toBe(expected.toString('utf8'));
  expect(actual.equals(expected), `${what} (bytes)`).toBe(true);
}

const cases = readdirSync(HERE)
  .filter((name) => name.endsWith('.txtar'))
  .map((name) => name.slice(0, -'.txtar'.length))
  .sort();

describe('golden CLI cases (bin/restore-text.js in a child process)', () => {
  test('the cases are there', () => expect(cases.length).toBeGreaterThanOrEqual(36));

  test.each(cases)('%s', (name) => {
    const file = join(HERE, `${name}.txtar`);
    let c = parseCase(readFileSync(file));
    expect(c.comment.trim(), 'a case says what it shows').not.toBe('');
    const r = runCase(c);
    if (UPDATE) writeFileSync(file, serializeCase((c = updated(c, r))));
    expectBytes(r.exit, section(c, 'exit') ?? Buffer.alloc(0), 'exit code');
    expectBytes(r.stdout, section(c, 'stdout') ?? Buffer.alloc(0), 'stdout');
    expectBytes(r.stderr, section(c, 'stderr') ?? Buffer.alloc(0), 'stderr');
    const expectedAfter = new Map([...r.before, ...prefixed(c, 'after/')]);
    expect([...r.after.keys()].sort(), 'files after the run').toEqual(
      [...expectedAfter.keys()].sort(),
    );
    for (const [path, bytes] of expectedAfter) expectBytes(r.after.get(path)!, bytes, path);
  });
});
