// An ARPA back-off model held in typed arrays, words numbered in UTF-8 byte order.

export interface ArpaModel {
  /** Words sorted by their UTF-8 bytes; a word's id is its index. */
  readonly vocab: readonly string[];
  readonly unigramProb: Float64Array;
  readonly unigramBow: Float64Array;
  /** Bigrams sorted by (w1, w2). */
  readonly bigramW1: Uint32Array;
  readonly bigramW2: Uint32Array;
  readonly bigramProb: Float64Array;
  readonly bigramBow: Float64Array;
  /** Trigrams sorted by (w1, w2, w3). */
  readonly trigramW1: Uint32Array;
  readonly trigramW2: Uint32Array;
  readonly trigramW3: Uint32Array;
  readonly trigramProb: Float64Array;
}

/** For each w1, the first bigram index with that w1 (length V+1). */
export function bigramStarts(model: ArpaModel): Uint32Array {
  const v = model.vocab.length;
  const start = new Uint32Array(v + 1);
  for (let i = 0; i < model.bigramW1.length; i++) start[model.bigramW1[i]! + 1]!++;
  for (let w = 0; w < v; w++) start[w + 1]! += start[w]!;
  return start;
}

/** Index of bigram (w1, w2), or -1. */
export function findBigram(model: ArpaModel, starts: Uint32Array, w1: number, w2: number): number {
  let lo = starts[w1]!;
  let hi = starts[w1 + 1]! - 1;
  const keys = model.bigramW2;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k < w2) lo = mid + 1;
    else if (k > w2) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** For each trigram, the index of its (w1, w2) bigram, or -1 when the ARPA lacks it. */
export function trigramPrefixes(model: ArpaModel): Int32Array {
  const out = new Int32Array(model.trigramW1.length);
  let b = 0;
  const n = model.bigramW1.length;
  for (let t = 0; t < out.length; t++) {
    const w1 = model.trigramW1[t]!;
    const w2 = model.trigramW2[t]!;
    while (
      b < n &&
      (model.bigramW1[b]! < w1 || (model.bigramW1[b]! === w1 && model.bigramW2[b]! < w2))
    ) {
      b++;
    }
    out[t] = b < n && model.bigramW1[b] === w1 && model.bigramW2[b] === w2 ? b : -1;
  }
  return out;
}
