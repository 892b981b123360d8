// One input through the pipeline: size check, read, decode, restore (with the record an earlier
// --write left); and, once the result is final (after a review), where it is written: the safe
// rewrite (writeResult.ts) and the new record. Every refusal is a FileReport with the reason or a
// skipped file; nothing here throws for a bad file.
import { dirname } from 'node:path';
import { withRecorded } from '../core/carryOver.js';
import { textFormatOf } from '../core/protect/textFormat.js';
import type { FileReport } from '../report/types.js';
import type { RestoreOptions, RestoreResult } from '../types.js';
import type { CliEngine } from './engineLoader.js';
import { describeFsError, UsageError } from './errors.js';
import type { Input } from './files.js';
import type { FileStat, Io } from './io.js';
import type { CliOptions } from './options.js';
import { readSidecar, sidecarBytes, sidecarPath, type Sidecar } from './sidecar.js';
import { formatSize, sizeFlagFor } from './sizes.js';
import { decodeText, type TextEncodingName } from './textEncoding.js';
import { writeResult, type ReadSource } from './writeResult.js';

export interface RunContext {
  readonly io: Io;
  readonly engine: CliEngine;
  readonly restoreOptions: RestoreOptions;
  readonly options: CliOptions;
  /** Folders whose leftovers of interrupted runs were looked for in this run. */
  readonly cleaned: Set<string>;
  /** A note on standard error (not an error: the exit code does not change). */
  readonly note: (path: string, text: string) => void;
}

/** What was read: the bytes (a write checks the file still holds them), stat, encoding, record. */
export interface ReadInput extends ReadSource {
  readonly record?: Sidecar;
}

export type Processed =
  { readonly file: FileReport; readonly read?: ReadInput } | { readonly skipped: string };

function tooLarge(size: number | undefined, options: CliOptions): string {
  const what = size === undefined ? `more than ${formatSize(options.maxSize)}` : formatSize(size);
  const raise = size === undefined ? '' : ` --max-size ${sizeFlagFor(size)}`;
  return `${what} is over the --max-size limit of ${formatSize(options.maxSize)}; skipped (raise it with${raise || ' --max-size'}, or split the file)`;
}

async function readInput(
  ctx: RunContext,
  input: Input,
): Promise<{ bytes: Uint8Array; stat?: FileStat } | { error: string }> {
  const { io, options } = ctx;
  try {
    if (input.abs === undefined) return { bytes: await io.readStdin(options.maxSize) };
    const stat = await io.stat(input.abs);
    if (stat.size > options.maxSize) return { error: tooLarge(stat.size, options) };
    return { bytes: await io.readFile(input.abs, options.maxSize), stat };
  } catch (err) {
    if ((err as { code?: unknown }).code === 'EFBIG')
      return { error: tooLarge(undefined, options) };
    return { error: describeFsError(err) };
  }
}

async function recordOf(ctx: RunContext, input: Input): Promise<Sidecar | undefined> {
  if (input.abs === undefined || !ctx.options.sidecar) return undefined;
  const read = await readSidecar(ctx.io, input.abs);
  if (!read.ok) {
    ctx.note(input.path, read.reason);
    return undefined;
  }
  return read.sidecar;
}

/** Read, decode and restore one input (a binary file met while walking a folder is skipped). */
export async function processInput(ctx: RunContext, input: Input): Promise<Processed> {
  const { engine } = ctx;
  const read = await readInput(ctx, input);
  if ('error' in read) {
    // Met in a folder, a file that grew past the limit since the walk is left out like the others.
    if (!input.explicit && read.error.includes('--max-size')) return { skipped: read.error };
    return { file: { path: input.path, error: read.error } };
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) {
    // Met in a folder, a binary file is not the user's text: skipped and listed, not an error.
    if (decoded.binary && !input.explicit) return { skipped: 'binary file, skipped' };
    return { file: { path: input.path, error: decoded.reason } };
  }
  const record = await recordOf(ctx, input);
  const format = textFormatOf(input.path);
  const result = withRecorded(
    engine.restore(decoded.text, {
      ...ctx.restoreOptions,
      ...(format === 'plain' ? {} : { format }),
      // A long text is restored in sections: on a terminal, say how far it got (standard error).
      ...(ctx.io.stderrIsTTY && !ctx.options.quiet
        ? {
            progress: (done: number, total: number) =>
              ctx.note(input.path, `section ${done} of ${total} restored`),
          }
        : {}),
      ...(record?.spun === true ? { spun: true } : {}),
    }),
    record?.suggestions ?? [],
  );
  const encoding: TextEncodingName = decoded.encoding;
  return {
    file: { path: input.path, result },
    read: {
      bytes: read.bytes,
      encoding,
      ...(read.stat ? { stat: read.stat } : {}),
      ...(record ? { record } : {}),
    },
  };
}

/** Temporary files a killed run left beside the file are removed, its copies reported. */
async function cleanFolder(ctx: RunContext, file: string): Promise<void> {
  const dir = dirname(file);
  if (ctx.cleaned.has(dir)) return;
  ctx.cleaned.add(dir);
  const { removed, backups } = await ctx.io.cleanLeftovers(dir);
  for (const r of removed) ctx.note(r, 'removed: a temporary file left by an interrupted run');
  for (const b of backups) {
    ctx.note(
      b,
      'a copy kept by an interrupted in-place --write: compare it with its file, then delete it',
    );
  }
}

/**
 * After a write in place: the record of the suggestions left, when some are (a record that
 * exists is brought up to date, so that it never shows what the text no longer says).
 */
async function keepRecord(
  ctx: RunContext,
  input: Input,
  result: RestoreResult,
  read: ReadInput,
): Promise<void> {
  if (!ctx.options.sidecar || input.abs === undefined) return;
  const { record } = read;
  const bytes = sidecarBytes(result, record?.spun === true, record !== undefined);
  if (bytes === undefined) return;
  try {
    const mode = (read.stat?.mode ?? 0o644) & 0o666;
    await ctx.io.writeFileAtomic(sidecarPath(input.abs), bytes, { mode });
  } catch (err) {
    ctx.note(input.path, `written, but its record of suggestions was not: ${describeFsError(err)}`);
  }
}

/** --write, the review, or --output: the file's result written where it goes. */
export async function writeInput(
  ctx: RunContext,
  input: Input,
  file: FileReport,
  read: ReadInput,
): Promise<FileReport> {
  const { result } = file;
  const o = ctx.options;
  if (!result || input.abs === undefined) return file;
  const inPlace = (o.write || o.interactive) && o.outputDir === undefined;
  const changed = result.output !== result.input;
  if (inPlace && changed && read.stat?.writable === false && !o.force) {
    return { ...file, error: 'read-only: not written (--force writes it)' };
  }
  const choice = {
    inPlace: o.write || o.interactive,
    ...(o.outputDir !== undefined ? { outputDir: o.outputDir } : {}),
    ...(o.backup !== undefined ? { backup: o.backup } : {}),
  };
  try {
    if (inPlace && changed) await cleanFolder(ctx, input.abs);
    const wrote = await writeResult(ctx.io, input, read, result.output, changed, choice);
    if (!wrote) return file;
    if (inPlace) await keepRecord(ctx, input, result, read);
    return { ...file, written: true };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as { code?: unknown }).code;
    const reason =
      code === 'ECHANGED' || (err instanceof Error && !('code' in err))
        ? (err as Error).message
        : describeFsError(err);
    return { ...file, error: `cannot write: ${reason}` };
  }
}
