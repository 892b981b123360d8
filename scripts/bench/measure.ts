// One command timed as a user feels it: a whole child process, from its start to its exit, by
// /usr/bin/time (Debian package `time`): wall, user and system seconds and the peak resident
// set. Its output goes to /dev/null. Repeated runs give the median of each figure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';

export interface Sample {
  readonly wall: number;
  /** user + system seconds */
  readonly cpu: number;
  /** peak resident set, MB (undefined without /usr/bin/time) */
  readonly rssMb?: number;
  /** false: exited with an error, or killed at the timeout */
  readonly ok: boolean;
  readonly timedOut: boolean;
}

export interface Measured {
  readonly runs: number;
  readonly wall: number;
  readonly cpu: number;
  readonly rssMb?: number;
  readonly ok: boolean;
  readonly timedOut: boolean;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Exit codes that are not failures (restore-text: 0; 1 is --check with findings). */
const OK_CODES = new Set([0, 1]);

export interface MeasureOptions {
  readonly cwd: string;
  readonly runs: number;
  readonly timeoutS: number;
  /** Any exit status is a finished run (codespell exits 65 when it finds something). */
  readonly anyStatus?: boolean;
}

function once(command: string, args: readonly string[], options: MeasureOptions): Sample {
  const { cwd, timeoutS } = options;
  const okStatus = (status: number | null): boolean =>
    status !== null && (options.anyStatus === true || OK_CODES.has(status));
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const out = join(dir, 'time.txt');
  try {
    const haveTime = existsSync(TIME);
    const t0 = process.hrtime.bigint();
    const r = haveTime
      ? spawnSync(TIME, ['-o', out, '-f', '%e %U %S %M', command, ...args], {
          cwd,
          stdio: ['ignore', 'ignore', 'ignore'],
          timeout: timeoutS * 1000,
          killSignal: 'SIGKILL',
        })
      : spawnSync(command, args, {
          cwd,
          stdio: ['ignore', 'ignore', 'ignore'],
          timeout: timeoutS * 1000,
          killSignal: 'SIGKILL',
        });
    const wallClock = Number(process.hrtime.bigint() - t0) / 1e9;
    const timedOut = r.signal === 'SIGKILL';
    if (!haveTime || timedOut || !existsSync(out)) {
      return { wall: wallClock, cpu: NaN, ok: !timedOut && okStatus(r.status), timedOut };
    }
    const last = readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
    const [wall, user, sys, kb] = last.split(' ').map(Number);
    // /usr/bin/time exits with the command's status ("Command exited with non-zero status" line)
    return {
      wall: wall ?? wallClock,
      cpu: (user ?? NaN) + (sys ?? NaN),
      rssMb: (kb ?? NaN) / 1024,
      ok: okStatus(r.status),
      timedOut: false,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `runs` runs (fewer when one fails or times out): the median of each figure. */
export function measure(
  command: string,
  args: readonly string[],
  options: MeasureOptions,
): Measured {
  const samples: Sample[] = [];
  for (let i = 0; i < options.runs; i++) {
    const s = once(command, args, options);
    samples.push(s);
    if (!s.ok) break;
  }
  const rss = samples.map((s) => s.rssMb).filter((x): x is number => x !== undefined);
  return {
    runs: samples.length,
    wall: median(samples.map((s) => s.wall)),
    cpu: median(samples.map((s) => s.cpu)),
    ...(rss.length > 0 ? { rssMb: median(rss) } : {}),
    ok: samples.every((s) => s.ok),
    timedOut: samples.some((s) => s.timedOut),
  };
}
