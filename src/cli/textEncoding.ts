// Bytes of a file -> its text and encoding, or why it is not text. UTF-8 (with or without a byte
// order mark) and UTF-16 with a byte order mark are read; the mark is kept in the string
// (ignoreBOM) so that writing the output back in the same encoding gives it back, and nothing
// else is changed. UTF-32, UTF-16 without a mark and other encodings are refused with the reason.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly ok: false; readonly binary: boolean; readonly reason: string };

export const BINARY_REASON = 'binary file (contains NUL bytes), skipped';
export const NOT_UTF8_REASON = 'not valid UTF-8, skipped';
export const UTF32_REASON = 'UTF-32 text is not supported, skipped';
export const UTF16_NO_BOM_REASON =
  'looks like UTF-16 without a byte order mark (not supported), skipped';
export const BAD_UTF16_REASON =
  'not valid UTF-16 (it starts with a UTF-16 byte order mark), skipped';

const startsWith = (bytes: Uint8Array, ...prefix: number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

/**
 * Text in UTF-16 without a mark: at least 16 bytes, every other byte 0 on one side (mostly:
 * ASCII-range text), never on the other, where the bytes are text characters.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return false;
  const side = (offset: number): { zeros: number; text: boolean } => {
    let zeros = 0;
    let text = true;
    for (let i = offset; i < n; i += 2) {
      const b = bytes[i] as number;
      if (b === 0) zeros++;
      else if (b < 9 || (b > 13 && b < 32) || b === 127) text = false;
    }
    return { zeros, text };
  };
  const [even, odd] = [side(0), side(1)];
  const half = n / 2;
  return (
    (odd.zeros >= half * 0.6 && even.zeros === 0 && even.text) ||
    (even.zeros >= half * 0.6 && odd.zeros === 0 && odd.text)
  );
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  if (bytes.length % 2 !== 0) return { ok: false, binary: false, reason: BAD_UTF16_REASON };
  try {
    // TextDecoder has no UTF-16BE on every runtime: swap the bytes and read it as LE.
    const le = encoding === 'utf-16le' ? bytes : swapPairs(bytes);
    const text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le);
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, binary: false, reason: BAD_UTF16_REASON };
  }
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] as number;
    out[i + 1] = bytes[i] as number;
  }
  return out;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, 0xff, 0xfe, 0, 0) || startsWith(bytes, 0, 0, 0xfe, 0xff)) {
    return { ok: false, binary: false, reason: UTF32_REASON };
  }
  if (startsWith(bytes, 0xff, 0xfe)) return decodeUtf16(bytes, 'utf-16le');
  if (startsWith(bytes, 0xfe, 0xff)) return decodeUtf16(bytes, 'utf-16be');
  if (bytes.includes(0)) {
    if (looksLikeUtf16(bytes)) return { ok: false, binary: false, reason: UTF16_NO_BOM_REASON };
    return { ok: false, binary: true, reason: BINARY_REASON };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    return { ok: false, binary: false, reason: NOT_UTF8_REASON };
  }
}

/** The text in the encoding it was read in (a UTF-16 text keeps its mark: it is in the string). */
export function encodeText(text: string, encoding: TextEncodingName = 'utf-8'): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [first, second] =
      encoding === 'utf-16le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    out[2 * i] = first;
    out[2 * i + 1] = second;
  }
  return out;
}
