// The interactive review in a real pseudo-terminal: the built binary runs inside tmux, keys are
// typed with send-keys (y, e with the line editor, n) and the screen is read with capture-pane,
// as a user would see it. Skipped, saying so, only where tmux cannot be found (.ci/run installs
// it). Nothing here measures time: the test waits for what the screen shows.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, BIN } from './builtBinary.js';

const HAVE_TMUX = spawnSync('tmux', ['-V']).status === 0;
if (!HAVE_TMUX)
  console.warn('reviewTmux.test.ts: tmux not found on PATH, the pseudo-terminal test is skipped');

const SOCKET = `restore-text-test-${process.pid}`;
const dir = mkdtempSync(join(tmpdir(), 'restore-text-tmux-'));
const tmux = (...args: string[]) =>
  execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'review');

beforeAll(assertBuilt);
afterAll(() => {
  if (HAVE_TMUX) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  rmSync(dir, { recursive: true, force: true });
});

/** Waits until the screen shows `text` (up to 30 s), then returns the screen. */
async function waitFor(text: string): Promise<string> {
  for (let i = 0; i < 300; i++) {
    const shown = screen();
    if (shown.includes(text)) return shown;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the screen never showed ${JSON.stringify(text)}:\n${screen()}`);
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe.runIf(HAVE_TMUX)('review in tmux', () => {
  test('y, e (edit in the line editor), n: the screen and the file', async () => {
    writeFileSync(
      join(dir, 'words.tsv'),
      'informed\ttold\t-\ttest\t0.9\nassume tank\tthink tank\t-\ttest\t0.95\nbosom peril\tbreast cancer\tsuggest\ttest\t0.9\n',
    );
    writeFileSync(join(dir, 'paper.txt'), 'He informed us.\nA assume tank.\nThe bosom peril.\n');
    const command = `env -i PATH="$PATH" TERM=xterm NO_COLOR=1 ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} -i --no-builtin --no-context --dict words.tsv paper.txt; echo "exit code $?"; sleep 600`;
    tmux('new-session', '-d', '-s', 'review', '-x', '100', '-y', '40', '-c', dir, command);

    let shown = await waitFor('Restore? [');
    expect(shown).toContain('paper.txt:1:4  (1 of 3)');
    expect(shown).toContain('  He informed us.');
    expect(shown).toContain('  informed -> told  confidence 0.90, words');
    tmux('send-keys', '-t', 'review', 'y');

    shown = await waitFor('paper.txt:2:3  (2 of 3)');
    expect(shown).toContain('  assume tank -> think tank  confidence 0.95, words');
    tmux('send-keys', '-t', 'review', 'e');
    await waitFor('replacement: think tank');
    tmux(
      'send-keys',
      '-t',
      'review',
      'BSpace',
      'BSpace',
      'BSpace',
      'BSpace',
      'BSpace',
      'BSpace',
      'BSpace',
      'BSpace',
      'BSpace',
      'BSpace',
    );
    tmux('send-keys', '-t', 'review', '-l', 'thinking tank');
    tmux('send-keys', '-t', 'review', 'Enter');

    shown = await waitFor('paper.txt:3:5  (3 of 3)');
    expect(shown).toContain('[suggestion: not applied by --write]');
    tmux('send-keys', '-t', 'review', 'n');

    shown = await waitFor('exit code');
    expect(shown).toContain('review: 2 accepted, 1 rejected');
    expect(shown).toContain('1 file, 3 findings, 2 fixed, 1 file written');
    expect(shown).toContain('exit code 0');
    expect(count(shown, 'Restore? [')).toBe(3);
    expect(readFileSync(join(dir, 'paper.txt'), 'utf8')).toBe(
      'He told us.\nA thinking tank.\nThe bosom peril.\n',
    );
  });
});
