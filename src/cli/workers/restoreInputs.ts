// All the inputs of a run, in input order: one after another in this thread, or spread over
// worker threads (--jobs, pool.ts) with their reports still written in input order. Threads are
// used for two inputs or more, from files (not standard input), with the shipped engine.
import type { RestoreOptions } from '../../types.js';
import type { Input } from '../files.js';
import { boundHeapGrowth } from '../heap.js';
import { restoreInput, type FileOutcome, type RunContext } from '../stream/restoreInput.js';

/**
 * `restoreOptions` makes the engine's options (dictionaries loaded): in this thread only when
 * the inputs are restored here (each worker makes its own).
 */
export async function restoreInputs(
  base: Omit<RunContext, 'restoreOptions'>,
  restoreOptions: () => RestoreOptions,
  inputs: readonly Input[],
  done: (file: FileOutcome) => void,
): Promise<void> {
  const { io, engine, options } = base;
  // The full engine's garbage, collected sooner (heap.ts); the shipped engine only (not tests' fakes).
  if (options.context && engine.threadSafe === true) boundHeapGrowth();
  const threads =
    options.jobs > 1 &&
    inputs.length > 1 &&
    io.workerThreads === true &&
    engine.threadSafe === true &&
    inputs.every((i) => i.abs !== undefined);
  if (threads) {
    const { restoreInPool } = await import('./pool.js');
    return restoreInPool(base, inputs, options.jobs, done);
  }
  const ctx: RunContext = { ...base, restoreOptions: restoreOptions() };
  const sink = { stdout: (t: string) => io.stdout(t), stderr: (t: string) => io.stderr(t) };
  for (const input of inputs) {
    const file = await restoreInput(ctx, input, sink);
    if (file !== undefined) done(file);
  }
}
