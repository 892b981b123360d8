// The probability of one thesaurus candidate at one place. Two sources of evidence speak for a
// swap: the decision model (fitted on thesaurus pairs, features.ts), and the spinner evidence
// of a swap a known spinner makes (a curated swap, or one the text's own sure phrases show),
// weighed by how strongly the text shows that spinner. Either is enough: the probability is the
// larger of the two. A third: the rule of the spinner family the text shows, run backwards
// (familyDecision.ts), which also damps the swaps that family would not make.
import type { Slot } from '../slots.js';
import type { WordCandidate } from '../thesaurusCandidates.js';
import { calibrated, treeLogit } from '../treeModel.js';
import {
  familyLikelihood,
  pairKey,
  spinnerLikelihood,
  spinnerProbability,
  unlistedProbability,
  type SpinnerGate,
} from '../spinnerDecision.js';
import { nameProbability } from '../nameCandidates.js';
import type { ChunkContext, PassContext } from './chunkContext.js';
import { featuresOf, featureVector, type FeatureInput } from './features.js';
import { CORROBORATED_PRIOR } from '../tuning.js';
import { genuineFactor, offRuleFactor, ruleProbability } from '../familyDecision.js';

/** A candidate scored at one place. */
export interface Scored extends FeatureInput {
  readonly features: readonly number[];
  /** The model's log-odds (-Infinity without a model). */
  readonly logit: number;
  /** The model's calibrated probability (0 without a model). */
  readonly model: number;
  /** The spinner evidence, for a swap a known spinner makes. */
  readonly spinner: number | undefined;
  /** The probability of the change: the larger of the two sources of evidence. */
  readonly probability: number;
}

/** The swap as a known spinner's: its family and prior, when a spinner is known to make it. */
interface SpinnerSwap {
  readonly family: string;
  readonly prior: number;
}

export function score(input: FeatureInput, chunk: ChunkContext, pass: PassContext): Scored {
  const features = featureVector(featuresOf(input, chunk, pass));
  // A word of a name is not the model's to judge: it never saw names (nameEvidence).
  const trees = input.candidate.name === true ? undefined : chunk.model;
  const logit = trees === undefined ? -Infinity : treeLogit(trees, features);
  const model = trees === undefined ? 0 : calibrated(trees, logit);
  const swap = spinnerSwap(input.candidate, chunk);
  const spinner = spinnerEvidence(input, chunk.gate, swap);
  const { candidate, gain, type, standing } = input;
  // The family the text shows: its rule run backwards speaks for a swap; the swaps it would
  // not make are damped.
  const kind = chunk.gate.kind;
  const rule = ruleProbability(candidate, gain, type.sum, kind);
  // A word of a name is scored by the name evidence alone (nameCandidates.ts).
  const probability =
    candidate.name === true
      ? nameEvidence(input, chunk, pass)
      : Math.max(modelEvidence(candidate, model, chunk.gate, swap), spinner, rule) *
        (rule > 0 ? 1 : offRuleFactor(candidate, kind)) *
        genuineFactor(kind);
  return {
    candidate,
    gain,
    type,
    standing,
    features,
    logit,
    model,
    spinner: swap === undefined ? undefined : spinner,
    probability,
  };
}

/**
 * A curated swap of the spinner lists, or a swap the text's own sure phrases make ("Fee" in
 * "Federal Commerce Fee" for "Commission"): then the spinner's, with the larger of the two
 * priors.
 */
function spinnerSwap(c: WordCandidate, chunk: ChunkContext): SpinnerSwap | undefined {
  const curated = c.original.spinner;
  const shown =
    c.first === c.last && chunk.sureWords.size > 0
      ? chunk.sureWords.get(pairKey((chunk.slots[c.first] as Slot).word, c.original.text))
      : undefined;
  const family = curated?.family ?? shown;
  if (family === undefined) return undefined;
  return {
    family,
    prior: Math.max(curated?.prior ?? 0, shown === undefined ? 0 : CORROBORATED_PRIOR),
  };
}

/**
 * What the decision model says. A swap that no known spinner makes, or that the spinner lists
 * lack, is discounted for the spinners the text shows (unlistedProbability). A curated swap
 * takes the model's probability as it is, when a thesaurus lists the pair (the model knows
 * only thesaurus pairs).
 */
function modelEvidence(
  c: WordCandidate,
  model: number,
  gate: SpinnerGate,
  swap: SpinnerSwap | undefined,
): number {
  if (swap === undefined) return unlistedProbability(model, gate, c.original.text);
  if (c.original.sources.length === 0) return 0;
  if (c.original.spinner !== undefined) return model;
  return unlistedProbability(model, gate, c.original.text);
}

/** What the spinner evidence says: nothing for a swap no known spinner makes. */
function spinnerEvidence(
  { gain, type }: FeatureInput,
  gate: SpinnerGate,
  swap: SpinnerSwap | undefined,
): number {
  if (swap === undefined) return 0;
  return spinnerProbability(swap.prior, familyLikelihood(gate, swap.family), gain, type.sum);
}

/** A word of a name restored to a name the LM knows: the document's evidence of spinning. */
function nameEvidence(input: FeatureInput, chunk: ChunkContext, pass: PassContext): number {
  const word = (chunk.slots[input.candidate.first] as Slot).word;
  const others = pass.accepted - (pass.acceptedByWord.get(word) ?? 0);
  const share = others / Math.max(chunk.slots.length, 1);
  return nameProbability(input.gain, spinnerLikelihood(chunk.gate), share);
}
