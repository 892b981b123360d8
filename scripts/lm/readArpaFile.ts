// Stream an ARPA file (plain or .gz) through the incremental parser.
import type { ArpaModel } from './arpaModel.js';
import { arpaLines } from './arpaLines.js';
import { ArpaParser } from './arpaParser.js';

export async function readArpaFile(
  path: string,
): Promise<{ model: ArpaModel; warnings: string[] }> {
  const parser = new ArpaParser();
  for await (const line of arpaLines(path)) parser.line(line);
  return { model: parser.finish(), warnings: parser.warnings };
}
