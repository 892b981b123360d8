// Candidate lists the benchmark table rules are made from: Moby lists, WordNet senses, mythes
// meanings and rule-made multi-word rewrites, each cleaned the same way (lowercase, plain words).
import { inThesauri, type Lexicon } from './lexicon.js';
import type { MythesRelation } from './mythes.js';
import { hashUnit, type Candidate, type EntrySource } from './spinTable.js';
import type { Pos, Sense } from './wordnetSenses.js';

/** Plain words (letters, inner hyphens), 1 to `maxWords` of them. */
export function usable(text: string, maxWords = 3): boolean {
  const words = text.split(' ');
  return words.length <= maxWords && words.every((w) => /^[a-z]+(?:-[a-z]+)*$/.test(w));
}

/** Lowercase, usable, without the lemma itself, first occurrence kept. */
export function clean(
  lemma: string,
  texts: readonly string[],
  source: EntrySource,
  maxWords = 3,
): Candidate[] {
  const seen = new Set<string>([lemma]);
  const out: Candidate[] = [];
  for (const t of texts) {
    const text = t.toLowerCase();
    if (seen.has(text) || !usable(text, maxWords)) continue;
    seen.add(text);
    out.push({ text, source });
  }
  return out;
}

/** Moby's synonyms of the lemma, without names (Moby lists "Mexico" among them). */
export function mobyOf(lex: Lexicon, lemma: string, maxWords = 3): Candidate[] {
  const listed = (lex.moby.get(lemma) ?? []).filter((s) => !/[A-Z]/.test(s));
  return clean(lemma, listed, 'moby', maxWords);
}

/** Senses of the lemma in WordNet's order, of one part of speech when given. */
export function sensesOf(lex: Lexicon, lemma: string, pos: Pos | undefined): Sense[] {
  return lex.wordnet.senses(lemma).filter((s) => pos === undefined || s.pos === pos);
}

/** Senses by tag count, most frequent first (stable: WordNet's order on ties). */
export function byTagCount(senses: readonly Sense[]): Sense[] {
  return senses
    .map((s, i) => [s, i] as const)
    .sort((a, b) => b[0].tagCount - a[0].tagCount || a[1] - b[1])
    .map(([s]) => s);
}

const MYTHES_POS: Readonly<Record<Pos, string>> = {
  noun: 'noun',
  verb: 'verb',
  adj: 'adj',
  adv: 'adv',
};

/** Terms of the lemma's mythes meanings (of one part of speech when given) with these relations. */
export function mythesOf(
  lex: Lexicon,
  lemma: string,
  pos: Pos | undefined,
  relations: readonly MythesRelation[],
  maxWords = 3,
): Candidate[] {
  const texts: string[] = [];
  for (const m of lex.mythes.get(lemma) ?? []) {
    if (pos !== undefined && m.pos !== MYTHES_POS[pos]) continue;
    for (const t of m.terms) if (relations.includes(t.relation)) texts.push(t.text);
  }
  return clean(lemma, texts, 'mythes', maxWords);
}

/** Most frequent first in the reference corpus; ties by a seeded hash. Rare ones dropped. */
export function byFrequency(
  lex: Lexicon,
  cands: readonly Candidate[],
  seed: string,
  minCount = 3,
): Candidate[] {
  return cands
    .map((c) => [c, lex.frequency(c.text), hashUnit(seed, 'tie', c.text)] as const)
    .filter(([, f]) => f >= minCount)
    .sort((a, b) => b[1] - a[1] || a[2] - b[2])
    .map(([c]) => c);
}

export function alphabetical(cands: readonly Candidate[]): Candidate[] {
  return [...cands].sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

/** Only the candidates the restorer's thesauri do not pair with the lemma. */
export function outsideThesauri(
  lex: Lexicon,
  lemma: string,
  cands: readonly Candidate[],
): Candidate[] {
  return cands.filter((c) => !inThesauri(lex, lemma, c.text));
}

const article = (word: string): string => (/^[aeiou]/.test(word) ? 'an' : 'a');

/** The adjective of a -ly adverb that WordNet knows (clearly -> clear, happily -> happy). */
export function adjectiveOfAdverb(lex: Lexicon, adverb: string): string | undefined {
  if (!adverb.endsWith('ly')) return undefined;
  const stem = adverb.slice(0, -2);
  const tries = [stem, stem.replace(/i$/, 'y'), stem + 'le', stem.replace(/al$/, ''), stem + 'e'];
  return tries.find((a) => a.length > 2 && lex.wordnet.has(a, 'adj'));
}

const NOMINAL = /(?:tion|sion|ment|ance|ence|al|sis|ure)$/;

/**
 * Rule-made multi-word rewrites (no thesaurus lists them): a -ly adverb as a manner phrase
 * ("clearly" -> "in a clear way"), a verb as a light-verb phrase with its nominalization
 * ("decide" -> "make a decision"). `manner` and `light` are the spinner's words for them.
 */
export function rewrites(
  lex: Lexicon,
  lemma: string,
  pos: Pos | undefined,
  manner: string,
  light: string,
): Candidate[] {
  const out: Candidate[] = [];
  if (pos === undefined || pos === 'adv') {
    const adj = adjectiveOfAdverb(lex, lemma);
    if (adj !== undefined)
      out.push({ text: `in ${article(adj)} ${adj} ${manner}`, source: 'rule' });
  }
  if ((pos === undefined || pos === 'verb') && lex.wordnet.has(lemma, 'verb')) {
    const noun = lex.wordnet.derivedNouns(lemma).find((n) => NOMINAL.test(n) && usable(n, 1));
    if (noun !== undefined) out.push({ text: `${light} ${article(noun)} ${noun}`, source: 'rule' });
  }
  return out;
}
