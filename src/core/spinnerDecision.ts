// How a document's sure spinner phrases weigh the spinner's curated word swaps
// (spinnerChannel.ts), and the probability of one such swap in context.
import type { Token } from '../types.js';
import type { Slot } from './slots.js';
import { normalizeWord } from './normalize.js';
import { inShortQuote } from './quotes.js';
import type { PhraseSlotCandidate } from './phraseDecision.js';
import { rewritable } from './phraseDecision.js';
import { clamp } from './clamp.js';
import { baseForm, splitPossessive } from './morphology/index.js';
import type { SpinnerChannel, SpinnerFamily } from './spinnerChannel.js';
import type { FamilyPosterior } from './familyEvidence.js';
import {
  COVERED_RATE,
  GAIN_ELSEWHERE,
  GAIN_HERE,
  SPUN_HALF_HITS,
  SURE_PRIOR,
  SWAP_FREE_RATE,
  SWAP_GAIN_RANGE,
  SWAP_MAX_HITS,
  SWAP_MIN_TYPES,
  SWAP_PRIOR_RANGE,
  SWAP_RATE_PER_HIT,
} from './tuning.js';

/**
 * The sources of the sure dictionary spins in the text, one per spin, not counting phrases
 * quoted as examples.
 */
export function sureSpins(
  tokens: readonly Token[],
  phrases: readonly PhraseSlotCandidate[],
): string[] {
  return surePhrases(tokens, phrases).map((p) => p.candidate.options[0]?.entry.source ?? '');
}

/** The dictionaries of the sure dictionary spins in the text, one per spin (see sureSpins). */
export function sureDictionaries(
  tokens: readonly Token[],
  phrases: readonly PhraseSlotCandidate[],
): string[] {
  return surePhrases(tokens, phrases).map((p) => p.candidate.options[0]?.entry.dictionary ?? '');
}

function surePhrases(
  tokens: readonly Token[],
  phrases: readonly PhraseSlotCandidate[],
): PhraseSlotCandidate[] {
  return phrases.filter((p) => {
    const entry = p.candidate.options[0]?.entry;
    if (entry === undefined || !rewritable(p) || entry.prior < SURE_PRIOR) return false;
    return !inShortQuote(tokens, p.candidate.firstToken, p.candidate.lastToken);
  });
}

/** Key of a word swap by base forms: "fees→commission" and "fee→commission" are one. */
export function pairKey(written: string, original: string): string {
  const base = (w: string): string => baseForm(splitPossessive(w.toLowerCase())[0]);
  return `${base(written)}→${base(original)}`;
}

/**
 * The word swaps inside the text's sure phrases, by pairKey, with the phrase's family: "Federal
 * Commerce Fee" -> "Federal Trade Commission" shows that this text's spinner writes "fee" for
 * "commission", so a lone "fee" in it more likely stands for "commission" too. Only phrases of
 * as many words as their restoration, word by word.
 */
export function sureWordPairs(
  tokens: readonly Token[],
  slots: readonly Slot[],
  phrases: readonly PhraseSlotCandidate[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of surePhrases(tokens, phrases)) {
    const option = p.candidate.options[0];
    if (option === undefined) continue;
    const restored = option.text.split(/\s+/).map(normalizeWord);
    const written = slots.slice(p.first, p.last + 1).map((s) => s.word);
    if (restored.length !== written.length) continue;
    written.forEach((w, k) => {
      const o = restored[k] as string;
      const letters = (x: string): boolean => /^\p{L}+$/u.test(splitPossessive(x)[0]);
      if (w !== o && letters(w) && letters(o)) out.set(pairKey(w, o), option.entry.source);
    });
  }
  return out;
}

/** P(the document was run through a spinner), from its sure phrases. */
export function spunDocument(hits: number): number {
  return hits / (hits + SPUN_HALF_HITS);
}

/** How strongly a text shows each spinner family. */
export interface SpinnerGate {
  readonly families: ReadonlyArray<{ readonly family: SpinnerFamily; readonly pDoc: number }>;
  /** Which kind of spinner the whole text shows (familyEvidence.ts), once its candidates are known. */
  readonly kind?: FamilyPosterior;
}

/**
 * Each family's P(spun) from the sources of the text's sure spins (sureSpins), plus the
 * sure-spin equivalents of its word swaps that the LM strongly supports (swapHits).
 */
export function spinnerGate(
  sure: readonly string[],
  channel: SpinnerChannel | undefined,
  swaps: ReadonlyMap<string, number> = new Map(),
): SpinnerGate {
  const families = [...(channel?.families.values() ?? [])].map((family) => ({
    family,
    pDoc: spunDocument(
      sure.filter((source) => source === family.source).length + (swaps.get(family.source) ?? 0),
    ),
  }));
  return { families };
}

/**
 * Sure-spin equivalents of a family's word swaps: `types` distinct swaps (written word ->
 * original) whose LM evidence over their occurrences is strong, in a text of `words` words.
 * A spinner leaves many such swaps in a text, a genuine text a few: up to SWAP_FREE_RATE per
 * 1,000 words is what genuine text shows, each SWAP_RATE_PER_HIT more counts as one sure spin, at
 * most SWAP_MAX_HITS.
 */
export function swapHits(types: number, words: number): number {
  if (types < SWAP_MIN_TYPES) return 0;
  const rate = (1000 * types) / Math.max(words, 1);
  return clamp((rate - SWAP_FREE_RATE) / SWAP_RATE_PER_HIT, 0, SWAP_MAX_HITS);
}

/** P(the text went through the spinner family `source`). */
export function familyLikelihood(gate: SpinnerGate, source: string): number {
  return gate.families.find((f) => f.family.source === source)?.pDoc ?? 0;
}

/** P(the text went through some curated spinner): the strongest family. */
export function spinnerLikelihood(gate: SpinnerGate): number {
  return Math.max(0, ...gate.families.map((f) => f.pDoc));
}

/**
 * Probability of a thesaurus swap the curated lists do not hold, from the dev-set model's
 * probability: for every family, a mixture over "the text went through it" (pDoc) or not.
 */
export function unlistedProbability(
  modelProbability: number,
  gate: SpinnerGate,
  original: string,
): number {
  const base = baseForm(original);
  let p = modelProbability;
  for (const { family, pDoc } of gate.families) {
    // A family whose lists are not meant to be its spinner's whole vocabulary (no
    // `unlisted-rate`) discounts nothing.
    if (family.unlistedRate >= 1) continue;
    // An original the spinner's list says it writes differently is less likely still.
    const rate = family.covered.has(base) ? COVERED_RATE : family.unlistedRate;
    p *= 1 - pDoc * (1 - rate);
  }
  return p;
}

/**
 * Probability that a curated swap is right here: prior odds from the document and the entry,
 * moved by the LM gain of the original at this place and over the word's other occurrences.
 */
export function spinnerProbability(
  prior: number,
  pDoc: number,
  gainHere: number,
  typeSum: number,
): number {
  const p = clamp(pDoc * prior, ...SWAP_PRIOR_RANGE);
  const here = clamp(gainHere, ...SWAP_GAIN_RANGE);
  const z =
    Math.log(p / (1 - p)) +
    GAIN_HERE * here +
    GAIN_ELSEWHERE * clamp(typeSum - here, ...SWAP_GAIN_RANGE);
  return 1 / (1 + Math.exp(-z));
}
