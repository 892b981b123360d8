// Messages between the main thread and the worker threads of --jobs (plain data: they are
// copied between threads).
import type { CliOptions } from '../options.js';
import type { Input } from '../files.js';
import type { Processed } from '../processInput.js';

/** What a worker is started with: it loads the engine and makes the run's options itself. */
export interface WorkerSetup {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly options: CliOptions;
}

/** One input to read and restore; the worker answers with `done`. */
export interface Job {
  readonly index: number;
  readonly input: Input;
}

export type WorkerMessage =
  | {
      readonly kind: 'done';
      readonly index: number;
      /** What processInput gave (the report, the bytes read for the write that follows). */
      readonly processed: Processed;
      /** Its notes for standard error, in order. */
      readonly stderr: string;
    }
  /** The engine failed (a model that cannot load): the run ends with this message, exit 2. */
  | { readonly kind: 'failed'; readonly message: string };
