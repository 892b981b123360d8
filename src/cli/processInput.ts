// One input through the pipeline: size check, read, decode, restore (with the record an earlier
// --write left), and with --write the safe rewrite and the new record. Every refusal is a
// FileReport with the reason; nothing here throws for a bad file.
import { dirname, extname } from 'node:path';
import { withRecorded } from '../core/carryOver.js';
import type { FileReport } from '../report/types.js';
import type { RestoreOptions, RestoreResult } from '../types.js';
import type { CliEngine } from './engineLoader.js';
import { describeFsError } from './errors.js';
import type { Input } from './files.js';
import type { FileStat, Io } from './io.js';
import type { CliOptions } from './options.js';
import { readSidecar, sidecarBytes, sidecarPath, type Sidecar } from './sidecar.js';
import { formatSize, sizeFlagFor } from './sizes.js';
import { decodeText, encodeText } from './textEncoding.js';

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

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdx', '.mdown', '.mkd']);

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
 * After a write: the record of the suggestions left, when some are (a record that exists is
 * brought up to date, so that it never shows what the text no longer says).
 */
async function keepRecord(
  ctx: RunContext,
  input: Input,
  result: RestoreResult,
  record: Sidecar | undefined,
  stat: FileStat | undefined,
): Promise<void> {
  if (!ctx.options.sidecar || input.abs === undefined) return;
  const bytes = sidecarBytes(result, record?.spun === true, record !== undefined);
  if (bytes === undefined) return;
  try {
    const mode = (stat?.mode ?? 0o644) & 0o666;
    await ctx.io.writeFileAtomic(sidecarPath(input.abs), bytes, { mode });
  } catch (err) {
    ctx.note(input.path, `written, but its record of suggestions was not: ${describeFsError(err)}`);
  }
}

/** Read, decode and restore one input; with --write, rewrite it when it changed. */
export async function processInput(ctx: RunContext, input: Input): Promise<FileReport> {
  const { io, engine, options } = ctx;
  const read = await readInput(ctx, input);
  if ('error' in read) return { path: input.path, error: read.error };
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) {
    // Met in a folder, a binary file is not the user's text: a note, not an error.
    if (decoded.binary && !input.explicit) return { path: input.path, skipped: decoded.reason };
    return { path: input.path, error: decoded.reason };
  }
  const record = await recordOf(ctx, input);
  const markdown =
    input.abs !== undefined && MARKDOWN_EXTENSIONS.has(extname(input.abs).toLowerCase());
  const result = withRecorded(
    engine.restore(decoded.text, {
      ...ctx.restoreOptions,
      // A long text is restored in segments: say how far it got (standard error).
      progress: (done, total) => ctx.note(input.path, `segment ${done} of ${total} restored`),
      ...(record?.spun === true ? { spun: true } : {}),
      ...(markdown ? { markdown: true } : {}),
    }),
    record?.suggestions ?? [],
  );
  if (!options.write || input.abs === undefined || result.output === decoded.text) {
    return { path: input.path, result };
  }
  if (read.stat?.writable === false && !options.force) {
    return { path: input.path, result, error: 'read-only: not written (--force writes it)' };
  }
  try {
    await cleanFolder(ctx, input.abs);
    await io.writeFileAtomic(input.abs, encodeText(result.output, decoded.encoding), {
      expected: read.bytes,
    });
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const reason = code === 'ECHANGED' ? (err as Error).message : describeFsError(err);
    return { path: input.path, result, error: `cannot write: ${reason}` };
  }
  await keepRecord(ctx, input, result, record, read.stat);
  return { path: input.path, result, written: true };
}
