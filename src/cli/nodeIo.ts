// The real Io: the process's streams, environment and file system. With overrides it serves the
// tests too (a temporary folder as cwd, captured output, given stdin and environment).
import { constants, createReadStream, unlinkSync } from 'node:fs';
import { access, chmod, mkdir, open, readdir, realpath, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DirEntry, EntryKind, FileStat, Io } from './io.js';
import { nodeTerminal } from './nodeTerminal.js';
import { cleanLeftovers, writeSafely, type WriteGuard } from './safeWrite.js';

/** Bytes read at a time from a file (readFileChunks). */
const CHUNK_BYTES = 1 << 20;

export interface NodeIoOverrides {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY?: boolean;
  readonly stdout?: (text: string) => void;
  readonly stderr?: (text: string) => void;
  readonly stdin?: Uint8Array;
  readonly stdinIsTTY?: boolean;
  readonly stderrIsTTY?: boolean;
}

function tooLarge(limit: number): Error {
  return Object.assign(new Error(`more than ${limit} bytes`), { code: 'EFBIG' });
}

async function readAll(stream: NodeJS.ReadableStream, limit = Infinity): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += b.length;
    if (size > limit) throw tooLarge(limit); // stop reading: nothing past the limit is held
    chunks.push(b);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** A file's bytes, never more than `limit` + 1 read (it may grow between stat and read). */
async function readLimited(path: string, limit = Infinity): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    if (size > limit) throw tooLarge(limit);
    if (!Number.isFinite(limit)) return new Uint8Array(await fh.readFile());
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > limit) throw tooLarge(limit);
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } finally {
    await fh.close();
  }
}

async function* streamChunks(stream: NodeJS.ReadableStream): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) {
    yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Uint8Array);
  }
}

async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

function kindOf(s: {
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}): EntryKind {
  if (s.isSymbolicLink()) return 'symlink';
  if (s.isFile()) return 'file';
  if (s.isDirectory()) return 'dir';
  return 'other';
}

async function statFile(path: string): Promise<FileStat> {
  const s = await stat(path);
  const kind = s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
  const mode = s.mode & 0o7777;
  const writable =
    (mode & 0o222) !== 0 &&
    (await access(path, constants.W_OK).then(
      () => true,
      () => false,
    ));
  return { kind, mode, size: s.size, links: s.nlink, writable };
}

async function listDir(path: string): Promise<readonly DirEntry[]> {
  const entries = await readdir(path, { withFileTypes: true });
  return entries.map((e) => ({ name: e.name, kind: kindOf(e) }));
}

const STOPPING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The writer's hold on the process: while a temporary file exists, SIGINT, SIGTERM and SIGHUP
 * remove it before the process stops with the same signal; during an in-place write they wait
 * for it to end. No handler is installed otherwise (the signals then stop the process at once).
 */
export function signalGuard(): WriteGuard {
  const live = new Set<string>();
  let held = 0;
  let pending: NodeJS.Signals | undefined;
  let installed = false;
  const uninstall = (): void => {
    if (!installed) return;
    for (const s of STOPPING_SIGNALS) process.off(s, onSignal);
    installed = false;
  };
  const stop = (signal: NodeJS.Signals): void => {
    for (const t of live) {
      try {
        unlinkSync(t);
      } catch {
        // already renamed or gone
      }
    }
    live.clear();
    uninstall();
    process.kill(process.pid, signal);
  };
  function onSignal(signal: NodeJS.Signals): void {
    if (held > 0) pending = signal;
    else stop(signal);
  }
  const install = (): void => {
    if (installed) return;
    for (const s of STOPPING_SIGNALS) process.on(s, onSignal);
    installed = true;
  };
  const settle = (): void => {
    if (held > 0) return;
    if (pending !== undefined) stop(pending);
    else if (live.size === 0) uninstall();
  };
  return {
    pid: process.pid,
    track: (path) => {
      live.add(path);
      install();
    },
    untrack: (path) => {
      live.delete(path);
      settle();
    },
    hold: async (work) => {
      held++;
      install();
      try {
        return await work();
      } finally {
        held--;
        settle();
      }
    },
    alive: (pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch (err) {
        return (err as { code?: string }).code === 'EPERM';
      }
    },
  };
}

/**
 * Create or replace a file through the safe writer (a temporary sibling renamed over it),
 * creating its folders first. A file replaced keeps its permissions unless the caller gives them.
 */
async function writeNewFile(
  path: string,
  data: Uint8Array,
  given: number | undefined,
  guard: WriteGuard,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeSafely(path, data, given !== undefined ? { mode: given } : {}, guard);
  if (given !== undefined) await chmod(path, given);
}

/** A writer for a process stream that goes quiet once the reader has gone (`| head`: EPIPE). */
function streamWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

export function nodeIo(overrides: NodeIoOverrides = {}): Io {
  const stdin = overrides.stdin;
  const guard = signalGuard();
  return {
    cwd: overrides.cwd ?? process.cwd(),
    env: overrides.env ?? process.env,
    stdoutIsTTY: overrides.stdoutIsTTY ?? process.stdout.isTTY === true,
    stdout: overrides.stdout ?? streamWriter(process.stdout),
    stderr: overrides.stderr ?? streamWriter(process.stderr),
    readStdin: (limit) => {
      if (stdin === undefined) return readAll(process.stdin, limit);
      if (limit !== undefined && stdin.length > limit) return Promise.reject(tooLarge(limit));
      return Promise.resolve(stdin);
    },
    stat: statFile,
    readFile: readLimited,
    writeFileAtomic: (path, data, options = {}) => writeSafely(path, data, options, guard),
    stdinChunks: () => (stdin ? oneChunk(stdin) : streamChunks(process.stdin)),
    readFileChunks: (path) => createReadStream(path, { highWaterMark: CHUNK_BYTES }),
    workerThreads: true,
    readdir: listDir,
    cleanLeftovers: (dir) => cleanLeftovers(dir, guard),
    stdinIsTTY: overrides.stdinIsTTY ?? process.stdin.isTTY === true,
    stderrIsTTY: overrides.stderrIsTTY ?? process.stderr.isTTY === true,
    ...(process.stderr.columns !== undefined ? { stderrColumns: process.stderr.columns } : {}),
    now: () => performance.now(),
    realpath: (path) => realpath(path),
    writeNewFile: (path, data, mode) => writeNewFile(path, data, mode, guard),
    openTerminal: () => nodeTerminal(),
  };
}
