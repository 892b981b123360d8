// Which kind of spinner a text went through, from the whole text. Real spinners pick by rule: the
// alphabetically first synonym, the first (or next) lemma of a WordNet sense ("information
// technology" for "it", "xiv" for 14), the commonest synonym, a multi-word paraphrase. The
// reversed thesaurus marks each pair with the rules that write it (ThesaurusCandidate.rules), so
// the swaps the LM supports in a text show the rule of its spinner: in text spun by an
// alphabetical spinner, about 15% of the written words with a candidate have an alphabetical one
// the LM prefers, against 3% in genuine text. Each written word is one observation; the
// posterior over the families is a naive Bayes over them, plus the sure phrases of the curated
// dictionaries (familyRates.ts holds the rates and where they come from).
import type { TypeStats } from './decode/typeEvidence.js';
import { observedOf } from './decode/typeEvidence.js';
import type { WordCandidate } from './wordCandidate.js';
import {
  FAMILY_PRIOR,
  FINGERPRINT_RATES,
  MAX_SURE_PHRASES,
  MEDIUM_GAIN,
  STRONG_GAIN_FP,
  SURE_PHRASE_RATIO,
  TEMPER,
  TORTURED_WITHOUT_PHRASE,
} from './familyRates.js';
import { FINGERPRINTS, SPIN_FAMILIES, type Fingerprint, type SpinFamily } from './spinFamily.js';

export { FINGERPRINTS, SPIN_FAMILIES, type Fingerprint, type SpinFamily } from './spinFamily.js';

/** ThesaurusCandidate.rules bits (the thesaurus's rule flags / 16). */
export const RULE_ALPHA = 1;
export const RULE_WN_RULE = 2;
export const RULE_WN_TOP = 4;
export const RULE_FREQ_TOP = 8;
export const RULE_PHRASE_TOP = 16;

/** The fingerprint a family's rule leaves (none for `news`, `tortured`, `none`). */
export const FAMILY_FINGERPRINT: Readonly<Partial<Record<SpinFamily, Fingerprint>>> = {
  wordnet: 'wordnet',
  alpha: 'alpha',
  paraphraser: 'phrase',
};

/** The fingerprints a candidate carries, as a set. */
export function fingerprintsOf(c: WordCandidate): Set<Fingerprint> {
  const rules = c.original.rules ?? 0;
  const out = new Set<Fingerprint>();
  if (rules & RULE_ALPHA) out.add('alpha');
  if (rules & RULE_WN_RULE) out.add('wordnet');
  if (rules & RULE_FREQ_TOP) out.add('frequent');
  // A written phrase (the rates were measured so: an original of several words for one written
  // word is as common in genuine text).
  if (rules & RULE_PHRASE_TOP || c.last > c.first) out.add('phrase');
  const curated = c.original.spinner?.dictionary;
  if (curated !== undefined) {
    const family = dictionaryFamily(curated);
    if (family === 'news') out.add('curated');
    if (family === 'wordnet') out.add('wordnet');
  }
  return out;
}

/** A swap the LM supports: written word, original, LM evidence over its occurrences. */
export interface SupportedSwap {
  readonly written: string;
  readonly original: string;
  readonly gain: number;
  readonly fingerprints: readonly Fingerprint[];
}

/** What a text (or a section) shows; counts add up over sections (addCounts). */
export interface FamilyCounts {
  /** Written words (slots). */
  readonly words: number;
  /** Written word types with some candidate: the observations. */
  readonly types: number;
  /** Per fingerprint: types whose best such candidate has evidence in [MEDIUM, STRONG), >= STRONG. */
  readonly hits: Readonly<Record<Fingerprint, readonly [number, number]>>;
  /** Sure phrases of the curated dictionaries, by the family of their dictionary. */
  readonly sure: Readonly<Partial<Record<SpinFamily, number>>>;
  /** Per written type, its best supported swap (evidence >= MEDIUM_GAIN). */
  readonly swaps: readonly SupportedSwap[];
}

const noHits = (): Record<Fingerprint, [number, number]> => ({
  alpha: [0, 0],
  wordnet: [0, 0],
  frequent: [0, 0],
  phrase: [0, 0],
  curated: [0, 0],
});

export const EMPTY_COUNTS: FamilyCounts = {
  words: 0,
  types: 0,
  hits: noHits(),
  sure: {},
  swaps: [],
};

/** The family whose sure phrases a built-in dictionary holds. */
export function dictionaryFamily(dictionary: string): SpinFamily | undefined {
  if (dictionary === 'news-spinner' || dictionary === 'news-spinner-words') return 'news';
  if (dictionary === 'wordnet-spinner') return 'wordnet';
  if (dictionary === 'tortured-phrases') return 'tortured';
  return undefined;
}

/**
 * The counts of one section: its word types (typeStats over its candidates), its size in
 * words, and the dictionaries of its sure phrases.
 */
export function familyCounts(
  types: ReadonlyMap<string, TypeStats>,
  words: number,
  sureDictionaries: readonly string[],
): FamilyCounts {
  const best = new Map<string, Map<Fingerprint, number>>();
  const top = new Map<string, SupportedSwap>();
  for (const [key, t] of types) {
    const observed = observedOf(key);
    const c = t.members[0];
    if (c === undefined) continue;
    let row = best.get(observed);
    if (row === undefined) best.set(observed, (row = new Map()));
    const prints = fingerprintsOf(c);
    for (const f of prints) row.set(f, Math.max(row.get(f) ?? -Infinity, t.sum));
    const seen = top.get(observed);
    if (t.sum >= MEDIUM_GAIN && (seen === undefined || t.sum > seen.gain))
      top.set(observed, {
        written: observed,
        original: c.original.text,
        gain: t.sum,
        fingerprints: [...prints],
      });
  }
  const hits = noHits();
  for (const row of best.values()) {
    for (const [f, gain] of row) {
      if (gain >= STRONG_GAIN_FP) hits[f][1]++;
      else if (gain >= MEDIUM_GAIN) hits[f][0]++;
    }
  }
  const sure: Partial<Record<SpinFamily, number>> = {};
  for (const d of sureDictionaries) {
    const family = dictionaryFamily(d);
    if (family !== undefined) sure[family] = (sure[family] ?? 0) + 1;
  }
  const swaps = [...top.values()].sort((a, b) => b.gain - a.gain || cmp(a.written, b.written));
  return { words, types: best.size, hits, sure, swaps };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Two sections' counts as one. */
export function addCounts(a: FamilyCounts, b: FamilyCounts): FamilyCounts {
  const hits = noHits();
  for (const f of FINGERPRINTS) {
    hits[f] = [a.hits[f][0] + b.hits[f][0], a.hits[f][1] + b.hits[f][1]];
  }
  const sure: Partial<Record<SpinFamily, number>> = { ...a.sure };
  for (const [f, n] of Object.entries(b.sure) as Array<[SpinFamily, number]>)
    sure[f] = (sure[f] ?? 0) + n;
  return {
    words: a.words + b.words,
    types: a.types + b.types,
    hits,
    sure,
    swaps: [...a.swaps, ...b.swaps].sort((x, y) => y.gain - x.gain || cmp(x.written, y.written)),
  };
}

/** The posterior over the families, the likeliest, and P(spun) = 1 - P(none). */
export interface FamilyPosterior {
  readonly family: SpinFamily;
  readonly posterior: Readonly<Record<SpinFamily, number>>;
  readonly spun: number;
  /** The written words it was computed from (FamilyCounts.types). */
  readonly observations: number;
}

/** log P(counts | family), tempered (the fingerprints of one word are not independent). */
function logLikelihood(counts: FamilyCounts, family: SpinFamily): number {
  const rates = FINGERPRINT_RATES[family];
  let ll = 0;
  for (const f of FINGERPRINTS) {
    const [medium, strong] = rates[f];
    const [m, s] = counts.hits[f];
    const rest = Math.max(counts.types - m - s, 0);
    ll += m * Math.log(medium) + s * Math.log(strong) + rest * Math.log(1 - medium - strong);
  }
  ll *= TEMPER;
  const sure = counts.sure[family] ?? 0;
  ll += Math.min(sure, MAX_SURE_PHRASES) * Math.log(SURE_PHRASE_RATIO);
  // Tortured phrases show in nothing else: a text without one is unlikely of that family.
  if (family === 'tortured' && sure === 0) ll += Math.log(TORTURED_WITHOUT_PHRASE);
  return ll;
}

export function familyPosterior(counts: FamilyCounts): FamilyPosterior {
  const logs = SPIN_FAMILIES.map((f) => Math.log(FAMILY_PRIOR[f]) + logLikelihood(counts, f));
  const max = Math.max(...logs);
  const weights = logs.map((l) => Math.exp(l - max));
  const total = weights.reduce((a, b) => a + b, 0);
  const posterior = Object.fromEntries(
    SPIN_FAMILIES.map((f, k) => [f, (weights[k] as number) / total]),
  ) as Record<SpinFamily, number>;
  let family: SpinFamily = 'none';
  for (const f of SPIN_FAMILIES) if (posterior[f] > posterior[family]) family = f;
  return { family, posterior, spun: 1 - posterior.none, observations: counts.types };
}
