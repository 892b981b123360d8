// One input's text: read (a file or standard input) and decoded.
import { formatSize } from './sizes.js';
import { decodeText } from './textEncoding.js';
import { describeFsError } from './errors.js';
import type { Input } from './files.js';
import type { Io } from './io.js';

export type InputText =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

/** The text of an input; undefined for a binary file met while walking a folder. */
export async function readInputText(
  io: Io,
  input: Input,
  maxSize?: number,
): Promise<InputText | undefined> {
  let bytes: Uint8Array;
  try {
    bytes =
      input.abs === undefined ? await io.readStdin(maxSize) : await io.readFile(input.abs, maxSize);
  } catch (err) {
    if ((err as { code?: unknown }).code === 'EFBIG' && maxSize !== undefined) {
      return { ok: false, error: `more than ${formatSize(maxSize)}: over the --max-size limit` };
    }
    return { ok: false, error: describeFsError(err) };
  }
  const decoded = decodeText(bytes);
  if (decoded.ok) return { ok: true, text: decoded.text };
  if (decoded.binary && !input.explicit) return undefined; // folders: text files only
  return { ok: false, error: decoded.reason };
}
