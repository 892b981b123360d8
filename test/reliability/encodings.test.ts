// Defect 6 (issue 15): UTF-16 was reported as "binary" and skipped silently in folders. Bad
// encodings and line endings: every text is read, restored and written back in its own form.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { decodeText, encodeText } from '../../src/cli/textEncoding.js';
import { cleanUp, ENGINE, folder, run } from './harness.js';

afterEach(cleanUp);

const utf16le = (s: string): Uint8Array => new Uint8Array(Buffer.from(`\ufeff${s}`, 'utf16le'));
const utf16be = (s: string): Uint8Array => {
  const le = Buffer.from(`\ufeff${s}`, 'utf16le');
  return new Uint8Array(le.swap16());
};

describe('defect 6: UTF-16 with a byte order mark is read and written back as UTF-16', () => {
  test.each([
    ['UTF-16LE', utf16le],
    ['UTF-16BE', utf16be],
  ])('%s: restored in place, BOM and encoding kept', async (_name, encode) => {
    const dir = folder({ 'a.txt': encode('He informed us 😀.\r\n') });
    const r = await run(dir, [...ENGINE, '--write', 'a.txt']);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(new Uint8Array(readFileSync(join(dir, 'a.txt')))).toEqual(encode('He told us 😀.\r\n'));
  });

  test('in a folder, UTF-16 files are processed, not skipped', async () => {
    const dir = folder({
      'docs/a.txt': utf16le('He informed us.'),
      'docs/b.txt': 'He informed us.',
    });
    const r = await run(dir, [...ENGINE, 'docs']);
    expect(r.err).toBe('');
    expect(r.out).toContain('docs/a.txt:1:4  informed -> told');
    expect(r.out).toContain('docs/b.txt:1:4  informed -> told');
    expect(r.out).toContain('2 files, 2 findings, 2 fixable');
  });
});

describe('encodings that are refused name their reason', () => {
  test.each([
    [
      'UTF-32LE',
      new Uint8Array([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]),
      'UTF-32 text is not supported, skipped',
    ],
    [
      'UTF-16 without a byte order mark',
      new Uint8Array(Buffer.from('He informed us of it.', 'utf16le')),
      'looks like UTF-16 without a byte order mark (not supported), skipped',
    ],
    ['Latin-1', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'not valid UTF-8, skipped'],
    [
      'UTF-16 with an odd length',
      new Uint8Array([0xff, 0xfe, 0x61]),
      'not valid UTF-16 (it starts with a UTF-16 byte order mark), skipped',
    ],
    [
      'UTF-16 with a lone surrogate',
      new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x61, 0]),
      'not valid UTF-16 (it starts with a UTF-16 byte order mark), skipped',
    ],
    [
      'binary',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
      'binary file (contains NUL bytes), skipped',
    ],
  ])('%s: exit 2, the file named, left alone', async (_name, bytes, reason) => {
    const dir = folder({ 'x.txt': bytes, 'ok.txt': 'He informed us.' });
    const r = await run(dir, [...ENGINE, '--write', 'x.txt', 'ok.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`restore-text: x.txt: ${reason}\n`);
    expect(new Uint8Array(readFileSync(join(dir, 'x.txt')))).toEqual(bytes);
    expect(readFileSync(join(dir, 'ok.txt'), 'utf8')).toBe('He told us.');
  });

  // (merged with issue 16's folder walk: a binary file met there is listed under "Skipped:")
  test('in a folder, a binary file is skipped and listed and a UTF-32 file an error', async () => {
    const dir = folder({
      'd/bin.txt': new Uint8Array([0x89, 0x50, 0, 0, 1]),
      'd/wide.txt': new Uint8Array([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]),
    });
    const r = await run(dir, [...ENGINE, 'd']);
    expect(r.err).toBe('restore-text: d/wide.txt: UTF-32 text is not supported, skipped\n');
    expect(r.out).toContain('Skipped:\n  d/bin.txt: binary file, skipped\n');
    expect(r.code).toBe(2);
  });
});

describe('line endings and byte order marks are kept byte for byte', () => {
  test.each([
    ['LF', 'He informed us.\nThe assume tank.\n'],
    ['CRLF', 'He informed us.\r\nThe assume tank.\r\n'],
    ['CR', 'He informed us.\rThe assume tank.\r'],
    ['mixed', 'He informed us.\r\nThe assume tank.\nEnd\r'],
    ['no final line break', 'He informed us.'],
    ['UTF-8 BOM', '\ufeffHe informed us.\r\n'],
    ['a phrase across a CRLF', 'The assume\r\ntank.\r\n'],
  ])('%s', async (_name, text) => {
    const dir = folder({ 'a.txt': text });
    await run(dir, [...ENGINE, '--write', 'a.txt']);
    const expected = text
      .replace('informed', 'told')
      .replace('assume tank', 'think tank')
      .replace('assume\r\ntank', 'think\r\ntank');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(expected);
  });
});

describe('decodeText / encodeText round trip', () => {
  test.each([
    ['utf-8', new TextEncoder().encode('\ufeffa 😀 b')],
    ['utf-16le', utf16le('a 😀 b\r\n')],
    ['utf-16be', utf16be('a 😀 b\r\n')],
  ])('%s', (encoding, bytes) => {
    const d = decodeText(bytes);
    expect(d.ok && d.encoding).toBe(encoding);
    if (d.ok) expect(encodeText(d.text, d.encoding)).toEqual(bytes);
  });
});
