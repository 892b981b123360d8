// How the family a text shows (familyEvidence.ts) weighs a thesaurus swap. The family's rule run
// backwards gives candidates: in a text an alphabetical spinner wrote, a word that is the
// alphabetically first synonym of a candidate original the LM prefers is likely that original's
// swap, even though no curated list holds the pair. And the family that explains the text damps
// the swaps it does not make: no news spinner's "obtained" -> "got" in a WordNet-spun text.
import type { WordCandidate } from './wordCandidate.js';
import {
  dictionaryFamily,
  FAMILY_FINGERPRINT,
  RULE_ALPHA,
  RULE_WN_RULE,
  type FamilyPosterior,
} from './familyEvidence.js';
import type { Fingerprint, SpinFamily } from './spinFamily.js';
import { spinnerProbability } from './spinnerDecision.js';
import { GENUINE_MIN_OBSERVATIONS, GENUINE_RATE, OFF_RULE_RATE, RULE_PRIOR } from './tuning.js';

/** The family of spinner that the text shows and that leaves a fingerprint, with its probability. */
function ruleFamily(kind: FamilyPosterior | undefined): [Fingerprint, number] | undefined {
  if (kind === undefined) return undefined;
  const print = FAMILY_FINGERPRINT[kind.family];
  return print === undefined ? undefined : [print, kind.posterior[kind.family]];
}

/** The rule bit (ThesaurusCandidate.rules) a family's spinner writes by. */
// Not a paraphraser's: its multi-word rewrites are many for each original, and the one a new
// paraphraser writes is rarely the one the rule picks (held-out precision 42%).
const RULE_BIT: Readonly<Record<Fingerprint, number>> = {
  alpha: RULE_ALPHA,
  wordnet: RULE_WN_RULE,
  phrase: 0,
  frequent: 0,
  curated: 0,
};

/**
 * P(the swap is right) as the rule of the text's family run backwards: 0 unless the thesaurus
 * marks the pair with that family's rule (the evidence counts any multi-word swap as a
 * paraphrase; a rule candidate must be the paraphrase the rule writes); else prior odds
 * P(family) · RULE_PRIOR, moved by the LM gain here and over the word's other occurrences (as a
 * curated swap's).
 */
export function ruleProbability(
  c: WordCandidate,
  gain: number,
  typeSum: number,
  kind: FamilyPosterior | undefined,
): number {
  const rule = ruleFamily(kind);
  if (rule === undefined || ((c.original.rules ?? 0) & RULE_BIT[rule[0]]) === 0) return 0;
  return spinnerProbability(RULE_PRIOR, rule[1], gain, typeSum);
}

/**
 * A swap of the kind the text's family makes: a WordNet spinner's is a pair WordNet lists (it may
 * pick any sense), or a curated swap of the WordNet spinner's list; an alphabetical spinner's
 * carries its rule; a paraphraser makes every kind. A curated swap of a user's dictionary is
 * always of the kind.
 */
function ownKind(c: WordCandidate, family: SpinFamily): boolean {
  const own = c.original.spinner?.dictionary;
  if (own !== undefined) {
    // A user's dictionary (`--dict`, a learned spinner) is no built-in family's: never damped.
    const listed = dictionaryFamily(own);
    if (listed === undefined || listed === family) return true;
  }
  if (family === 'wordnet') return c.original.sources.includes('wordnet');
  if (family === 'alpha') return ((c.original.rules ?? 0) & RULE_ALPHA) !== 0;
  return true;
}

/**
 * The factor on the probability of a swap the text's family would not make (ownKind): 1 -
 * P(family) · (1 - OFF_RULE_RATE); 1 for any swap when the family leaves no fingerprint (news
 * spinners draw on any thesaurus) or makes every kind of swap.
 */
export function offRuleFactor(c: WordCandidate, kind: FamilyPosterior | undefined): number {
  const rule = ruleFamily(kind);
  if (rule === undefined || kind === undefined || ownKind(c, kind.family)) return 1;
  return 1 - rule[1] * (1 - OFF_RULE_RATE);
}

/**
 * The factor on the probability of any swap in a text that shows no spinner: 1 - P(none) ·
 * (1 - GENUINE_RATE). Genuine text of a genre the LM knows badly (science, manuals) has swaps
 * the LM prefers at 0.9; its family evidence says genuine at 0.99. Only over a section of at least
 * GENUINE_MIN_OBSERVATIONS written words with a candidate: a short text's evidence is thin.
 */
export function genuineFactor(kind: FamilyPosterior | undefined): number {
  if (kind === undefined || kind.observations < GENUINE_MIN_OBSERVATIONS) return 1;
  return 1 - kind.posterior.none * (1 - GENUINE_RATE);
}
