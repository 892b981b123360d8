// One restore run: inputs -> engine -> FileReports -> reporters; returns the exit code.
import type { ChalkInstance } from 'chalk';
import { resolve } from 'node:path';
import { formatDiffFile } from '../report/diff.js';
import { formatJsonFiles, jsonFile, type JsonFile } from '../report/json.js';
import { formatPatchFile } from '../report/patch.js';
import { addToSummary, EMPTY_SUMMARY, formatSummary } from '../report/summary.js';
import { formatTextFile } from '../report/text.js';
import type { FileReport, RunSummary } from '../report/types.js';
import type { RestoreOptions } from '../types.js';
import type { CliEngine } from './engineLoader.js';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UsageError } from './errors.js';
import { collectInputs, type CollectedInputs } from './files.js';
import { processInput, type RunContext } from './processInput.js';
import type { Io } from './io.js';
import type { CliOptions } from './options.js';

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

/** The file has a change that --write applies (what fails --check). */
function hasFixable(file: FileReport, minConfidence: number): boolean {
  return (file.result?.applied ?? []).some((e) => e.confidence >= minConfidence);
}

function validateCombination(options: CliOptions): void {
  if (options.paths.length === 0) {
    throw new UsageError('no input: give files or folders, or - for standard input (see --help)');
  }
  if (options.print && options.write)
    throw new UsageError('--print and --write cannot be combined');
  if (options.print && options.formatGiven)
    throw new UsageError('--print and --format cannot be combined');
  if (options.write && options.paths.includes('-')) {
    throw new UsageError('--write cannot rewrite standard input (use --print)');
  }
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

function engineOptions(io: Io, engine: CliEngine, options: CliOptions): RestoreOptions {
  const { builtin } = options;
  const base = engine.createRestoreOptions({
    builtin: typeof builtin === 'boolean' ? builtin : { exclude: builtin },
    dictPaths: options.dictPaths.map((p) => resolve(io.cwd, p)),
    context: options.context,
    minConfidence: options.minConfidence,
  });
  return { ...base, suggestions: options.suggestions };
}

/** Why a run processed no file at all: said on standard error (exit code unchanged). */
function nothingProcessed(collected: CollectedInputs, skipped: number): string {
  const why = [
    collected.ignored > 0 ? `${collected.ignored} ignored by .gitignore` : '',
    collected.hidden > 0 ? `${collected.hidden} hidden` : '',
    skipped > 0 ? `${skipped} skipped` : '',
  ].filter((w) => w !== '');
  return `restore-text: no file processed${why.length > 0 ? ` (${why.join(', ')})` : ''}\n`;
}

function formatFile(file: FileReport, options: CliOptions, chalk: ChalkInstance): string {
  const reportOptions = { chalk, explain: options.explain, minConfidence: options.minConfidence };
  switch (options.format) {
    case 'text':
      return formatTextFile(file, reportOptions);
    case 'diff':
      return formatDiffFile(file, reportOptions);
    case 'patch':
      return formatPatchFile(file);
    case 'json':
      return ''; // written whole at the end
  }
}

export async function runRestore(
  io: Io,
  engine: CliEngine,
  options: CliOptions,
  chalk: ChalkInstance,
): Promise<number> {
  validateBuiltins(options, engine.builtinNames);
  validateCombination(options);
  const collected = await collectInputs(io, options.paths);
  const { inputs, problems } = collected;
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
  const finish = (file: FileReport): void => {
    summary = addToSummary(summary, file);
    if (file.skipped !== undefined) return;
    fixable ||= hasFixable(file, options.minConfidence);
    if (options.format === 'json' && !options.print) jsonFiles.push(jsonFile(file));
  };
  const note = (path: string, text: string): void => io.stderr(`restore-text: ${path}: ${text}\n`);
  for (const p of problems) {
    note(p.path, p.reason);
    finish({ path: p.path, error: p.reason });
  }
  for (const n of collected.notes) note(n.path, n.reason);
  const ctx: RunContext | undefined =
    inputs.length > 0
      ? {
          io,
          engine,
          restoreOptions: engineOptions(io, engine, options),
          options,
          cleaned: new Set(),
          note,
        }
      : undefined;
  for (const input of inputs) {
    const file = await processInput(ctx as RunContext, input);
    finish(file);
    const shown = file.path === '-' ? '<stdin>' : file.path;
    if (file.skipped !== undefined) note(shown, file.skipped);
    if (file.skipped !== undefined) continue;
    if (file.error !== undefined) note(shown, file.error);
    if (options.print) {
      if (file.result) io.stdout(file.result.output);
    } else {
      io.stdout(formatFile(file, options, chalk));
    }
  }
  if (summary.files === 0) io.stderr(nothingProcessed(collected, summary.skipped ?? 0));
  if (!options.print) {
    if (options.format === 'json')
      io.stdout(formatJsonFiles(jsonFiles, summary, options.minConfidence));
    if (options.format === 'text' || options.format === 'diff') {
      io.stdout(formatSummary(summary, options.write, chalk));
    }
  }
  return exitCodeFor(summary, fixable, options);
}
