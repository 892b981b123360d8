// One restore run: inputs -> engine -> FileReports -> reporters; returns the exit code.
import type { ChalkInstance } from 'chalk';
import { formatDiffFile } from '../report/diff.js';
import { formatJsonFiles, jsonFile, type JsonFile } from '../report/json.js';
import { formatPatchFile } from '../report/patch.js';
import { addToSummary, EMPTY_SUMMARY, formatSummary } from '../report/summary.js';
import { formatTextFile } from '../report/text.js';
import type { FileReport, RunSummary } from '../report/types.js';
import type { RestoreOptions } from '../types.js';
import { encodeText } from './textEncoding.js';
import { restoreOptionsFor, type CliEngine } from './engineLoader.js';
import { readInputText } from './inputText.js';
import { runTrace } from './traceRun.js';
import { describeFsError, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UsageError } from './errors.js';
import { collectInputs, type CollectedInputs, type Input } from './files.js';
import type { Io } from './io.js';
import { validateCombination, type CliOptions } from './options.js';

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
 *   0  otherwise: without --check, findings are a report, not a failure. --trace (no --check)
 *      gives 0 or 2.
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

/** Read, decode and restore one input; undefined for a binary file met while walking a folder. */
async function processInput(
  io: Io,
  engine: CliEngine,
  restoreOptions: RestoreOptions,
  input: Input,
  write: boolean,
): Promise<FileReport | undefined> {
  const read = await readInputText(io, input);
  if (read === undefined) return undefined;
  if (!read.ok) return { path: input.path, error: read.error };
  const result = engine.restore(read.text, restoreOptions);
  if (!write || input.abs === undefined || result.output === read.text) {
    return { path: input.path, result };
  }
  try {
    await io.writeFileAtomic(input.abs, encodeText(result.output));
    return { path: input.path, result, written: true };
  } catch (err) {
    return { path: input.path, result, error: `cannot write: ${describeFsError(err)}` };
  }
}

function formatFile(file: FileReport, options: CliOptions, chalk: ChalkInstance): string {
  const reportOptions = { chalk, explain: options.explain };
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
  const found = await collectInputs(io, options.paths);
  const { trace } = options;
  if (trace !== undefined) {
    const errors = await runTrace(io, engine, { ...options, trace }, chalk, found);
    return exitCodeFor({ ...EMPTY_SUMMARY, errors }, false, options);
  }
  const count = found.inputs.length + found.problems.length;
  if (options.print && count !== 1) {
    throw new UsageError(`--print takes exactly one input file (got ${count})`);
  }
  return runReport(io, engine, options, chalk, found);
}

/** The report of every input (or, with --print, the one input's output); the exit code. */
async function runReport(
  io: Io,
  engine: CliEngine,
  options: CliOptions,
  chalk: ChalkInstance,
  { inputs, problems }: CollectedInputs,
): Promise<number> {
  // Files are tallied and reported as they are done, and their results dropped (a folder of a
  // corpus would otherwise be held in memory whole); JSON keeps each file's converted edits.
  let summary = EMPTY_SUMMARY;
  let fixable = false;
  const jsonFiles: JsonFile[] = [];
  const finish = (file: FileReport): void => {
    summary = addToSummary(summary, file);
    fixable ||= hasFixable(file, options.minConfidence);
    if (options.format === 'json' && !options.print) jsonFiles.push(jsonFile(file));
  };
  for (const p of problems) {
    io.stderr(`restore-text: ${p.path}: ${p.reason}\n`);
    finish({ path: p.path, error: p.reason });
  }
  const restoreOptions = inputs.length > 0 ? restoreOptionsFor(io, engine, options) : undefined;
  for (const input of inputs) {
    const file = await processInput(io, engine, restoreOptions!, input, options.write);
    if (!file) continue;
    finish(file);
    if (file.error !== undefined)
      io.stderr(`restore-text: ${file.path === '-' ? '<stdin>' : file.path}: ${file.error}\n`);
    if (options.print) {
      if (file.result) io.stdout(file.result.output);
    } else {
      io.stdout(formatFile(file, options, chalk));
    }
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
