// The command line's entry point: main(argv, io) -> exit code. Only bin/ touches `process`.
import { CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { DictionaryError } from '../dictionary/errors.js';
import { LanguageModelError } from '../lm/languageModelError.js';
import { packageRoot } from '../paths.js';
import { makeChalk } from './color.js';
import { formatDicts } from './dicts.js';
import { loadEngine, type EngineLoader } from './engineLoader.js';
import { CliError, describeFsError, EXIT_ERROR, EXIT_OK } from './errors.js';
import type { Io } from './io.js';
import { parseArgs } from './options.js';
import { runRestore } from './run.js';

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? '0.0.0';
}

/** A path as the user sees it: relative to the working directory when inside it. */
function shown(io: Io, file: string): string {
  const rel = relative(io.cwd, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

/** The one-line message of a dictionary or model that cannot be loaded; undefined for others. */
function dataErrorMessage(io: Io, err: unknown): string | undefined {
  if (err instanceof DictionaryError) {
    const file = shown(io, err.file);
    return err.line > 0 ? `${file}:${err.line}: ${err.reason}` : `${file}: ${err.reason}`;
  }
  if (err instanceof LanguageModelError) return `language model: ${err.message}`;
  const fsError = err as { code?: unknown; path?: unknown } | null;
  if (typeof fsError?.code === 'string' && typeof fsError.path === 'string') {
    // a data file of the engine (model, thesaurus) that is missing or unreadable
    return `cannot read ${shown(io, fsError.path)}: ${describeFsError(err)}`;
  }
  return undefined;
}

async function dispatch(argv: readonly string[], io: Io, load: EngineLoader): Promise<number> {
  const parsed = await parseArgs(io, argv, packageVersion());
  if (parsed.command === 'none') return EXIT_OK;
  if (parsed.command === 'dicts') {
    const engine = await load();
    io.stdout(formatDicts(engine.describeBuiltinDictionaries(), makeChalk(io, parsed.color)));
    return EXIT_OK;
  }
  const chalk = makeChalk(io, parsed.options.color);
  return runRestore(io, await load(), parsed.options, chalk);
}

/**
 * Run the command line; resolves to the exit code (see HELP_AFTER in options.ts and
 * exitCodeFor in run.ts). Never throws: errors are reported on the Io's stderr.
 */
export async function main(
  argv: readonly string[],
  io: Io,
  load: EngineLoader = loadEngine,
): Promise<number> {
  try {
    return await dispatch(argv, io, load);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; any parse error is a usage error (commander printed it)
      return err.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    }
    if (err instanceof CliError) {
      if (err.exitCode === EXIT_ERROR) io.stderr(`restore-text: ${err.message}\n`);
      return err.exitCode;
    }
    const message = dataErrorMessage(io, err);
    if (message !== undefined) {
      io.stderr(`restore-text: ${message}\n`);
      return EXIT_ERROR;
    }
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    io.stderr(`restore-text: internal error: ${detail}\n`);
    return EXIT_ERROR;
  }
}
