// The real Io: the process's streams, environment and file system. With overrides it serves the
// tests too (a temporary folder as cwd, captured output, given stdin and environment).
import { randomBytes } from 'node:crypto';
import {
  chmod,
  readdir,
  readFile,
  realpath,
  rename,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DirEntry, EntryKind, FileStat, Io } from './io.js';

/** Bytes read at a time from a file (readFileChunks). */
const CHUNK_BYTES = 1 << 20;

export interface NodeIoOverrides {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY?: boolean;
  readonly stdout?: (text: string) => void;
  readonly stderr?: (text: string) => void;
  readonly stdin?: Uint8Array;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  }
  return new Uint8Array(Buffer.concat(chunks));
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
  return { kind, mode: s.mode & 0o7777 };
}

async function listDir(path: string): Promise<readonly DirEntry[]> {
  const entries = await readdir(path, { withFileTypes: true });
  return entries.map((e) => ({ name: e.name, kind: kindOf(e) }));
}

/**
 * Write to a temporary sibling with the original's mode, then rename over the original. A
 * symbolic link is followed (its target is replaced, the link stays); hard links are broken.
 */
async function writeFileAtomic(link: string, data: Uint8Array): Promise<void> {
  const path = await realpath(link);
  const { mode } = await statFile(path);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { mode, flag: 'wx' });
    await chmod(temp, mode); // writeFile's mode is filtered by the umask
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
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
  return {
    cwd: overrides.cwd ?? process.cwd(),
    env: overrides.env ?? process.env,
    stdoutIsTTY: overrides.stdoutIsTTY ?? process.stdout.isTTY === true,
    stdout: overrides.stdout ?? streamWriter(process.stdout),
    stderr: overrides.stderr ?? streamWriter(process.stderr),
    readStdin: () => (stdin ? Promise.resolve(stdin) : readAll(process.stdin)),
    stdinChunks: () => (stdin ? oneChunk(stdin) : streamChunks(process.stdin)),
    stat: statFile,
    readFile: async (path) => new Uint8Array(await readFile(path)),
    readFileChunks: (path) => createReadStream(path, { highWaterMark: CHUNK_BYTES }),
    workerThreads: true,
    writeFileAtomic,
    readdir: listDir,
  };
}
