// Long documents are decoded in chunks of whole sentences, so cost stays linear in their length.
import type { Token } from '../../types.js';
import { CHUNK_WORDS } from '../tuning.js';

/** Token ranges [from, to) of about `size` words each, cut after a sentence end. */
export function chunks(
  tokens: readonly Token[],
  size: number = CHUNK_WORDS,
): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  let start = 0;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' || t.kind === 'number') words++;
    const boundary = (t.kind === 'punct' && /^[.!?]$/.test(t.text)) || t.kind === 'newline';
    if (words >= size && boundary) {
      out.push([start, i + 1]);
      start = i + 1;
      words = 0;
    }
  }
  if (start < tokens.length) out.push([start, tokens.length]);
  return out;
}
