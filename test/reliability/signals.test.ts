// Defect 8 (issue 15): temporary files were left after SIGINT or SIGKILL. A signal removes the
// temporary file of a write in progress; an in-place write finishes before the signal acts; a
// later run removes what a killed run left (and reports, never removes, its safety copies).
import { spawn as spawnChild } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { BIN, cleanUp, ENGINE, folder, run } from './harness.js';

afterEach(cleanUp);

const NODE_IO = join(packageRoot(), 'dist', 'src', 'cli', 'nodeIo.js');

/** Run a script in a child process; it prints "ready" when the signal may come. */
function child(
  script: string,
  signal: NodeJS.Signals,
): Promise<{ signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve, reject) => {
    const p = spawnChild(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready') && !p.killed) p.kill(signal);
    });
    p.on('error', reject);
    p.on('exit', (_code, sig) => resolve({ signal: sig, out }));
  });
}

describe('defect 8: signals during a write', () => {
  test.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    '%s: the temporary file is removed, the process stops with that signal',
    async (signal) => {
      const dir = folder();
      const temp = join(dir, '.restore-text.1.000000000000.a.txt.tmp');
      const script = `
        import { writeFileSync } from 'node:fs';
        import { signalGuard } from ${JSON.stringify(NODE_IO)};
        const guard = signalGuard();
        writeFileSync(${JSON.stringify(temp)}, 'partial');
        guard.track(${JSON.stringify(temp)});
        setInterval(() => undefined, 1000);
        process.stdout.write('ready\\n');`;
      const r = await child(script, signal);
      expect(r.signal).toBe(signal);
      expect(existsSync(temp)).toBe(false);
    },
  );

  test('an in-place write holds the signal until it is done', async () => {
    const dir = folder();
    const marker = join(dir, 'done');
    const script = `
      import { writeFileSync } from 'node:fs';
      import { signalGuard } from ${JSON.stringify(NODE_IO)};
      const guard = signalGuard();
      setInterval(() => undefined, 1000);
      await guard.hold(async () => {
        process.stdout.write('ready\\n');
        await new Promise((r) => setTimeout(r, 300));
        writeFileSync(${JSON.stringify(marker)}, 'finished');
      });
      process.stdout.write('not reached\\n');`;
    const r = await child(script, 'SIGINT');
    expect(r.signal).toBe('SIGINT');
    expect(readFileSync(marker, 'utf8')).toBe('finished');
    expect(r.out).toBe('ready\n');
  });
});

describe('defect 8: leftovers of a killed run (SIGKILL cannot be caught)', () => {
  test('a later --write in the folder removes temporary files of dead runs and reports copies', async () => {
    // pid 2^22 + 1 is above Linux's pid_max default: no such process
    const dead = 4194305;
    const tmp = `.restore-text.${dead}.0123456789ab.a.txt.tmp`;
    const bak = `.restore-text.${dead}.0123456789ab.b.txt.bak`;
    const live = `.restore-text.${process.pid}.0123456789ab.c.txt.tmp`;
    const dir = folder({
      'd/a.txt': 'He informed us.\n',
      [`d/${tmp}`]: 'x',
      [`d/${bak}`]: 'y',
      [`d/${live}`]: 'z',
    });
    const r = await run(dir, [...ENGINE, '--write', 'd/a.txt']);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      [
        `restore-text: ${join(dir, 'd', tmp)}: removed: a temporary file left by an interrupted run`,
        `restore-text: ${join(dir, 'd', bak)}: a copy kept by an interrupted in-place --write: compare it with its file, then delete it`,
        '',
      ].join('\n'),
    );
    expect(readdirSync(join(dir, 'd')).sort()).toEqual([bak, live, 'a.txt'].sort());
  });

  test('a run without --write touches nothing', async () => {
    const tmp = '.restore-text.4194305.0123456789ab.a.txt.tmp';
    const dir = folder({ 'a.txt': 'He informed us.\n', [tmp]: 'x' });
    writeFileSync(join(dir, 'b.txt'), 'clean');
    await run(dir, [...ENGINE, 'a.txt']);
    expect(existsSync(join(dir, tmp))).toBe(true);
  });
});

describe('SIGINT at any moment of a real --write run', () => {
  test.each([100, 400, 900])(
    'after %d ms: the file is whole (old or new), nothing is left beside it',
    async (ms) => {
      const line = 'He informed us and left. '.repeat(80_000); // 2 MB
      const dir = folder({ 'a.txt': line });
      const result = await new Promise<NodeJS.Signals | null>((resolve) => {
        const p = spawnChild(process.execPath, [BIN, ...ENGINE, '--write', 'a.txt'], {
          cwd: dir,
          stdio: 'ignore',
        });
        setTimeout(() => p.kill('SIGINT'), ms);
        p.on('exit', (_code, signal) => resolve(signal));
      });
      expect([null, 'SIGINT']).toContain(result);
      const now = readFileSync(join(dir, 'a.txt'), 'utf8');
      expect([line, line.replaceAll('informed', 'told')]).toContain(now);
      expect(readdirSync(dir).filter((n) => n.startsWith('.restore-text.'))).toEqual([]);
    },
  );
});
