// With the real engine on the real spun example: --write, then --check passes, and the file
// changed only where edits were applied.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { nodeIo } from '../../../src/cli/nodeIo.js';
import { packageRoot } from '../../../src/paths.js';

test('--write then --check exits 0 on examples/npr-spun.txt', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'restore-text-'));
  const file = join(dir, 'npr-spun.txt');
  copyFileSync(join(packageRoot(), 'examples', 'npr-spun.txt'), file);
  const before = readFileSync(file, 'utf8');
  const quiet = { stdout: () => undefined, stderr: () => undefined, cwd: dir, env: {} };
  expect(await main(['--check', 'npr-spun.txt'], nodeIo(quiet))).toBe(1);
  expect(await main(['--write', 'npr-spun.txt'], nodeIo(quiet))).toBe(0);
  const after = readFileSync(file, 'utf8');
  expect(after).not.toBe(before);
  expect(after.split('\n').length).toBe(before.split('\n').length);
  expect(await main(['--check', 'npr-spun.txt'], nodeIo(quiet))).toBe(0);
});
