// Trigram scores of local changes: the log10 gain of writing other words over slots [first, last]
// given the words currently chosen around them. Only the changed words and the two after them
// see a different history, so the rest of the sentence cancels out.
import type { LanguageModel } from '../types.js';
import type { Slot } from './slots.js';

export interface Choice {
  readonly first: number;
  readonly last: number;
  readonly ids: readonly number[];
}

const NONE: readonly number[] = [];

export interface WindowEvidence {
  readonly observedTrigrams: number;
  readonly observedBigrams: number;
  readonly observedPmi: number;
  readonly originalTrigrams: number;
  readonly originalBigrams: number;
  readonly originalPmi: number;
}

export class LocalScorer {
  private readonly bos: number;
  private readonly eos: number;
  /** chosen[i]: the choice covering slot i, if any. */
  private chosen: Array<Choice | undefined>;
  private readonly seq: number[] = [];
  private readonly one: number[] = [0];
  private readonly two: number[] = [0, 0];

  constructor(
    private readonly slots: readonly Slot[],
    private readonly lm: LanguageModel,
  ) {
    this.bos = lm.id('<s>');
    this.eos = lm.id('</s>');
    this.chosen = new Array<Choice | undefined>(slots.length);
  }

  reset(): void {
    this.chosen = new Array<Choice | undefined>(this.slots.length);
  }

  free(first: number, last: number): boolean {
    for (let i = first; i <= last; i++) if (this.chosen[i] !== undefined) return false;
    return true;
  }

  choose(choice: Choice): void {
    for (let i = choice.first; i <= choice.last; i++) this.chosen[i] = choice;
  }

  /** What every slot emits under the current choices (undefined: its own word). */
  snapshot(): Array<readonly number[] | undefined> {
    return this.chosen.map((c, i) => (c === undefined ? undefined : i === c.first ? c.ids : NONE));
  }

  /** Words emitted at slot i under the current choices. */
  private emitted(i: number): readonly number[] {
    const c = this.chosen[i];
    if (c === undefined) return [(this.slots[i] as Slot).id];
    return i === c.first ? c.ids : [];
  }

  private history(first: number): number[] {
    const sentenceStart = (this.slots[first] as Slot).sentence[0];
    const out: number[] = [];
    for (let i = first - 1; i >= sentenceStart && out.length < 2; i--) {
      const e = this.emitted(i);
      for (let k = e.length - 1; k >= 0 && out.length < 2; k--) out.unshift(e[k] as number);
    }
    if (out.length < 2) out.unshift(this.bos);
    return out;
  }

  private future(last: number): number[] {
    const sentenceEnd = (this.slots[last] as Slot).sentence[1];
    const out: number[] = [];
    for (let i = last + 1; i < sentenceEnd && out.length < 2; i++) {
      for (const id of this.emitted(i)) if (out.length < 2) out.push(id);
    }
    if (out.length < 2) out.push(this.eos);
    return out;
  }

  /** Fills the sequence buffer with history, words and future; returns where `words` start. */
  private load(
    history: readonly number[],
    words: readonly number[],
    future: readonly number[],
  ): number {
    // Hot path: no slices, reused buffers.
    const seq = this.seq;
    seq.length = 0;
    for (const id of history) seq.push(id);
    for (const id of words) seq.push(id);
    for (const id of future) seq.push(id);
    return history.length;
  }

  /** The trigram context of the k-th word of the sequence buffer (a reused array). */
  private contextAt(k: number): number[] {
    const seq = this.seq;
    if (k >= 2) {
      this.two[0] = seq[k - 2] as number;
      this.two[1] = seq[k - 1] as number;
      return this.two;
    }
    this.one[0] = seq[k - 1] as number;
    return this.one;
  }

  private score(
    history: readonly number[],
    words: readonly number[],
    future: readonly number[],
  ): number {
    let total = 0;
    for (let k = this.load(history, words, future); k < this.seq.length; k++) {
      total += this.lm.logProb(this.contextAt(k), this.seq[k] as number);
    }
    return total;
  }

  private observed(choice: Choice): number[] {
    const ids: number[] = [];
    for (let i = choice.first; i <= choice.last; i++) ids.push((this.slots[i] as Slot).id);
    return ids;
  }

  /**
   * How well the written words and the choice's words fit their window (the words and the two
   * after them): n-gram hits of the LM and context log-probability over the unigram one.
   */
  windowEvidence(choice: Choice): WindowEvidence {
    const history = this.history(choice.first);
    const future = this.future(choice.last);
    const o = this.fit(history, this.observed(choice), future);
    const c = this.fit(history, choice.ids, future);
    return {
      observedTrigrams: o[0],
      observedBigrams: o[1],
      observedPmi: o[2],
      originalTrigrams: c[0],
      originalBigrams: c[1],
      originalPmi: c[2],
    };
  }

  private fit(
    history: readonly number[],
    words: readonly number[],
    future: readonly number[],
  ): [number, number, number] {
    let trigrams = 0;
    let bigrams = 0;
    let pmi = 0;
    for (let k = this.load(history, words, future); k < this.seq.length; k++) {
      const context = this.contextAt(k);
      const w = this.seq[k] as number;
      const order = this.lm.matchOrder?.(context, w) ?? 0;
      if (order === 3) trigrams++;
      if (order >= 2) bigrams++;
      pmi += this.lm.logProb(context, w) - this.lm.logProb(NONE, w);
    }
    return [trigrams, bigrams, pmi];
  }

  /** log10 P(with `choice.ids`) - log10 P(as written), with the current choices around. */
  gain(choice: Choice): number {
    const history = this.history(choice.first);
    const future = this.future(choice.last);
    return (
      this.score(history, choice.ids, future) - this.score(history, this.observed(choice), future)
    );
  }
}
