// Helpers of the reliability suite: a temporary folder per test with fixtures generated at test
// time, the CLI run in-process (main with the real Io) or as a process (signals, FIFOs, stdin).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { nodeIo } from '../../src/cli/nodeIo.js';
import { packageRoot } from '../../src/paths.js';

export const BIN = join(packageRoot(), 'bin', 'restore-text.js');

/** A small dictionary, so that the CLI runs without the context engine in milliseconds. */
export const WORDS =
  "informed\ttold\t-\ttest\t0.9\nassume tank\tthink tank\t-\ttest\t0.95\nbosom peril\tbreast cancer\tsuggest\ttest\t0.9\nwill not\twon't\t-\ttest\t0.9\n";
export const ENGINE = ['--no-builtin', '--no-context', '--dict', 'words.tsv'];

const made: string[] = [];

/** A fresh folder holding `files` (and words.tsv); removed by cleanUp(). */
export function folder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'restore-text-rel-'));
  made.push(dir);
  writeFileSync(join(dir, 'words.tsv'), WORDS);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export function cleanUp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** main() in this process, against the real file system. */
export async function run(cwd: string, argv: readonly string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io = nodeIo({
    cwd,
    env: {},
    stdoutIsTTY: false,
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
  });
  const code = await main([...argv], io);
  return { code, out, err };
}

/** The built CLI as a process. */
export function spawn(
  cwd: string,
  argv: readonly string[],
  input?: string | Uint8Array,
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...argv], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
}
