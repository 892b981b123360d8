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
}

export interface DirEntry {
  readonly name: string;
  /** Not following symbolic links. */
  readonly kind: EntryKind;
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
  /** All of standard input. */
  readStdin(): Promise<Uint8Array>;
  /** Rejects with an error carrying a Node-style `code` (ENOENT, EACCES, …). */
  stat(path: string): Promise<FileStat>;
  readFile(path: string): Promise<Uint8Array>;
  /** Replace a file atomically (temporary file in the same folder, then rename), keeping its mode. */
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>;
  /** Entries of a folder, in any order. */
  readdir(path: string): Promise<readonly DirEntry[]>;

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
