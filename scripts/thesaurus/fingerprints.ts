// Build-time spinner fingerprints: for a lemma (the original), the synonyms that a rule-made
// spinner family writes for it, from the thesauri the restorer reads (Moby, WordNet). Real
// spinners pick by rule, not by context: the alphabetically first synonym of a list, the first
// (or next) lemma of the word's commonest WordNet sense, the commonest synonyms by frequency, a
// common multi-word synonym (paraphrasers). Several natural variants of each rule are taken
// (which list, which sense, single words or phrases), since a new spinner uses its own variant.
// scripts/build-thesaurus.ts stores them as flags of the (spun, original) pairs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeWord } from '../../src/core/normalize.js';

/** Flag bits (thesaurusFormat.ts FLAG_ALPHA…): which rule writes `spun` for `original`. */
export interface FingerprintFlags {
  readonly alpha: number;
  readonly wnRule: number;
  readonly wnTop: number;
  readonly freqTop: number;
  readonly phraseTop: number;
}

/** A WordNet synset: its lemmas in order. */
interface Synset {
  readonly lemmas: readonly string[];
}

/** A lemma's senses in WordNet: synsets per part of speech in sense order, with tag counts. */
interface Sense {
  readonly synset: Synset;
  readonly pos: string;
  /** 1-based sense number within its part of speech. */
  readonly number: number;
  readonly tags: number;
}

export interface FingerprintSources {
  /** Moby head -> its synonyms (normalized). */
  readonly moby: ReadonlyMap<string, readonly string[]>;
  /** WordNet lemma -> its senses, parts of speech in the order noun, verb, adj, adv. */
  readonly senses: ReadonlyMap<string, readonly Sense[]>;
  /** log10 unigram probability of a word or phrase (undefined when unknown). */
  readonly logProb: (phrase: string) => number | undefined;
}

const POS = [
  ['noun', 'n'],
  ['verb', 'v'],
  ['adj', 'a'],
  ['adv', 'r'],
] as const;

const normalize = (raw: string): string =>
  normalizeWord(raw.replace(/_/g, ' ').replace(/\([a-z]+\)$/, ''))
    .replace(/\s+/g, ' ')
    .trim();

/** Moby heads and their synonym lists, normalized. */
export function readMobyLists(path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [head, ...syns] = line.split(',');
    if (head === undefined || head === '') continue;
    const h = normalize(head);
    const list = out.get(h) ?? [];
    for (const s of syns) {
      const n = normalize(s);
      if (n !== '' && n !== h && !list.includes(n)) list.push(n);
    }
    out.set(h, list);
  }
  return out;
}

/** WordNet senses of every lemma, from data.*, index.* and index.sense. */
export function readWordNetSenses(dir: string): Map<string, Sense[]> {
  const synsets = new Map<string, Synset>();
  for (const [pos, letter] of POS) {
    for (const line of readFileSync(join(dir, `data.${pos}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const count = parseInt(f[3] ?? '', 16);
      const lemmas: string[] = [];
      for (let i = 0; i < count; i++) {
        const l = normalize(f[4 + 2 * i] ?? '');
        if (l !== '' && !lemmas.includes(l)) lemmas.push(l);
      }
      synsets.set(`${letter}${f[0]}`, { lemmas });
    }
  }
  const tags = new Map<string, number>();
  for (const line of readFileSync(join(dir, 'index.sense'), 'utf8').split('\n')) {
    const [key, offset, , count] = line.split(' ');
    if (key === undefined || offset === undefined) continue;
    const lemma = normalize(key.slice(0, key.indexOf('%')));
    tags.set(`${lemma} ${offset}`, (tags.get(`${lemma} ${offset}`) ?? 0) + Number(count ?? 0));
  }
  const out = new Map<string, Sense[]>();
  for (const [pos, letter] of POS) {
    for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const lemma = normalize(f[0] ?? '');
      const senseCount = Number(f[2]);
      const pointers = Number(f[3]);
      const offsets = f.slice(6 + pointers, 6 + pointers + senseCount);
      const list = out.get(lemma) ?? [];
      offsets.forEach((offset, k) => {
        const synset = synsets.get(`${letter}${offset}`);
        if (synset === undefined) return;
        list.push({ synset, pos, number: k + 1, tags: tags.get(`${lemma} ${offset}`) ?? 0 });
      });
      out.set(lemma, list);
    }
  }
  return out;
}

const alphabeticallyFirst = (list: readonly string[]): string | undefined =>
  [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[0];

/** The senses a context-blind spinner reads as the word's commonest. */
function topSenses(senses: readonly Sense[]): Sense[] {
  if (senses.length === 0) return [];
  const top: Sense[] = [senses[0] as Sense];
  for (const s of senses) if (s.number === 1 && !top.includes(s)) top.push(s);
  const tagged = [...senses].sort((a, b) => b.tags - a.tags)[0] as Sense;
  if (tagged.tags > 0 && !top.includes(tagged)) top.push(tagged);
  return top;
}

/**
 * Per original lemma, the synonyms each rule writes for it: a map spun -> flag bits. Only lemmas
 * `wanted` accepts are computed (the originals the thesaurus keeps).
 */
export function fingerprints(
  sources: FingerprintSources,
  flags: FingerprintFlags,
  wanted: (lemma: string) => boolean,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const lemmas = new Set([...sources.moby.keys(), ...sources.senses.keys()]);
  for (const o of lemmas) {
    if (!wanted(o)) continue;
    const row = new Map<string, number>();
    const mark = (spun: string | undefined, bit: number): void => {
      if (spun === undefined || spun === o || spun === '') return;
      row.set(spun, (row.get(spun) ?? 0) | bit);
    };
    const moby = (sources.moby.get(o) ?? []).filter((s) => s !== o);
    const senses = sources.senses.get(o) ?? [];
    const wordnet = [...new Set(senses.flatMap((s) => s.synset.lemmas))].filter((s) => s !== o);
    const single = (l: readonly string[]): string[] => l.filter((s) => !s.includes(' '));
    for (const list of [moby, single(moby), wordnet, single(wordnet)])
      mark(alphabeticallyFirst(list), flags.alpha);
    for (const sense of topSenses(senses)) {
      const lemmas = sense.synset.lemmas;
      const others = lemmas.filter((l) => l !== o);
      for (const l of others) mark(l, flags.wnTop);
      mark(others[0], flags.wnRule);
      const at = lemmas.indexOf(o);
      if (at >= 0 && lemmas.length > 1) mark(lemmas[(at + 1) % lemmas.length], flags.wnRule);
    }
    const all = [...new Set([...moby, ...wordnet])];
    const byFrequency = (list: readonly string[]): string[] =>
      list
        .map((s) => ({ s, p: sources.logProb(s) }))
        .filter((x): x is { s: string; p: number } => x.p !== undefined)
        .sort((a, b) => b.p - a.p || (a.s < b.s ? -1 : 1))
        .map((x) => x.s);
    for (const s of byFrequency(single(all)).slice(0, 3)) mark(s, flags.freqTop);
    for (const s of byFrequency(single(moby)).slice(0, 3)) mark(s, flags.freqTop);
    const mutual = moby.filter((s) => (sources.moby.get(s) ?? []).includes(o));
    for (const s of byFrequency(single(mutual)).slice(0, 3)) mark(s, flags.freqTop);
    for (const s of byFrequency(all.filter((x) => x.includes(' '))).slice(0, 2))
      mark(s, flags.phraseTop);
    if (row.size > 0) out.set(o, row);
  }
  return out;
}
