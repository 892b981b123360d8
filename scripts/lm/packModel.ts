// Pack an ArpaModel into the binary layout of format.ts (deterministic: same model, same bytes).
import type { ArpaModel } from './arpaModel.js';
import { trigramPrefixes } from './arpaModel.js';
import { ArpaError } from './arpaError.js';
import { buildCodebook, type Codebook } from './codebook.js';
import {
  alignTo8,
  ELEMENT_BYTES,
  FORMAT_VERSION,
  HEADER_BYTES,
  MAGIC,
  SECTION_TABLE_OFFSET,
  SECTIONS,
  type SectionName,
} from '../../src/lm/binaryFormat.js';

/** log10 probability given to a word outside the vocabulary when the model has no `<unk>`. */
export const DEFAULT_UNK_LOGPROB = -10;

export interface PackOptions {
  /** log10 P of an unknown word when the vocabulary has no `<unk>` (default -10). */
  readonly unkLogProb?: number;
  /** Cap on the codebook size of bigram/trigram log-probs (default: all that fit beside the word id). */
  readonly maxProbLevels?: number;
}

export interface QuantizationError {
  readonly levels: number;
  readonly distinct: number;
  readonly maxAbs: number;
  readonly meanAbs: number;
}

export interface PackStats {
  readonly idBits: number;
  readonly contexts: number;
  readonly sectionBytes: Readonly<Record<SectionName, number>>;
  readonly totalBytes: number;
  readonly error: Readonly<
    Record<
      'unigramProb' | 'unigramBow' | 'bigramProb' | 'bigramBow' | 'trigramProb',
      QuantizationError
    >
  >;
}

type Arrays = Record<SectionName, Uint8Array | Uint16Array | Uint32Array | Float64Array>;

export function packLanguageModel(
  model: ArpaModel,
  options: PackOptions = {},
): { bytes: Uint8Array; stats: PackStats } {
  const v = model.vocab.length;
  const idBits = Math.max(1, Math.ceil(Math.log2(v)));
  if (idBits > 24) throw new ArpaError(`vocabulary too large for this format (${v} words)`);
  const probLevels = Math.min(2 ** (32 - idBits), options.maxProbLevels ?? Infinity);
  const { vocabOffsets, vocabBytes } = packVocab(model.vocab);

  const uniP = quantize(model.unigramProb, 65536);
  const uniB = quantize(model.unigramBow, 65536);
  const bigP = quantize(model.bigramProb, probLevels);
  const { bigramStart, bigramEntries } = packBigrams(model, idBits, bigP.book);

  const ctx = packContexts(model);
  const bowSamples = Float64Array.from(ctx.bigramOfContext, (b) => model.bigramBow[b]!);
  const bigB = quantize(bowSamples, 65536);
  const triP = quantize(model.trigramProb, probLevels);
  const trigramEntries = new Uint32Array(model.trigramW3.length);
  for (let t = 0; t < trigramEntries.length; t++) {
    trigramEntries[t] = (model.trigramW3[t]! | (triP.codes[t]! * 2 ** idBits)) >>> 0;
  }
  const arrays: Arrays = {
    vocabOffsets,
    vocabBytes,
    unigramProbCodes: Uint16Array.from(uniP.codes),
    unigramBowCodes: Uint16Array.from(uniB.codes),
    unigramProbBook: uniP.book.values,
    unigramBowBook: uniB.book.values,
    bigramStart,
    bigramEntries,
    bigramProbBook: bigP.book.values,
    contextBits: ctx.bits,
    contextRank: ctx.rank,
    contextBowCodes: Uint16Array.from(bigB.codes),
    contextBowBook: bigB.book.values,
    trigramStart: ctx.trigramStart,
    trigramEntries,
    trigramProbBook: triP.book.values,
  };
  const counts = [v, model.bigramW1.length, model.trigramW1.length, ctx.bigramOfContext.length];
  const bytes = writeFile(arrays, counts, idBits, options.unkLogProb ?? DEFAULT_UNK_LOGPROB);
  const sectionBytes = Object.fromEntries(
    SECTIONS.map(([name]) => [name, arrays[name].byteLength]),
  ) as Record<SectionName, number>;
  return {
    bytes,
    stats: {
      idBits,
      contexts: ctx.bigramOfContext.length,
      sectionBytes,
      totalBytes: bytes.length,
      error: {
        unigramProb: uniP.error,
        unigramBow: uniB.error,
        bigramProb: bigP.error,
        bigramBow: bigB.error,
        trigramProb: triP.error,
      },
    },
  };
}

function quantize(
  values: Float64Array,
  levels: number,
): { book: Codebook; codes: Uint32Array; error: QuantizationError } {
  const book = buildCodebook(values, levels);
  const codes = new Uint32Array(values.length);
  let maxAbs = 0;
  let sumAbs = 0;
  for (let i = 0; i < values.length; i++) {
    const c = book.encode(values[i]!);
    codes[i] = c;
    const e = Math.abs(book.values[c]! - values[i]!);
    sumAbs += e;
    if (e > maxAbs) maxAbs = e;
  }
  const distinct = new Set(values).size;
  const meanAbs = values.length === 0 ? 0 : sumAbs / values.length;
  return { book, codes, error: { levels: book.values.length, distinct, maxAbs, meanAbs } };
}

function packVocab(vocab: readonly string[]): {
  vocabOffsets: Uint32Array;
  vocabBytes: Uint8Array;
} {
  const enc = new TextEncoder();
  const encoded = vocab.map((w) => enc.encode(w));
  const vocabOffsets = new Uint32Array(vocab.length + 1);
  for (let i = 0; i < encoded.length; i++)
    vocabOffsets[i + 1] = vocabOffsets[i]! + encoded[i]!.length;
  const vocabBytes = new Uint8Array(vocabOffsets[vocab.length]!);
  encoded.forEach((b, i) => vocabBytes.set(b, vocabOffsets[i]!));
  return { vocabOffsets, vocabBytes };
}

function packBigrams(
  model: ArpaModel,
  idBits: number,
  book: Codebook,
): { bigramStart: Uint32Array; bigramEntries: Uint32Array } {
  const n = model.bigramW1.length;
  const bigramStart = new Uint32Array(model.vocab.length + 1);
  const bigramEntries = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    bigramStart[model.bigramW1[i]! + 1]!++;
    const code = book.encode(model.bigramProb[i]!);
    bigramEntries[i] = (model.bigramW2[i]! | (code * 2 ** idBits)) >>> 0;
  }
  for (let w = 0; w < model.vocab.length; w++) bigramStart[w + 1]! += bigramStart[w]!;
  return { bigramStart, bigramEntries };
}

/** Contexts: bigrams that start a trigram or have a non-zero back-off weight. */
function packContexts(model: ArpaModel): {
  bits: Uint32Array;
  rank: Uint32Array;
  bigramOfContext: Uint32Array;
  trigramStart: Uint32Array;
} {
  const nb = model.bigramW1.length;
  const prefixes = trigramPrefixes(model);
  const trigramsOf = new Uint32Array(nb);
  for (let t = 0; t < prefixes.length; t++) {
    const b = prefixes[t]!;
    if (b < 0) {
      const words = [model.trigramW1[t]!, model.trigramW2[t]!].map((w) => model.vocab[w]);
      throw new ArpaError(`trigram context "${words.join(' ')}" is not a bigram`);
    }
    trigramsOf[b]!++;
  }
  const words = Math.ceil(nb / 32);
  const bits = new Uint32Array(words);
  const rank = new Uint32Array(words);
  const contexts: number[] = [];
  for (let b = 0; b < nb; b++) {
    if ((b & 31) === 0) rank[b >>> 5] = contexts.length;
    if (trigramsOf[b]! > 0 || model.bigramBow[b] !== 0) {
      bits[b >>> 5] = (bits[b >>> 5]! | (1 << (b & 31))) >>> 0;
      contexts.push(b);
    }
  }
  const trigramStart = new Uint32Array(contexts.length + 1);
  contexts.forEach((b, c) => (trigramStart[c + 1] = trigramStart[c]! + trigramsOf[b]!));
  return { bits, rank, bigramOfContext: Uint32Array.from(contexts), trigramStart };
}

function writeFile(
  arrays: Arrays,
  counts: number[],
  idBits: number,
  unkLogProb: number,
): Uint8Array {
  let offset = HEADER_BYTES;
  const placed = SECTIONS.map(([name]) => {
    const at = offset;
    offset = alignTo8(at + arrays[name].byteLength);
    return { name, at };
  });
  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
  view.setUint32(8, FORMAT_VERSION, true);
  view.setUint32(12, 3, true);
  counts.forEach((c, i) => view.setUint32(16 + 4 * i, c, true));
  view.setUint32(32, idBits, true);
  view.setUint32(36, SECTIONS.length, true);
  view.setFloat64(40, unkLogProb, true);
  placed.forEach(({ name, at }, i) => {
    const a = arrays[name];
    view.setUint32(SECTION_TABLE_OFFSET + 8 * i, at, true);
    view.setUint32(SECTION_TABLE_OFFSET + 8 * i + 4, a.byteLength, true);
    writeLittleEndian(view, at, a);
  });
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function writeLittleEndian(view: DataView, at: number, a: Arrays[SectionName]): void {
  if (LITTLE_ENDIAN || a instanceof Uint8Array) {
    new Uint8Array(view.buffer).set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    return;
  }
  const size = ELEMENT_BYTES[kindOf(a)];
  for (let i = 0; i < a.length; i++) {
    const p = at + i * size;
    const x = a[i]!;
    if (a instanceof Uint16Array) view.setUint16(p, x, true);
    else if (a instanceof Uint32Array) view.setUint32(p, x, true);
    else view.setFloat64(p, x, true);
  }
}

function kindOf(a: Arrays[SectionName]): 'u8' | 'u16' | 'u32' | 'f64' {
  if (a instanceof Uint8Array) return 'u8';
  if (a instanceof Uint16Array) return 'u16';
  if (a instanceof Uint32Array) return 'u32';
  return 'f64';
}
