// One input, restored and reported section by section (inputSections.ts): each section's report
// is written as soon as it is restored, with lines and offsets of the whole file, and nothing of
// it is kept but its counts (and, for --format json, its findings; for --write, its output).
// A file of one section gives exactly the report it always gave.
import type { ChalkInstance } from 'chalk';
import { lineBreaks } from '../../core/sections.js';
import { formatDiffFile } from '../../report/diff.js';
import { jsonEdits, type JsonEdit, type JsonFile } from '../../report/json.js';
import { formatPatchFile } from '../../report/patch.js';
import type { FileCounts } from '../../report/summary.js';
import { formatTextFile } from '../../report/text.js';
import type { FileReport } from '../../report/types.js';
import type { RestoreOptions } from '../../types.js';
import type { CliEngine } from '../engineLoader.js';
import { describeFsError } from '../errors.js';
import type { Input } from '../files.js';
import type { Io } from '../io.js';
import type { CliOptions } from '../options.js';
import { encodeText } from '../textEncoding.js';
import { inputText, type Section } from './inputSections.js';

/** What a run needs to restore its inputs. */
export interface RunContext {
  readonly io: Io;
  readonly engine: CliEngine;
  readonly restoreOptions: RestoreOptions;
  readonly options: CliOptions;
  readonly chalk: ChalkInstance;
}

/** Where an input's report goes, as it is made. */
export interface ReportSink {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** What the run keeps of a file once it is done (plain data: it crosses worker threads). */
export interface FileOutcome {
  readonly path: string;
  readonly counts: FileCounts;
  /** A change that --write applies (what fails --check). */
  readonly fixable: boolean;
  /** Why the file could not be read, decoded or written. */
  readonly error?: string;
  /** --format json: the file's entry. */
  readonly json?: JsonFile;
}

export function formatFile(file: FileReport, options: CliOptions, chalk: ChalkInstance): string {
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

/** An input that could not be read (or found): counted as an error, reported with its reason. */
export function failedOutcome(path: string, error: string, options: CliOptions): FileOutcome {
  const counts = { applied: 0, suggestions: 0, written: false };
  return outcome(options, path, counts, { fixable: false, changed: false, edits: [], error });
}

function outcome(
  options: CliOptions,
  path: string,
  counts: Omit<FileCounts, 'error'>,
  more: { fixable: boolean; changed: boolean; edits: readonly JsonEdit[]; error?: string },
): FileOutcome {
  const { error } = more;
  const json = options.format === 'json' && !options.print;
  return {
    path,
    counts: { ...counts, error: error !== undefined },
    fixable: more.fixable,
    ...(error !== undefined ? { error } : {}),
    ...(json
      ? {
          json: {
            path,
            changed: more.changed,
            written: counts.written,
            edits: more.edits,
            ...(error !== undefined ? { error } : {}),
          },
        }
      : {}),
  };
}

/** Restores and reports one input; undefined for a binary file met while walking a folder. */
export async function restoreInput(
  ctx: RunContext,
  input: Input,
  sink: ReportSink,
): Promise<FileOutcome | undefined> {
  const { options } = ctx;
  const failed = (error: string): FileOutcome => failedOutcome(input.path, error, options);
  let text;
  try {
    text = await inputText(ctx.io, input);
  } catch (err) {
    return failed(describeFsError(err));
  }
  if (!text.ok) return text.binary && !input.explicit ? undefined : failed(text.reason);
  let applied = 0;
  let suggestions = 0;
  let fixable = false;
  let changed = false;
  let continued = false;
  let lineShift = 0;
  const edits: JsonEdit[] = [];
  const outputs: string[] = [];
  // Only reading may fail here: an engine error (a model that cannot load) ends the run.
  const sections = text.sections[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Section>;
    try {
      next = await sections.next();
    } catch (err) {
      const counts = { applied, suggestions, written: false };
      const error = describeFsError(err);
      return outcome(options, input.path, counts, { fixable, changed, edits, error });
    }
    if (next.done === true) break;
    const section = next.value;
    const result = ctx.engine.restore(section.text, ctx.restoreOptions);
    const origin = { offset: section.offset, line: section.line, lineShift, continued };
    const part: FileReport = { path: input.path, result, origin };
    applied += result.applied.length;
    suggestions += result.suggestions.length;
    fixable ||= result.applied.some((e) => e.confidence >= options.minConfidence);
    if (result.output !== result.input) {
      changed = true;
      lineShift += lineBreaks(result.output) - lineBreaks(result.input);
    }
    if (options.write) outputs.push(result.output);
    if (options.print) sink.stdout(result.output);
    else if (options.format === 'json') edits.push(...jsonEdits(part));
    else {
      const report = formatFile(part, options, ctx.chalk);
      if (report !== '') sink.stdout(report);
      continued ||= report !== '';
    }
  }
  const counts = { applied, suggestions, written: false };
  if (!options.write || input.abs === undefined || !changed) {
    return outcome(options, input.path, counts, { fixable, changed, edits });
  }
  try {
    await ctx.io.writeFileAtomic(input.abs, encodeText(outputs.join('')));
    return outcome(options, input.path, { ...counts, written: true }, { fixable, changed, edits });
  } catch (err) {
    const error = `cannot write: ${describeFsError(err)}`;
    return outcome(options, input.path, counts, { fixable, changed, edits, error });
  }
}
