// Noisy-channel decoding. The spinner is modelled as: pick word types of the original to spin,
// replace each by one thesaurus synonym (the channel), the same way at every occurrence. So a
// change is decided per (observed type -> original type) from the trigram LM evidence summed
// over its occurrences, the channel, and document-level spin evidence, combined by a logistic
// model fitted on the dev set (features.ts, model.ts). Dictionary phrases are decided per
// occurrence from their prior and the LM gain. Decisions are refined by iterated conditional
// modes: each pass scores candidates in the context of the previous pass's choices, so
// neighbouring spins help each other ("regulation enforcement companies" -> "law enforcement
// agencies"). Long documents are decoded in chunks of whole sentences, so cost stays linear.
import type {
  DecisionTrace,
  Edit,
  Inflections,
  LanguageModel,
  Thesaurus,
  Token,
} from '../types.js';
import type { PhraseCandidate } from './phraseCandidates.js';
import { buildSlots, type Slot } from './slots.js';
import { thesaurusCandidates, type WordCandidate } from './thesaurusCandidates.js';
import { LocalScorer } from './localScore.js';
import { lmIdsOf } from './lmWords.js';
import { GainCache } from './gainCache.js';
import {
  decidePhrases,
  phraseEditsOf,
  rewritable,
  slotRange,
  type PhraseSlotCandidate,
} from './phraseDecision.js';
import { clamp, featureVector, probability, type Features } from './features.js';
import { wordEdit } from './wordEdit.js';
import type { SpinnerChannel } from './spinnerChannel.js';
import {
  familyLikelihood,
  spinnerGate,
  spinnerProbability,
  sureSpins,
  unlistedProbability,
  type SpinnerGate,
} from './spinnerDecision.js';

export interface DecodeOptions {
  readonly lm: LanguageModel;
  readonly thesaurus?: Thesaurus;
  readonly inflections?: Inflections;
  /** Passes of iterated conditional modes. */
  readonly passes?: number;
  /** Changes at or above this probability shape the context of the next pass. */
  readonly accept?: number;
  readonly trace?: (row: DecisionTrace) => void;
  readonly weights?: readonly number[];
  /** Word pairs a spinner is known to write (see knownPairs.ts). */
  readonly knownPairs?: ReadonlySet<string>;
  /**
   * The curated word swaps of a spinner (spinnerChannel.ts); `thesaurus` should already
   * include them (withSpinnerChannel).
   */
  readonly spinner?: SpinnerChannel;
}

export interface Considered {
  readonly candidate: WordCandidate;
  /** LM gain (log10) of this original at this place. */
  readonly gain: number;
}

/** Words per chunk of a long document (whole sentences). */
export const CHUNK_WORDS = 2000;
/** Thesaurus decisions below this probability are not reported at all. */
const REPORT_FLOOR = 0.2;
/**
 * LM gains above this (log10) are counted as this much: very large gains mostly come from
 * back-off artifacts around rare but genuine words, not from stronger evidence.
 */
const MAX_GAIN = 4;
/** A candidate whose local gain is above this counts towards the document's spin density. */
const STRONG_GAIN = 2;

export function decode(
  tokens: readonly Token[],
  phrases: readonly PhraseCandidate[],
  options: DecodeOptions,
): Edit[] {
  // No candidate at all: the language model is never touched (it loads lazily).
  if (phrases.length === 0 && !hasThesaurusKey(tokens, options.thesaurus)) return [];
  const edits: Edit[] = [];
  for (const [from, to] of chunks(tokens)) {
    const inside = phrases.filter((p) => p.firstToken >= from && p.lastToken < to);
    edits.push(...decodeChunk(tokens, from, to, inside, options));
  }
  return edits.sort((a, b) => a.span[0] - b.span[0]);
}

function hasThesaurusKey(tokens: readonly Token[], thesaurus: Thesaurus | undefined): boolean {
  if (thesaurus === undefined) return false;
  return tokens.some((t) => t.kind === 'word' && thesaurus.originals(t.norm).length > 0);
}

/** Token ranges of about CHUNK_WORDS words, cut after a sentence end. */
function chunks(tokens: readonly Token[]): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  let start = 0;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' || t.kind === 'number') words++;
    const boundary = (t.kind === 'punct' && /^[.!?]$/.test(t.text)) || t.kind === 'newline';
    if (words >= CHUNK_WORDS && boundary) {
      out.push([start, i + 1]);
      start = i + 1;
      words = 0;
    }
  }
  if (start < tokens.length) out.push([start, tokens.length]);
  return out;
}

interface TypeStats {
  readonly members: WordCandidate[];
  readonly gains: number[];
  /** LM evidence over the occurrences (diverseSum). */
  sum: number;
  max: number;
}

interface Decision {
  readonly candidate: WordCandidate;
  readonly gain: number;
  readonly probability: number;
  readonly features: readonly number[];
  readonly type: TypeStats;
  /** Every original considered at this place (the chosen one included), unsorted. */
  readonly considered: readonly Considered[];
}

interface ChunkState {
  readonly slots: readonly Slot[];
  readonly scorer: LocalScorer;
  readonly unigram: (id: number) => number;
  readonly docSure: number;
  /** How strongly the chunk shows the spinner of the curated swaps. */
  readonly gate: SpinnerGate;
  docDensity: number;
  docAccepted: number;
  readonly weights?: readonly number[];
}

function decodeChunk(
  tokens: readonly Token[],
  from: number,
  to: number,
  phrases: readonly PhraseCandidate[],
  options: DecodeOptions,
): Edit[] {
  const { lm } = options;
  const slots = buildSlots(tokens, lm, from, to);
  const scorer = new LocalScorer(slots, lm);
  const phraseSlots: PhraseSlotCandidate[] = [];
  const claimed = new Set<number>();
  for (const candidate of phrases) {
    const range = slotRange(slots, candidate.firstToken, candidate.lastToken);
    if (range === null) continue;
    phraseSlots.push({
      candidate,
      first: range[0],
      last: range[1],
      ids: candidate.options.map((o) => lmIdsOf(o.text, lm)),
    });
    for (let k = range[0]; k <= range[1]; k++) claimed.add(k);
  }
  const { spinner } = options;
  const sure = sureSpins(tokens, phraseSlots);
  const gate = spinnerGate(sure, spinner);
  const words = options.thesaurus
    ? thesaurusCandidates(
        {
          tokens,
          slots,
          thesaurus: options.thesaurus,
          lm,
          ...(options.inflections ? { inflections: options.inflections } : {}),
          ...(options.knownPairs ? { knownPairs: options.knownPairs } : {}),
          gate,
        },
        claimed,
      )
    : [];
  const unigrams = new Map<number, number>();
  const unigram = (id: number): number => {
    let p = unigrams.get(id);
    if (p === undefined) unigrams.set(id, (p = lm.logProb([], id)));
    return p;
  };
  const state: ChunkState = {
    slots,
    scorer,
    unigram,
    docSure: Math.log10(1 + (100 * sure.length) / Math.max(slots.length, 1)),
    gate,
    docDensity: 0,
    docAccepted: 0,
    ...(options.weights ? { weights: options.weights } : {}),
  };
  for (const p of phraseSlots) {
    if (rewritable(p) && (p.candidate.options[0]?.entry.prior ?? 0) >= 0.5) {
      scorer.choose({ first: p.first, last: p.last, ids: p.ids[0] ?? [] });
    }
  }
  const gains = new GainCache(words, scorer);
  state.docDensity = density(words, gains, slots.length);
  const accept = options.accept ?? 0.5;
  let phraseChoices = decidePhrases(phraseSlots, scorer);
  let decisions: Decision[] = [];
  const passes = options.passes ?? 3;
  for (let pass = 0; pass < passes; pass++) {
    phraseChoices = decidePhrases(phraseSlots, scorer);
    decisions = decideWords(words, state, gains);
    scorer.reset();
    for (const [p, c] of phraseChoices) {
      if (c.logOdds > 0 && rewritable(p))
        scorer.choose({ first: p.first, last: p.last, ids: p.ids[c.option] ?? [] });
    }
    let accepted = 0;
    for (const d of [...decisions].sort((a, b) => b.probability - a.probability)) {
      if (d.probability < accept || !scorer.free(d.candidate.first, d.candidate.last)) continue;
      scorer.choose({ first: d.candidate.first, last: d.candidate.last, ids: d.candidate.ids });
      accepted++;
    }
    state.docAccepted = accepted / Math.max(slots.length, 1);
    gains.refresh();
  }
  const out = phraseEditsOf(phraseChoices);
  for (const d of decisions) {
    const family = d.candidate.original.spinner?.family;
    const edit = wordEdit(
      d,
      tokens,
      slots,
      family === undefined ? undefined : familyLikelihood(gate, family),
    );
    options.trace?.({
      span: edit.span,
      actual: edit.actual,
      text: edit.text,
      features: d.features,
      confidence: d.probability,
    });
    if (d.probability >= REPORT_FLOOR) out.push(edit);
  }
  return out;
}

function density(words: readonly WordCandidate[], gains: GainCache, slotCount: number): number {
  const strong = new Set<number>();
  words.forEach((w, i) => {
    if (!strong.has(w.first) && gains.get(i) > STRONG_GAIN) strong.add(w.first);
  });
  return strong.size / Math.max(slotCount, 1);
}

/**
 * The LM gain of a candidate as evidence. When the written word is unknown to the LM, the gain
 * only says that the candidate is a common word: a technical term the LM never saw ("thesauri",
 * "docs") would lose to any frequent synonym. It counts as at most UNKNOWN_GAIN then, unless a
 * curated spinner swap vouches for the pair.
 */
const UNKNOWN_GAIN = 1;

function evidence(c: WordCandidate, gain: number, slots: readonly Slot[]): number {
  if (c.original.spinner !== undefined || gain <= UNKNOWN_GAIN) return gain;
  for (let k = c.first; k <= c.last; k++) if ((slots[k] as Slot).id < 0) return UNKNOWN_GAIN;
  return gain;
}

/** The word beside a candidate (`step` -1: left, 1: right), `<s>` at a sentence boundary. */
function neighbour(c: WordCandidate, slots: readonly Slot[], step: -1 | 1): string {
  const [from, to] = (slots[c.first] as Slot).sentence;
  const at = step < 0 ? c.first - 1 : c.last + 1;
  return at >= from && at < to ? (slots[at] as Slot).word : '<s>';
}

/**
 * LM evidence summed over a type's occurrences. Occurrences with the same neighbour count once
 * (their mean): an artifact of one sparse bigram ("inside Mexico") recurs with that bigram,
 * while a real spin shows in varied contexts. The smaller of the sums grouped by left and by
 * right neighbour.
 */
function diverseSum(type: TypeStats, slots: readonly Slot[]): number {
  if (type.members.length === 1) return clamp(type.gains[0] ?? 0, -3, MAX_GAIN);
  const sumBy = (step: -1 | 1): number => {
    const groups = new Map<string, { total: number; n: number }>();
    type.members.forEach((c, k) => {
      const key = neighbour(c, slots, step);
      const g = groups.get(key) ?? { total: 0, n: 0 };
      g.total += clamp(type.gains[k] ?? 0, -3, MAX_GAIN);
      g.n++;
      groups.set(key, g);
    });
    let sum = 0;
    for (const g of groups.values()) sum += g.total / g.n;
    // Beyond FULL_CONTEXTS contexts, more of them add less and less: a genuine word used
    // twenty times with a small bias towards a frequent synonym ("confidence" -> "will")
    // would otherwise outweigh any real spin.
    const n = groups.size;
    return n <= FULL_CONTEXTS
      ? sum
      : (sum / n) * (FULL_CONTEXTS + Math.log2(n - FULL_CONTEXTS + 1));
  };
  return Math.min(sumBy(-1), sumBy(1));
}

/** Distinct contexts of a word type whose LM evidence adds up in full. */
const FULL_CONTEXTS = 3;

/** One number per slot range [first, last]. */
function spanKey(c: WordCandidate): number {
  return c.first * 0x10000 + (c.last - c.first);
}

/** observed base of a type key `observed→original`. */
function observedOf(key: string): string {
  return key.slice(0, key.indexOf('→'));
}

/**
 * Which original of an observed word type to consider: the noisy-channel score, LM evidence
 * over the occurrences plus log10 P(observed | original) of the thesaurus.
 */
function choiceScore(type: TypeStats): number {
  return type.sum + (type.members[0]?.channel ?? -6);
}

function decideWords(
  words: readonly WordCandidate[],
  state: ChunkState,
  gains: GainCache,
): Decision[] {
  const types = new Map<string, TypeStats>();
  const considered = new Map<number, Considered[]>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as WordCandidate;
    const gain = evidence(w, gains.get(i), state.slots);
    const span = spanKey(w);
    const list = considered.get(span) ?? [];
    list.push({ candidate: w, gain });
    considered.set(span, list);
    let t = types.get(w.typeKey);
    if (t === undefined)
      types.set(w.typeKey, (t = { members: [], gains: [], sum: 0, max: -Infinity }));
    t.members.push(w);
    t.gains.push(gain);
    t.max = Math.max(t.max, gain);
  }
  for (const t of types.values()) t.sum = diverseSum(t, state.slots);
  // For every observed type: the best original, and how far ahead of the runner-up it is.
  const best = new Map<string, { key: string; type: TypeStats; runnerUp: number; count: number }>();
  for (const [key, type] of types) {
    const observed = observedOf(key);
    const current = best.get(observed);
    if (current === undefined) best.set(observed, { key, type, runnerUp: -Infinity, count: 1 });
    else if (choiceScore(type) > choiceScore(current.type))
      best.set(observed, {
        key,
        type,
        runnerUp: choiceScore(current.type),
        count: current.count + 1,
      });
    else
      best.set(observed, {
        ...current,
        runnerUp: Math.max(current.runnerUp, choiceScore(type)),
        count: current.count + 1,
      });
  }
  // Readings of one word with different bases (programmes: programme+s, programm+es) compete:
  // one decision per span, the likeliest.
  const bySpan = new Map<number, Decision>();
  for (const { type, runnerUp, count } of best.values()) {
    type.members.forEach((candidate, k) => {
      const gain = type.gains[k] ?? 0;
      const features = featureVector(featuresOf(candidate, gain, type, runnerUp, count, state));
      const curated = candidate.original.spinner;
      const model = probability(features, state.weights);
      // A curated swap has two sources of evidence: the dev-set model (when a thesaurus lists
      // the pair too) and the spinner family's gate; either is enough.
      const p =
        curated === undefined
          ? unlistedProbability(model, state.gate, candidate.original.text)
          : Math.max(
              candidate.original.sources.length > 0 ? model : 0,
              spinnerProbability(
                curated.prior,
                familyLikelihood(state.gate, curated.family),
                gain,
                type.sum,
              ),
            );
      const span = spanKey(candidate);
      const other = bySpan.get(span);
      if (other === undefined || p > other.probability) {
        bySpan.set(span, {
          candidate,
          gain,
          probability: p,
          features,
          type,
          considered: considered.get(span) ?? [],
        });
      }
    });
  }
  return [...bySpan.values()];
}

function featuresOf(
  c: WordCandidate,
  gain: number,
  type: TypeStats,
  runnerUp: number,
  alternatives: number,
  state: ChunkState,
): Features {
  const slot = state.slots[c.first] as Slot;
  const observed: number[] = [];
  for (let i = c.first; i <= c.last; i++) observed.push((state.slots[i] as Slot).id);
  const logP = (ids: readonly number[]): number => ids.reduce((a, id) => a + state.unigram(id), 0);
  const observedLogP = logP(observed);
  return {
    bias: 1,
    gainHere: clamp(gain, -4, MAX_GAIN),
    typeSum: clamp(type.sum, -8, 16),
    typeMax: clamp(type.max, -4, MAX_GAIN),
    occurrences: Math.log2(1 + type.members.length),
    channel: clamp(c.channel, -6, 0),
    unigramDelta: clamp(logP(c.ids) - observedLogP, -6, 6),
    observedLogP: clamp(observedLogP, -10, 0),
    moby: c.original.sources.includes('moby') ? 1 : 0,
    wordnet: c.original.sources.includes('wordnet') ? 1 : 0,
    firstLemma: c.original.firstLemma ? 1 : 0,
    multiword: c.last > c.first || c.ids.length > 1 ? 1 : 0,
    docDensity: state.docDensity,
    docSure: state.docSure,
    margin: clamp(runnerUp === -Infinity ? 10 : choiceScore(type) - runnerUp, 0, 10),
    sentenceInitial: slot.sentenceStart ? 1 : 0,
    alternatives: Math.log2(1 + alternatives),
    docAccepted: state.docAccepted,
  };
}
