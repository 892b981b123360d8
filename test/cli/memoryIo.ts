// An in-memory Io for tests: a file map, captured output, a given stdin and environment.
import { posix } from 'node:path';
import type { DirEntry, FileStat, Io, Terminal } from '../../src/cli/io.js';

export interface MemoryFile {
  data: Uint8Array;
  mode: number;
}

export interface MemoryIo extends Io {
  readonly files: Map<string, MemoryFile>;
  /** Everything written to stdout / stderr so far. */
  out(): string;
  err(): string;
  /** Paths written through writeFileAtomic or writeNewFile, in order. */
  readonly writes: string[];
  /** What the review drew on the terminal, key by key: the screen text before each key read. */
  readonly screens: string[];
  /** Whether the terminal was closed again (raw mode left). */
  terminalClosed(): boolean;
}

export interface MemoryIoOptions {
  readonly cwd?: string;
  /** Relative paths are taken from cwd; string contents are UTF-8 encoded. */
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
  readonly stdin?: string | Uint8Array;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY?: boolean;
  /** Paths (absolute or relative) whose reads fail with EACCES. */
  readonly unreadable?: readonly string[];
  /** Paths whose writes fail with EACCES. */
  readonly unwritable?: readonly string[];
  /** Paths that are read-only (mode 0o444: skipped by --write unless --force). */
  readonly readOnly?: readonly string[];
  readonly stdinIsTTY?: boolean;
  readonly stderrIsTTY?: boolean;
  /** Scripted key presses for the interactive review; reading past them is an error. */
  readonly keys?: readonly string[];
  /** Scripted answers of the line editor (undefined: cancelled), in order. */
  readonly lines?: readonly (string | undefined)[];
  /** The clock advances this many milliseconds at every reading (default 0). */
  readonly tick?: number;
  /** Symbolic links: path -> target (both resolved from cwd); realpath follows them. */
  readonly links?: Readonly<Record<string, string>>;
}

function fsError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

const encode = (s: string | Uint8Array): Uint8Array =>
  typeof s === 'string' ? new TextEncoder().encode(s) : s;

export function memoryIo(options: MemoryIoOptions = {}): MemoryIo {
  const cwd = options.cwd ?? '/work';
  const abs = (p: string): string => posix.resolve(cwd, p);
  const files = new Map<string, MemoryFile>();
  const readOnly = new Set((options.readOnly ?? []).map(abs));
  for (const [p, c] of Object.entries(options.files ?? {})) {
    files.set(abs(p), { data: encode(c), mode: readOnly.has(abs(p)) ? 0o444 : 0o644 });
  }
  const unreadable = new Set((options.unreadable ?? []).map(abs));
  const unwritable = new Set((options.unwritable ?? []).map(abs));
  const isDir = (p: string): boolean => {
    const prefix = p === '/' ? '/' : `${p}/`;
    for (const f of files.keys()) if (f.startsWith(prefix)) return true;
    return false;
  };
  let out = '';
  let err = '';
  const writes: string[] = [];
  const screens: string[] = [];
  const keys = [...(options.keys ?? [])];
  const lines = [...(options.lines ?? [])];
  let clock = 0;
  let closed = false;
  let shown = 0;
  const links = new Map(Object.entries(options.links ?? {}).map(([k, v]) => [abs(k), abs(v)]));
  const realpath = (p: string): string => {
    for (const [link, target] of links) {
      if (p === link || p.startsWith(`${link}/`)) return realpath(target + p.slice(link.length));
    }
    return p;
  };
  /** The output written since the last key was read: what the user saw when pressing it. */
  const screen = () => {
    const text = out.slice(shown);
    shown = out.length;
    return text;
  };
  const terminal: Terminal = {
    readKey: () => {
      screens.push(screen());
      const key = keys.shift();
      if (key === undefined) return Promise.reject(new Error('no more scripted keys'));
      return Promise.resolve(key);
    },
    readLine: (prompt, initial) => {
      out += `${prompt}${initial}\n`;
      if (lines.length === 0) return Promise.reject(new Error('no more scripted lines'));
      return Promise.resolve(lines.shift());
    },
    columns: 80,
    close: () => void (closed = true),
  };
  return {
    cwd,
    env: options.env ?? {},
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    files,
    writes,
    out: () => out,
    err: () => err,
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: (limit) => {
      const data = encode(options.stdin ?? '');
      if (limit !== undefined && data.length > limit) return Promise.reject(fsError('EFBIG', '-'));
      return Promise.resolve(data);
    },
    stat: (link): Promise<FileStat> => {
      const p = realpath(link);
      const f = files.get(p);
      if (f) {
        const writable = (f.mode & 0o222) !== 0;
        return Promise.resolve({
          kind: 'file',
          mode: f.mode,
          size: f.data.length,
          links: 1,
          writable,
        });
      }
      if (isDir(p))
        return Promise.resolve({ kind: 'dir', mode: 0o755, size: 0, links: 1, writable: true });
      return Promise.reject(fsError('ENOENT', p));
    },
    readFile: (link, limit) => {
      const p = realpath(link);
      const f = files.get(p);
      if (unreadable.has(p)) return Promise.reject(fsError('EACCES', p));
      if (f && limit !== undefined && f.data.length > limit)
        return Promise.reject(fsError('EFBIG', p));
      if (f) return Promise.resolve(f.data);
      return Promise.reject(fsError(isDir(p) ? 'EISDIR' : 'ENOENT', p));
    },
    writeFileAtomic: (link, data, o = {}) => {
      const p = realpath(link);
      const f = files.get(p);
      if (unwritable.has(p)) return Promise.reject(fsError('EACCES', p));
      if (
        f &&
        o.expected !== undefined &&
        Buffer.compare(Buffer.from(f.data), Buffer.from(o.expected)) !== 0
      )
        return Promise.reject(fsError('ECHANGED', p));
      files.set(p, { data, mode: f?.mode ?? o.mode ?? 0o644 });
      writes.push(p);
      return Promise.resolve();
    },
    cleanLeftovers: () => Promise.resolve({ removed: [], backups: [] }),
    readdir: (link): Promise<readonly DirEntry[]> => {
      const p = realpath(link);
      if (!isDir(p)) return Promise.reject(fsError(files.has(p) ? 'ENOTDIR' : 'ENOENT', p));
      const seen = new Map<string, DirEntry>();
      const prefix = p === '/' ? '/' : `${p}/`;
      for (const f of files.keys()) {
        if (!f.startsWith(prefix)) continue;
        const rest = f.slice(prefix.length);
        const name = rest.split('/')[0] ?? rest;
        seen.set(name, { name, kind: rest.includes('/') ? 'dir' : 'file' });
      }
      for (const l of links.keys()) {
        if (posix.dirname(l) === link)
          seen.set(posix.basename(l), { name: posix.basename(l), kind: 'symlink' });
      }
      return Promise.resolve([...seen.values()]);
    },
    stdinIsTTY: options.stdinIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    stderrColumns: 80,
    now: () => (clock += options.tick ?? 0),
    realpath: (p) => Promise.resolve(realpath(p)),
    writeNewFile: (p, data, mode) => {
      if (unwritable.has(p)) return Promise.reject(fsError('EACCES', p));
      files.set(p, { data, mode: mode ?? 0o644 });
      writes.push(p);
      return Promise.resolve();
    },
    openTerminal: () => terminal,
    screens,
    terminalClosed: () => closed,
  };
}
