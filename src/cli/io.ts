// Everything the CLI needs from the outside world, behind one interface, so that `main` runs the
// same against the real process (nodeIo) and against memory (memoryIo, for tests).
// Paths given to the file operations are absolute.

export type EntryKind = 'file' | 'dir' | 'symlink' | 'other';

export interface FileStat {
  /** After following symbolic links. */
  readonly kind: 'file' | 'dir' | 'other';
  /** Permission bits (e.g. 0o644). */
  readonly mode: number;
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
  /** Standard input as it comes (--jsonl streams). Optional: without it, read whole. */
  stdinChunks?(): AsyncIterable<Uint8Array>;
  /** Rejects with an error carrying a Node-style `code` (ENOENT, EACCES, …). */
  stat(path: string): Promise<FileStat>;
  readFile(path: string): Promise<Uint8Array>;
  /**
   * The file's bytes in chunks, read as they are consumed (a long file is restored section by
   * section without being held whole). Optional: without it, files are read whole.
   */
  readFileChunks?(path: string): AsyncIterable<Uint8Array>;
  /** The real file system, which worker threads can read too (--jobs); else one thread. */
  readonly workerThreads?: boolean;
  /** Replace a file atomically (temporary file in the same folder, then rename), keeping its mode. */
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>;
  /** Entries of a folder, in any order. */
  readdir(path: string): Promise<readonly DirEntry[]>;
}
