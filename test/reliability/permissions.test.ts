// Defect 7 (issue 15): --write overwrote read-only files, reset owner and group, broke hard
// links. Permissions, owners, links and files that change under the run.
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { writeSafely, type WriteGuard } from '../../src/cli/safeWrite.js';
import { cleanUp, ENGINE, folder, run } from './harness.js';

afterEach(cleanUp);

const asRoot = process.getuid?.() === 0;
const guard: WriteGuard = {
  pid: process.pid,
  track: () => undefined,
  untrack: () => undefined,
  hold: (work) => work(),
  alive: () => false,
};

describe('defect 7: read-only files', () => {
  test('skipped with a message and exit 2; the file is left as it was', async () => {
    const dir = folder({ 'ro.txt': 'He informed us.\n', 'rw.txt': 'He informed us.\n' });
    chmodSync(join(dir, 'ro.txt'), 0o444);
    const r = await run(dir, [...ENGINE, '--write', 'ro.txt', 'rw.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('restore-text: ro.txt: read-only: not written (--force writes it)\n');
    expect(readFileSync(join(dir, 'ro.txt'), 'utf8')).toBe('He informed us.\n');
    expect(readFileSync(join(dir, 'rw.txt'), 'utf8')).toBe('He told us.\n');
  });

  test('--force writes it and keeps its mode', async () => {
    const dir = folder({ 'ro.txt': 'He informed us.\n' });
    chmodSync(join(dir, 'ro.txt'), 0o444);
    const r = await run(dir, [...ENGINE, '--write', '--force', 'ro.txt']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'ro.txt'), 'utf8')).toBe('He told us.\n');
    expect(statSync(join(dir, 'ro.txt')).mode & 0o777).toBe(0o444);
  });
});

describe.runIf(asRoot)('defect 7: owner and group are kept', () => {
  test('a file owned by another user and group keeps them', async () => {
    const dir = folder({ 'a.txt': 'He informed us.\n' });
    chownSync(join(dir, 'a.txt'), 1234, 5678);
    await run(dir, [...ENGINE, '--write', 'a.txt']);
    const s = statSync(join(dir, 'a.txt'));
    expect([s.uid, s.gid, readFileSync(join(dir, 'a.txt'), 'utf8')]).toEqual([
      1234,
      5678,
      'He told us.\n',
    ]);
  });
});

describe('defect 7: hard links', () => {
  test('every name still shows the same, restored content; no copy is left', async () => {
    const dir = folder({ 'a.txt': 'He informed us.\n' });
    linkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    const before = statSync(join(dir, 'a.txt'));
    const r = await run(dir, [...ENGINE, '--write', 'a.txt']);
    expect(r.code).toBe(0);
    const after = statSync(join(dir, 'a.txt'));
    expect([after.ino, after.nlink, after.mode]).toEqual([before.ino, 2, before.mode]);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('He told us.\n');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt', 'words.tsv']);
  });
});

describe('symbolic links', () => {
  test('a link to a file: the target is rewritten, the link stays a link', async () => {
    const dir = folder({ 'real/a.txt': 'He informed us.\n' });
    symlinkSync(join(dir, 'real/a.txt'), join(dir, 'link.txt'));
    await run(dir, [...ENGINE, '--write', 'link.txt']);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe(join(dir, 'real/a.txt'));
    expect(readFileSync(join(dir, 'real/a.txt'), 'utf8')).toBe('He told us.\n');
  });

  test('a dangling link named on the command line: an error, exit 2', async () => {
    const dir = folder();
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    const r = await run(dir, [...ENGINE, 'dangling.txt']);
    expect([r.code, r.err]).toEqual([2, 'restore-text: dangling.txt: no such file or directory\n']);
  });
});

describe('a file that changes while the run works on it', () => {
  test.each([
    ['by rename', 1],
    ['in place (hard links)', 2],
  ])('%s: not written, ECHANGED, the new content kept', async (_name, links) => {
    const dir = folder({ 'a.txt': 'new content\n' });
    if (links > 1) linkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    const write = writeSafely(
      join(dir, 'a.txt'),
      new TextEncoder().encode('restored\n'),
      { expected: new TextEncoder().encode('old content\n') },
      guard,
    );
    await expect(write).rejects.toMatchObject({ code: 'ECHANGED' });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new content\n');
    expect(readdirSync(dir).filter((n) => n.startsWith('.restore-text.'))).toEqual([]);
  });
});

describe('an unwritable folder', () => {
  test.runIf(!asRoot)('the write fails with a message, the file is intact', async () => {
    const dir = folder({ 'd/a.txt': 'He informed us.\n' });
    chmodSync(join(dir, 'd'), 0o555);
    const r = await run(dir, [...ENGINE, '--write', 'd/a.txt']);
    chmodSync(join(dir, 'd'), 0o755);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'd/a.txt'), 'utf8')).toBe('He informed us.\n');
  });

  test('a file that is not there is created by writeSafely (records)', async () => {
    const dir = folder();
    await writeSafely(
      join(dir, 'new.json'),
      new TextEncoder().encode('{}'),
      { mode: 0o640 },
      guard,
    );
    expect(readFileSync(join(dir, 'new.json'), 'utf8')).toBe('{}');
    expect(statSync(join(dir, 'new.json')).mode & 0o777).toBe(0o640);
  });
});
