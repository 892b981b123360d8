// All the inputs of a run, in input order: one after another in this thread, or spread over
// worker threads (--jobs) with their reports still written in input order.
import type { Input } from '../files.js';
import { restoreInput, type FileOutcome, type RunContext } from '../stream/restoreInput.js';

export async function restoreInputs(
  ctx: RunContext,
  inputs: readonly Input[],
  done: (file: FileOutcome) => void,
): Promise<void> {
  const sink = { stdout: (t: string) => ctx.io.stdout(t), stderr: (t: string) => ctx.io.stderr(t) };
  for (const input of inputs) {
    const file = await restoreInput(ctx, input, sink);
    if (file !== undefined) done(file);
  }
}
