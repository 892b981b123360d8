// Everything the benchmark spinners' table rules read: Moby, WordNet (senses), the LibreOffice
// thesaurus (mythes) and word and phrase frequencies of a reference corpus (all State of the Union
// addresses). Nothing from dictionaries/ or scripts/data/: the restorer must not be graded on its
// own tables.
import { loadMythes, type Mythes } from './mythes.js';
import { readSotu, sotuFiles } from './sotu.js';
import { loadMoby } from './thesauri.js';
import { loadWordNetSenses, type WordNetSenses } from './wordnetSenses.js';

export interface Lexicon {
  /** Moby Thesaurus II: lowercase head -> synonyms as listed. */
  readonly moby: ReadonlyMap<string, readonly string[]>;
  readonly wordnet: WordNetSenses;
  /** The LibreOffice thesaurus; empty when the caller has none (tests). */
  readonly mythes: Mythes;
  /** Count of a lowercase word or space-joined phrase in the reference corpus (phrases: only those some thesaurus lists). */
  frequency(phrase: string): number;
  /**
   * Share of the word's occurrences in the reference corpus that are capitalized away from the
   * start of a sentence (names: `House` in "White House"); 0 for unseen words.
   */
  capitalShare(word: string): number;
}

/** True when the thesauri the restorer reads pair `a` and `b`: Moby (either way) or a WordNet synset. */
export function inThesauri(lex: Lexicon, a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (lex.moby.get(x)?.some((s) => s.toLowerCase() === y)) return true;
  if (lex.moby.get(y)?.some((s) => s.toLowerCase() === x)) return true;
  return lex.wordnet.senses(x).some((s) => s.lemmas.some((l) => l.toLowerCase() === y));
}

/** Multi-word terms (2 to 4 plain words) the thesauri list, whose corpus counts are kept. */
function thesaurusPhrases(
  moby: ReadonlyMap<string, readonly string[]>,
  wordnet: WordNetSenses,
  mythes: Mythes,
  heads: Iterable<string>,
): Set<string> {
  const out = new Set<string>();
  const add = (t: string): void => {
    const p = t.toLowerCase();
    if (/^[a-z]+(?: [a-z]+){1,3}$/.test(p)) out.add(p);
  };
  for (const [head, syns] of moby) {
    add(head);
    syns.forEach(add);
  }
  for (const [head, meanings] of mythes) {
    add(head);
    for (const m of meanings) m.terms.forEach((t) => add(t.text));
  }
  for (const h of heads) for (const s of wordnet.senses(h)) s.lemmas.forEach(add);
  return out;
}

interface CorpusCounts {
  readonly words: Map<string, number>;
  readonly phrases: Map<string, number>;
  readonly capitals: Map<string, number>;
}

/** Word, phrase and capitalized-word counts over whole texts (phrases: only those in `phrases`). */
export function corpusCounts(texts: readonly string[], phrases: ReadonlySet<string>): CorpusCounts {
  const words = new Map<string, number>();
  const counts = new Map<string, number>();
  const capitals = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  // Prefixes of the phrases, so that longer n-grams are only built after a known start.
  const prefixes = new Set<string>();
  for (const p of phrases) {
    const w = p.split(' ');
    for (let n = 2; n < w.length; n++) prefixes.add(w.slice(0, n).join(' '));
  }
  const token = /[A-Za-z]+|[.!?:;]/g;
  for (const text of texts) {
    const last: string[] = [];
    let sentenceStart = true;
    for (let m = token.exec(text); m !== null; m = token.exec(text)) {
      const t = m[0];
      if (t.length === 1 && '.!?:;'.includes(t)) {
        sentenceStart = true;
        last.length = 0;
        continue;
      }
      const lower = t.toLowerCase();
      bump(words, lower);
      if (!sentenceStart && t.charCodeAt(0) < 97) bump(capitals, lower);
      sentenceStart = false;
      last.push(lower);
      if (last.length > 4) last.shift();
      // n-grams ending here; a longer one only when its first two words start some phrase.
      const n = last.length;
      for (let k = n - 2; k >= 0; k--) {
        if (k < n - 2 && !prefixes.has(`${last[k] as string} ${last[k + 1] as string}`)) continue;
        const p = last.slice(k).join(' ');
        if (phrases.has(p)) bump(counts, p);
      }
    }
  }
  return { words, phrases: counts, capitals };
}

export function loadLexicon(options: { mythes?: boolean } = {}): Lexicon {
  const moby = loadMoby();
  const wordnet = loadWordNetSenses();
  const mythes: Mythes = options.mythes === false ? new Map() : loadMythes();
  const texts = sotuFiles().map(readSotu);
  const heads = new Set<string>();
  for (const t of texts) for (const m of t.toLowerCase().matchAll(/[a-z]+/g)) heads.add(m[0]);
  const counts = corpusCounts(texts, thesaurusPhrases(moby, wordnet, mythes, heads));
  return {
    moby,
    wordnet,
    mythes,
    frequency: (p) => (p.includes(' ') ? counts.phrases : counts.words).get(p.toLowerCase()) ?? 0,
    capitalShare: (w) => {
      const all = counts.words.get(w.toLowerCase()) ?? 0;
      return all === 0 ? 0 : (counts.capitals.get(w.toLowerCase()) ?? 0) / all;
    },
  };
}
