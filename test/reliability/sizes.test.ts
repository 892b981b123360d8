// Defect 3 (issue 15): large inputs never finished (150-250 bytes of memory per input byte, 50 MB
// ran out of heap, a 10 MB line printed whole). Any size is refused up front past --max-size,
// named with the flag that takes it; what is taken is restored in bounded sections (perf14's sections.ts, which replaced trust15's
// 1 MB segments); a report
// shows a bounded window of a long line. Fixtures are generated here: nothing large is committed.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parseSize, formatSize, sizeFlagFor } from '../../src/cli/sizes.js';
import { restore } from '../../src/core/restore.js';
import { sectionSpans, SECTION_MAX } from '../../src/core/sections.js';
import { BIN, cleanUp, ENGINE, folder, run } from './harness.js';

afterEach(cleanUp);

describe('defect 3: --max-size refuses a file before reading it', () => {
  test('a named file over the default 4M: exit 2, the file and the flag named', async () => {
    const dir = folder({ 'small.txt': 'He informed us.\n' });
    writeFileSync(join(dir, 'big.txt'), Buffer.alloc(5 * 1024 * 1024, 'a '));
    const r = await run(dir, [...ENGINE, '--write', 'big.txt', 'small.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'restore-text: big.txt: 5M is over the --max-size limit of 4M; skipped (raise it with --max-size 5M, or split the file)\n',
    );
    expect(readFileSync(join(dir, 'small.txt'), 'utf8')).toBe('He told us.\n');
  });

  test('--max-size raises (and lowers) the limit', async () => {
    const dir = folder({ 'a.txt': 'He informed us of it, and more.\n' });
    const low = await run(dir, [...ENGINE, '--max-size', '10', 'a.txt']);
    expect(low.err).toBe(
      'restore-text: a.txt: 32 bytes is over the --max-size limit of 10 bytes; skipped (raise it with --max-size 1K, or split the file)\n',
    );
    const high = await run(dir, [...ENGINE, '--max-size', '1K', 'a.txt']);
    expect([high.code, high.err]).toEqual([0, '']);
  });

  test('standard input past the limit is refused without reading it all', () => {
    const dir = folder();
    const r = spawnSync(process.execPath, [BIN, ...ENGINE, '--max-size', '1K', '-'], {
      cwd: dir,
      input: 'x '.repeat(100_000),
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'restore-text: <stdin>: more than 1K is over the --max-size limit of 1K; skipped (raise it with --max-size, or split the file)\n',
    );
  });

  test.each([['0'], ['-1'], ['4X'], ['300M']])('--max-size %s is a usage error', async (value) => {
    const dir = folder({ 'a.txt': 'x' });
    const r = await run(dir, [...ENGINE, '--max-size', value, 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^restore-text: option '--max-size <size>' argument '.*' is invalid/);
  });

  test.each([
    ['4M', 4 * 1024 ** 2],
    ['512K', 512 * 1024],
    ['100000', 100000],
    ['1.5M', 1.5 * 1024 ** 2],
    ['2 MiB', 2 * 1024 ** 2],
    ['x', NaN],
  ])('parseSize(%s) = %d', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  test.each([
    [300, '300 bytes', '1K'],
    [5 * 1024 ** 2, '5M', '5M'],
    [5 * 1024 ** 2 + 1, '5M', '6M'],
    [1536 * 1024, '1.5M', '2M'],
  ])('formatSize(%d) = %s, flag %s', (bytes, text, flag) => {
    expect([formatSize(bytes), sizeFlagFor(bytes)]).toEqual([text, flag]);
  });
});

describe('defect 3: long texts are restored in bounded sections', () => {
  test('sections tile the text and are at most SECTION_MAX, cut at breaks', () => {
    const text = `${'word '.repeat(300_000)}\n\n${'more text here. '.repeat(100_000)}`;
    const sections = sectionSpans(text);
    expect(sections[0]?.[0]).toBe(0);
    expect(sections.at(-1)?.[1]).toBe(text.length);
    sections.forEach(([s, e], i) => {
      expect(e - s).toBeLessThanOrEqual(SECTION_MAX);
      if (i > 0) expect(s).toBe(sections[i - 1]?.[1]);
      if (i < sections.length - 1) expect(/\s/.test(text[e - 1] ?? '')).toBe(true);
    });
  });

  // (trust15's segments never cut a word; perf14's sections cut a run of SECTION_MAX characters
  // without a break, so that a reader of a stream holds no more than that)
  test('one word longer than a section is cut at SECTION_MAX', () => {
    const text = `a ${'x'.repeat(SECTION_MAX + 10)} b`;
    const sections = sectionSpans(text);
    expect(sections.every(([s, e]) => e - s <= SECTION_MAX)).toBe(true);
    expect(sections.map(([s, e]) => text.slice(s, e)).join('')).toBe(text);
  });

  test('a text in sections gets the same edits as its parts', () => {
    const dict = {
      name: 'd',
      origin: 'd',
      meta: {},
      entries: [
        {
          spun: 'assume tank',
          words: ['assume', 'tank'],
          canonical: ['think tank'],
          suggestOnly: false,
          conditions: { requires: [], excludes: [] },
          source: 't',
          prior: 0.9,
          dictionary: 'd',
          line: 1,
          examples: [],
        },
      ],
    };
    const paragraph = 'The assume tank met. '.repeat(40) + '\n\n';
    const text = paragraph.repeat(Math.ceil((SECTION_MAX * 1.3) / paragraph.length));
    const r = restore(text, { dictionaries: [dict], context: false });
    expect(sectionSpans(text).length).toBeGreaterThan(1);
    expect(r.applied.length).toBe(40 * Math.ceil((SECTION_MAX * 1.3) / paragraph.length));
    expect(r.output).toBe(text.replaceAll('assume tank', 'think tank'));
  });
});

describe('defect 3: a 10 MB single line finishes and its report is bounded', () => {
  test('--no-context, --max-size 16M: finishes, the report holds no more than windows', async () => {
    const words = ['He', 'informed', 'us', 'and', 'then', 'left', 'quietly', 'again'];
    let line = '';
    for (let i = 0; line.length < 10 * 1024 * 1024; i++) line += `${words[(i * 7) % 8]} `;
    const dir = folder({ 'line.txt': line });
    const r = await run(dir, [...ENGINE, '--max-size', '16M', '--write', 'line.txt']);
    expect(r.code).toBe(0);
    const findings = (line.match(/informed/g) ?? []).length;
    expect(
      r.out.endsWith(`1 file, ${findings} findings, ${findings} fixed, 1 file written\n`),
    ).toBe(true);
    // every snippet is a window: at most the findings' text and 2 x 40 characters around each
    for (const l of r.out.split('\n').filter((x) => x.startsWith('    | '))) {
      expect(l.length).toBeLessThan(findings * 200);
    }
    expect(r.out.length).toBeLessThan(findings * 400);
    expect(readFileSync(join(dir, 'line.txt'), 'utf8')).toBe(line.replaceAll('informed', 'told'));
    // 20-30 CPU-s: three minutes leave room for a loaded machine (the default is one)
  }, 180_000);
});
