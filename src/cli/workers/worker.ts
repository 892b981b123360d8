// A worker thread of --jobs: loads the engine once, then reads and restores the inputs it is
// sent (processInput), one at a time, posting each one's result; the main thread reviews, writes
// and reports them in input order.
import { parentPort, workerData } from 'node:worker_threads';
import { loadEngine, restoreOptionsFor } from '../engineLoader.js';
import { nodeIo } from '../nodeIo.js';
import { processInput, type RunContext } from '../processInput.js';
import type { Job, WorkerMessage, WorkerSetup } from './protocol.js';

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
  let stderr = '';
  const io = nodeIo({
    cwd: setup.cwd,
    env: setup.env,
    stdout: () => undefined,
    stderr: (t) => void (stderr += t),
  });
  let ctx: RunContext;
  try {
    const engine = await loadEngine();
    const restoreOptions = restoreOptionsFor(io, engine, setup.options);
    const note = (path: string, text: string): void =>
      io.stderr(`restore-text: ${path}: ${text}\n`);
    ctx = { io, engine, restoreOptions, options: setup.options, cleaned: new Set(), note };
  } catch (err) {
    await failed(err, io);
    return;
  }
  const run = async (job: Job): Promise<void> => {
    try {
      const processed = await processInput(ctx, job.input);
      post({ kind: 'done', index: job.index, processed, stderr });
    } catch (err) {
      await failed(err, ctx.io);
    } finally {
      stderr = '';
    }
  };
  // Jobs run one after another (the main thread sends a few ahead, so no worker waits for it).
  let queue = Promise.resolve();
  port?.on('message', (job: Job) => {
    queue = queue.then(() => run(job));
  });
}

await start();
