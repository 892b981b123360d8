// The command line's entry point: main(argv, io) -> exit code. Only bin/ touches `process`.
import { CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { loadEngine, type EngineLoader } from './engineLoader.js';
import { CliError, EXIT_ERROR, EXIT_OK } from './errors.js';
import type { Io } from './io.js';
import { parseArgs, validateCombination } from './options.js';

// Only what --help, --version and usage errors need is imported above: the commands, their
// reporters and the engine are imported when a command runs (test/cmd/lazyEngine.test.ts).

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? '0.0.0';
}

async function dispatch(argv: readonly string[], io: Io, load: EngineLoader): Promise<number> {
  const parsed = await parseArgs(io, argv, packageVersion());
  if (parsed.command === 'none') return EXIT_OK;
  if (parsed.command === 'tool')
    return (await import('./commands/runToolCommand.js')).runToolCommand(io, parsed.request, load);
  if (parsed.command === 'dicts') {
    const [{ formatDicts }, { makeChalk }, engine] = await Promise.all([
      import('./dicts.js'),
      import('./color.js'),
      load(),
    ]);
    io.stdout(formatDicts(engine.describeBuiltinDictionaries(), makeChalk(io, parsed.color)));
    return EXIT_OK;
  }
  // Usage errors before the configuration and the engine load.
  validateCombination(parsed.options);
  const { withConfig, formatConfig } = await import('./applyConfig.js');
  const options = await withConfig(io, parsed.options);
  if (options.printConfig) {
    io.stdout(formatConfig(io, options));
    return EXIT_OK;
  }
  const [{ runRestore }, { runJsonl }, { makeChalk }, engine] = await Promise.all([
    import('./run.js'),
    import('./stream/jsonl.js'),
    import('./color.js'),
    load(),
  ]);
  // a report written to a file (--report) has no colors
  const color = options.color && options.reportPath === undefined;
  const run = options.jsonl ? runJsonl : runRestore;
  return run(io, engine, options, makeChalk(io, color));
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
    const message = (await import('./dataError.js')).dataErrorMessage(io, err);
    if (message !== undefined) {
      io.stderr(`restore-text: ${message}\n`);
      return EXIT_ERROR;
    }
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    io.stderr(`restore-text: internal error: ${detail}\n`);
    return EXIT_ERROR;
  }
}
