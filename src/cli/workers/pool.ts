// --jobs: the inputs restored by worker threads, each loading the engine once; the reports come
// out in input order all the same. A file's report is written as it is made while the file is
// the next to report; the reports of files done ahead of it wait (at most WINDOW_PER_JOB files a
// worker ahead, so that what waits stays small).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
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

/**
 * The old generation a worker's heap may grow to, in MB. Left alone, V8 lets the heap grow to
 * several times what is live before it collects the old generation: the full engine's decoding
 * passes make garbage fast, and a 1 MB input peaked at about 1 GB of RSS with about 100 MB live.
 * Under this limit V8 collects sooner; the engine's data and a section's decoding stay well below
 * it (about 105 MB live at most for a 128K-character section).
 */
export const WORKER_OLD_SPACE_MB = 256;
/** Room for what a file's run keeps until it ends, per MB of input: JSON findings, --write's output. */
const KEPT_MB_PER_INPUT_MB = 16;

/** A worker's limits for these inputs: more room when the run keeps findings or outputs. */
export function workerLimits(
  inputs: readonly Input[],
  options: Pick<RunContext['options'], 'format' | 'write'>,
): ResourceLimits {
  let largest = 0;
  if (options.format === 'json' || options.write) {
    for (const input of inputs) {
      if (input.abs === undefined) continue;
      try {
        largest = Math.max(largest, statSync(input.abs).size);
      } catch {
        // Reported when the worker reads it.
      }
    }
  }
  const kept = Math.ceil((largest / 1_000_000) * KEPT_MB_PER_INPUT_MB);
  return { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB + kept };
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
  const resourceLimits = workerLimits(inputs, ctx.options);
  const workers = Array.from(
    { length: Math.min(jobs, inputs.length) },
    () => new Worker(workerPath(), { workerData: setup, resourceLimits }),
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
      worker.on('error', (err) => {
        const code = (err as { code?: unknown }).code;
        if (code !== 'ERR_WORKER_OUT_OF_MEMORY') return finish(err);
        const limit = resourceLimits.maxOldGenerationSizeMb ?? WORKER_OLD_SPACE_MB;
        finish(new CliError(`internal error: the engine needed more than ${limit} MB`, EXIT_ERROR));
      });
      worker.on('exit', (code) => {
        if (!settled)
          finish(new CliError(`internal error: a worker thread exited (${code})`, EXIT_ERROR));
      });
    }
    for (let k = 0; k < AHEAD; k++) idle.push(...workers);
    dispatch();
  });
}
