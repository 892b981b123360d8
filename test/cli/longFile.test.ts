// A file longer than a section, read in chunks and reported section by section
// (src/cli/stream/): lines, columns and offsets are the whole file's, headers come once, and
// the restored text is the whole file's; a NUL byte past the first chunk still makes it binary.
// Also --jobs: reports in input order, the same as one thread.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { nodeIo } from '../../src/cli/nodeIo.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ENGINE_ARGS = ['--no-builtin', '--no-context', '--dict', 'words.tsv'];

async function runIn(argv: string[]) {
  let out = '';
  let err = '';
  const io = nodeIo({
    cwd: dir,
    env: {},
    stdoutIsTTY: false,
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
  });
  const code = await main([...ENGINE_ARGS, ...argv], io);
  return { code, out, err };
}

/** 2.6 MB: 1,300 one-line paragraphs of 2,000 characters; `informed` in paragraphs 0, 650, 1299. */
function longText(): { text: string; lines: number[] } {
  const filler = `${'plain words '.repeat(166)}end.`;
  const spun = `We were informed ${filler.slice(17)}`;
  const marked = [0, 650, 1299];
  const paras = Array.from({ length: 1300 }, (_, i) => (marked.includes(i) ? spun : filler));
  return { text: `${paras.join('\n\n')}\n`, lines: marked.map((i) => 2 * i + 1) };
}

function setup(files: Record<string, string | Buffer>): void {
  dir = mkdtempSync(join(tmpdir(), 'restore-text-long-'));
  writeFileSync(join(dir, 'words.tsv'), 'informed\ttold\t-\ttest\t0.9\n');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
}

describe('a file of many sections', () => {
  const { text, lines } = longText();

  test('text report: lines of the whole file; the summary counts the file once', async () => {
    setup({ 'long.txt': text });
    const r = await runIn(['long.txt']);
    const found = r.out.split('\n').filter((l) => l.startsWith('long.txt:'));
    expect(found).toEqual(
      lines.map((l) => `long.txt:${l}:9  informed -> told  (confidence 0.90, words)`),
    );
    expect(r.out.endsWith('1 file, 3 findings, 3 fixable\n')).toBe(true);
  });

  test('json: offsets and lines in the whole file', async () => {
    setup({ 'long.txt': text });
    const r = await runIn(['-f', 'json', 'long.txt']);
    const edits = (JSON.parse(r.out) as { files: { edits: { span: number[]; line: number }[] }[] })
      .files[0]?.edits;
    const at: number[] = [];
    for (let i = text.indexOf('informed'); i >= 0; i = text.indexOf('informed', i + 1)) at.push(i);
    expect(edits?.map((e) => e.span)).toEqual(at.map((i) => [i, i + 8]));
    expect(edits?.map((e) => e.line)).toEqual(lines);
  });

  test('--print and --write give the whole restored text', async () => {
    setup({ 'long.txt': text });
    expect((await runIn(['--print', 'long.txt'])).out).toBe(text.replaceAll('informed', 'told'));
    await runIn(['--write', 'long.txt']);
    expect(readFileSync(join(dir, 'long.txt'), 'utf8')).toBe(text.replaceAll('informed', 'told'));
  });

  test('diff: the header once; patch: one file header, hunks that git apply takes', async () => {
    setup({ 'long.txt': text });
    const diff = (await runIn(['-f', 'diff', 'long.txt'])).out;
    expect(diff.split('\n').filter((l) => l === 'long.txt')).toHaveLength(1);
    const patch = (await runIn(['-f', 'patch', 'long.txt'])).out;
    expect(patch.split('\n').filter((l) => l.startsWith('+++ '))).toEqual(['+++ b/long.txt']);
    // Lines 1, 1301 and 2599 of 2,599 changed, 3 lines of context.
    expect(patch.split('\n').filter((l) => l.startsWith('@@ '))).toEqual([
      '@@ -1,4 +1,4 @@',
      '@@ -1298,7 +1298,7 @@',
      '@@ -2596,4 +2596,4 @@',
    ]);
    writeFileSync(join(dir, 'p.diff'), patch);
    execFileSync('git', ['init', '-q', '.'], { cwd: dir });
    execFileSync('git', ['apply', 'p.diff'], { cwd: dir });
    expect(readFileSync(join(dir, 'long.txt'), 'utf8')).toBe(text.replaceAll('informed', 'told'));
  });

  test('a NUL byte past the first chunk: binary, nothing reported', async () => {
    const bytes = Buffer.from(text);
    bytes[bytes.length - 10] = 0;
    setup({ 'long.bin': bytes });
    const r = await runIn(['long.bin']);
    expect(r.out).toBe('1 file, 0 findings, 0 fixable, 1 error\n');
    expect(r.err).toBe('restore-text: long.bin: binary file (contains NUL bytes), skipped\n');
    expect(r.code).toBe(2);
  });
});

describe('--jobs', () => {
  test('worker threads report in input order, as one thread does', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++)
      files[`f${i}.txt`] = i % 3 === 0 ? `informed ${i}\n` : `plain ${i}\n`;
    files['big.txt'] = longText().text;
    setup(files);
    const names = Object.keys(files);
    const one = await runIn(['-j', '1', '-f', 'json', ...names]);
    const three = await runIn(['-j', '3', '-f', 'json', ...names]);
    expect(three).toEqual(one);
    const text1 = await runIn(['-j', '1', ...names]);
    expect(await runIn(['-j', '3', ...names])).toEqual(text1);
    expect(
      text1.out
        .split('\n')
        .filter((l) => /^\S+\.txt:\d+:\d+ /.test(l))
        .map((l) => l.split(':')[0]),
    ).toEqual(['f0.txt', 'f3.txt', 'f6.txt', 'f9.txt', 'big.txt', 'big.txt', 'big.txt']);
  });
});
