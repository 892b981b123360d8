// The full engine's worker threads get a limited heap (src/cli/workers/pool.ts), with room for
// what a run keeps until a file ends (JSON findings, --write's output) in proportion to the
// largest input.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { WORKER_OLD_SPACE_MB, workerLimits } from '../../src/cli/workers/pool.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('the limit grows with the largest input only when the run keeps findings or outputs', () => {
  dir = mkdtempSync(join(tmpdir(), 'restore-text-limits-'));
  const small = join(dir, 'small.txt');
  const big = join(dir, 'big.txt');
  writeFileSync(small, 'plain words\n');
  writeFileSync(big, 'x'.repeat(2_000_000));
  const inputs = [
    { path: 'small.txt', abs: small, explicit: true },
    { path: 'big.txt', abs: big, explicit: true },
    { path: 'gone.txt', abs: join(dir, 'gone.txt'), explicit: true },
  ];
  const text = { format: 'text', write: false } as const;
  expect(workerLimits(inputs, text)).toEqual({ maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB });
  const json = workerLimits(inputs, { format: 'json', write: false });
  expect(json).toEqual({ maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB + 32 });
  expect(workerLimits(inputs, { format: 'text', write: true })).toEqual(json);
  expect(workerLimits(inputs.slice(0, 1), { format: 'json', write: false })).toEqual({
    maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB + 1,
  });
});
