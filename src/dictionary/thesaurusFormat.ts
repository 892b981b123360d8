// Binary format of the shipped reversed thesaurus (dictionaries/thesaurus/reversed.bin). Pure.
//
//   header      one line of JSON (UTF-8) ending in \n: { format, maxPhraseWords, keys, … }
//   u32 LE n    then n bytes: the originals, UTF-8, joined by \n (most frequent first)
//   u32 LE n    then n bytes: per original, LEB128 varints m w r: how many spun forms Moby
//               (head orig), WordNet and Moby (head spun) give it before the cap (fan-outs)
//   u32 LE n    then n bytes: the spun keys, UTF-8, joined by \n, sorted by JS `<`
//   padding     zero bytes up to a multiple of 4
//   u32 LE × (keys + 1)   start of each key's candidates in the candidate block
//   candidates  per key, in the default order: LEB128 varints, originalIndex * 512 + flags
//
// Flags: 1 Moby lists spun as a synonym of orig (head orig); 2 WordNet puts both in one synset;
// 4 spun is the first lemma of such a synset; 8 Moby lists orig as a synonym of spun (head spun).
// Rule flags (spinner fingerprints, scripts/thesaurus/fingerprints.ts): what a rule-made spinner
// family writes for orig. 16 the alphabetically first synonym of one of its lists; 32 the first
// or the next lemma of one of its commonest WordNet senses; 64 a lemma of such a sense; 128 one
// of its commonest single-word synonyms; 256 one of its commonest multi-word synonyms.
// All words are normalized (see normalizeWord) and joined by one space.
//
// Channel model: a spinner picks one source (Moby 0.6, WordNet 0.3, Moby reverse 0.1), then
// one of the spun forms that source gives the original, uniformly: see fanoutChannelLogProb.
import type { ThesaurusCandidate, ThesaurusSource } from '../types.js';

export const THESAURUS_FORMAT = 'restore-text reversed thesaurus v4';

export const FLAG_MOBY = 1;
export const FLAG_WORDNET = 2;
export const FLAG_FIRST_LEMMA = 4;
export const FLAG_MOBY_REVERSE = 8;
export const FLAG_ALPHA = 16;
export const FLAG_WN_RULE = 32;
export const FLAG_WN_TOP = 64;
export const FLAG_FREQ_TOP = 128;
export const FLAG_PHRASE_TOP = 256;
/** Flags take this many values: a candidate is originalIndex * FLAG_SPACE + flags. */
export const FLAG_SPACE = 512;
/** The rule flags start at this bit: ThesaurusCandidate.rules is flags / RULE_SHIFT. */
export const RULE_SHIFT = 16;

/** Fan-outs of an original: spun forms given by Moby (head orig), WordNet, Moby (head spun). */
export type Fanout = readonly [moby: number, wordnet: number, mobyReverse: number];

/** Mixture weights of the channel model, in Fanout order. */
export const CHANNEL_WEIGHTS: Fanout = [0.6, 0.3, 0.1];

/**
 * log10 P(spun | original) for a pair with `flags` under the mixture model, given the original's
 * fan-outs: what the file stores per candidate (ThesaurusOriginal.channel). The decoder reads it
 * through channelLogProb (src/core/candidateChannel.ts), which falls back on per-source
 * constants for candidates without one (curated swaps).
 */
export function fanoutChannelLogProb(flags: number, fanout: Fanout): number {
  const [m, w, r] = fanout;
  const p =
    (flags & FLAG_MOBY && m > 0 ? CHANNEL_WEIGHTS[0] / m : 0) +
    (flags & FLAG_WORDNET && w > 0 ? CHANNEL_WEIGHTS[1] / w : 0) +
    (flags & FLAG_MOBY_REVERSE && r > 0 ? CHANNEL_WEIGHTS[2] / r : 0);
  return p > 0 ? Math.log10(p) : -99;
}

/** A candidate original with its channel log-probability. */
export interface ThesaurusOriginal extends ThesaurusCandidate {
  /** log10 P(spun | original) under the channel model (a spinner's choice, not the LM). */
  readonly channel: number;
}

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
export function candidateOf(text: string, flags: number, channel: number): ThesaurusOriginal {
  const sources: ThesaurusSource[] = [];
  if (flags & (FLAG_MOBY | FLAG_MOBY_REVERSE)) sources.push('moby');
  if (flags & FLAG_WORDNET) sources.push('wordnet');
  const rules = Math.floor(flags / RULE_SHIFT);
  const c = { text, sources, firstLemma: (flags & FLAG_FIRST_LEMMA) !== 0, channel };
  return rules === 0 ? c : { ...c, rules };
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

export interface EncodeOptions {
  /** Originals numbered in this order first (most frequent first gives short varints). */
  readonly originalsOrder?: readonly string[];
  /** Fan-outs per original; missing ones are counted from the rows. */
  readonly fanouts?: ReadonlyMap<string, Fanout>;
  /** Extra header fields (sources, build command…). */
  readonly header?: Readonly<Record<string, unknown>>;
}

/** Per original, how many spun forms each source gives it, from (original, flags) pairs. */
export function countFanouts(pairs: Iterable<readonly [string, number]>): Map<string, Fanout> {
  const fan = new Map<string, [number, number, number]>();
  for (const [text, flags] of pairs) {
    let f = fan.get(text);
    if (f === undefined) fan.set(text, (f = [0, 0, 0]));
    if (flags & FLAG_MOBY) f[0]++;
    if (flags & FLAG_WORDNET) f[1]++;
    if (flags & FLAG_MOBY_REVERSE) f[2]++;
  }
  return fan;
}

function* rowPairs(
  rows: ReadonlyMap<string, readonly EncodedCandidate[]>,
): Generator<readonly [string, number]> {
  for (const row of rows.values()) for (const { text, flags } of row) yield [text, flags];
}

/** Encode rows (spun key -> candidates, in order). Keys are sorted here. */
export function encodeThesaurus(
  rows: ReadonlyMap<string, readonly EncodedCandidate[]>,
  options: EncodeOptions = {},
): Uint8Array {
  const { originalsOrder = [], header = {} } = options;
  const fanouts = options.fanouts ?? countFanouts(rowPairs(rows));
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
      pushVarint(cands, i * FLAG_SPACE + flags);
    }
  }
  offsets.push(cands.length);
  const enc = new TextEncoder();
  const head = enc.encode(
    `${JSON.stringify({ format: THESAURUS_FORMAT, maxPhraseWords, keys: keys.length, originals: index.size, ...header })}\n`,
  );
  const origBytes = enc.encode([...index.keys()].join('\n'));
  const fan: number[] = [];
  for (const o of index.keys()) for (const n of fanouts.get(o) ?? [0, 0, 0]) pushVarint(fan, n);
  const fanBytes = Uint8Array.from(fan);
  const keyBytes = enc.encode(keys.join('\n'));
  const before = head.length + 12 + origBytes.length + fanBytes.length + keyBytes.length;
  const offsetBytes = new Uint8Array(4 * offsets.length);
  const view = new DataView(offsetBytes.buffer);
  offsets.forEach((o, i) => view.setUint32(4 * i, o, true));
  return concat([
    head,
    u32(origBytes.length),
    origBytes,
    u32(fanBytes.length),
    fanBytes,
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
  /** Fan-outs, three per original (see Fanout). */
  readonly fanouts: Uint32Array;
  readonly keys: readonly string[];
  readonly bytes: Uint8Array;
  readonly view: DataView;
  /** Byte offset of the offsets table, and of the candidate block. */
  readonly offsetsAt: number;
  readonly candidatesAt: number;
}

function readVarints(bytes: Uint8Array, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let n = 0;
  let value = 0;
  let scale = 1;
  for (const byte of bytes) {
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if (byte >= 0x80) continue;
    if (n < count) out[n] = value;
    n++;
    value = 0;
    scale = 1;
  }
  if (n !== count) throw new Error('thesaurus: bad fan-out table');
  return out;
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
  const block = (): Uint8Array => {
    const n = view.getUint32(pos, true);
    const sub = bytes.subarray(pos + 4, pos + 4 + n);
    pos += 4 + n;
    return sub;
  };
  const strings = (sub: Uint8Array): string[] => {
    const text = dec.decode(sub);
    return text === '' ? [] : text.split('\n');
  };
  const originals = strings(block());
  const fanouts = readVarints(block(), 3 * originals.length);
  const keys = strings(block());
  const offsetsAt = pos + ((4 - (pos % 4)) % 4);
  const candidatesAt = offsetsAt + 4 * (keys.length + 1);
  if (candidatesAt > bytes.length) throw new Error('thesaurus: truncated file');
  return { header, originals, fanouts, keys, bytes, view, offsetsAt, candidatesAt };
}

/** Decode the candidates of key number `i`. */
export function decodeRow(s: ThesaurusSections, i: number): ThesaurusOriginal[] {
  const start = s.candidatesAt + s.view.getUint32(s.offsetsAt + 4 * i, true);
  const end = s.candidatesAt + s.view.getUint32(s.offsetsAt + 4 * (i + 1), true);
  const out: ThesaurusOriginal[] = [];
  let value = 0;
  let scale = 1;
  const bytes = s.bytes;
  for (let pos = start; pos < end; pos++) {
    const byte = bytes[pos] ?? 0;
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if (byte >= 0x80) continue;
    const o = Math.floor(value / FLAG_SPACE);
    const flags = value % FLAG_SPACE;
    const text = s.originals[o];
    if (text === undefined) throw new Error('thesaurus: bad original index');
    const f = s.fanouts;
    const fan: Fanout = [f[3 * o] ?? 0, f[3 * o + 1] ?? 0, f[3 * o + 2] ?? 0];
    out.push(candidateOf(text, flags, fanoutChannelLogProb(flags, fan)));
    value = 0;
    scale = 1;
  }
  return out;
}

/**
 * Forward index: for each original (by index), the keys (by index) whose rows list it, as
 * CSR arrays: keys of original o are `keys[starts[o] .. starts[o + 1])`. One pass over the
 * candidate block, no objects.
 */
export function forwardIndex(s: ThesaurusSections): { starts: Uint32Array; keys: Uint32Array } {
  const n = s.originals.length;
  const counts = new Uint32Array(n + 1);
  const visit = (fn: (key: number, original: number) => void): void => {
    for (let k = 0; k < s.keys.length; k++) {
      const start = s.candidatesAt + s.view.getUint32(s.offsetsAt + 4 * k, true);
      const end = s.candidatesAt + s.view.getUint32(s.offsetsAt + 4 * (k + 1), true);
      let value = 0;
      let scale = 1;
      for (let pos = start; pos < end; pos++) {
        const byte = s.bytes[pos] ?? 0;
        value += (byte & 0x7f) * scale;
        scale *= 128;
        if (byte >= 0x80) continue;
        fn(k, Math.floor(value / FLAG_SPACE));
        value = 0;
        scale = 1;
      }
    }
  };
  visit((_k, o) => {
    counts[o + 1] = (counts[o + 1] ?? 0) + 1;
  });
  for (let o = 0; o < n; o++) counts[o + 1] = (counts[o + 1] ?? 0) + (counts[o] ?? 0);
  const fill = counts.slice(0, n);
  const keys = new Uint32Array(counts[n] ?? 0);
  visit((k, o) => {
    const at = fill[o] ?? 0;
    keys[at] = k;
    fill[o] = at + 1;
  });
  return { starts: counts, keys };
}
