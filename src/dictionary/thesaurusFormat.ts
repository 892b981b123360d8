// Binary format of the shipped reversed thesaurus (dictionaries/thesaurus/reversed.bin). Pure.
//
//   header      one line of JSON (UTF-8) ending in \n: { format, maxPhraseWords, keys, … }
//   u32 LE n    then n bytes: the originals, UTF-8, joined by \n (most frequent first)
//   u32 LE n    then n bytes: the spun keys, UTF-8, joined by \n, sorted by JS `<`
//   padding     zero bytes up to a multiple of 4
//   u32 LE × (keys + 1)   start of each key's candidates in the candidate block
//   candidates  per key, in the default order: LEB128 varints, originalIndex * 16 + flags
//
// Flags: 1 Moby lists spun as a synonym of orig (head orig); 2 WordNet puts both in one synset;
// 4 spun is the first lemma of such a synset; 8 Moby lists orig as a synonym of spun (head spun).
// All words are normalized (see normalizeWord) and joined by one space.
import type { ThesaurusCandidate, ThesaurusSource } from '../types.js';

export const THESAURUS_FORMAT = 'restore-text reversed thesaurus v2';

export const FLAG_MOBY = 1;
export const FLAG_WORDNET = 2;
export const FLAG_FIRST_LEMMA = 4;
export const FLAG_MOBY_REVERSE = 8;

export interface ThesaurusHeader {
  readonly format: string;
  readonly maxPhraseWords: number;
  readonly [key: string]: unknown;
}

export interface EncodedCandidate {
  readonly text: string;
  readonly flags: number;
}

/** Source list and firstLemma of a flag set (Moby either direction counts as `moby`). */
export function candidateOf(text: string, flags: number): ThesaurusCandidate {
  const sources: ThesaurusSource[] = [];
  if (flags & (FLAG_MOBY | FLAG_MOBY_REVERSE)) sources.push('moby');
  if (flags & FLAG_WORDNET) sources.push('wordnet');
  return { text, sources, firstLemma: (flags & FLAG_FIRST_LEMMA) !== 0 };
}

function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

function u32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value, true);
  return bytes;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

/**
 * Encode rows (spun key -> candidates, in order). Keys are sorted here; originals are numbered
 * in first-seen order of `originalsOrder` (pass the most frequent first for short varints).
 */
export function encodeThesaurus(
  rows: ReadonlyMap<string, readonly EncodedCandidate[]>,
  originalsOrder: readonly string[],
  header: Readonly<Record<string, unknown>> = {},
): Uint8Array {
  const index = new Map<string, number>();
  for (const o of originalsOrder) if (!index.has(o)) index.set(o, index.size);
  const keys = [...rows.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const offsets: number[] = [];
  const cands: number[] = [];
  let maxPhraseWords = 0;
  for (const key of keys) {
    offsets.push(cands.length);
    maxPhraseWords = Math.max(maxPhraseWords, key.split(' ').length);
    for (const { text, flags } of rows.get(key) ?? []) {
      let i = index.get(text);
      if (i === undefined) index.set(text, (i = index.size));
      pushVarint(cands, i * 16 + flags);
    }
  }
  offsets.push(cands.length);
  const enc = new TextEncoder();
  const head = enc.encode(
    `${JSON.stringify({ format: THESAURUS_FORMAT, maxPhraseWords, keys: keys.length, originals: index.size, ...header })}\n`,
  );
  const origBytes = enc.encode([...index.keys()].join('\n'));
  const keyBytes = enc.encode(keys.join('\n'));
  const before = head.length + 4 + origBytes.length + 4 + keyBytes.length;
  const offsetBytes = new Uint8Array(4 * offsets.length);
  const view = new DataView(offsetBytes.buffer);
  offsets.forEach((o, i) => view.setUint32(4 * i, o, true));
  return concat([
    head,
    u32(origBytes.length),
    origBytes,
    u32(keyBytes.length),
    keyBytes,
    new Uint8Array((4 - (before % 4)) % 4),
    offsetBytes,
    Uint8Array.from(cands),
  ]);
}

/** The decoded sections of an encoded thesaurus (strings split, numbers left in the bytes). */
export interface ThesaurusSections {
  readonly header: ThesaurusHeader;
  readonly originals: readonly string[];
  readonly keys: readonly string[];
  readonly bytes: Uint8Array;
  readonly view: DataView;
  /** Byte offset of the offsets table, and of the candidate block. */
  readonly offsetsAt: number;
  readonly candidatesAt: number;
}

export function decodeSections(bytes: Uint8Array): ThesaurusSections {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dec = new TextDecoder();
  const nl = bytes.indexOf(10);
  if (nl < 0) throw new Error('thesaurus: missing header');
  const header = JSON.parse(dec.decode(bytes.subarray(0, nl))) as ThesaurusHeader;
  if (header.format !== THESAURUS_FORMAT) {
    throw new Error(`thesaurus: unknown format "${String(header.format)}"`);
  }
  let pos = nl + 1;
  const block = (): string[] => {
    const n = view.getUint32(pos, true);
    const text = dec.decode(bytes.subarray(pos + 4, pos + 4 + n));
    pos += 4 + n;
    return text === '' ? [] : text.split('\n');
  };
  const originals = block();
  const keys = block();
  const offsetsAt = pos + ((4 - (pos % 4)) % 4);
  const candidatesAt = offsetsAt + 4 * (keys.length + 1);
  if (candidatesAt > bytes.length) throw new Error('thesaurus: truncated file');
  return { header, originals, keys, bytes, view, offsetsAt, candidatesAt };
}

/** Decode the candidates of key number `i`. */
export function decodeRow(s: ThesaurusSections, i: number): ThesaurusCandidate[] {
  const start = s.candidatesAt + s.view.getUint32(s.offsetsAt + 4 * i, true);
  const end = s.candidatesAt + s.view.getUint32(s.offsetsAt + 4 * (i + 1), true);
  const out: ThesaurusCandidate[] = [];
  let value = 0;
  let scale = 1;
  const bytes = s.bytes;
  for (let pos = start; pos < end; pos++) {
    const byte = bytes[pos] ?? 0;
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if (byte >= 0x80) continue;
    const text = s.originals[Math.floor(value / 16)];
    if (text === undefined) throw new Error('thesaurus: bad original index');
    out.push(candidateOf(text, value % 16));
    value = 0;
    scale = 1;
  }
  return out;
}
