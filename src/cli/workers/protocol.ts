// Messages between the main thread and the worker threads of --jobs (plain data: they are
// copied between threads).
import type { CliOptions } from '../options.js';
import type { Input } from '../files.js';
import type { FileOutcome } from '../stream/restoreInput.js';

/** What a worker is started with: it loads the engine and makes the run's options itself. */
export interface WorkerSetup {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly options: CliOptions;
  /** The run's color level (the worker's own streams are not the terminal). */
  readonly chalkLevel: 0 | 1 | 2 | 3;
}

/** One input to restore; the worker answers with its report and then `done`. */
export interface Job {
  readonly index: number;
  readonly input: Input;
}

/** A piece of an input's report, for the main thread's standard output or error. */
export interface Piece {
  readonly kind: 'stdout' | 'stderr';
  readonly text: string;
}

/**
 * A worker sends an input's report in pieces, gathered into few messages (a message costs more
 * than the report of a short file), the last with the outcome.
 */
export type WorkerMessage =
  | { readonly kind: 'pieces'; readonly index: number; readonly pieces: readonly Piece[] }
  | {
      readonly kind: 'done';
      readonly index: number;
      readonly pieces: readonly Piece[];
      readonly file: FileOutcome | null;
    }
  /** The engine failed (a model that cannot load): the run ends with this message, exit 2. */
  | { readonly kind: 'failed'; readonly message: string };
