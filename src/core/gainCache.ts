// LM gains of the candidates across decoding passes, recomputed only where the words around
// a candidate changed since the last pass (most of a document does not change between passes).
import type { LocalScorer } from './localScore.js';
import type { WordCandidate } from './thesaurusCandidates.js';

/** How far (in slots) a changed choice can influence a gain: trigram context plus multi-word choices. */
const REACH = 8;

function sameIds(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class GainCache {
  private readonly gains: Float64Array;
  private readonly valid: Uint8Array;
  private emitted: Array<readonly number[] | undefined>;

  constructor(
    private readonly words: readonly WordCandidate[],
    private readonly scorer: LocalScorer,
  ) {
    this.gains = new Float64Array(words.length);
    this.valid = new Uint8Array(words.length);
    this.emitted = scorer.snapshot();
  }

  /** Gain of candidate i in the scorer's current context. */
  get(i: number): number {
    if (this.valid[i] === 1) return this.gains[i] as number;
    const gain = this.scorer.gain(this.words[i] as WordCandidate);
    this.gains[i] = gain;
    this.valid[i] = 1;
    return gain;
  }

  /** Call after the scorer's choices changed: forgets the gains near a change. */
  refresh(): void {
    const now = this.scorer.snapshot();
    const changedBefore = new Int32Array(now.length + 1);
    for (let k = 0; k < now.length; k++) {
      changedBefore[k + 1] =
        (changedBefore[k] as number) + (sameIds(now[k], this.emitted[k]) ? 0 : 1);
    }
    this.emitted = now;
    this.words.forEach((w, i) => {
      const from = Math.max(0, w.first - REACH);
      const to = Math.min(now.length, w.last + REACH + 1);
      if ((changedBefore[to] as number) - (changedBefore[from] as number) > 0) this.valid[i] = 0;
    });
  }
}
