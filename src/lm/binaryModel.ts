// A trigram back-off model read from the packed binary format (format.ts). Pure: no file I/O.
import type { LanguageModel } from '../types.js';
import {
  ELEMENT_BYTES,
  FORMAT_VERSION,
  HEADER_BYTES,
  MAGIC,
  SECTION_TABLE_OFFSET,
  SECTIONS,
  type SectionName,
  type SectionType,
} from './binaryFormat.js';
import { LanguageModelError } from './languageModelError.js';

type View = Uint8Array | Uint16Array | Uint32Array | Float64Array;
type Views = { [K in SectionName]: View };

/** Distinct words looked up before the whole vocabulary is indexed. */
const INDEX_AFTER = 4096;
const LONE_SURROGATE = /\p{Cs}/u;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export class BinaryLanguageModel implements LanguageModel {
  readonly order = 3;
  readonly vocabularySize: number;
  /** log10 P of an unknown word (used when the vocabulary has no `<unk>`). */
  readonly unkLogProb: number;
  readonly bigramCount: number;
  readonly trigramCount: number;
  private readonly idMask: number;
  private readonly idBits: number;
  private readonly unkId: number;
  /** Every word's id, built once this many distinct words have been looked up. */
  private ids: Map<string, number> | undefined;
  /** Ids of the words looked up so far (binary search), until the index is built. */
  private seen: Map<string, number> | undefined = new Map();
  private lastH1 = -1;
  private lastH2 = -1;
  private lastCtx = -1;
  private readonly vocabOffsets: Uint32Array;
  private readonly vocabBytes: Uint8Array;
  private readonly uniProb: Uint16Array;
  private readonly uniBow: Uint16Array;
  private readonly uniProbBook: Float64Array;
  private readonly uniBowBook: Float64Array;
  private readonly bigramStart: Uint32Array;
  private readonly bigrams: Uint32Array;
  private readonly bigramBook: Float64Array;
  private readonly ctxBits: Uint32Array;
  private readonly ctxRank: Uint32Array;
  private readonly ctxBow: Uint16Array;
  private readonly ctxBowBook: Float64Array;
  private readonly trigramStart: Uint32Array;
  private readonly trigrams: Uint32Array;
  private readonly trigramBook: Float64Array;

  private constructor(header: Header, s: Views) {
    this.vocabularySize = header.vocab;
    this.bigramCount = header.bigrams;
    this.trigramCount = header.trigrams;
    this.unkLogProb = header.unkLogProb;
    this.idBits = header.idBits;
    this.idMask = 2 ** header.idBits - 1;
    this.vocabOffsets = s.vocabOffsets as Uint32Array;
    this.vocabBytes = s.vocabBytes as Uint8Array;
    this.uniProb = s.unigramProbCodes as Uint16Array;
    this.uniBow = s.unigramBowCodes as Uint16Array;
    this.uniProbBook = s.unigramProbBook as Float64Array;
    this.uniBowBook = s.unigramBowBook as Float64Array;
    this.bigramStart = s.bigramStart as Uint32Array;
    this.bigrams = s.bigramEntries as Uint32Array;
    this.bigramBook = s.bigramProbBook as Float64Array;
    this.ctxBits = s.contextBits as Uint32Array;
    this.ctxRank = s.contextRank as Uint32Array;
    this.ctxBow = s.contextBowCodes as Uint16Array;
    this.ctxBowBook = s.contextBowBook as Float64Array;
    this.trigramStart = s.trigramStart as Uint32Array;
    this.trigrams = s.trigramEntries as Uint32Array;
    this.trigramBook = s.trigramProbBook as Float64Array;
    this.unkId = this.findWord('<unk>');
  }

  /**
   * A model over the bytes of a packed file (the typed arrays view `buf` without copying when it
   * is 8-byte aligned). Throws LanguageModelError when the bytes are not a valid model.
   */
  static fromBuffer(buf: Uint8Array, path?: string): BinaryLanguageModel {
    if (!LITTLE_ENDIAN) throw new LanguageModelError('big-endian hosts are not supported', path);
    const bytes = buf.byteOffset % 8 === 0 ? buf : buf.slice();
    const header = readHeader(bytes, path);
    return new BinaryLanguageModel(header, readSections(bytes, header, path));
  }

  /**
   * Id of a word (exact, lowercase form), or -1 when it is not in the vocabulary. The first
   * words are found by binary search (a short text never pays for the index of the whole
   * vocabulary); after INDEX_AFTER distinct words, the index is built.
   */
  id(word: string): number {
    if (this.ids !== undefined) return this.ids.get(word) ?? -1;
    const seen = this.seen as Map<string, number>;
    let id = seen.get(word);
    if (id === undefined) {
      // A lone surrogate would be encoded as U+FFFD: no vocabulary word (all decoded) has one.
      id = LONE_SURROGATE.test(word) ? -1 : this.findWord(word);
      seen.set(word, id);
      if (seen.size >= INDEX_AFTER) {
        this.ids = this.buildIndex();
        this.seen = undefined;
      }
    }
    return id;
  }

  /** The word with this id. */
  word(id: number): string {
    const from = this.vocabOffsets[id];
    const to = this.vocabOffsets[id + 1];
    if (from === undefined || to === undefined) throw new RangeError(`no word with id ${id}`);
    return new TextDecoder().decode(this.vocabBytes.subarray(from, to));
  }

  /**
   * log10 P(word | history), Katz back-off exactly as in the ARPA file:
   * P(w3|w1 w2) = trigram if present, else bow(w1 w2) + P(w3|w2);
   * P(w3|w2) = bigram if present, else bow(w2) + P(w3); a missing context has bow 0.
   * Ids of -1 mean `<unk>` (its own probability when the vocabulary has it, else unkLogProb).
   */
  logProb(history: readonly number[], word: number): number {
    const w = word < 0 || word >= this.vocabularySize ? this.unkId : word;
    if (w < 0) return this.unkLogProb;
    const n = history.length;
    const h2 = n > 0 ? this.known(history[n - 1]!) : -1;
    const h1 = n > 1 ? this.known(history[n - 2]!) : -1;
    let bow = 0;
    if (h1 >= 0 && h2 >= 0) {
      const c = this.context(h1, h2);
      if (c >= 0) {
        const t = this.search(this.trigrams, this.trigramStart[c]!, this.trigramStart[c + 1]!, w);
        if (t >= 0) return this.trigramBook[this.trigrams[t]! >>> this.idBits]!;
        bow = this.ctxBowBook[this.ctxBow[c]!]!;
      }
    }
    if (h2 >= 0) {
      const b = this.findBigram(h2, w);
      if (b >= 0) return bow + this.bigramBook[this.bigrams[b]! >>> this.idBits]!;
      bow += this.uniBowBook[this.uniBow[h2]!]!;
    }
    return bow + this.uniProbBook[this.uniProb[w]!]!;
  }

  /** Longest n-gram order the model holds for (history, word): 3, 2 or 1 (0: unknown word). */
  matchOrder(history: readonly number[], word: number): number {
    const w = word < 0 || word >= this.vocabularySize ? -1 : word;
    if (w < 0) return 0;
    const n = history.length;
    const h2 = n > 0 ? this.known(history[n - 1]!) : -1;
    const h1 = n > 1 ? this.known(history[n - 2]!) : -1;
    if (h1 >= 0 && h2 >= 0) {
      const c = this.context(h1, h2);
      if (
        c >= 0 &&
        this.search(this.trigrams, this.trigramStart[c]!, this.trigramStart[c + 1]!, w) >= 0
      )
        return 3;
    }
    if (h2 >= 0 && this.findBigram(h2, w) >= 0) return 2;
    return 1;
  }

  /** Context index of (h1, h2), or -1; the last answer is kept (decoders repeat histories). */
  private context(h1: number, h2: number): number {
    if (h1 !== this.lastH1 || h2 !== this.lastH2) {
      const b = this.findBigram(h1, h2);
      this.lastCtx = b < 0 ? -1 : this.contextOf(b);
      this.lastH1 = h1;
      this.lastH2 = h2;
    }
    return this.lastCtx;
  }

  private known(id: number): number {
    return id < 0 || id >= this.vocabularySize ? this.unkId : id;
  }

  private findBigram(w1: number, w2: number): number {
    return this.search(this.bigrams, this.bigramStart[w1]!, this.bigramStart[w1 + 1]!, w2);
  }

  /** Index in [lo, hi) of the entry whose word id is `w`, or -1. */
  private search(entries: Uint32Array, lo: number, hi: number, w: number): number {
    const mask = this.idMask;
    hi--;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = entries[mid]! & mask;
      if (k < w) lo = mid + 1;
      else if (k > w) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** Context index of bigram b (rank among context bigrams), or -1 when it is not a context. */
  private contextOf(b: number): number {
    const word = this.ctxBits[b >>> 5]!;
    const bit = b & 31;
    if (((word >>> bit) & 1) === 0) return -1;
    return this.ctxRank[b >>> 5]! + popcount(bit === 0 ? 0 : word & (0xffffffff >>> (32 - bit)));
  }

  /** Binary search of the vocabulary (sorted by UTF-8 bytes) without building the index. */
  findWord(word: string): number {
    const key = new TextEncoder().encode(word);
    const off = this.vocabOffsets;
    let lo = 0;
    let hi = this.vocabularySize - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = compare(this.vocabBytes, off[mid]!, off[mid + 1]!, key);
      if (d < 0) lo = mid + 1;
      else if (d > 0) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  private buildIndex(): Map<string, number> {
    const decoder = new TextDecoder();
    const map = new Map<string, number>();
    const off = this.vocabOffsets;
    const all = decoder.decode(this.vocabBytes);
    // One decode for the whole vocabulary; byte offsets are string offsets when it is all ASCII.
    const ascii = all.length === this.vocabBytes.length;
    for (let i = 0; i < this.vocabularySize; i++) {
      const word = ascii
        ? all.slice(off[i]!, off[i + 1]!)
        : decoder.decode(this.vocabBytes.subarray(off[i]!, off[i + 1]!));
      map.set(word, i);
    }
    return map;
  }
}

function compare(bytes: Uint8Array, from: number, to: number, key: Uint8Array): number {
  const n = Math.min(to - from, key.length);
  for (let i = 0; i < n; i++) {
    const d = bytes[from + i]! - key[i]!;
    if (d !== 0) return d;
  }
  return to - from - key.length;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

interface Header {
  readonly vocab: number;
  readonly bigrams: number;
  readonly trigrams: number;
  readonly contexts: number;
  readonly idBits: number;
  readonly unkLogProb: number;
}

function readHeader(bytes: Uint8Array, path: string | undefined): Header {
  if (bytes.length < HEADER_BYTES)
    throw new LanguageModelError('not a language model: file too short', path);
  for (let i = 0; i < MAGIC.length; i++) {
    if (bytes[i] !== MAGIC.charCodeAt(i))
      throw new LanguageModelError('not a language model: bad magic', path);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== FORMAT_VERSION) {
    throw new LanguageModelError(
      `unsupported model version ${version} (expected ${FORMAT_VERSION})`,
      path,
    );
  }
  const order = view.getUint32(12, true);
  if (order !== 3) throw new LanguageModelError(`unsupported model order ${order}`, path);
  if (view.getUint32(36, true) !== SECTIONS.length)
    throw new LanguageModelError('bad section count', path);
  const idBits = view.getUint32(32, true);
  if (idBits < 1 || idBits > 24) throw new LanguageModelError(`bad id width ${idBits}`, path);
  return {
    vocab: view.getUint32(16, true),
    bigrams: view.getUint32(20, true),
    trigrams: view.getUint32(24, true),
    contexts: view.getUint32(28, true),
    idBits,
    unkLogProb: view.getFloat64(40, true),
  };
}

function readSections(bytes: Uint8Array, h: Header, path: string | undefined): Views {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = {} as Views;
  SECTIONS.forEach(([name, type], i) => {
    const at = view.getUint32(SECTION_TABLE_OFFSET + 8 * i, true);
    const length = view.getUint32(SECTION_TABLE_OFFSET + 8 * i + 4, true);
    if (at % 8 !== 0 || at + length > bytes.length || length % ELEMENT_BYTES[type] !== 0) {
      throw new LanguageModelError(`corrupt or truncated model: section ${name}`, path);
    }
    out[name] = typed(type, bytes, at, length);
  });
  checkSizes(out, h, path);
  return out;
}

function typed(type: SectionType, bytes: Uint8Array, at: number, length: number): View {
  const start = bytes.byteOffset + at;
  const n = length / ELEMENT_BYTES[type];
  if (type === 'u8') return new Uint8Array(bytes.buffer, start, n);
  if (type === 'u16') return new Uint16Array(bytes.buffer, start, n);
  if (type === 'u32') return new Uint32Array(bytes.buffer, start, n);
  return new Float64Array(bytes.buffer, start, n);
}

function checkSizes(s: Views, h: Header, path: string | undefined): void {
  const words = Math.ceil(h.bigrams / 32);
  const expect: [SectionName, number][] = [
    ['vocabOffsets', h.vocab + 1],
    ['unigramProbCodes', h.vocab],
    ['unigramBowCodes', h.vocab],
    ['bigramStart', h.vocab + 1],
    ['bigramEntries', h.bigrams],
    ['contextBits', words],
    ['contextRank', words],
    ['contextBowCodes', h.contexts],
    ['trigramStart', h.contexts + 1],
    ['trigramEntries', h.trigrams],
  ];
  for (const [name, n] of expect) {
    if (s[name].length !== n)
      throw new LanguageModelError(`corrupt model: section ${name} has the wrong size`, path);
  }
  const last = (a: View): number => a[a.length - 1] ?? 0;
  if (
    last(s.vocabOffsets) !== s.vocabBytes.length ||
    last(s.bigramStart) !== h.bigrams ||
    last(s.trigramStart) !== h.trigrams
  ) {
    throw new LanguageModelError('corrupt model: inconsistent section offsets', path);
  }
}
