// --jobs: the inputs restored by worker threads, each loading the engine once; the reports come
// out in input order all the same. A file's report is written as it is made while the file is
// the next to report; the reports of files done ahead of it wait (at most WINDOW_PER_JOB files a
// worker ahead, so that what waits stays small).
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../../paths.js';
import { CliError, EXIT_ERROR } from '../errors.js';
import type { Input } from '../files.js';
import type { FileOutcome, RunContext } from '../stream/restoreInput.js';
import type { Piece, WorkerMessage, WorkerSetup } from './protocol.js';

const WINDOW_PER_JOB = 4;
/** Inputs sent to a worker before it has finished the first (it never waits for the next). */
const AHEAD = 2;

/** The built worker (under vitest too: the tests run after `npm run build`). */
function workerPath(): string {
  return join(packageRoot(), 'dist', 'src', 'cli', 'workers', 'worker.js');
}

interface Waiting {
  readonly out: Piece[];
  done?: FileOutcome | null;
}

export function restoreInPool(
  ctx: Omit<RunContext, 'restoreOptions'>,
  inputs: readonly Input[],
  jobs: number,
  done: (file: FileOutcome) => void,
): Promise<void> {
  const setup: WorkerSetup = {
    cwd: ctx.io.cwd,
    env: { ...ctx.io.env },
    options: ctx.options,
    chalkLevel: ctx.chalk.level,
  };
  const workers = Array.from(
    { length: Math.min(jobs, inputs.length) },
    () => new Worker(workerPath(), { workerData: setup }),
  );
  const window = jobs * WINDOW_PER_JOB;
  const waiting = new Map<number, Waiting>();
  /** One entry per input a worker can take now (AHEAD per worker at first). */
  const idle: Worker[] = [];
  let next = 0;
  let current = 0;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (err?: Error): void => {
      if (settled) return;
      settled = true;
      void Promise.all(workers.map((w) => w.terminate())).then(() =>
        err === undefined ? resolve() : reject(err),
      );
    };
    const write = (kind: 'stdout' | 'stderr', text: string): void =>
      kind === 'stdout' ? ctx.io.stdout(text) : ctx.io.stderr(text);
    const dispatch = (): void => {
      while (idle.length > 0 && next < inputs.length && next < current + window) {
        const worker = idle.shift() as Worker;
        waiting.set(next, { out: [] });
        worker.postMessage({ index: next, input: inputs[next] });
        next++;
      }
    };
    /** Report the files done in order, from `current` on; the next one's pieces are written live. */
    const advance = (): void => {
      for (let w = waiting.get(current); w?.done !== undefined; w = waiting.get(current)) {
        if (w.done !== null) done(w.done);
        waiting.delete(current++);
        for (const piece of waiting.get(current)?.out.splice(0) ?? [])
          write(piece.kind, piece.text);
      }
      if (current >= inputs.length) finish();
    };
    const onMessage = (worker: Worker, m: WorkerMessage): void => {
      if (m.kind === 'failed') return finish(new CliError(m.message, EXIT_ERROR));
      const w = waiting.get(m.index);
      if (w === undefined) return;
      if (m.index === current) for (const p of m.pieces) write(p.kind, p.text);
      else w.out.push(...m.pieces);
      if (m.kind === 'done') {
        w.done = m.file;
        idle.push(worker);
        advance();
        dispatch();
      }
    };
    for (const worker of workers) {
      worker.on('message', (m: WorkerMessage) => onMessage(worker, m));
      worker.on('error', (err) => finish(err));
      worker.on('exit', (code) => {
        if (!settled)
          finish(new CliError(`internal error: a worker thread exited (${code})`, EXIT_ERROR));
      });
    }
    for (let k = 0; k < AHEAD; k++) idle.push(...workers);
    dispatch();
  });
}
