// `learn` and `compare` through main(), with an in-memory Io and the fake engine (no language
// model: every learned entry is a channel entry).
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseDictionary } from '../../src/dictionary/parse.js';
import { validateDictionary } from '../../src/dictionary/validate.js';
import { fakeEngine } from './fakeEngine.js';
import { memoryIo, type MemoryIoOptions } from './memoryIo.js';

async function run(argv: string[], options: MemoryIoOptions = {}) {
  const io = memoryIo(options);
  const code = await main(argv, io, () => Promise.resolve(fakeEngine()));
  return { code, out: io.out(), err: io.err(), io };
}

const ORIGINAL =
  'A senior official told NPR that the efforts have unraveled. The official told us so.';
const SPUN =
  'A senior official informed NPR that the efforts have unraveled. The official informed us so.';
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

describe('learn', () => {
  test('a pair of files: the dictionary on stdout, the summary on stderr', async () => {
    const r = await run(['learn', 'a.txt', 'b.txt'], {
      files: { 'a.txt': ORIGINAL, 'b.txt': SPUN },
    });
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'learned 1 entry (0 sure, 1 channel) from 1 pair; none of the swaps is in the built-in dictionaries\n',
    );
    const dict = parseDictionary(r.out, 'b-swaps', 'b-swaps.tsv');
    expect(validateDictionary(dict)).toEqual([]);
    expect(dict.meta).toMatchObject({
      name: 'b-swaps',
      description:
        'swaps of the spinner that wrote b.txt (a spun copy of a.txt), learned by restore-text learn',
      'learned-from': 'a.txt -> b.txt',
    });
    expect(dict.entries.map((e) => [e.spun, e.canonical, e.channel, e.source, e.prior])).toEqual([
      ['informed', ['told'], true, 'learned-b-swaps', 0.67],
    ]);
  });

  test('--out writes the file and prints the summary', async () => {
    const r = await run(['learn', 'a.txt', 'b.txt', '--out', 'npr.tsv'], {
      files: { 'a.txt': ORIGINAL, 'b.txt': SPUN },
    });
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toMatch(/^npr\.tsv: learned 1 entry/);
    expect(text(r.io.files.get('/work/npr.tsv')?.data)).toMatch(/^#! name: npr\n/);
  });

  test('two folders: pairs matched by file name, the others named', async () => {
    const r = await run(['learn', 'orig', 'spun'], {
      files: {
        'orig/one.txt': ORIGINAL,
        'spun/one.txt': SPUN,
        'orig/two.txt': 'The agencies agree on the plan today.',
        'spun/two.txt': 'The companies agree on the plan today.',
        'orig/only.txt': 'x',
        'spun/extra.txt': 'y',
      },
    });
    expect(r.code).toBe(0);
    expect(r.err.split('\n').slice(0, 2)).toEqual([
      'restore-text: orig/only.txt: no file of that name in spun',
      'restore-text: spun/extra.txt: no file of that name in orig',
    ]);
    const dict = parseDictionary(r.out, 'x', 'x');
    expect(dict.entries.map((e) => e.spun)).toEqual(['informed', 'companies']);
    expect(dict.meta['description']).toBe(
      'swaps of the spinner that wrote the 2 texts of spun (spun copies of orig), learned by restore-text learn',
    );
  });

  test.each([
    [
      'a file and a folder',
      ['learn', 'a.txt', 'orig'],
      'restore-text: give two files, or two folders of files with the same names\n',
    ],
    [
      'a missing file',
      ['learn', 'a.txt', 'nope.txt'],
      'restore-text: nope.txt: no such file or directory\n',
    ],
    [
      'texts that share nothing',
      ['learn', 'a.txt', 'c.txt'],
      'restore-text: a.txt -> c.txt: the texts share no passage\n',
    ],
  ])('usage and input errors exit 2: %s', async (_, argv, err) => {
    const r = await run(argv, {
      files: {
        'a.txt': ORIGINAL,
        'orig/x.txt': ORIGINAL,
        'c.txt': 'Entirely different words here.',
      },
    });
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe(err.split('\n')[0]);
  });
});

describe('compare', () => {
  const files = { 'a.txt': ORIGINAL, 'b.txt': SPUN };

  test('text: similarity before and after, the swaps, the passages', async () => {
    const r = await run(['compare', 'a.txt', 'b.txt'], { files });
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 9)).toEqual([
      'b.txt compared with a.txt',
      '                  before   after restoring the suspect',
      'aligned words      86.7%   100.0%',
      'shared 5-grams     36.4%   100.0%',
      'words: original 15, suspect 15; 2 swaps (1 distinct), 2 edits restored',
      '',
      'swaps (suspect -> original, times, restored)',
      '  informed -> told    2    2',
      '',
    ]);
  });

  test('json: versioned, with before and after', async () => {
    const r = await run(['compare', '-f', 'json', 'a.txt', 'b.txt'], { files });
    expect(JSON.parse(r.out)).toMatchObject({
      version: 1,
      original: 'a.txt',
      suspect: 'b.txt',
      before: 0.8667,
      fiveGrams: { before: 0.3636, after: 1 },
      after: 1,
      swaps: [{ spun: 'informed', original: 'told', count: 2, restored: 2 }],
    });
  });

  test('html: one page', async () => {
    const r = await run(['compare', '--format', 'html', 'a.txt', 'b.txt'], { files });
    expect(r.out).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
  });

  test.each([
    [['compare', 'a.txt'], "restore-text: missing required argument 'suspect'\n"],
    [['compare', 'a.txt', 'nope.txt'], 'restore-text: nope.txt: no such file or directory\n'],
    [
      ['compare', '-f', 'xml', 'a.txt', 'b.txt'],
      "restore-text: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json, html.\n",
    ],
  ])('errors exit 2: %j', async (argv, err) => {
    const r = await run(argv, { files });
    expect([r.code, r.err]).toEqual([2, err]);
  });
});
