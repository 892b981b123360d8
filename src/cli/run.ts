// One restore run: inputs -> engine (-> review) -> written results -> reporters; returns the
// exit code.
import type { ChalkInstance } from 'chalk';
import { resolve } from 'node:path';
import { addToSummary, EMPTY_SUMMARY } from '../report/summary.js';
import type { SkippedFile } from '../report/ranking.js';
import type { FileReport, RunSummary } from '../report/types.js';
import { restoreOptionsFor, type CliEngine } from './engineLoader.js';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_OK, UsageError } from './errors.js';
import { collectInputs, type CollectedInputs, type Input } from './files.js';
import type { Io } from './io.js';
import { validateCombination, type CliOptions } from './options.js';
import { writeInput, type RunContext } from './processInput.js';
import { processInputs } from './workers/restoreInputs.js';
import { startProgress } from './progress.js';
import { runTrace } from './traceRun.js';
import { createReporter, type RunFacts } from './reporters.js';
import { runFacts } from './runFacts.js';

/**
 * The exit-code policy, decided here and only here:
 *   2  some input could not be read, decoded or written (an I/O error outranks findings: the
 *      other files were still processed and reported, but a run that skipped files must not
 *      look clean, nor merely "found something", to a CI job). Usage errors (UsageError,
 *      commander), dictionaries or models that cannot be loaded (DictionaryError,
 *      LanguageModelError) and internal errors also give 2; main() maps those. Files left out
 *      of a folder walk (binary, too large, link loops) are reported but are no error.
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

/** Why a run processed no file at all: said on standard error (exit code unchanged). */
function nothingProcessed(collected: CollectedInputs, skipped: number): string {
  const why = [
    collected.ignored > 0 ? `${collected.ignored} ignored by ignore files or --exclude` : '',
    collected.hidden > 0 ? `${collected.hidden} hidden` : '',
    collected.otherExtensions > 0 ? `${collected.otherExtensions} of other extensions (--ext)` : '',
    skipped > 0 ? `${skipped} skipped` : '',
  ].filter((w) => w !== '');
  return `restore-text: no file processed${why.length > 0 ? ` (${why.join(', ')})` : ''}\n`;
}

function walkOptions(io: Io, options: CliOptions) {
  const exclude = [...options.exclude];
  if (options.outputDir !== undefined) {
    // never read back what this run writes
    const rel = resolve(io.cwd, options.outputDir).slice(io.cwd.length + 1);
    if (rel !== '' && !rel.startsWith('..')) exclude.push(`/${rel}/`);
  }
  return {
    extensions: options.extensions,
    exclude,
    ...(options.configIgnore ? { configIgnore: options.configIgnore } : {}),
    ...(options.configFile !== undefined ? { configDir: resolve(options.configFile, '..') } : {}),
    maxSize: options.maxSize,
  };
}

export async function runRestore(
  io: Io,
  engine: CliEngine,
  options: CliOptions,
  chalk: ChalkInstance,
): Promise<number> {
  validateCombination(options);
  if (options.interactive && !(io.stdinIsTTY && io.stdoutIsTTY)) {
    throw new UsageError(
      '--interactive needs a terminal: standard input and output must both be one (use --format diff to review, --write to apply)',
    );
  }
  const collected = await collectInputs(io, options.paths, walkOptions(io, options));
  const { inputs, problems, skipped } = collected;
  const { trace } = options;
  if (trace !== undefined) {
    const errors = await runTrace(io, engine, { ...options, trace }, chalk, collected);
    return exitCodeFor({ ...EMPTY_SUMMARY, errors }, false, options);
  }
  if (options.print && inputs.length + problems.length !== 1) {
    throw new UsageError(
      `--print takes exactly one input file (got ${inputs.length + problems.length})`,
    );
  }
  const restoreOptions = inputs.length > 0 ? restoreOptionsFor(io, engine, options) : undefined;
  const note = (path: string, text: string): void => io.stderr(`restore-text: ${path}: ${text}\n`);
  const ctx: RunContext | undefined =
    restoreOptions !== undefined
      ? { io, engine, restoreOptions, options, cleaned: new Set(), note }
      : undefined;
  const facts: RunFacts = runFacts(io.cwd, engine, restoreOptions);
  const reporter = createReporter(options, chalk, facts);
  let report = '';
  const emit = (text: string) => {
    if (options.reportPath !== undefined) report += text;
    else io.stdout(text);
  };
  // Files are tallied and reported as they are done, and their texts dropped (a folder of a
  // corpus would otherwise be held in memory whole).
  let summary = EMPTY_SUMMARY;
  let fixable = false;
  const left: SkippedFile[] = [...skipped];
  /** `found`: the engine's report of the file (before a review), which the verdict is of. */
  const finish = (file: FileReport, found: FileReport = file): void => {
    summary = addToSummary(summary, file);
    fixable ||= hasFixable(file, options.minConfidence);
    if (file.error !== undefined) note(file.path === '-' ? '<stdin>' : file.path, file.error);
    if (options.print) {
      if (file.result) io.stdout(file.result.output);
    } else {
      const text = reporter.file(options.interactive ? found : file);
      if (!options.interactive) emit(text); // the review has shown each finding
    }
  };
  problems.forEach((p) => finish({ path: p.path, error: p.reason }));
  const totalBytes = inputs.reduce((n, i) => n + (i.size ?? 0), 0);
  const quietly = options.quiet || options.interactive || options.print;
  const progress = startProgress(io, !quietly, inputs.length, totalBytes);
  const review = options.interactive
    ? (await import('./review/reviewRun.js')).startReview(io, chalk, options)
    : undefined;
  try {
    // read and restored in input order, here or by worker threads (--jobs)
    const results = ctx ? processInputs(ctx, inputs) : undefined;
    let at = 0;
    for await (const processed of results ?? []) {
      const input = inputs[at++] as Input;
      if ('skipped' in processed) {
        left.push({ path: input.path, reason: processed.skipped });
        continue;
      }
      let { file } = processed;
      const reviewed = review ? await review.file(file) : undefined;
      if (reviewed) file = reviewed.file;
      if (reviewed?.end !== 'abort' && processed.read)
        file = await writeInput(ctx as RunContext, input, file, processed.read);
      finish(file, processed.file);
      progress?.advance(input.size ?? 0);
      if (reviewed && reviewed.end !== 'next') break;
    }
  } finally {
    progress?.stop();
    if (review) io.stdout(await review.close());
  }
  if (summary.files === 0 && problems.length === 0)
    io.stderr(nothingProcessed(collected, left.length));
  if (!options.print) emit(reporter.end(summary, left));
  if (options.reportPath !== undefined) {
    await io.writeNewFile(resolve(io.cwd, options.reportPath), new TextEncoder().encode(report));
  }
  // Ctrl-C in the review: nothing more was written; exit as an interrupted command does.
  if (review?.aborted() === true) return EXIT_INTERRUPTED;
  return exitCodeFor(summary, fixable, options);
}
