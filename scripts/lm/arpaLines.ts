// The lines of an ARPA file, plain or gzipped (`.gz`), streamed: the one reader of LM source
// files for the build scripts (readArpaFile, the thesaurus vocabulary, the dictionary builders).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

/** Lines of `path`; stop early by breaking out of the loop (the stream is closed). */
export async function* arpaLines(path: string): AsyncGenerator<string> {
  const file = createReadStream(path);
  const input = path.endsWith('.gz') ? file.pipe(createGunzip()) : file;
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } finally {
    lines.close();
    file.destroy();
  }
}
