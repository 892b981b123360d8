// Unlisted phrases of a dictionary, inferred from the word swaps of its entries. Tortured
// phrases are made word by word ("irregular woodland" for "random forest", "bolster vector
// machine" for "support vector machine"), and the same swaps recur across entries ("organization"
// for "network" in dozens of them). A phrase the list lacks ("breeze turbine") whose words the
// entries show swapped (breeze -> wind) and whose restoration is a term the list writes ("wind
// turbine") is then a candidate, in a document that already shows sure phrases of the dictionary.
// Only dictionaries that opt in with the header `#! infer: word-swaps` are used. PURE.
import { IdentityCache } from './identity.js';
import { swapOptions, type SwapOption, type SwapOptions } from './swapOptions.js';
import { isFlagOnly, phraseWords } from './phraseEntry.js';
import type { PhraseEntry, PhraseMatch, Token } from '../types.js';
import {
  INFERRED_PRIOR,
  MAX_INFERRED_WORDS,
  MAX_SWAPS,
  MIN_SPUN_SHARE,
  MIN_SUPPORT,
  STRONG_INFERRED_PRIOR,
  STRONG_SUPPORT,
} from './tuning.js';

export interface WordSwap {
  readonly original: string;
  /** Entries that show the swap. */
  readonly support: number;
}

export interface WordSwaps {
  /** Written word -> the words it stands for in the entries, most supported first. */
  readonly swaps: ReadonlyMap<string, readonly WordSwap[]>;
  /** The restorations of the entries, as normalized words joined by single spaces. */
  readonly terms: ReadonlySet<string>;
  /** The terms as a word trie (the words chosen so far are walked, never joined). */
  readonly trie: TermNode;
}

export interface TermNode {
  readonly children: ReadonlyMap<string, TermNode>;
  /** The term that ends here. */
  readonly term?: string;
}

function termTrie(terms: ReadonlySet<string>): TermNode {
  type Node = { children: Map<string, Node>; term?: string };
  const root: Node = { children: new Map() };
  for (const term of terms) {
    let node = root;
    for (const word of term.split(' ')) {
      let child = node.children.get(word);
      if (child === undefined) node.children.set(word, (child = { children: new Map() }));
      node = child;
    }
    node.term = term;
  }
  return root;
}

/** The term the words write, or undefined. */
function termOf(trie: TermNode, words: readonly string[]): string | undefined {
  let node: TermNode | undefined = trie;
  for (const word of words) node = node?.children.get(word);
  return node?.term;
}

/**
 * Confidence of an inferred restoration by the least supported swap in it. `npm run
 * inferred-phrases` measures it on the list in 10 folds (each fold inferred from the other
 * nine): 84% of the inferred phrases are right with support 2, 94% with 3 or more; a little less
 * here for the genuine words in between, which that test does not hold.
 */
export function inferredPrior(support: number): number {
  return support >= STRONG_SUPPORT ? STRONG_INFERRED_PRIOR : INFERRED_PRIOR;
}

/**
 * Two spellings of one word ("network", "networks", "organization", "organizational"): no swap.
 * (One a prefix of the other: a plural -s needs no stemming here.)
 */
function sameWord(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

const cache = new IdentityCache<WordSwaps>();

export function wordSwaps(entries: readonly PhraseEntry[]): WordSwaps {
  return cache.get([entries], () => buildWordSwaps(entries));
}

function buildWordSwaps(entries: readonly PhraseEntry[]): WordSwaps {
  const support = new Map<string, Map<string, number>>();
  const spunSide = new Map<string, number>();
  const termSide = new Map<string, number>();
  const terms = new Set<string>();
  const bump = (m: Map<string, number>, k: string): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  for (const entry of entries) {
    const canonical = entry.canonical[0];
    if (entry.channel === true || canonical === undefined || isFlagOnly(entry)) continue;
    const target = phraseWords(canonical);
    terms.add(target.join(' '));
    for (const w of new Set(entry.words)) bump(spunSide, w);
    for (const w of new Set(target)) bump(termSide, w);
    if (target.length !== entry.words.length) continue;
    entry.words.forEach((w, i) => {
      const o = target[i] as string;
      if (w === o || sameWord(w, o) || w.endsWith('s') !== o.endsWith('s')) return;
      let row = support.get(w);
      if (row === undefined) support.set(w, (row = new Map()));
      bump(row, o);
    });
  }
  const swaps = new Map<string, WordSwap[]>();
  for (const [w, row] of support) {
    const spun = spunSide.get(w) ?? 0;
    // Mostly a spun word: "organization"; not "recognition", which the terms write as often as
    // the spun phrases do.
    if (spun < MIN_SPUN_SHARE * (spun + (termSide.get(w) ?? 0))) continue;
    const list = [...row]
      .filter(([, n]) => n >= MIN_SUPPORT)
      .map(([original, n]) => ({ original, support: n }))
      .sort((a, b) => b.support - a.support || (a.original < b.original ? -1 : 1))
      .slice(0, MAX_SWAPS);
    if (list.length > 0) swaps.set(w, list);
  }
  return { swaps, terms, trie: termTrie(terms) };
}

export interface InferredMatch extends PhraseMatch {
  /** The swaps made, as `written -> original (support)`. */
  readonly swapped: readonly string[];
  /** Entries that show the least supported swap made. */
  readonly support: number;
}

/** Word tokens from `start` joined by single spaces, up to `max` of them. */
function wordRun(tokens: readonly Token[], start: number, max: number): number[] {
  const run = [start];
  let i = start + 1;
  while (run.length < max) {
    const space = tokens[i];
    const word = tokens[i + 1];
    if (space?.kind !== 'space' || word?.kind !== 'word') break;
    run.push(i + 1);
    i += 2;
  }
  return run;
}

interface RestoredWords {
  readonly term: string;
  readonly support: number;
  readonly swapped: string[];
}

/**
 * The one term the words restore to (with the swaps made), or undefined (none, or several).
 * Each choice of one option a word writes a different string, so the choices are walked word by
 * word down the term trie, only while the words chosen so far begin a term.
 */
function restoreWords(
  words: readonly string[],
  model: WordSwaps,
  options: SwapOptions = swapOptions(model),
): RestoredWords | undefined {
  const last = words.length - 1;
  const picked: SwapOption[] = [];
  let found: RestoredWords | undefined;
  let several = false;
  const visit = (i: number, node: TermNode): void => {
    for (const option of options.of(words[i] as string)) {
      if (several) return;
      const child = node.children.get(option.word);
      if (child === undefined) continue;
      picked[i] = option;
      if (i < last) visit(i + 1, child);
      else if (child.term !== undefined && picked.some((p) => p.support !== Infinity)) {
        if (found !== undefined) several = true;
        found = {
          term: child.term,
          support: Math.min(...picked.map((p) => p.support)),
          swapped: picked.flatMap((p, k) =>
            p.support === Infinity ? [] : [`${words[k]} -> ${p.word} (${p.support})`],
          ),
        };
      }
    }
  };
  visit(0, model.trie);
  return several ? undefined : found;
}

/**
 * Inferred phrases in the tokens: runs of 2 to MAX_INFERRED_WORDS words (spaces between, no
 * punctuation) that are not terms themselves and restore to exactly one term, longest first and
 * never overlapping each other or a token `taken` already.
 */
export function inferredMatches(
  tokens: readonly Token[],
  model: WordSwaps,
  entryFor: (words: readonly string[], term: string, support: number) => PhraseEntry,
  taken: (token: number) => boolean,
): InferredMatch[] {
  const out: InferredMatch[] = [];
  const options = swapOptions(model);
  let next = 0;
  for (let start = 0; start < tokens.length; start++) {
    const first = tokens[start];
    if (start < next || first?.kind !== 'word') continue;
    // Every term found below begins with the first two words, or words they stand for.
    if (!options.beginsTerm(first.norm)) continue;
    const second = tokens[start + 2];
    if (tokens[start + 1]?.kind !== 'space' || second?.kind !== 'word') continue;
    if (!options.pairBeginsTerm(first.norm, second.norm)) continue;
    const run = wordRun(tokens, start, MAX_INFERRED_WORDS);
    for (let n = run.length; n >= 2; n--) {
      const ids = run.slice(0, n);
      if (ids.some(taken)) continue;
      const written = ids.map((i) => (tokens[i] as Token).norm);
      const last = written[n - 1] as string;
      for (const lastForm of [last, ...options.singulars(last)]) {
        const words = [...written.slice(0, -1), lastForm];
        if (termOf(model.trie, words) !== undefined) break;
        const r = restoreWords(words, model, options);
        if (r === undefined) continue;
        out.push({
          entry: entryFor(words, r.term, r.support),
          firstToken: ids[0] as number,
          lastToken: ids[n - 1] as number,
          swapped: r.swapped,
          support: r.support,
        });
        next = (ids[n - 1] as number) + 1;
        break;
      }
      if (next > start) break;
    }
  }
  return out;
}
