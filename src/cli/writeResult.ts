// Where a restored text goes: back into its file (--write, the review), with the original kept
// as FILE + SUFFIX first (--backup), or as a copy under --output DIR, mirroring the tree. A file
// is rewritten only when its text changed, in its own encoding, by the safe writer (safeWrite.ts:
// never when the file no longer holds the bytes the text was read from); a copy is written
// unless the same bytes are there.
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { describeFsError, UsageError } from './errors.js';
import type { Input } from './files.js';
import type { FileStat, Io } from './io.js';
import { encodeText, type TextEncodingName } from './textEncoding.js';

/** What an input was read as: its bytes, their encoding, and the file's stat when a file. */
export interface ReadSource {
  readonly bytes: Uint8Array;
  readonly encoding: TextEncodingName;
  readonly stat?: FileStat;
}

export interface WriteChoice {
  /** Rewrite in place (--write or the review). */
  readonly inPlace: boolean;
  readonly outputDir?: string;
  readonly backup?: string;
}

/**
 * Where under `outputDir` a copy of the input goes: its path from the working folder; for a
 * file outside it, its path from the folder it was found in (or its name). Never outside DIR.
 */
export function outputPathFor(io: Io, outputDir: string, input: Input): string {
  const dir = resolve(io.cwd, outputDir);
  const abs = input.abs as string;
  let rel = relative(io.cwd, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    rel =
      input.root !== undefined
        ? join(basename(input.root), relative(input.root, abs))
        : basename(abs);
  }
  const target = resolve(dir, rel);
  const inside = relative(dir, target);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    throw new UsageError(`--output: ${input.path} would be written outside ${outputDir}`);
  }
  return target;
}

async function sameBytes(io: Io, path: string, data: Uint8Array): Promise<boolean> {
  try {
    const old = await io.readFile(path);
    return old.length === data.length && old.every((b, i) => b === data[i]);
  } catch {
    return false;
  }
}

/** Writes the output; resolves to whether a file was written, or rejects with a reason. */
export async function writeResult(
  io: Io,
  input: Input,
  source: ReadSource,
  output: string,
  changed: boolean,
  choice: WriteChoice,
): Promise<boolean> {
  const abs = input.abs;
  if (abs === undefined) return false;
  const data = encodeText(output, source.encoding);
  if (choice.outputDir !== undefined) {
    const target = outputPathFor(io, choice.outputDir, input);
    if (await sameBytes(io, target, data)) return false;
    const { mode } = source.stat ?? (await io.stat(abs));
    await io.writeNewFile(target, data, mode);
    return true;
  }
  if (!choice.inPlace || !changed) return false;
  if (choice.backup !== undefined) {
    const { mode } = source.stat ?? (await io.stat(abs));
    try {
      await io.writeNewFile(`${abs}${choice.backup}`, source.bytes, mode);
    } catch (err) {
      throw new Error(
        `cannot write the backup ${input.path}${choice.backup}: ${describeFsError(err)}`,
      );
    }
  }
  await io.writeFileAtomic(abs, data, { expected: source.bytes });
  return true;
}
