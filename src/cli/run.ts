// One restore run: inputs -> engine -> FileReports -> reporters; returns the exit code.
import type { ChalkInstance } from 'chalk';
import { resolve } from 'node:path';
import { formatJsonFiles, type JsonFile } from '../report/json.js';
import { addCounts, EMPTY_SUMMARY, formatSummary } from '../report/summary.js';
import type { RunSummary } from '../report/types.js';
import type { RestoreOptions } from '../types.js';
import type { CliEngine } from './engineLoader.js';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UsageError } from './errors.js';
import { collectInputs } from './files.js';
import type { Io } from './io.js';
import { validateCombination, type CliOptions } from './options.js';
import { failedOutcome, type FileOutcome } from './stream/restoreInput.js';
import { restoreInputs } from './workers/restoreInputs.js';

/**
 * The exit-code policy, decided here and only here:
 *   2  some input could not be read, decoded or written (an I/O error outranks findings: the
 *      other files were still processed and reported, but a run that skipped files must not
 *      look clean, nor merely "found something", to a CI job). Usage errors (UsageError,
 *      commander), dictionaries or models that cannot be loaded (DictionaryError,
 *      LanguageModelError) and internal errors also give 2; main() maps those.
 *   1  --check, and at least one change would be applied (confidence >= the threshold, not a
 *      suggestion-only entry, not beaten by an overlapping edit): exactly what --write fixes,
 *      so `--write` then `--check` passes. With --write as well, this still counts what was
 *      found (and fixed). Suggestions never fail a check: nothing could make them go away.
 *   0  otherwise: without --check, findings are a report, not a failure.
 */
export function exitCodeFor(
  summary: RunSummary,
  fixable: boolean,
  options: Pick<CliOptions, 'check'>,
): number {
  if (summary.errors > 0) return EXIT_ERROR;
  if (!options.check) return EXIT_OK;
  return fixable ? EXIT_FINDINGS : EXIT_OK;
}

function validateBuiltins(options: CliOptions, known: readonly string[]): void {
  if (typeof options.builtin === 'boolean') return;
  for (const name of options.builtin) {
    if (!known.includes(name)) {
      throw new UsageError(
        `--no-builtin: unknown built-in dictionary '${name}' (known: ${known.join(', ')}; put paths before --no-builtin or after --)`,
      );
    }
  }
}

/** The engine's options for a run (also made by each worker thread, from the same CliOptions). */
export function engineOptions(io: Io, engine: CliEngine, options: CliOptions): RestoreOptions {
  const { builtin } = options;
  return engine.createRestoreOptions({
    builtin: typeof builtin === 'boolean' ? builtin : { exclude: builtin },
    dictPaths: options.dictPaths.map((p) => resolve(io.cwd, p)),
    context: options.context,
    minConfidence: options.minConfidence,
  });
}

export async function runRestore(
  io: Io,
  engine: CliEngine,
  options: CliOptions,
  chalk: ChalkInstance,
): Promise<number> {
  validateBuiltins(options, engine.builtinNames);
  validateCombination(options);
  const { inputs, problems } = await collectInputs(io, options.paths);
  if (options.print && inputs.length + problems.length !== 1) {
    throw new UsageError(
      `--print takes exactly one input file (got ${inputs.length + problems.length})`,
    );
  }
  // Files are tallied and reported as they are done, and their results dropped (a folder of a
  // corpus would otherwise be held in memory whole); JSON keeps each file's converted edits.
  let summary = EMPTY_SUMMARY;
  let fixable = false;
  const jsonFiles: JsonFile[] = [];
  const finish = (file: FileOutcome): void => {
    summary = addCounts(summary, file.counts);
    fixable ||= file.fixable;
    if (file.json !== undefined) jsonFiles.push(file.json);
  };
  for (const p of problems) {
    io.stderr(`restore-text: ${p.path}: ${p.reason}\n`);
    finish(failedOutcome(p.path, p.reason, options));
  }
  if (inputs.length > 0) {
    const restoreOptions = (): RestoreOptions => engineOptions(io, engine, options);
    await restoreInputs({ io, engine, options, chalk }, restoreOptions, inputs, (file) => {
      finish(file);
      if (file.error !== undefined)
        io.stderr(`restore-text: ${file.path === '-' ? '<stdin>' : file.path}: ${file.error}\n`);
    });
  }
  if (!options.print) {
    if (options.format === 'json')
      io.stdout(formatJsonFiles(jsonFiles, summary, options.minConfidence));
    if (options.format === 'text' || options.format === 'diff') {
      io.stdout(formatSummary(summary, options.write, chalk));
    }
  }
  return exitCodeFor(summary, fixable, options);
}
