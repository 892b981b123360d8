// The data of the --trace view: for each occurrence of a word in a text, every candidate the
// engine considered there (dictionary phrases that cover it, thesaurus originals), its evidence,
// and why it was applied or not. restore() runs with its trace hook; the rows are then matched to
// the result and to the text's own protections. Pure: a reporter renders it.
import type {
  CandidateTrace,
  RestoreOptions,
  RestoreResult,
  Span,
  Token,
  TraceEvidence,
} from '../types.js';
import { DEFAULT_MIN_CONFIDENCE } from '../defaults.js';
import { FEATURE_NAMES } from './decode/features.js';
import { contextThesaurus, prepareText, restore } from './restore.js';
import { normalizeWord } from './normalize.js';
import { splitPossessive } from './morphology/index.js';
import { buildSlots, type Slot } from './slots.js';
import { codeVocabulary, inCodeVocabulary } from './codeVocabulary.js';
import { hasThesaurusEntry } from './singleWordCandidates.js';
import { REPORT_FLOOR } from './tuning.js';
import { outcomeOf, type TraceOutcome } from './traceOutcome.js';

export type { EditSummary, TraceOutcome } from './traceOutcome.js';

/** One candidate at an occurrence, with its evidence and outcome. */
export interface TracedCandidate extends TraceEvidence {
  /** A scored thesaurus candidate: the model's features by name, and its probability. */
  readonly features?: Readonly<Record<string, number>>;
  readonly model?: number;
  /** For a swap a known spinner makes: the probability from the spinner's evidence. */
  readonly spinner?: number;
  readonly confidence?: number;
  readonly outcome: TraceOutcome;
}

/** Why a written word has no thesaurus candidate of its own (or only curated ones). */
export type WordNote =
  | { readonly kind: 'in code' }
  | { readonly kind: 'no context' }
  /** A name, number, acronym, alphanumeric or `[sic]` (the slot's protection). */
  | { readonly kind: 'protected'; readonly reason: string }
  /** The text uses the word in code, URLs or identifiers: its own term. */
  | { readonly kind: 'code word' }
  | { readonly kind: 'no entry' }
  /** The thesauri have entries, but none is a candidate here (variants, unknown to the LM...). */
  | { readonly kind: 'no candidate' };

export interface OccurrenceTrace {
  /** The written word. */
  readonly span: Span;
  readonly written: string;
  readonly note?: WordNote;
  readonly candidates: readonly TracedCandidate[];
}

export interface WordTrace {
  readonly word: string;
  readonly minConfidence: number;
  readonly occurrences: readonly OccurrenceTrace[];
  readonly result: RestoreResult;
}

/** The words of the text that are `word` (any case, or its possessive). */
function occurrencesOf(tokens: readonly Token[], word: string): number[] {
  const wanted = normalizeWord(word.trim());
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' && t.kind !== 'number') return;
    if (t.norm === wanted || normalizeWord(splitPossessive(t.text)[0]) === wanted) out.push(i);
  });
  return out;
}

function traced(row: CandidateTrace, outcome: TraceOutcome): TracedCandidate {
  const { span, actual, text, source, origin, prior, channel, gain, typeGain, confidence } = row;
  const scored = row.scored
    ? {
        features: Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, row.features[i] ?? 0])),
        model: row.model,
        ...(row.spinner === undefined ? {} : { spinner: row.spinner }),
      }
    : {};
  return {
    ...{ span, actual, text, source, origin },
    ...(prior === undefined ? {} : { prior }),
    ...(channel === undefined ? {} : { channel }),
    ...(gain === undefined ? {} : { gain }),
    ...(typeGain === undefined ? {} : { typeGain }),
    ...scored,
    ...(confidence === undefined ? {} : { confidence }),
    outcome,
  };
}

const RANK = FEATURE_NAMES.indexOf('rank');

/** Dictionary phrases first; then the chosen, the likelier, and by noisy-channel rank. */
function order(a: CandidateTrace, b: CandidateTrace): number {
  const standing = (r: CandidateTrace): number =>
    r.verdict.kind === 'chosen' ? 0 : r.verdict.kind === 'lost' ? 1 : 2;
  const rank = (r: CandidateTrace): number =>
    r.scored ? (r.features[RANK] ?? 0) : r.verdict.kind === 'unranked' ? r.verdict.rank : 0;
  return (
    Number(a.source === 'thesaurus') - Number(b.source === 'thesaurus') ||
    standing(a) - standing(b) ||
    (b.confidence ?? 0) - (a.confidence ?? 0) ||
    rank(a) - rank(b)
  );
}

interface TextFacts {
  readonly options: RestoreOptions;
  readonly ranges: readonly Span[];
  readonly slots: ReadonlyMap<number, Slot>;
  readonly codeWords: ReadonlySet<string>;
}

function noteOf(
  token: Token,
  index: number,
  facts: TextFacts,
  empty: boolean,
): WordNote | undefined {
  const inside = (s: Span): boolean => facts.ranges.some(([a, b]) => s[0] < b && a < s[1]);
  if (inside(token.span)) return { kind: 'in code' };
  const slot = facts.slots.get(index);
  if (slot === undefined) return { kind: 'no context' };
  if (slot.reason !== undefined) return { kind: 'protected', reason: slot.reason };
  if (inCodeVocabulary(facts.codeWords, slot.word)) return { kind: 'code word' };
  if (!empty) return undefined;
  const { options } = facts;
  return hasThesaurusEntry(contextThesaurus(options), token.text, options.inflections)
    ? { kind: 'no candidate' }
    : { kind: 'no entry' };
}

/** restore() on `input`, and for each occurrence of `word` the candidates and their outcomes. */
export function traceWord(input: string, options: RestoreOptions, word: string): WordTrace {
  const rows: CandidateTrace[] = [];
  const result = restore(input, { ...options, trace: (row) => rows.push(row) });
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const { tokens, ranges, lm } = prepareText(input, options);
  const slots = new Map<number, Slot>();
  if (lm !== undefined) for (const s of buildSlots(tokens, lm)) slots.set(s.token, s);
  const facts = { options, ranges, slots, codeWords: codeVocabulary(input, tokens, ranges) };
  const context = { result, minConfidence, ranges, floor: REPORT_FLOOR };
  const occurrences = occurrencesOf(tokens, word).map((i): OccurrenceTrace => {
    const token = tokens[i] as Token;
    const here = rows
      .filter((r) => r.span[0] <= token.span[0] && token.span[1] <= r.span[1])
      .sort(order);
    const note = noteOf(token, i, facts, here.length === 0);
    return {
      span: token.span,
      written: token.text,
      ...(note === undefined ? {} : { note }),
      candidates: here.map((r) => traced(r, outcomeOf(r, context))),
    };
  });
  return { word, minConfidence, occurrences, result };
}
