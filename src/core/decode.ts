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
  CandidateTrace,
  Edit,
  Inflections,
  LanguageModel,
  Thesaurus,
  Token,
} from '../types.js';
import type { PhraseCandidate } from './phraseCandidates.js';
import { buildSlots, type Slot } from './slots.js';
import { isWordAdded, thesaurusCandidates, type WordCandidate } from './thesaurusCandidates.js';
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
import { clamp, featureVector, type Features } from './features.js';
import { calibrated, treeLogit, type TreeModel } from './treeModel.js';
import { wordEdit, type Considered } from './wordEdit.js';
import type { SpinnerChannel } from './spinnerChannel.js';
import {
  familyLikelihood,
  spinnerGate,
  CORROBORATED_PRIOR,
  pairKey,
  spinnerProbability,
  sureSpins,
  sureWordPairs,
  STRONG_SWAP_GAIN,
  swapHits,
  unlistedProbability,
  type SpinnerGate,
} from './spinnerDecision.js';

export interface DecodeOptions {
  readonly lm: LanguageModel;
  readonly thesaurus?: Thesaurus;
  readonly inflections?: Inflections;
  /** Passes of iterated conditional modes. */
  readonly passes?: number;
  /** Changes at or above this probability shape the context of the next pass (default ACCEPT). */
  readonly accept?: number;
  /** The thesaurus decision model; without it no thesaurus change is decided. */
  readonly model?: TreeModel;
  /** Receives every scored candidate of the last pass (for training and debugging). */
  readonly trace?: (row: CandidateTrace) => void;
  /** Word pairs a spinner is known to write (see knownPairs.ts). */
  readonly knownPairs?: ReadonlySet<string>;
  /**
   * The curated word swaps of a spinner (spinnerChannel.ts); `thesaurus` should already
   * include them (withSpinnerChannel).
   */
  readonly spinner?: SpinnerChannel;
  /** Words the text uses in code, URLs and identifiers (codeVocabulary.ts): never swapped. */
  readonly codeWords?: ReadonlySet<string>;
}

/** Words per chunk of a long document (whole sentences). */
export const CHUNK_WORDS = 2000;
/** A change this likely counts as made in the next pass's context. */
export const ACCEPT = 0.5;
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
  readonly type: TypeStats;
  /** Every original considered at this place (the chosen one included), unsorted. */
  readonly considered: readonly Considered[];
}

/** A candidate scored by the model. */
interface Scored {
  readonly candidate: WordCandidate;
  readonly gain: number;
  readonly features: readonly number[];
  readonly logit: number;
  readonly probability: number;
}

interface ChunkState {
  readonly tokens: readonly Token[];
  readonly slots: readonly Slot[];
  readonly scorer: LocalScorer;
  readonly unigram: (id: number) => number;
  /** How strongly the chunk shows the spinner of the curated swaps. */
  readonly gate: SpinnerGate;
  /** Word swaps inside the chunk's sure phrases, with their family (sureWordPairs). */
  readonly sureWords: ReadonlyMap<string, string>;
  /** How often each word (LM form) is written in the chunk. */
  readonly written: ReadonlyMap<string, number>;
  docDensity: number;
  /** Changes accepted in the previous pass, in all and by written word (LM form). */
  accepted: number;
  readonly acceptedByWord: Map<string, number>;
  /** Shares of those changes that WordNet and Moby list (smoothed). */
  docWordnet: number;
  docMoby: number;
  /** How the LM sees the chunk as written (see docFit). */
  readonly docLogP: number;
  readonly docUnknown: number;
  readonly model?: TreeModel;
}

/**
 * Passes of iterated conditional modes at most: each decides every word with the changes the
 * one before accepted as context; decoding stops early once a pass accepts what the one before
 * did.
 */
export const PASSES = 5;

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
  const candidatesUnder = (gate: SpinnerGate): WordCandidate[] =>
    options.thesaurus
      ? thesaurusCandidates(
          {
            tokens,
            slots,
            thesaurus: options.thesaurus,
            lm,
            ...(options.inflections ? { inflections: options.inflections } : {}),
            ...(options.knownPairs ? { knownPairs: options.knownPairs } : {}),
            gate,
            ...(options.codeWords ? { codeWords: options.codeWords } : {}),
          },
          claimed,
        )
      : [];
  // The first pass's context: the phrases likely spun, as their preferred restoration.
  const initial: string[] = [];
  for (const p of phraseSlots) {
    if (rewritable(p) && (p.candidate.options[0]?.entry.prior ?? 0) >= 0.5) {
      scorer.choose({ first: p.first, last: p.last, ids: p.ids[0] ?? [] });
      initial.push(`${p.first}:0`);
    }
  }
  let gate = spinnerGate(sure, spinner);
  let words = candidatesUnder(gate);
  let gains = new GainCache(words, scorer);
  // The spinner's word swaps that the LM strongly supports are evidence of it too: a text
  // full of them went through it even when none of its sure phrases is there.
  const swaps = strongSwaps(words, gains, slots);
  if (swaps.size > 0) {
    gate = spinnerGate(sure, spinner, swaps);
    words = candidatesUnder(gate);
    gains = new GainCache(words, scorer);
  }
  const unigrams = new Map<number, number>();
  const unigram = (id: number): number => {
    let p = unigrams.get(id);
    if (p === undefined) unigrams.set(id, (p = lm.logProb([], id)));
    return p;
  };
  const written = new Map<string, number>();
  for (const slot of slots) written.set(slot.word, (written.get(slot.word) ?? 0) + 1);
  const state: ChunkState = {
    tokens,
    slots,
    scorer,
    unigram,
    gate,
    sureWords: sureWordPairs(tokens, slots, phraseSlots),
    written,
    docDensity: 0,
    accepted: 0,
    acceptedByWord: new Map(),
    docWordnet: 0.5,
    docMoby: 0.5,
    ...docFit(slots, lm),
    ...(options.model ? { model: options.model } : {}),
  };
  state.docDensity = density(words, gains, slots.length);
  const accept = options.accept ?? ACCEPT;
  let phraseChoices = decidePhrases(phraseSlots, scorer);
  let decisions: Decision[] = [];
  const passes = options.passes ?? PASSES;
  // A trace (the training and diagnosis scripts) is taken in the last pass, so it runs them all.
  const traced = options.trace !== undefined;
  let context = initial.join(' ');
  for (let pass = 0; pass < passes; pass++) {
    phraseChoices = decidePhrases(phraseSlots, scorer);
    const last = pass === passes - 1;
    decisions = decideWords(
      words,
      state,
      gains,
      last ? traceOf(tokens, slots, options) : undefined,
    );
    scorer.reset();
    const chosen: string[] = [];
    for (const [p, c] of phraseChoices) {
      if (c.logOdds > 0 && rewritable(p)) {
        scorer.choose({ first: p.first, last: p.last, ids: p.ids[c.option] ?? [] });
        chosen.push(`${p.first}:${c.option}`);
      }
    }
    let accepted = 0;
    let wordnet = 0;
    let moby = 0;
    state.acceptedByWord.clear();
    for (const d of [...decisions].sort((a, b) => b.probability - a.probability)) {
      if (d.probability < accept || !scorer.free(d.candidate.first, d.candidate.last)) continue;
      scorer.choose({ first: d.candidate.first, last: d.candidate.last, ids: d.candidate.ids });
      chosen.push(`${d.candidate.first}-${d.candidate.last}:${d.candidate.typeKey}`);
      accepted++;
      const word = (slots[d.candidate.first] as Slot).word;
      state.acceptedByWord.set(word, (state.acceptedByWord.get(word) ?? 0) + 1);
      if (d.candidate.original.sources.includes('wordnet')) wordnet++;
      if (d.candidate.original.sources.includes('moby')) moby++;
    }
    state.accepted = accepted;
    // Which thesaurus the document's spinner draws on, from the changes it looks likely to have made.
    state.docWordnet = (wordnet + 1) / (accepted + 2);
    state.docMoby = (moby + 1) / (accepted + 2);
    gains.refresh();
    // The changes that shape the next pass are those that shaped this one: it would decide
    // the same again.
    const next = chosen.join(' ');
    if (next === context && !traced) break;
    context = next;
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
    if (d.probability >= REPORT_FLOOR) out.push(edit);
  }
  return out;
}

/**
 * Mean trigram log10 probability per word of the chunk as written, and the share of words the
 * LM does not know: a genre the LM knows badly (technical prose) has many candidates with large
 * gains without being spun.
 */
function docFit(
  slots: readonly Slot[],
  lm: LanguageModel,
): { docLogP: number; docUnknown: number } {
  let total = 0;
  let unknown = 0;
  const bos = lm.id('<s>');
  // The two words before (fewer at a sentence start).
  let history: number[] = [bos];
  for (const slot of slots) {
    if (slot.sentenceStart) history = [bos];
    total += lm.logProb(history, slot.id);
    if (slot.id < 0) unknown++;
    history = [history[history.length - 1] as number, slot.id];
  }
  const n = Math.max(slots.length, 1);
  return { docLogP: total / n, docUnknown: unknown / n };
}

/**
 * Per spinner family, the sure-spin equivalents (swapHits) of its curated word swaps whose LM
 * evidence over their occurrences (diverseSum) is at least STRONG_SWAP_GAIN.
 */
function strongSwaps(
  words: readonly WordCandidate[],
  gains: GainCache,
  slots: readonly Slot[],
): Map<string, number> {
  const types = typeStats(words, gains, slots, (w) => w.original.spinner !== undefined);
  const strong = new Map<string, Set<string>>();
  for (const [key, t] of types) {
    const family = t.members[0]?.original.spinner?.family;
    if (family === undefined || t.sum < STRONG_SWAP_GAIN) continue;
    let set = strong.get(family);
    if (set === undefined) strong.set(family, (set = new Set()));
    set.add(observedOf(key));
  }
  const hits = new Map<string, number>();
  for (const [family, set] of strong) {
    const h = swapHits(set.size, slots.length);
    if (h > 0) hits.set(family, h);
  }
  return hits;
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

/**
 * The candidates (those `keep` accepts) grouped by word type (observed -> original), with the
 * LM evidence of each occurrence and over the type (diverseSum).
 */
function typeStats(
  words: readonly WordCandidate[],
  gains: GainCache,
  slots: readonly Slot[],
  keep: (w: WordCandidate) => boolean = () => true,
): Map<string, TypeStats> {
  const types = new Map<string, TypeStats>();
  words.forEach((w, i) => {
    if (!keep(w)) return;
    const gain = evidence(w, gains.get(i), slots);
    let t = types.get(w.typeKey);
    if (t === undefined)
      types.set(w.typeKey, (t = { members: [], gains: [], sum: 0, max: -Infinity }));
    t.members.push(w);
    t.gains.push(gain);
    t.max = Math.max(t.max, gain);
  });
  for (const t of types.values()) t.sum = diverseSum(t, slots);
  return types;
}

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

/** Originals of an observed word scored by the model, best noisy-channel score first. */
const TOP_ORIGINALS = 10;

type Tracer = (c: WordCandidate, s: Scored, chosen: boolean) => void;

function traceOf(
  tokens: readonly Token[],
  slots: readonly Slot[],
  options: DecodeOptions,
): Tracer | undefined {
  const { trace } = options;
  if (trace === undefined) return undefined;
  return (c, s, chosen) => {
    const first = tokens[(slots[c.first] as Slot).token] as Token;
    const last = tokens[(slots[c.last] as Slot).token] as Token;
    trace({
      span: [first.span[0], last.span[1]],
      text: c.text,
      features: s.features,
      logit: s.logit,
      confidence: s.probability,
      chosen,
    });
  };
}

function decideWords(
  words: readonly WordCandidate[],
  state: ChunkState,
  gains: GainCache,
  trace?: Tracer,
): Decision[] {
  const types = typeStats(words, gains, state.slots);
  const considered = new Map<number, Considered[]>();
  words.forEach((w, i) => {
    const span = spanKey(w);
    const list = considered.get(span) ?? [];
    list.push({ candidate: w, gain: evidence(w, gains.get(i), state.slots) });
    considered.set(span, list);
  });
  const byObserved = new Map<string, TypeStats[]>();
  for (const [key, type] of types) {
    const observed = observedOf(key);
    const list = byObserved.get(observed);
    if (list === undefined) byObserved.set(observed, [type]);
    else list.push(type);
  }
  // Every place takes its likeliest original. The model sees the evidence of the whole word
  // type (a spinner writes an original the same way everywhere), but one written word may stand
  // for several originals (a spinner writes "previous" for "past" and for "former"), and readings
  // of one word with different bases (programme+s, programm+es) compete too.
  const bySpan = new Map<number, Decision>();
  const traced: Scored[] = [];
  for (const list of byObserved.values()) {
    list.sort((a, b) => choiceScore(b) - choiceScore(a));
    list.slice(0, TOP_ORIGINALS).forEach((type, rank) => {
      const other = choiceScore((rank === 0 ? list[1] : list[0]) ?? type);
      const margin = list.length === 1 ? 10 : choiceScore(type) - other;
      type.members.forEach((c, k) => {
        const s = score(
          c,
          type.gains[k] ?? 0,
          type,
          { rank, margin, alternatives: list.length },
          state,
        );
        if (trace !== undefined) traced.push(s);
        const span = spanKey(c);
        const current = bySpan.get(span);
        if (current === undefined || s.probability > current.probability) {
          bySpan.set(span, {
            candidate: c,
            gain: s.gain,
            probability: s.probability,
            type,
            considered: considered.get(span) ?? [],
          });
        }
      });
    });
  }
  for (const s of traced)
    trace?.(s.candidate, s, bySpan.get(spanKey(s.candidate))?.candidate === s.candidate);
  return [...bySpan.values()];
}

interface Standing {
  /** Rank of the original among the observed type's, by noisy-channel score. */
  readonly rank: number;
  /** Its noisy-channel score minus the best other original's. */
  readonly margin: number;
  /** Originals of the observed type. */
  readonly alternatives: number;
}

/** The model's probability of one candidate at one place, with curated swaps and the gate. */
function score(
  c: WordCandidate,
  gain: number,
  type: TypeStats,
  standing: Standing,
  state: ChunkState,
): Scored {
  const features = featureVector(featuresOf(c, gain, type, standing, state));
  const logit = state.model === undefined ? -Infinity : treeLogit(state.model, features);
  const model = state.model === undefined ? 0 : calibrated(state.model, logit);
  const curated = c.original.spinner;
  // A swap the text's own sure phrases make ("Fee" in "Federal Commerce Fee"): the spinner's.
  const shown =
    c.first === c.last && state.sureWords.size > 0
      ? state.sureWords.get(pairKey((state.slots[c.first] as Slot).word, c.original.text))
      : undefined;
  const family = curated?.family ?? shown;
  const prior = Math.max(curated?.prior ?? 0, shown === undefined ? 0 : CORROBORATED_PRIOR);
  // A curated swap has two sources of evidence: the model (when a thesaurus lists the pair
  // too) and the spinner family's gate; either is enough.
  const probability =
    family === undefined
      ? unlistedProbability(model, state.gate, c.original.text)
      : Math.max(
          c.original.sources.length > 0
            ? curated === undefined
              ? unlistedProbability(model, state.gate, c.original.text)
              : model
            : 0,
          spinnerProbability(prior, familyLikelihood(state.gate, family), gain, type.sum),
        );
  return { candidate: c, gain, features, logit, probability };
}

function protectedWords(slots: readonly Slot[], c: WordCandidate): number {
  let n = 0;
  for (let k = c.first; k <= c.last; k++) if ((slots[k] as Slot).protected) n++;
  return n;
}

function featuresOf(
  c: WordCandidate,
  gain: number,
  type: TypeStats,
  standing: Standing,
  state: ChunkState,
): Features {
  const slot = state.slots[c.first] as Slot;
  const observed: number[] = [];
  const observedWords: string[] = [];
  for (let i = c.first; i <= c.last; i++) {
    observed.push((state.slots[i] as Slot).id);
    observedWords.push((state.slots[i] as Slot).word);
  }
  const logP = (ids: readonly number[]): number => ids.reduce((a, id) => a + state.unigram(id), 0);
  const observedLogP = logP(observed);
  const originalLogP = logP(c.ids);
  const originalWords = c.original.text.split(' ');
  const curated = c.original.spinner;
  const fit = state.scorer.windowEvidence(c);
  return {
    gainHere: clamp(gain, -4, MAX_GAIN),
    typeSum: clamp(type.sum, -8, 16),
    typeMax: clamp(type.max, -4, MAX_GAIN),
    occurrences: Math.log2(1 + type.members.length),
    channel: clamp(c.channel, -6, 0),
    unigramDelta: clamp(originalLogP - observedLogP, -6, 6),
    observedLogP: clamp(observedLogP, -10, 0),
    moby: c.original.sources.includes('moby') ? 1 : 0,
    wordnet: c.original.sources.includes('wordnet') ? 1 : 0,
    firstLemma: c.original.firstLemma ? 1 : 0,
    multiword: c.last > c.first || c.ids.length > 1 ? 1 : 0,
    docDensity: state.docDensity,
    margin: clamp(standing.margin, -10, 10),
    sentenceInitial: slot.sentenceStart ? 1 : 0,
    alternatives: Math.log2(1 + standing.alternatives),
    // Other words only: a genuine text repeats its own terms ("convey" in a licence), a spinner
    // changes many words.
    docAccepted:
      (state.accepted - (state.acceptedByWord.get(slot.word) ?? 0)) /
      Math.max(state.slots.length, 1),
    docWordnet: state.docWordnet,
    docMoby: state.docMoby,
    docLogP: clamp(state.docLogP, -8, 0),
    docUnknown: state.docUnknown,
    rank: standing.rank,
    observedWords: observed.length,
    originalWords: originalWords.length,
    wordsAdded: isWordAdded(observedWords.join(' '), c.original.text) ? 1 : 0,
    present: originalWords.length === 1 ? (state.written.get(originalWords[0] as string) ?? 0) : 0,
    observedRate: (1000 * (state.written.get(slot.word) ?? 0)) / Math.max(state.slots.length, 1),
    curatedPrior: curated?.prior ?? 0,
    spinnerFamily: curated === undefined ? 0 : familyLikelihood(state.gate, curated.family),
    capital: /^\p{Lu}/u.test(state.tokens[slot.token]?.text ?? '') ? 1 : 0,
    protectedWords: protectedWords(state.slots, c),
    originalLogP: clamp(originalLogP, -12, 0),
    observedKnown: slot.id >= 0 ? 1 : 0,
    observedTrigrams: fit.observedTrigrams,
    observedBigrams: fit.observedBigrams,
    observedPmi: clamp(fit.observedPmi, -10, 10),
    originalTrigrams: fit.originalTrigrams,
    originalBigrams: fit.originalBigrams,
    originalPmi: clamp(fit.originalPmi, -10, 10),
  };
}
