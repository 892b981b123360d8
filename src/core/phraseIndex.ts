// A word trie over the normalized content tokens of dictionary phrases. PURE: no fs.
//
// match() reports every entry at every position (all lengths; the caller resolves overlaps).
// Space and newline tokens are skipped, so phrases match across line breaks and runs of spaces;
// token norms already fold case and curly apostrophes. The LAST word of a phrase also matches
// its inflected forms (plural, possessive, verb endings, WordNet irregulars). Entries with
// `near=N` match their words in order with at most N other words between consecutive words,
// within one sentence.
import { isContentToken } from './tokenize.js';
import { readings, splitPossessive } from './morphology/index.js';
import type { Inflections, PartOfSpeech, PhraseEntry, PhraseMatch, Token } from '../types.js';
import { MIN_STEM } from './tuning.js';

/** How a text word was reduced to a candidate stem. */
export type StemKind = 'possessive' | 'plural' | 'verb' | 'noun' | 'adj' | 'adv';

/** Children by word id (PhraseIndex.ids). */
interface TrieNode {
  readonly children: Map<number, TrieNode>;
  readonly entries: PhraseEntry[];
}

/** A stem of a text word that the dictionaries write, and how the word was reduced to it. */
interface StemHit {
  readonly id: number;
  readonly kinds: ReadonlySet<StemKind>;
}

/** What the trie needs of a text token: the id of its norm (-1: no phrase has it), its stems. */
interface TokenInfo {
  readonly id: number;
  readonly stems: readonly StemHit[];
}

const newNode = (): TrieNode => ({ children: new Map(), entries: [] });
const NO_STEMS: ReadonlyMap<string, ReadonlySet<StemKind>> = new Map();
const NO_HITS: readonly StemHit[] = [];
const NO_ENTRIES: readonly PhraseEntry[] = [];
const STEM_CACHE_SIZE = 50_000;

/** Which reductions of the last word an entry accepts, by its part of speech. */
const ALLOWED: Readonly<Record<PartOfSpeech | 'any', ReadonlySet<StemKind>>> = {
  any: new Set<StemKind>(['possessive', 'plural', 'verb', 'noun', 'adj', 'adv']),
  other: new Set<StemKind>(['possessive', 'plural', 'verb', 'noun', 'adj', 'adv']),
  noun: new Set<StemKind>(['possessive', 'plural', 'noun']),
  verb: new Set<StemKind>(['plural', 'verb']),
  adj: new Set<StemKind>(['adj']),
  adv: new Set<StemKind>(['adv']),
};

function add(out: Map<string, Set<StemKind>>, stem: string, kind: StemKind): void {
  if (stem.length < MIN_STEM) return;
  const kinds = out.get(stem) ?? new Set<StemKind>();
  kinds.add(kind);
  out.set(stem, kinds);
}

/**
 * Candidate base forms of an inflected word (its norm), each with how it was reduced. The word
 * itself is not included. Possessives are stripped first (`'s`, `s'`), then the word is read by
 * the morphology's stemmer (readings: plural and verb endings, WordNet's irregular nouns and
 * verbs when `inflections` is given); WordNet's irregular adjectives and adverbs (better ->
 * good) too.
 */
export function inflectionStems(
  norm: string,
  inflections?: Inflections,
): ReadonlyMap<string, ReadonlySet<StemKind>> {
  const out = new Map<string, Set<StemKind>>();
  const [base, possessive] = splitPossessive(norm);
  if (possessive !== '') add(out, base, 'possessive');
  for (const r of readings(base, inflections)) {
    if (r.suffix !== 'none')
      add(out, r.base, r.irregular ?? (r.suffix === 'plural' ? 'plural' : 'verb'));
  }
  for (const pos of ['adj', 'adv'] as const) {
    for (const lemma of inflections?.lemmas(base, pos) ?? []) add(out, lemma, pos);
  }
  out.delete(norm);
  return out;
}

function accepts(entry: PhraseEntry, kinds: ReadonlySet<StemKind>): boolean {
  const allowed = ALLOWED[entry.pos ?? 'any'];
  for (const kind of kinds) if (allowed.has(kind)) return true;
  return false;
}

const SENTENCE_END = new Set(['.', '!', '?']);

/** True at a sentence boundary: `.`/`!`/`?` or an empty line. */
function endsSentence(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return true;
  if (token.kind === 'punct') return SENTENCE_END.has(token.text);
  if (token.kind !== 'newline') return false;
  for (let j = i + 1; j < tokens.length; j++) {
    const next = tokens[j];
    if (next?.kind === 'newline') return true;
    if (next?.kind !== 'space') return false;
  }
  return false;
}

export class PhraseIndex {
  private readonly root = newNode();
  /** near=N entries by their first word. */
  private readonly near = new Map<string, PhraseEntry[]>();
  private readonly inflections: Inflections | undefined;
  /** Every word of the trie's phrases, numbered: the trie is walked by number. */
  private readonly ids = new Map<string, number>();
  /** Order of the dictionaries' names (localeCompare), for sorting matches. */
  private readonly dictionaryRank = new Map<string, number>();
  /** Stems by word norm (bounded: cleared when full). */
  private readonly stemCache = new Map<string, ReadonlyMap<string, ReadonlySet<StemKind>>>();
  /** Token information by norm (bounded: cleared when full). */
  private readonly infoCache = new Map<string, TokenInfo>();

  constructor(entries: readonly PhraseEntry[], inflections?: Inflections) {
    this.inflections = inflections;
    for (const entry of entries) {
      const first = entry.words[0];
      if (first === undefined) continue;
      if (entry.conditions.proximity !== undefined && entry.words.length > 1) {
        const list = this.near.get(first) ?? [];
        list.push(entry);
        this.near.set(first, list);
        continue;
      }
      let node = this.root;
      for (const word of entry.words) {
        let id = this.ids.get(word);
        if (id === undefined) this.ids.set(word, (id = this.ids.size));
        let child = node.children.get(id);
        if (child === undefined) node.children.set(id, (child = newNode()));
        node = child;
      }
      node.entries.push(entry);
    }
    const names = [...new Set(entries.map((e) => e.dictionary))].sort((a, b) => a.localeCompare(b));
    let rank = 0;
    names.forEach((name, i) => {
      if (i > 0 && names[i - 1]?.localeCompare(name) !== 0) rank++;
      this.dictionaryRank.set(name, rank);
    });
  }

  /** Every match at every position, ordered by first token, then last token, then line. */
  match(tokens: readonly Token[]): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    const content: number[] = [];
    const infos: TokenInfo[] = [];
    tokens.forEach((token, i) => {
      if (!isContentToken(token)) return;
      content.push(i);
      infos.push(this.info(token));
    });
    for (let k = 0; k < content.length; k++) {
      this.matchTrieAt(content, infos, k, matches);
      this.matchNearAt(tokens, content[k] as number, matches);
    }
    const rank = (m: PhraseMatch): number => this.dictionaryRank.get(m.entry.dictionary) ?? 0;
    return matches.sort(
      (a, b) =>
        a.firstToken - b.firstToken ||
        a.lastToken - b.lastToken ||
        rank(a) - rank(b) ||
        a.entry.line - b.entry.line,
    );
  }

  private stems(token: Token): ReadonlyMap<string, ReadonlySet<StemKind>> {
    if (token.kind !== 'word') return NO_STEMS;
    let stems = this.stemCache.get(token.norm);
    if (stems === undefined) {
      if (this.stemCache.size >= STEM_CACHE_SIZE) this.stemCache.clear();
      stems = inflectionStems(token.norm, this.inflections);
      this.stemCache.set(token.norm, stems);
    }
    return stems;
  }

  /**
   * The token's id and the stems the trie has. Norms of words, numbers, punctuation and URLs
   * never coincide (a word starts with a letter and holds no `:`, `/` or `@`), so the norm is
   * the key.
   */
  private info(token: Token): TokenInfo {
    let info = this.infoCache.get(token.norm);
    if (info === undefined) {
      if (this.infoCache.size >= STEM_CACHE_SIZE) this.infoCache.clear();
      const hits: StemHit[] = [];
      for (const [stem, kinds] of this.stems(token)) {
        const id = this.ids.get(stem);
        if (id !== undefined) hits.push({ id, kinds });
      }
      info = { id: this.ids.get(token.norm) ?? -1, stems: hits.length > 0 ? hits : NO_HITS };
      this.infoCache.set(token.norm, info);
    }
    return info;
  }

  /** Trie matches from the k-th content token: `content` holds token indexes, `infos` theirs. */
  private matchTrieAt(
    content: readonly number[],
    infos: readonly TokenInfo[],
    k: number,
    out: PhraseMatch[],
  ): void {
    const firstToken = content[k] as number;
    let node = this.root;
    for (let j = k; j < content.length; j++) {
      const info = infos[j] as TokenInfo;
      const lastToken = content[j] as number;
      for (const stem of info.stems) {
        for (const entry of node.children.get(stem.id)?.entries ?? NO_ENTRIES) {
          if (accepts(entry, stem.kinds)) out.push({ entry, firstToken, lastToken });
        }
      }
      const next = info.id < 0 ? undefined : node.children.get(info.id);
      if (next === undefined) return;
      for (const entry of next.entries) out.push({ entry, firstToken, lastToken });
      node = next;
    }
  }

  private matchNearAt(tokens: readonly Token[], start: number, out: PhraseMatch[]): void {
    const first = tokens[start];
    if (first === undefined) return;
    for (const entry of this.near.get(first.norm) ?? []) {
      const last = this.nearEnd(tokens, start, entry);
      if (last >= 0) out.push({ entry, firstToken: start, lastToken: last });
    }
  }

  /** Last token of a proximity match of `entry` starting at `start`, or -1. */
  private nearEnd(tokens: readonly Token[], start: number, entry: PhraseEntry): number {
    const slack = entry.conditions.proximity ?? 0;
    let at = start;
    for (let k = 1; k < entry.words.length; k++) {
      const isLast = k === entry.words.length - 1;
      at = this.findWithin(tokens, at, slack, (token) =>
        token.norm === entry.words[k]
          ? true
          : isLast && this.stemMatches(token, entry.words[k] ?? '', entry),
      );
      if (at < 0) return -1;
    }
    return at;
  }

  private stemMatches(token: Token, word: string, entry: PhraseEntry): boolean {
    const kinds = this.stems(token).get(word);
    return kinds !== undefined && accepts(entry, kinds);
  }

  /** First token after `from` satisfying `test`, with at most `slack` other words between. */
  private findWithin(
    tokens: readonly Token[],
    from: number,
    slack: number,
    test: (token: Token) => boolean,
  ): number {
    let skipped = 0;
    for (let i = from + 1; i < tokens.length; i++) {
      const token = tokens[i];
      if (token === undefined || endsSentence(tokens, i)) break;
      if (!isContentToken(token)) continue;
      if (test(token)) return i;
      if (token.kind === 'word' || token.kind === 'number') skipped++;
      if (skipped > slack) break;
    }
    return -1;
  }
}
