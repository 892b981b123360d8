// Exact back-off scoring straight from a parsed ARPA model (float64, no quantization): the one
// back-off scorer of the build scripts, with BinaryLanguageModel's semantics (src/lm/binaryModel.ts)
// so that a build check and the shipped model agree up to quantization.
import type { LanguageModel } from '../../src/types.js';
import { bigramStarts, findBigram, type ArpaModel } from './arpaModel.js';

/** log10 P of a word outside the vocabulary when the model has no `<unk>` (packModel's default). */
export const DEFAULT_UNK_LOGPROB = -10;

/** Index of trigram (w1, w2, w3) in the sorted trigram arrays, or -1. */
export function findTrigram(m: ArpaModel, w1: number, w2: number, w3: number): number {
  let lo = 0;
  let hi = m.trigramW1.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = m.trigramW1[mid]! - w1 || m.trigramW2[mid]! - w2 || m.trigramW3[mid]! - w3;
    if (d < 0) lo = mid + 1;
    else if (d > 0) hi = mid - 1;
    else return mid;
  }
  return -1;
}

export interface ArpaScoring {
  /** log10 P of an unknown word when the model has no `<unk>` (BinaryLanguageModel's floor). */
  readonly unkLogProb?: number;
  /**
   * Score unknown words as an `<unk>` unigram of this log10 P instead (back-off weights of the
   * context apply, as BinaryLanguageModel does for a model whose vocabulary has `<unk>`).
   */
  readonly unkUnigram?: number;
}

export class ArpaLanguageModel implements LanguageModel {
  readonly order = 3;
  readonly vocabularySize: number;
  readonly unkLogProb: number;
  private readonly ids: Map<string, number>;
  private readonly starts: Uint32Array;
  /** Id of `<unk>`: the model's, a virtual one (= vocabularySize) with unkUnigram, or -1. */
  private readonly unkId: number;
  private readonly unkUnigram: number;

  constructor(
    private readonly m: ArpaModel,
    scoring: ArpaScoring = {},
  ) {
    this.vocabularySize = m.vocab.length;
    this.ids = new Map(m.vocab.map((w, i) => [w, i]));
    this.starts = bigramStarts(m);
    this.unkLogProb = scoring.unkLogProb ?? DEFAULT_UNK_LOGPROB;
    this.unkUnigram = scoring.unkUnigram ?? this.unkLogProb;
    const own = this.id('<unk>');
    this.unkId = own >= 0 ? own : scoring.unkUnigram !== undefined ? this.vocabularySize : -1;
  }

  id(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  /**
   * log10 P(word | history), Katz back-off as BinaryLanguageModel.logProb: P(w3|w1 w2) = trigram
   * if present, else bow(w1 w2) + P(w3|w2); P(w3|w2) = bigram if present, else bow(w2) + P(w3);
   * a missing context has bow 0. Ids of -1 are `<unk>` (see ArpaScoring).
   */
  logProb(history: readonly number[], word: number): number {
    const w = this.known(word);
    if (w < 0) return this.unkLogProb;
    const [h1, h2] = this.context(history);
    if (h1 >= 0 && h2 >= 0) {
      const t = findTrigram(this.m, h1, h2, w);
      if (t >= 0) return this.m.trigramProb[t]!;
      const b = findBigram(this.m, this.starts, h1, h2);
      if (b >= 0) return this.m.bigramBow[b]! + this.bigramLogProb(h2, w);
    }
    return this.bigramLogProb(h2, w);
  }

  /** log10 P(w | h2) (h2 -1: no context). */
  private bigramLogProb(h2: number, w: number): number {
    const unigram = w < this.vocabularySize ? this.m.unigramProb[w]! : this.unkUnigram;
    if (h2 < 0) return unigram;
    const b = findBigram(this.m, this.starts, h2, w);
    if (b >= 0) return this.m.bigramProb[b]!;
    return (h2 < this.vocabularySize ? this.m.unigramBow[h2]! : 0) + unigram;
  }

  /** Longest n-gram order the model holds for (history, word): 3, 2 or 1 (0: unknown word). */
  matchOrder(history: readonly number[], word: number): number {
    const w = word >= 0 && word < this.vocabularySize ? word : -1;
    if (w < 0) return 0;
    const [h1, h2] = this.context(history);
    if (h1 >= 0 && h2 >= 0 && findTrigram(this.m, h1, h2, w) >= 0) return 3;
    if (h2 >= 0 && findBigram(this.m, this.starts, h2, w) >= 0) return 2;
    return 1;
  }

  /** The last two history ids, -1 ids read as `<unk>`. */
  private context(history: readonly number[]): readonly [number, number] {
    const n = history.length;
    return [n > 1 ? this.known(history[n - 2]!) : -1, n > 0 ? this.known(history[n - 1]!) : -1];
  }

  private known(id: number): number {
    return id < 0 || id >= this.vocabularySize ? this.unkId : id;
  }
}
