// Stream an ARPA file (plain or .gz) through the incremental parser.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { ArpaModel } from './arpaModel.js';
import { ArpaParser } from './arpaParser.js';

export async function readArpaFile(
  path: string,
): Promise<{ model: ArpaModel; warnings: string[] }> {
  const file = createReadStream(path);
  const input = path.endsWith('.gz') ? file.pipe(createGunzip()) : file;
  const parser = new ArpaParser();
  for await (const line of createInterface({ input, crlfDelay: Infinity })) parser.line(line);
  return { model: parser.finish(), warnings: parser.warnings };
}
