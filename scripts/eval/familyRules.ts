// The table rules of the benchmark spinner families (eval/README.md, "Benchmark families"). Each
// rule ranks the substitutes of a lemma; the table (spinTable.ts) keeps the first that fits the
// written word's form. Tune and held-out spinners of a family use different rules and seeds.
import type { Lexicon } from './lexicon.js';
import {
  alphabetical,
  byFrequency,
  byTagCount,
  clean,
  mobyOf,
  mythesOf,
  outsideThesauri,
  rewrites,
  sensesOf,
} from './ruleSources.js';
import { hashUnit, type Candidate, type TableRule } from './spinTable.js';
import type { Pos } from './wordnetSenses.js';

/** Mythes relations drawn on for outside substitutes, nearest first. */
const OUTSIDE_TIERS = [['synonym', 'similar'], ['related'], ['generic']] as const;

/** Mythes terms and rule-made rewrites the restorer's thesauri do not pair with the lemma. */
function outsideCandidates(
  lex: Lexicon,
  lemma: string,
  pos: Pos | undefined,
  order: (cs: readonly Candidate[]) => Candidate[],
  manner: string,
  light: string,
  rewritesFirst = false,
): Candidate[] {
  const mythes = OUTSIDE_TIERS.flatMap((tier) =>
    order(outsideThesauri(lex, lemma, mythesOf(lex, lemma, pos, tier))),
  );
  const made = outsideThesauri(lex, lemma, rewrites(lex, lemma, pos, manner, light));
  return rewritesFirst ? [...made, ...mythes] : [...mythes, ...made];
}

/** Dedupe, keeping the first. */
function unique(cs: readonly Candidate[]): Candidate[] {
  return cs.filter((c, i) => cs.findIndex((d) => d.text === c.text) === i);
}

/**
 * News, tune: the most frequent Moby synonym of the commonest sense. Moby synonyms are ranked in
 * tiers: in the lemma's most-tagged WordNet synset, in any of its synsets, then the rest; each
 * tier by corpus frequency, ties by seed.
 */
export function newsSenseRule(lex: Lexicon, seed: string): TableRule {
  const rank = (lemma: string, pos: Pos | undefined, moby: readonly Candidate[]): Candidate[] => {
    const senses = byTagCount(sensesOf(lex, lemma, pos));
    const inSense = (c: Candidate, k: number | undefined): boolean =>
      (k === undefined ? senses : senses.slice(k, k + 1)).some((s) =>
        s.lemmas.some((l) => l.toLowerCase() === c.text),
      );
    const tier1 = moby.filter((c) => inSense(c, 0));
    const tier2 = moby.filter((c) => inSense(c, undefined));
    return unique([
      ...byFrequency(lex, tier1, seed),
      ...byFrequency(lex, tier2, seed),
      ...byFrequency(lex, moby, seed),
    ]);
  };
  return {
    candidates: (lemma, pos) => rank(lemma, pos, mobyOf(lex, lemma)),
    outside: (lemma, pos) =>
      outsideCandidates(lex, lemma, pos, (cs) => byFrequency(lex, cs, seed), 'way', 'make'),
    phrase: (p) => rank(p, undefined, mobyOf(lex, p)),
  };
}

/**
 * News, held-out: mutual Moby synonyms (each lists the other), the three most frequent in an
 * order rotated by seed, then the other mutual ones by frequency.
 */
export function newsMutualRule(lex: Lexicon, seed: string): TableRule {
  const rank = (lemma: string): Candidate[] => {
    const mutual = mobyOf(lex, lemma).filter((c) =>
      (lex.moby.get(c.text) ?? []).some((s) => s.toLowerCase() === lemma),
    );
    const ranked = byFrequency(lex, mutual, seed);
    const top = ranked.slice(0, 3);
    const r = Math.floor(hashUnit(seed, 'rotate', lemma) * top.length);
    return [...top.slice(r), ...top.slice(0, r), ...ranked.slice(3)];
  };
  return {
    candidates: (lemma) => rank(lemma),
    outside: (lemma, pos) =>
      outsideCandidates(lex, lemma, pos, (cs) => byFrequency(lex, cs, seed, 1), 'manner', 'make'),
    phrase: (p) => rank(p),
  };
}

const lemmasAfter = (lemmas: readonly string[], word: string): string[] => {
  const at = lemmas.findIndex((l) => l.toLowerCase() === word);
  return lemmas.map((_, k) => lemmas[(at + 1 + k) % lemmas.length] as string);
};

/** WordNet lemmas may be digits and roman numerals (14 -> xiv). */
const wnClean = (lemma: string, texts: readonly string[]): Candidate[] =>
  clean(
    lemma,
    texts.map((t) => t.replace(/[.]/g, '')),
    'wordnet',
    3,
  ).concat(
    texts
      .map((t) => t.toLowerCase())
      .filter((t) => /^[0-9]+$/.test(t) && t !== lemma)
      .map((text) => ({ text, source: 'wordnet' as const })),
  );

/** Mythes hypernyms (`generic term`) of the first meaning: a WordNet spinner that climbs one level. */
function wordnetOutside(lex: Lexicon, lemma: string, pos: Pos | undefined): Candidate[] {
  return outsideThesauri(lex, lemma, mythesOf(lex, lemma, pos, ['generic'])).slice(0, 3);
}

/** WordNet, tune: the first lemma (other than the word) of the word's first synset, WordNet's order. */
export function wordnetFirstRule(lex: Lexicon): TableRule {
  const rank = (lemma: string, pos: Pos | undefined): Candidate[] =>
    unique(sensesOf(lex, lemma, pos).flatMap((s) => wnClean(lemma, s.lemmas)));
  return {
    candidates: rank,
    outside: (l, p) => wordnetOutside(lex, l, p),
    phrase: (p) => rank(p, undefined),
  };
}

/**
 * WordNet, held-out: the most-tagged synset of the word (any part of speech), and in it the lemma
 * after the word, wrapping round (fourteen, 14, xiv: 14 -> xiv).
 */
export function wordnetCommonestRule(lex: Lexicon): TableRule {
  const rank = (lemma: string, pos: Pos | undefined): Candidate[] =>
    unique(
      byTagCount(sensesOf(lex, lemma, pos)).flatMap((s) =>
        wnClean(lemma, lemmasAfter(s.lemmas, lemma)),
      ),
    );
  return {
    candidates: rank,
    outside: (l, p) => wordnetOutside(lex, l, p),
    phrase: (p) => rank(p, undefined),
  };
}

/** Alphabetically first, tune: single-word Moby synonyms in alphabetical order. */
export function alphaMobyRule(lex: Lexicon): TableRule {
  return {
    candidates: (lemma) => alphabetical(mobyOf(lex, lemma, 1)),
    outside: (lemma, pos) => outsideCandidates(lex, lemma, pos, alphabetical, 'way', 'make'),
  };
}

/** Alphabetically first, held-out: every WordNet synonym of every sense, phrases too, in alphabetical order. */
export function alphaWordNetRule(lex: Lexicon): TableRule {
  const rank = (lemma: string, pos: Pos | undefined): Candidate[] =>
    alphabetical(
      unique(sensesOf(lex, lemma, pos).flatMap((s) => clean(lemma, s.lemmas, 'wordnet'))),
    );
  return {
    candidates: rank,
    outside: (lemma, pos) => outsideCandidates(lex, lemma, pos, alphabetical, 'manner', 'make'),
    phrase: (p) => rank(p, undefined),
  };
}

const multi = (cs: readonly Candidate[]): Candidate[] => cs.filter((c) => c.text.includes(' '));
const single = (cs: readonly Candidate[]): Candidate[] => cs.filter((c) => !c.text.includes(' '));

/**
 * Spinbot-style paraphraser, tune: phrase rewrites first. Moby's multi-word synonyms (up to 4
 * words) by corpus count, then single words by frequency; outside: rule-made rewrites first.
 */
export function spinbotMobyRule(lex: Lexicon, seed: string): TableRule {
  const rank = (lemma: string): Candidate[] => {
    const moby = mobyOf(lex, lemma, 4);
    return [...byFrequency(lex, multi(moby), seed, 2), ...byFrequency(lex, single(moby), seed)];
  };
  return {
    candidates: (lemma) => rank(lemma),
    outside: (lemma, pos) =>
      outsideCandidates(
        lex,
        lemma,
        pos,
        (cs) => byFrequency(lex, cs, seed, 1),
        'manner',
        'make',
        true,
      ),
    phrase: (p) => rank(p),
  };
}

/**
 * Spinbot-style paraphraser, held-out: WordNet multi-word lemmas of any sense and Moby's
 * multi-word synonyms, by corpus count, then WordNet single words of the commonest sense.
 */
export function spinbotWordNetRule(lex: Lexicon, seed: string): TableRule {
  const rank = (lemma: string, pos: Pos | undefined): Candidate[] => {
    const senses = byTagCount(sensesOf(lex, lemma, pos));
    const wn = unique(senses.flatMap((s) => clean(lemma, s.lemmas, 'wordnet', 4)));
    const phrases = unique([...multi(wn), ...multi(mobyOf(lex, lemma, 4))]);
    return [
      ...byFrequency(lex, phrases, seed, 1),
      ...byFrequency(lex, single(wn.slice(0, 4)), seed, 1),
    ];
  };
  return {
    candidates: rank,
    outside: (lemma, pos) =>
      outsideCandidates(
        lex,
        lemma,
        pos,
        (cs) => byFrequency(lex, multi(cs), seed, 1),
        'way',
        'make',
        true,
      ),
    phrase: (p) => rank(p, undefined),
  };
}
