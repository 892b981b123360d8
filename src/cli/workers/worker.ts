// A worker thread of --jobs: loads the engine once, then restores the inputs it is sent, one at
// a time, posting each one's report (in pieces, as restoreInput makes them) and its outcome.
import { Chalk } from 'chalk';
import { parentPort, workerData } from 'node:worker_threads';
import { loadEngine } from '../engineLoader.js';
import { nodeIo } from '../nodeIo.js';
import { engineOptions } from '../run.js';
import { restoreInput, type RunContext } from '../stream/restoreInput.js';
import type { Job, Piece, WorkerMessage, WorkerSetup } from './protocol.js';

/** Report characters a worker gathers before it sends them. */
const FLUSH_CHARS = 64 * 1024;

const port = parentPort;
const setup = workerData as WorkerSetup;

function post(message: WorkerMessage): void {
  port?.postMessage(message);
}

async function failed(err: unknown, io: RunContext['io']): Promise<void> {
  const known = (await import('../dataError.js')).dataErrorMessage(io, err);
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  post({ kind: 'failed', message: known ?? `internal error: ${detail}` });
}

async function start(): Promise<void> {
  const io = nodeIo({ cwd: setup.cwd, env: setup.env, stdout: () => {}, stderr: () => {} });
  let ctx: RunContext;
  try {
    const engine = await loadEngine();
    const restoreOptions = engineOptions(io, engine, setup.options);
    const chalk = new Chalk({ level: setup.chalkLevel });
    ctx = { io, engine, restoreOptions, options: setup.options, chalk };
  } catch (err) {
    await failed(err, io);
    return;
  }
  // Jobs run one after another (the main thread sends a few ahead, so no worker waits for it).
  let queue = Promise.resolve();
  port?.on('message', (job: Job) => {
    queue = queue.then(() => run(ctx, job));
  });
}

/** Restores one input, posting its report in pieces of at most FLUSH_CHARS characters. */
async function run(ctx: RunContext, job: Job): Promise<void> {
  let pieces: Piece[] = [];
  let size = 0;
  const add = (kind: Piece['kind'], text: string): void => {
    pieces.push({ kind, text });
    size += text.length;
    if (size < FLUSH_CHARS) return;
    post({ kind: 'pieces', index: job.index, pieces });
    pieces = [];
    size = 0;
  };
  const sink = { stdout: (t: string) => add('stdout', t), stderr: (t: string) => add('stderr', t) };
  try {
    const file = await restoreInput(ctx, job.input, sink);
    post({ kind: 'done', index: job.index, pieces, file: file ?? null });
  } catch (err) {
    await failed(err, ctx.io);
  }
}

await start();
