// The pairs a command reads: two files, or two folders whose files are matched by their path
// inside the folder (`orig/a.txt` with `spun/a.txt`). Files one folder has and the other lacks
// are reported and left out; unreadable or non-UTF-8 files are reported and counted as errors.
import { DEFAULT_MAX_SIZE } from '../sizes.js';
import { DEFAULT_EXTENSIONS } from '../walkDefaults.js';
import { relative, resolve, sep } from 'node:path';
import type { LearnPair } from '../../learn/alignPairs.js';
import { describeFsError, UsageError } from '../errors.js';
import { collectInputs, shownPath } from '../files.js';
import type { Io } from '../io.js';
import { decodeText } from '../textEncoding.js';

export interface ReadPairs {
  readonly pairs: LearnPair[];
  /** Problems met, one line each (`path: reason`); `errors` of them are read errors. */
  readonly problems: string[];
  readonly errors: number;
  /** Both arguments are folders. */
  readonly folders: boolean;
}

async function kindOf(io: Io, path: string): Promise<'file' | 'dir'> {
  try {
    const { kind } = await io.stat(resolve(io.cwd, path));
    if (kind === 'file' || kind === 'dir') return kind;
  } catch (err) {
    throw new UsageError(`${path}: ${describeFsError(err)}`);
  }
  throw new UsageError(`${path}: not a regular file or folder`);
}

/** Files of a folder by their path inside it, `/`-separated. */
async function folderFiles(io: Io, dir: string): Promise<Map<string, string>> {
  const root = resolve(io.cwd, dir);
  const { inputs } = await collectInputs(io, [dir], {
    extensions: DEFAULT_EXTENSIONS,
    exclude: [],
    maxSize: DEFAULT_MAX_SIZE,
  });
  return new Map(
    inputs
      .filter((i) => i.abs !== undefined)
      .map((i) => [
        relative(root, i.abs as string)
          .split(sep)
          .join('/'),
        i.abs as string,
      ]),
  );
}

async function readText(io: Io, abs: string): Promise<string> {
  const decoded = decodeText(await io.readFile(abs));
  if (!decoded.ok) throw Object.assign(new Error(decoded.reason), { reason: decoded.reason });
  return decoded.text.replace(/^\ufeff/, '');
}

export async function readPairs(io: Io, original: string, spun: string): Promise<ReadPairs> {
  const [a, b] = [await kindOf(io, original), await kindOf(io, spun)];
  if (a !== b) throw new UsageError('give two files, or two folders of files with the same names');
  const matched: Array<readonly [string, string, string]> = [];
  const problems: string[] = [];
  if (a === 'file') {
    matched.push([resolve(io.cwd, original), resolve(io.cwd, spun), `${original} -> ${spun}`]);
  } else {
    const [orig, spin] = [await folderFiles(io, original), await folderFiles(io, spun)];
    for (const [name, abs] of orig) {
      const other = spin.get(name);
      if (other === undefined)
        problems.push(`${shownPath(io.cwd, abs)}: no file of that name in ${spun}`);
      else matched.push([abs, other, name]);
    }
    for (const [name, abs] of spin)
      if (!orig.has(name))
        problems.push(`${shownPath(io.cwd, abs)}: no file of that name in ${original}`);
  }
  const pairs: LearnPair[] = [];
  let errors = 0;
  for (const [o, s, name] of matched) {
    try {
      pairs.push({ name, original: await readText(io, o), spun: await readText(io, s) });
    } catch (err) {
      errors++;
      const reason = (err as { reason?: string }).reason ?? describeFsError(err);
      problems.push(`${name}: ${reason}`);
    }
  }
  return { pairs, problems, errors, folders: a === 'dir' };
}
