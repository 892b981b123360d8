// What each written word may stand for in an inferred phrase (inferredPhrases.ts): itself, then
// the words its swaps restore; and quick tests on the term trie that let most words of a text be
// passed over. Made once per word and kept across documents (bounded). PURE.
import { readings } from './morphology/index.js';
import type { TermNode, WordSwaps } from './inferredPhrases.js';

export interface SwapOption {
  readonly word: string;
  /** Entries that show the swap; Infinity for the word as written. */
  readonly support: number;
}

/** Words remembered at most (the caches are cleared when full). */
const MAX_WORDS = 100_000;

/** Singular candidates of a plural last word (the terms are written in the singular). */
function singularsOf(word: string): string[] {
  return readings(word)
    .filter((r) => r.suffix === 'plural')
    .map((r) => r.base);
}

export class SwapOptions {
  private readonly byWord = new Map<string, readonly SwapOption[]>();
  private readonly begins = new Map<string, boolean>();
  private readonly singularForms = new Map<string, readonly string[]>();

  constructor(private readonly model: WordSwaps) {}

  of(word: string): readonly SwapOption[] {
    let list = this.byWord.get(word);
    if (list === undefined) {
      if (this.byWord.size >= MAX_WORDS) this.byWord.clear();
      const swaps = this.model.swaps.get(word) ?? [];
      list = [
        { word, support: Infinity },
        ...swaps.map((s) => ({ word: s.original, support: s.support })),
      ];
      this.byWord.set(word, list);
    }
    return list;
  }

  singulars(word: string): readonly string[] {
    let list = this.singularForms.get(word);
    if (list === undefined) {
      if (this.singularForms.size >= MAX_WORDS) this.singularForms.clear();
      this.singularForms.set(word, (list = singularsOf(word)));
    }
    return list;
  }

  /** The word, or a word it may stand for, is the first of a term of two words or more. */
  beginsTerm(word: string): boolean {
    let begins = this.begins.get(word);
    if (begins === undefined) {
      if (this.begins.size >= MAX_WORDS) this.begins.clear();
      const root = this.model.trie.children;
      begins = this.of(word).some((o) => (root.get(o.word)?.children.size ?? 0) > 0);
      this.begins.set(word, begins);
    }
    return begins;
  }

  /**
   * A term begins with the first word (or one it stands for) followed by the second (or one it
   * stands for, or one a singular of it stands for).
   */
  pairBeginsTerm(first: string, second: string): boolean {
    for (const o of this.of(first)) {
      const node = this.model.trie.children.get(o.word);
      if (node === undefined || node.children.size === 0) continue;
      if (this.follows(node, second)) return true;
      for (const singular of this.singulars(second)) if (this.follows(node, singular)) return true;
    }
    return false;
  }

  private follows(node: TermNode, word: string): boolean {
    return this.of(word).some((o) => node.children.has(o.word));
  }
}

const cache = new WeakMap<WordSwaps, SwapOptions>();

/** The options of a swap model, kept for as long as the model. */
export function swapOptions(model: WordSwaps): SwapOptions {
  let options = cache.get(model);
  if (options === undefined) cache.set(model, (options = new SwapOptions(model)));
  return options;
}
