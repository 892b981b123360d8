// The "MT-like" family: only changes a fluent writer could make, as a machine-translation round
// trip does. Contractions (written out, or made), British spellings (-ize -> -ise) and synonyms
// that share the word's dominant WordNet sense (big <-> large). The restorer should leave such
// text almost untouched.
import type { Lexicon } from './lexicon.js';
import { byFrequency, byTagCount, clean } from './ruleSources.js';
import type { Candidate, TableRule } from './spinTable.js';
import type { Sense } from './wordnetSenses.js';

const CONTRACTIONS: ReadonlyArray<readonly [string, string]> = (
  "do not:don't;does not:doesn't;did not:didn't;is not:isn't;are not:aren't;was not:wasn't;" +
  "were not:weren't;have not:haven't;has not:hasn't;had not:hadn't;will not:won't;" +
  "would not:wouldn't;cannot:can't;could not:couldn't;should not:shouldn't;it is:it's;" +
  "that is:that's;there is:there's;we are:we're;we have:we've;we will:we'll;i am:i'm;" +
  "i have:i've;i will:i'll;they are:they're;you are:you're;let us:let's;what is:what's"
)
  .split(';')
  .map((pair) => pair.split(':') as [string, string]);

/** Written-out forms of contractions (don't -> do not): MT output rarely keeps contractions. */
export const EXPAND = new Map(CONTRACTIONS.map(([long, short]) => [short, long]));
/** Contracted forms (do not -> don't). */
export const CONTRACT = new Map(CONTRACTIONS.map(([long, short]) => [long, short]));

/** The sense that dominates a lemma's tagged uses (at least `share` of them, 5 uses at least). */
function dominant(lex: Lexicon, lemma: string, share = 0.6): Sense | undefined {
  const senses = lex.wordnet.senses(lemma);
  const total = senses.reduce((t, s) => t + s.tagCount, 0);
  const top = byTagCount(senses)[0];
  if (top === undefined || total < 5 || top.tagCount < share * total) return undefined;
  return top;
}

/**
 * Safe synonyms: words whose dominant sense is also the word's dominant sense (big <-> large),
 * so the swap reads well in most contexts, at least `share` as frequent as the word in the
 * reference corpus (10 times at least).
 */
function safeSynonyms(lex: Lexicon, lemma: string, share: number, seed: string): Candidate[] {
  const sense = dominant(lex, lemma);
  if (sense === undefined) return [];
  const min = Math.max(10, share * lex.frequency(lemma));
  const cands = clean(lemma, sense.lemmas, 'wordnet', 1).filter((c) => {
    const d = dominant(lex, c.text);
    return d !== undefined && d.pos === sense.pos && d.offset === sense.offset;
  });
  return byFrequency(lex, cands, seed, min);
}

/** -ize -> -ise (organize -> organise, organization -> organisation): a British-English writer. */
function british(lex: Lexicon, lemma: string): Candidate[] {
  if (!/iz(?:e|ation|ations)$/.test(lemma) || lex.wordnet.senses(lemma).length === 0) return [];
  return [{ text: lemma.replace(/iz(e|ation|ations)$/, 'is$1'), source: 'rule' }];
}

export interface FluentOptions {
  readonly seed: string;
  /** Contractions written out (`expand`) or made (`contract`). */
  readonly contractions: 'expand' | 'contract';
  /** Minimum frequency of a synonym relative to the word. */
  readonly share: number;
  readonly britishSpelling: boolean;
}

export function fluentRule(lex: Lexicon, o: FluentOptions): TableRule {
  const contraction = (key: string): Candidate[] => {
    const map = o.contractions === 'expand' ? EXPAND : CONTRACT;
    const v = map.get(key.replace(/’/g, "'"));
    return v === undefined ? [] : [{ text: v, source: 'rule' }];
  };
  return {
    candidates: (lemma) => [...contraction(lemma), ...safeSynonyms(lex, lemma, o.share, o.seed)],
    outside: (lemma) => (o.britishSpelling ? british(lex, lemma) : []),
    phrase: contraction,
  };
}
