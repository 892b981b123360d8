// --jsonl (src/cli/stream/jsonl.ts) with the stand-in engine: one result line per document, in
// order; malformed lines reported with their number while the stream goes on.
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeEngine } from './fakeEngine.js';
import { memoryIo, type MemoryIoOptions } from './memoryIo.js';

async function run(argv: string[], options: MemoryIoOptions = {}) {
  const io = memoryIo(options);
  const code = await main(argv, io, () => Promise.resolve(fakeEngine()));
  const lines = io
    .out()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, lines, err: io.err() };
}

const doc = (id: unknown, text: string): string => JSON.stringify({ id, text });

describe('--jsonl', () => {
  test('one result line per document, in input order, with the verdict', async () => {
    const stdin = [doc('a', 'He informed us.'), doc(2, 'Nothing here.')].join('\n');
    const r = await run(['--jsonl'], { stdin });
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.lines).toEqual([
      {
        version: 1,
        id: 'a',
        verdict: 'suspicious',
        words: 3,
        applied: 1,
        suggestions: 0,
        edits: [
          {
            line: 1,
            column: 4,
            endLine: 1,
            endColumn: 12,
            span: [3, 11],
            actual: 'informed',
            text: 'told',
            confidence: 0.9,
            source: 'fake',
            applied: true,
            suggestOnly: false,
          },
        ],
      },
      { version: 1, id: 2, verdict: 'clean', words: 2, applied: 0, suggestions: 0, edits: [] },
    ]);
  });

  test('a malformed line is reported with its number; the stream goes on; exit 2', async () => {
    const stdin = [
      doc(1, 'informed'),
      '{"id": 2, "text": ',
      '',
      '["not", "an object"]',
      doc(3, 'informed'),
    ].join('\r\n');
    const r = await run(['--jsonl'], { stdin });
    expect(r.lines.map((l) => l['id'])).toEqual([1, 3]);
    expect(r.err.split('\n')).toEqual([
      expect.stringMatching(/^restore-text: <stdin>:2: not JSON \(.+\)$/),
      'restore-text: <stdin>:4: expected an object {"id": …, "text": "…"} with a string "text"',
      '',
    ]);
    expect(r.code).toBe(2);
  });

  test('a line that is not UTF-8', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${doc(1, 'x')}\n`), 0xff, 0x0a]);
    const r = await run(['--jsonl'], { stdin: bytes });
    expect(r.lines.map((l) => l['id'])).toEqual([1]);
    expect(r.err).toBe('restore-text: <stdin>:2: not valid UTF-8\n');
    expect(r.code).toBe(2);
  });

  test('--print adds the restored text; no id gives null', async () => {
    const r = await run(['--jsonl', '--print'], { stdin: '{"text": "they informed us"}\n' });
    expect(r.lines[0]).toMatchObject({ id: null, output: 'they told us' });
  });

  test('files instead of standard input, and --check', async () => {
    const files = { 'a.jsonl': `${doc(1, 'fine')}\n`, 'b.jsonl': `${doc(2, 'informed')}\n` };
    const r = await run(['--jsonl', '--check', 'a.jsonl', 'b.jsonl'], { files });
    expect(r.lines.map((l) => l['id'])).toEqual([1, 2]);
    expect(r.code).toBe(1);
  });

  test.each([
    [['--jsonl', '--write', 'a.jsonl'], 'restore-text: --jsonl and --write cannot be combined\n'],
    [['--jsonl', '-f', 'json'], 'restore-text: --jsonl and --format cannot be combined\n'],
  ])('usage error: %s', async (argv, message) => {
    const r = await run(argv);
    expect(r.err).toBe(message);
    expect(r.code).toBe(2);
  });
});
