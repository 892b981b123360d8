// `--trace WORD`: instead of the report, for each input the candidates considered for WORD and
// why each was or was not applied (text, or one JSON document with --format json).
import type { ChalkInstance } from 'chalk';
import { formatTraceFile } from '../report/traceText.js';
import { formatTraceJson, traceJsonFile, type JsonTraceFile } from '../report/traceJson.js';
import { displayPath } from '../report/types.js';
import { restoreOptionsFor, type CliEngine } from './engineLoader.js';
import type { CollectedInputs } from './files.js';
import { readInputText } from './inputText.js';
import type { Io } from './io.js';
import type { CliOptions } from './options.js';

/** Traces `word` through every input; returns how many inputs could not be read or decoded. */
export async function runTrace(
  io: Io,
  engine: CliEngine,
  options: CliOptions & { readonly trace: string },
  chalk: ChalkInstance,
  { inputs, problems }: CollectedInputs,
): Promise<number> {
  const json = options.format === 'json';
  const files: JsonTraceFile[] = [];
  let errors = 0;
  const fail = (path: string, reason: string): void => {
    io.stderr(`restore-text: ${displayPath(path)}: ${reason}\n`);
    errors++;
    files.push(traceJsonFile(path, '', undefined, reason));
  };
  for (const p of problems) fail(p.path, p.reason);
  // every suggestion: the trace explains each candidate, shown or not
  const restoreOptions =
    inputs.length > 0
      ? { ...restoreOptionsFor(io, engine, options), suggestions: 'all' as const }
      : undefined;
  for (const input of inputs) {
    const read = await readInputText(io, input, options.maxSize);
    if (read === undefined) continue;
    if (!read.ok) {
      fail(input.path, read.error);
      continue;
    }
    const trace = engine.traceWord(read.text, restoreOptions!, options.trace);
    if (json) files.push(traceJsonFile(input.path, read.text, trace));
    else io.stdout(formatTraceFile(input.path, read.text, trace, chalk));
  }
  if (json) io.stdout(formatTraceJson(options.trace, options.minConfidence, files));
  return errors;
}
