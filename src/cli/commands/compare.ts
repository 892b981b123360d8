// `restore-text compare ORIGINAL SUSPECT [-f text|json|html]`: how close the suspect is to the
// original, before and after restoring it with the engine (src/compare/, docs/compare.md).
import { resolve } from 'node:path';
import { compareTexts } from '../../compare/compareTexts.js';
import { knownSwaps } from '../../learn/knownSwaps.js';
import { thesaurusRelated } from '../../learn/thesaurusRelated.js';
import { formatCompareHtml } from '../../report/compareHtml.js';
import { formatCompareJson, type CompareReportInput } from '../../report/compareJson.js';
import { formatCompareText } from '../../report/compareText.js';
import { makeChalk } from '../color.js';
import type { CliEngine } from '../engineLoader.js';
import { describeFsError, EXIT_OK, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { decodeText } from '../textEncoding.js';
import type { CompareRequest } from './toolCommands.js';

async function readText(io: Io, path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(resolve(io.cwd, path));
  } catch (err) {
    throw new UsageError(`${path}: ${describeFsError(err)}`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new UsageError(`${path}: ${decoded.reason.replace(/, skipped$/, '')}`);
  return decoded.text.replace(/^\ufeff/, '');
}

export async function runCompare(
  io: Io,
  request: CompareRequest,
  engine: CliEngine,
): Promise<number> {
  const original = await readText(io, request.original);
  const suspect = await readText(io, request.suspect);
  const options = engine.createRestoreOptions({
    dictPaths: request.dictPaths.map((p) => resolve(io.cwd, p)),
    minConfidence: request.minConfidence,
  });
  const restoration = engine.restore(suspect, options);
  const input: CompareReportInput = {
    original: request.original,
    suspect: request.suspect,
    minConfidence: request.minConfidence,
    restoredEdits: restoration.applied.length,
    comparison: compareTexts(original, suspect, restoration, {
      known: knownSwaps(options.dictionaries),
      ...(options.thesaurus === undefined ? {} : { related: thesaurusRelated(options.thesaurus) }),
    }),
  };
  if (request.format === 'json') io.stdout(formatCompareJson(input));
  else if (request.format === 'html') io.stdout(formatCompareHtml(input));
  else io.stdout(formatCompareText(input, makeChalk(io, request.color)));
  return EXIT_OK;
}
