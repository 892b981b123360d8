// All the inputs of a run, read and restored in input order: one after another in this thread,
// or spread over worker threads (--jobs, pool.ts). Threads are used for two inputs or more, from
// files (not standard input), with the shipped engine on the real file system.
import type { Input } from '../files.js';
import { processInput, type Processed, type RunContext } from '../processInput.js';

export async function* processInputs(
  ctx: RunContext,
  inputs: readonly Input[],
): AsyncGenerator<Processed> {
  const { io, engine, options } = ctx;
  const threads =
    options.jobs > 1 &&
    inputs.length > 1 &&
    io.workerThreads === true &&
    engine.threadSafe === true &&
    inputs.every((i) => i.abs !== undefined);
  if (threads) {
    const { processInPool } = await import('./pool.js');
    yield* processInPool(io, options, inputs, options.jobs);
    return;
  }
  for (const input of inputs) yield await processInput(ctx, input);
}
