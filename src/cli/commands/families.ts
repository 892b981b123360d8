// `restore-text families [paths...] [-f text|json]`: per document the kind of spinner it shows,
// with the evidence (src/core/documentFamily.ts), and for several documents the groups spun by
// one swap table (src/families/swapTables.ts). docs/families.md.
import { groupBySwapTable, type DocumentSwaps } from '../../families/swapTables.js';
import { formatFamiliesJson, type FamiliesReportInput } from '../../report/familiesJson.js';
import { formatFamiliesText } from '../../report/familiesText.js';
import type { DocumentFamily } from '../../core/documentFamily.js';
import { makeChalk } from '../color.js';
import type { CliEngine } from '../engineLoader.js';
import { EXIT_ERROR, EXIT_OK, UsageError } from '../errors.js';
import { collectInputs } from '../files.js';
import { readInputText } from '../inputText.js';
import type { Io } from '../io.js';
import { DEFAULT_MAX_SIZE } from '../sizes.js';
import { DEFAULT_EXTENSIONS } from '../walkDefaults.js';
import type { FamiliesRequest } from './toolCommands.js';

/** A swap counts towards a document's table when the LM supports it this much (log10). */
export const TABLE_GAIN = 2;
/** Documents less likely spun than this are left out of the groups (short copies of a news
 * spinner show little else than the swaps they share: 0.3 for a 40-word one). */
export const GROUP_SPUN = 0.25;

function tableOf(path: string, r: DocumentFamily): DocumentSwaps | undefined {
  if (r.spun < GROUP_SPUN) return undefined;
  const swaps = new Map<string, string>();
  for (const s of r.counts.swaps)
    if (s.gain >= TABLE_GAIN && !swaps.has(s.original)) swaps.set(s.original, s.written);
  return { name: path, swaps };
}

export async function runFamilies(
  io: Io,
  request: FamiliesRequest,
  engine: CliEngine,
): Promise<number> {
  const { inputs, problems } = await collectInputs(io, request.paths, {
    extensions: DEFAULT_EXTENSIONS,
    exclude: [],
    maxSize: DEFAULT_MAX_SIZE,
  });
  let errors = 0;
  for (const p of problems) {
    io.stderr(`restore-text: ${p.path}: ${p.reason}\n`);
    errors++;
  }
  if (inputs.length === 0 && errors === 0) throw new UsageError('no file to read');
  const options = engine.createRestoreOptions({});
  const documents: Array<FamiliesReportInput['documents'][number]> = [];
  for (const input of inputs) {
    const read = await readInputText(io, input, DEFAULT_MAX_SIZE);
    if (read === undefined) continue; // a binary file met in a folder
    if (!read.ok) {
      io.stderr(`restore-text: ${input.path}: ${read.error}\n`);
      errors++;
      continue;
    }
    const text = read.text.replace(/^\ufeff/, '');
    documents.push({ path: input.path, result: engine.documentFamily(text, options) });
  }
  const tables = documents.flatMap((d) => tableOf(d.path, d.result) ?? []);
  const report: FamiliesReportInput = { documents, groups: groupBySwapTable(tables) };
  if (request.format === 'json') io.stdout(formatFamiliesJson(report));
  else io.stdout(formatFamiliesText(report, makeChalk(io, request.color)));
  return errors > 0 ? EXIT_ERROR : EXIT_OK;
}
