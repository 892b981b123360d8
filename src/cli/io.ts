// Everything the CLI needs from the outside world, behind one interface, so that `main` runs the
// same against the real process (nodeIo) and against memory (memoryIo, for tests).
// Paths given to the file operations are absolute.

export type EntryKind = 'file' | 'dir' | 'symlink' | 'other';

export interface FileStat {
  /** After following symbolic links. */
  readonly kind: 'file' | 'dir' | 'other';
  /** Permission bits (e.g. 0o644). */
  readonly mode: number;
  /** Size in bytes. */
  readonly size: number;
  /** Hard links to the file (1 for most files). */
  readonly links: number;
  /**
   * The file may be rewritten: its mode lets someone write it and the process may (a file
   * without write bits is read-only by intent, even to root).
   */
  readonly writable: boolean;
}

export interface DirEntry {
  readonly name: string;
  /** Not following symbolic links. */
  readonly kind: EntryKind;
}

export interface WriteOptions {
  /** The bytes the new content was made from: if the file no longer holds them, nothing is written. */
  readonly expected?: Uint8Array;
  /** The permission bits of a file that does not exist yet. */
  readonly mode?: number;
}

/** What an interrupted run left in a folder (see Io.cleanLeftovers). */
export interface Leftovers {
  /** Temporary files removed (never renamed over their target: the target is intact). */
  readonly removed: readonly string[];
  /** Copies kept by an in-place write that did not finish: never removed, only reported. */
  readonly backups: readonly string[];
}

export interface Io {
  /** Absolute working directory; relative paths on the command line are resolved from it. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal (colors default on). */
  readonly stdoutIsTTY: boolean;
  /** Write text (encoded as UTF-8) to standard output. */
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input; rejects with code EFBIG past `limit` bytes. */
  readStdin(limit?: number): Promise<Uint8Array>;
  /** Rejects with an error carrying a Node-style `code` (ENOENT, EACCES, …). */
  stat(path: string): Promise<FileStat>;
  /** The file's bytes; rejects with code EFBIG when it holds more than `limit`. */
  readFile(path: string, limit?: number): Promise<Uint8Array>;
  /**
   * Replace a file's content safely, keeping its mode, owner, group and hard links: a temporary
   * file in the same folder renamed over it, or (hard links, an owner the process cannot give
   * back) an in-place write after a verified copy. Rejects with code ECHANGED when the file no
   * longer holds `options.expected`. A file that does not exist is created.
   */
  writeFileAtomic(path: string, data: Uint8Array, options?: WriteOptions): Promise<void>;
  /** Standard input as it comes (--jsonl streams). Optional: without it, read whole. */
  stdinChunks?(): AsyncIterable<Uint8Array>;
  /**
   * The file's bytes in chunks, read as they are consumed (a long file is restored section by
   * section without being held whole). Optional: without it, files are read whole.
   */
  readFileChunks?(path: string): AsyncIterable<Uint8Array>;
  /** The real file system, which worker threads can read too (--jobs); else one thread. */
  readonly workerThreads?: boolean;
  /** Entries of a folder, in any order. */
  readdir(path: string): Promise<readonly DirEntry[]>;
  /**
   * Remove the temporary files that an earlier, interrupted run (no longer running) left in the
   * folder, and list the copies an interrupted in-place write kept.
   */
  cleanLeftovers(dir: string): Promise<Leftovers>;

  // Review, batches and reports (issue 16).
  readonly stdinIsTTY: boolean;
  /** Whether standard error is a terminal (the progress bar is drawn only there). */
  readonly stderrIsTTY: boolean;
  /** Width of the terminal on standard error, in columns, when it is one. */
  readonly stderrColumns?: number;
  /** Milliseconds from any fixed point (for the progress bar). */
  now(): number;
  /** The path with symbolic links resolved (folder loops are found with it). */
  realpath(path: string): Promise<string>;
  /** Create or replace a file atomically, creating its folders (--output, --backup, --report). */
  writeNewFile(path: string, data: Uint8Array, mode?: number): Promise<void>;
  /** The terminal for the interactive review, in raw mode until closed. */
  openTerminal(): Terminal;
}

/** Key input and line editing in the terminal (the interactive review). */
export interface Terminal {
  /** The next key: the character typed (`y`, `A`, `?`), or `ctrl-c`, `escape`, `return`. */
  readKey(): Promise<string>;
  /** A line edited from `initial` (shown after `prompt`); undefined when cancelled (escape). */
  readLine(prompt: string, initial: string): Promise<string | undefined>;
  /** Width of the terminal in columns. */
  readonly columns: number;
  close(): void;
}
