// The configuration file: where it is found, what it may hold, how the command line overrides
// it, and the one-line errors that name the file and the key.
import { availableParallelism } from 'node:os';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeEngine } from './fakeEngine.js';
import { memoryIo, type MemoryIoOptions } from './memoryIo.js';

async function run(argv: string[], options: MemoryIoOptions = {}) {
  const io = memoryIo({ cwd: '/work/project/sub', ...options });
  const engine = fakeEngine();
  const code = await main(argv, io, () => Promise.resolve(engine));
  return { code, io, engine, out: io.out(), err: io.err() };
}

async function printed(files: Record<string, string>, argv: string[] = []) {
  const r = await run(['--print-config', ...argv], { files });
  expect(r.err).toBe('');
  return JSON.parse(r.out);
}

const FULL = JSON.stringify({
  dictionaries: ['dicts/mine.tsv'],
  noBuiltin: ['news-spinner'],
  minConfidence: 0.9,
  context: false,
  allow: ['information technology'],
  ignore: ['drafts/'],
  extensions: ['md', '.TXT'],
  jobs: 2,
});

describe('finding the file', () => {
  test.each([
    [
      'restore-text.config.json in the working folder',
      { 'restore-text.config.json': FULL },
      'restore-text.config.json',
    ],
    [
      '.restoretextrc.json in a parent',
      { '../.restoretextrc.json': FULL },
      '../.restoretextrc.json',
    ],
    [
      '"restore-text" in package.json',
      { '../package.json': JSON.stringify({ name: 'x', 'restore-text': JSON.parse(FULL) }) },
      '../package.json',
    ],
    [
      'a package.json without the key is passed over',
      { 'package.json': '{"name":"x"}', '../.restoretextrc.json': FULL },
      '../.restoretextrc.json',
    ],
    [
      'a package.json that is not JSON is passed over',
      { 'package.json': '{', '../.restoretextrc.json': FULL },
      '../.restoretextrc.json',
    ],
    [
      'the nearest wins',
      { '.restoretextrc.json': '{}', '../restore-text.config.json': FULL },
      '.restoretextrc.json',
    ],
    ['none', {}, null],
  ])('%s', async (_name, files, expected) => {
    expect((await printed(files)).configFile).toBe(expected);
  });

  test('--config names it', async () => {
    expect((await printed({ '/etc/rt.json': FULL }, ['--config', '/etc/rt.json'])).configFile).toBe(
      '../../../etc/rt.json',
    );
  });
});

describe('what it sets', () => {
  test('every key, paths relative to the file', async () => {
    expect(await printed({ '../restore-text.config.json': FULL })).toEqual({
      configFile: '../restore-text.config.json',
      dictionaries: ['../dicts/mine.tsv'],
      noBuiltin: ['news-spinner'],
      minConfidence: 0.9,
      context: false,
      allow: ['information technology'],
      ignore: ['drafts/'],
      exclude: [],
      extensions: ['md', 'txt'],
      jobs: 2,
    });
  });

  test('the command line wins for single values and adds to lists', async () => {
    const c = await printed({ '../restore-text.config.json': FULL }, [
      '--min-confidence',
      '0.5',
      '--context',
      '--ext',
      'tex',
      '--allow',
      'x',
      '--dict',
      'y.tsv',
      '--no-builtin=tortured-phrases',
    ]);
    expect([
      c.minConfidence,
      c.context,
      c.extensions,
      c.allow,
      c.dictionaries,
      c.noBuiltin,
    ]).toEqual([
      0.5,
      true,
      ['tex'],
      ['information technology', 'x'],
      ['../dicts/mine.tsv', 'y.tsv'],
      ['tortured-phrases'],
    ]);
  });

  // (jobs: --jobs landed with perf14; its default is the number of processors)
  test('the defaults without a file', async () => {
    const c = await printed({});
    expect([c.minConfidence, c.context, c.noBuiltin, c.jobs, c.extensions.length]).toEqual([
      0.8,
      true,
      false,
      availableParallelism(),
      15,
    ]);
  });

  test('a run uses it: engine choices, ignore patterns from its folder, extensions', async () => {
    const r = await run(['--format', 'json', '.'], {
      files: {
        '../restore-text.config.json': JSON.stringify({
          minConfidence: 0.95,
          noBuiltin: true,
          ignore: ['sub/drafts/'],
          extensions: ['md'],
        }),
        'a.md': 'x',
        'b.txt': 'x',
        'drafts/c.md': 'x',
      },
    });
    expect(r.engine.choices[0]).toEqual({
      builtin: false,
      dictPaths: [],
      context: true,
      minConfidence: 0.95,
    });
    expect(JSON.parse(r.out).files.map((f: { path: string }) => f.path)).toEqual(['a.md']);
  });
});

describe('bad files: one line naming the file and the key, exit 2', () => {
  test.each([
    [
      { 'restore-text.config.json': '{"treshold": 0.9}' },
      "restore-text.config.json: unknown key 'treshold' (known: dictionaries, noBuiltin, minConfidence, context, allow, ignore, extensions, jobs)",
    ],
    [
      { 'restore-text.config.json': '{"minConfidence": 2}' },
      "restore-text.config.json: 'minConfidence' must be a number from 0 to 1",
    ],
    [
      { 'restore-text.config.json': '{"allow": "x"}' },
      "restore-text.config.json: 'allow' must be a list of strings",
    ],
    [
      { 'restore-text.config.json': '{"jobs": 0}' },
      "restore-text.config.json: 'jobs' must be a whole number of 1 or more",
    ],
    [
      { 'restore-text.config.json': '{"noBuiltin": ["nope"]}' },
      "restore-text.config.json: 'noBuiltin' names an unknown built-in dictionary 'nope' (known: tortured-phrases, news-spinner, news-spinner-words, wordnet-spinner)",
    ],
    [
      { 'restore-text.config.json': '[1]' },
      'restore-text.config.json: the configuration must be a JSON object',
    ],
    [
      { '.restoretextrc.json': '{"allow": [}' },
      '.restoretextrc.json: not valid JSON (Unexpected token \'}\', "{"allow": [}" is not valid JSON)',
    ],
    [
      { '../package.json': '{"restore-text": {"extensions": []}}' },
      '../package.json: "restore-text": \'extensions\' must be a non-empty list of extensions',
    ],
  ])('%j', async (files, message) => {
    const r = await run(['a.txt'], { files: { ...files, 'a.txt': 'x' } });
    expect([r.code, r.err, r.out]).toEqual([2, `restore-text: ${message}\n`, '']);
  });

  test('--config with a missing file', async () => {
    const r = await run(['--config', 'nope.json', 'a.txt'], { files: { 'a.txt': 'x' } });
    expect([r.code, r.err]).toEqual([
      2,
      'restore-text: nope.json: cannot read the configuration file\n',
    ]);
  });
});
