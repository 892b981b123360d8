// --jobs: the inputs read and restored by worker threads, each loading the engine once; the
// results come out in input order all the same (at most WINDOW_PER_JOB inputs a worker ahead of
// the one the run is at, so that what waits stays small).
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../../paths.js';
import { CliError, EXIT_ERROR } from '../errors.js';
import type { Input } from '../files.js';
import type { Io } from '../io.js';
import type { CliOptions } from '../options.js';
import type { Processed } from '../processInput.js';
import type { WorkerMessage, WorkerSetup } from './protocol.js';

const WINDOW_PER_JOB = 4;
/** Inputs sent to a worker before it has finished the first (it never waits for the next). */
const AHEAD = 2;

/** The built worker (under vitest too: the tests run after `npm run build`). */
function workerPath(): string {
  return join(packageRoot(), 'dist', 'src', 'cli', 'workers', 'worker.js');
}

/** The inputs' results in input order, restored by `jobs` worker threads. */
export async function* processInPool(
  io: Io,
  options: CliOptions,
  inputs: readonly Input[],
  jobs: number,
): AsyncGenerator<Processed> {
  const setup: WorkerSetup = { cwd: io.cwd, env: { ...io.env }, options };
  const workers = Array.from(
    { length: Math.min(jobs, inputs.length) },
    () => new Worker(workerPath(), { workerData: setup }),
  );
  const window = jobs * WINDOW_PER_JOB;
  const done = new Map<number, { processed: Processed; stderr: string }>();
  const idle: Worker[] = [];
  let next = 0;
  let current = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    wake?.();
    wake = undefined;
  };
  const dispatch = (): void => {
    while (idle.length > 0 && next < inputs.length && next < current + window) {
      (idle.shift() as Worker).postMessage({ index: next, input: inputs[next] });
      next++;
    }
  };
  for (const worker of workers) {
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'failed') failure ??= new CliError(m.message, EXIT_ERROR);
      else {
        done.set(m.index, { processed: m.processed, stderr: m.stderr });
        idle.push(worker);
        dispatch();
      }
      signal();
    });
    worker.on('error', (err) => {
      failure ??= err;
      signal();
    });
    worker.on('exit', (code) => {
      if (current < inputs.length)
        failure ??= new CliError(`internal error: a worker thread exited (${code})`, EXIT_ERROR);
      signal();
    });
  }
  for (let k = 0; k < AHEAD; k++) idle.push(...workers);
  dispatch();
  try {
    while (current < inputs.length) {
      const ready = done.get(current);
      if (ready === undefined) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      done.delete(current++);
      dispatch();
      if (ready.stderr !== '') io.stderr(ready.stderr);
      yield ready.processed;
    }
  } finally {
    current = inputs.length;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
