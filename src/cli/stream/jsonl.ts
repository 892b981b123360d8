// `--jsonl`: a stream of documents, one JSON object {"id", "text"} a line, from standard input
// (or the files named), restored one by one; one result line each on standard output, in input
// order (docs/stream-schema.md). A line that is not such an object is reported on standard error
// with its line number, and the stream goes on. Blank lines are skipped. Exit code: 2 when a
// line was malformed or a file could not be read; else, with --check, 1 when a change was
// applied; else 0 (as for files: run.ts).
import type { ChalkInstance } from 'chalk';
import { resolve } from 'node:path';
import { parseStreamLine, streamLine, streamResult } from '../../report/jsonl.js';
import type { CliEngine } from '../engineLoader.js';
import { describeFsError, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import type { Io } from '../io.js';
import type { CliOptions } from '../options.js';
import { formatSize } from '../sizes.js';
import { restoreOptionsFor as engineOptions } from '../engineLoader.js';

/** The bytes of standard input (as they come, when the Io can) or of a file, in chunks. */
async function* chunksOf(io: Io, path: string): AsyncGenerator<Uint8Array> {
  if (path !== '-') {
    const abs = resolve(io.cwd, path);
    if (io.readFileChunks) yield* io.readFileChunks(abs);
    else yield await io.readFile(abs);
  } else if (io.stdinChunks) yield* io.stdinChunks();
  else yield await io.readStdin();
}

/**
 * Lines of a byte stream (split at LF; a CR before it is dropped), each with its number; a line
 * longer than `limit` bytes (--max-size: one document) is given as `undefined`, its bytes dropped
 * as they come, so that it is never held whole.
 */
async function* linesOf(
  chunks: AsyncIterable<Uint8Array>,
  limit: number,
): AsyncGenerator<[Uint8Array | undefined, number]> {
  let rest = new Uint8Array(0);
  let number = 0;
  let tooLong = false;
  for await (const chunk of chunks) {
    let bytes = rest.length === 0 ? chunk : concat(rest, chunk);
    for (let nl = bytes.indexOf(10); nl >= 0; nl = bytes.indexOf(10)) {
      const line = bytes.subarray(0, nl > 0 && bytes[nl - 1] === 13 ? nl - 1 : nl);
      yield [tooLong || line.length > limit ? undefined : line, ++number];
      tooLong = false;
      bytes = bytes.subarray(nl + 1);
    }
    if (bytes.length > limit) {
      tooLong = true;
      bytes = new Uint8Array(0);
    }
    rest = bytes.slice();
  }
  if (tooLong) yield [undefined, ++number];
  else if (rest.length > 0) yield [rest, ++number];
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export async function runJsonl(
  io: Io,
  engine: CliEngine,
  options: CliOptions,
  _chalk: ChalkInstance,
): Promise<number> {
  const restoreOptions = engineOptions(io, engine, options);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const shown = { explain: options.explain, print: options.print };
  let errors = 0;
  let fixable = false;
  for (const path of options.paths.length === 0 ? ['-'] : options.paths) {
    const name = path === '-' ? '<stdin>' : path;
    try {
      for await (const [bytes, line] of linesOf(chunksOf(io, path), options.maxSize)) {
        const problem = (reason: string): void => {
          errors++;
          io.stderr(`restore-text: ${name}:${line}: ${reason}\n`);
        };
        if (bytes === undefined) {
          problem(`a line over the --max-size limit of ${formatSize(options.maxSize)}; skipped`);
          continue;
        }
        let text: string;
        try {
          text = decoder.decode(bytes);
        } catch {
          problem('not valid UTF-8');
          continue;
        }
        if (text.trim() === '') continue;
        const doc = parseStreamLine(text);
        if ('error' in doc) {
          problem(doc.error);
          continue;
        }
        const result = engine.restore(doc.text, restoreOptions);
        fixable ||= result.applied.some((e) => e.confidence >= options.minConfidence);
        io.stdout(streamLine(streamResult(doc.id, result, shown)));
      }
    } catch (err) {
      errors++;
      io.stderr(`restore-text: ${name}: ${describeFsError(err)}\n`);
    }
  }
  if (errors > 0) return EXIT_ERROR;
  return options.check && fixable ? EXIT_FINDINGS : EXIT_OK;
}
