// How a document's sure spinner phrases weigh the spinner's curated word swaps
// (spinnerChannel.ts), and the probability of one such swap in context.
import type { Token } from '../types.js';
import type { PhraseSlotCandidate } from './phraseDecision.js';
import { rewritable } from './phraseDecision.js';
import { clamp } from './features.js';
import { baseForm } from './morphology.js';
import type { SpinnerChannel, SpinnerFamily } from './spinnerChannel.js';

/** A dictionary phrase with at least this prior counts as a sure spin. */
export const SURE_PRIOR = 0.8;
/** P(document is spun by the spinner) = hits / (hits + HALF): 1.5 sure phrases make it even. */
const HALF = 1.5;
/** A quotation of at most this many words that holds a sure phrase is a mention, not a spin. */
const SHORT_QUOTE_WORDS = 8;
/**
 * In a document run through a spinner, how a thesaurus swap for an original that the spinner's
 * list says it writes differently compares with one in a document of unknown origin.
 */
const COVERED_RATE = 0.1;
/** Weight (natural log-odds per log10 of LM gain) of the gain here and over the other occurrences. */
const GAIN_HERE = 1;
const GAIN_ELSEWHERE = 0.5;

const OPEN = new Set(['"', '“', '‘', "'"]);
const CLOSE = new Set(['"', '”', '’', "'"]);

/** Words from token `from` stepping by `step` until a quote mark; null when none is near. */
function wordsToQuote(
  tokens: readonly Token[],
  from: number,
  step: 1 | -1,
  marks: ReadonlySet<string>,
): number | null {
  let words = 0;
  let newlines = 0;
  for (let i = from; i >= 0 && i < tokens.length; i += step) {
    const t = tokens[i] as Token;
    // A quotation may wrap a line, not a paragraph.
    if (t.kind === 'newline' && ++newlines > 1) return null;
    if (t.kind === 'punct' && marks.has(t.text)) return words;
    if (t.kind === 'word' || t.kind === 'number') {
      // An apostrophe inside a word (don't, Mexico's) is part of the word token.
      if (++words > SHORT_QUOTE_WORDS) return null;
    }
  }
  return null;
}

/** True when tokens [first, last] stand inside a short quotation ("White Home", ‘assume tank’). */
export function inShortQuote(tokens: readonly Token[], first: number, last: number): boolean {
  const before = wordsToQuote(tokens, first - 1, -1, OPEN);
  const after = wordsToQuote(tokens, last + 1, 1, CLOSE);
  if (before === null || after === null) return false;
  let inside = 0;
  for (let i = first; i <= last; i++) {
    const kind = tokens[i]?.kind;
    if (kind === 'word' || kind === 'number') inside++;
  }
  return before + inside + after <= SHORT_QUOTE_WORDS;
}

/**
 * The sources of the sure dictionary spins in the text, one per spin, not counting phrases
 * quoted as examples.
 */
export function sureSpins(
  tokens: readonly Token[],
  phrases: readonly PhraseSlotCandidate[],
): string[] {
  const sources: string[] = [];
  for (const p of phrases) {
    const entry = p.candidate.options[0]?.entry;
    if (entry === undefined || !rewritable(p) || entry.prior < SURE_PRIOR) continue;
    if (!inShortQuote(tokens, p.candidate.firstToken, p.candidate.lastToken))
      sources.push(entry.source);
  }
  return sources;
}

/** P(the document was run through a spinner), from its sure phrases. */
export function spunDocument(hits: number): number {
  return hits / (hits + HALF);
}

/** How strongly a text shows each spinner family. */
export interface SpinnerGate {
  readonly families: ReadonlyArray<{ readonly family: SpinnerFamily; readonly pDoc: number }>;
}

/** Each family's P(spun) from the sources of the text's sure spins (sureSpins). */
export function spinnerGate(
  sure: readonly string[],
  channel: SpinnerChannel | undefined,
): SpinnerGate {
  const families = [...(channel?.families.values() ?? [])].map((family) => ({
    family,
    pDoc: spunDocument(sure.filter((source) => source === family.source).length),
  }));
  return { families };
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
  const p = clamp(pDoc * prior, 0.005, 0.98);
  const here = clamp(gainHere, -4, 3);
  const z =
    Math.log(p / (1 - p)) + GAIN_HERE * here + GAIN_ELSEWHERE * clamp(typeSum - here, -4, 3);
  return 1 / (1 + Math.exp(-z));
}
