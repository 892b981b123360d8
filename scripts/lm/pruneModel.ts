// Threshold pruning of an ARPA back-off model, with back-off weights renormalised.
//
// A trigram is dropped when its log10 probability is below `trigram`; a bigram when its log10
// probability is below `bigram` and it does not start a kept trigram (so every kept trigram
// still has its context). For each context that lost an n-gram (and each trigram context whose
// lower-order distribution changed), the back-off weight is recomputed so the distribution still
// sums to one:  bow(h) = (1 - sum_kept P(w|h)) / (1 - sum_kept P_lower(w|h')).
// Other back-off weights are kept exactly as in the file. This is threshold pruning, not
// entropy (Stolcke) pruning: it says nothing about which n-grams matter most.
import { bigramStarts, findBigram, trigramPrefixes, type ArpaModel } from './arpaModel.js';

export interface PruneOptions {
  /** Drop bigrams with log10 P below this (undefined: keep all). */
  readonly bigram?: number;
  /** Drop trigrams with log10 P below this (undefined: keep all). */
  readonly trigram?: number;
}

export interface PruneStats {
  readonly bigramsKept: number;
  readonly trigramsKept: number;
  readonly bigramBowsRecomputed: number;
  readonly trigramBowsRecomputed: number;
}

const TINY = 1e-12;

export function pruneArpaModel(
  model: ArpaModel,
  options: PruneOptions,
): { model: ArpaModel; stats: PruneStats } {
  const keepT = keepAbove(model.trigramProb, options.trigram);
  const prefixes = trigramPrefixes(model);
  const keepB = keepAbove(model.bigramProb, options.bigram);
  for (let t = 0; t < keepT.length; t++) if (keepT[t] && prefixes[t]! >= 0) keepB[prefixes[t]!] = 1;

  const lostB = new Uint8Array(model.vocab.length);
  for (let b = 0; b < keepB.length; b++) if (!keepB[b]) lostB[model.bigramW1[b]!] = 1;
  const bow1 = Float64Array.from(model.unigramBow);
  let bigramBowsRecomputed = 0;
  forGroups(
    model.bigramW1.length,
    (b) => model.bigramW1[b]!,
    (from, to) => {
      const w1 = model.bigramW1[from]!;
      if (!lostB[w1]) return;
      let num = 1;
      let den = 1;
      for (let b = from; b < to; b++) {
        if (!keepB[b]) continue;
        num -= 10 ** model.bigramProb[b]!;
        den -= 10 ** model.unigramProb[model.bigramW2[b]!]!;
      }
      bow1[w1] = Math.log10(Math.max(num, TINY) / Math.max(den, TINY));
      bigramBowsRecomputed++;
    },
  );

  const bigrams = filter(model, keepB, bow1);
  const starts = bigramStarts(bigrams);
  const bow2 = Float64Array.from(model.bigramBow);
  let trigramBowsRecomputed = 0;
  forGroups(
    keepT.length,
    (t) => prefixes[t]!,
    (from, to) => {
      const w2 = model.trigramW2[from]!;
      const lost = keepT.subarray(from, to).includes(0);
      if (!lost && !lostB[w2]) return;
      let num = 1;
      let den = 1;
      for (let t = from; t < to; t++) {
        if (!keepT[t]) continue;
        num -= 10 ** model.trigramProb[t]!;
        den -= 10 ** bigramLogProb(bigrams, starts, w2, model.trigramW3[t]!);
      }
      bow2[prefixes[from]!] = Math.log10(Math.max(num, TINY) / Math.max(den, TINY));
      trigramBowsRecomputed++;
    },
  );

  const pruned: ArpaModel = {
    ...bigrams,
    bigramBow: select(bow2, keepB),
    trigramW1: select(model.trigramW1, keepT),
    trigramW2: select(model.trigramW2, keepT),
    trigramW3: select(model.trigramW3, keepT),
    trigramProb: select(model.trigramProb, keepT),
  };
  return {
    model: pruned,
    stats: {
      bigramsKept: pruned.bigramW1.length,
      trigramsKept: pruned.trigramW1.length,
      bigramBowsRecomputed,
      trigramBowsRecomputed,
    },
  };
}

function keepAbove(probs: Float64Array, threshold: number | undefined): Uint8Array {
  const keep = new Uint8Array(probs.length);
  for (let i = 0; i < probs.length; i++)
    keep[i] = threshold === undefined || probs[i]! >= threshold ? 1 : 0;
  return keep;
}

/** Calls `fn(from, to)` for each run of equal keys over [0, n). */
function forGroups(
  n: number,
  key: (i: number) => number,
  fn: (from: number, to: number) => void,
): void {
  let from = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || key(i) !== key(from)) {
      fn(from, i);
      from = i;
    }
  }
}

function select<T extends Uint32Array | Float64Array>(a: T, keep: Uint8Array): T {
  const n = keep.reduce((s, k) => s + k, 0);
  const out = (a instanceof Uint32Array ? new Uint32Array(n) : new Float64Array(n)) as T;
  let j = 0;
  for (let i = 0; i < a.length; i++) if (keep[i]) out[j++] = a[i]!;
  return out;
}

/** The model with only the kept bigrams and new unigram back-off weights (trigrams unchanged). */
function filter(model: ArpaModel, keepB: Uint8Array, bow1: Float64Array): ArpaModel {
  return {
    ...model,
    unigramBow: bow1,
    bigramW1: select(model.bigramW1, keepB),
    bigramW2: select(model.bigramW2, keepB),
    bigramProb: select(model.bigramProb, keepB),
    bigramBow: select(model.bigramBow, keepB),
  };
}

function bigramLogProb(model: ArpaModel, starts: Uint32Array, w2: number, w3: number): number {
  const b = findBigram(model, starts, w2, w3);
  return b >= 0 ? model.bigramProb[b]! : model.unigramBow[w2]! + model.unigramProb[w3]!;
}
