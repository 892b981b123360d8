// Bytes of a file -> its text, or why it is not UTF-8 text. The byte order mark is kept in the
// string (ignoreBOM) so that writing the output back keeps it; nothing else is changed.

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly binary: boolean; readonly reason: string };

export const BINARY_REASON = 'binary file (contains NUL bytes), skipped';
export const NOT_UTF8_REASON = 'not valid UTF-8, skipped';

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { ok: false, binary: true, reason: BINARY_REASON };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, binary: false, reason: NOT_UTF8_REASON };
  }
}

export function encodeText(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
