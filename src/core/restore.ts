// tokenize -> candidates -> decode -> confidence -> apply. The one entry point of the core.
import type {
  Edit,
  LanguageModel,
  RestoreOptions,
  RestoreResult,
  Span,
  Thesaurus,
  Token,
} from '../types.js';
import { tokenize } from './tokenize.js';
import { findPhraseCandidates, type PhraseCandidate } from './phraseCandidates.js';
import { applyEdits } from './apply.js';
import { phraseEdit, phraseTrace } from './phraseEdit.js';
import { decode, type DecodeOptions } from './decode/decode.js';
import { agreeArticle } from './article.js';
import { knownPairs } from './knownPairs.js';
import { spinnerChannel, withSpinnerChannel } from './spinnerChannel.js';
import { outsideProtected, protectedRanges } from './protect.js';
import { codeVocabulary } from './codeVocabulary.js';
import { formatRanges } from './protect/formatRanges.js';
import { pragmaRanges } from './pragmas.js';
import { allowedRanges } from './allowList.js';
import { DEFAULT_MIN_CONFIDENCE } from '../defaults.js';

export { DEFAULT_MIN_CONFIDENCE } from '../defaults.js';

/** Longest match first, then an exact (uninflected) match, then the higher prior; the rest are dropped (they overlap a better match). */
export function selectPhraseCandidates(candidates: readonly PhraseCandidate[]): PhraseCandidate[] {
  const strength = (c: PhraseCandidate): number => c.options[0]?.entry.prior ?? 0;
  const sorted = [...candidates].sort(
    (a, b) =>
      b.span[1] - b.span[0] - (a.span[1] - a.span[0]) ||
      Number(a.inflected) - Number(b.inflected) ||
      strength(b) - strength(a) ||
      a.span[0] - b.span[0],
  );
  const kept: PhraseCandidate[] = [];
  // Words matched apart (proximity entries) are suggestions: they never hide a contiguous match.
  sorted.sort((a, b) => Number(a.spread) - Number(b.spread));
  for (const c of sorted) {
    if (!kept.some((k) => k.span[0] < c.span[1] && c.span[0] < k.span[1])) kept.push(c);
  }
  return kept.sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * A finding (an overlap loser, or one below the threshold) that the applied edits already carry
 * out: inside one applied edit that writes its text ("within" -> "in" inside "within the" ->
 * "in the"), or covering applied edits that together give its text ("proper now" -> "right now"
 * when "proper" -> "right" won).
 * Listing it again would only repeat the change.
 */
function saidBy(input: string, loser: Edit, applied: readonly Edit[]): boolean {
  const [from, to] = loser.span;
  const overlapping = applied.filter((a) => a.span[0] < to && from < a.span[1]);
  if (overlapping.length === 0) return false;
  const [first] = overlapping;
  if (
    overlapping.length === 1 &&
    first !== undefined &&
    first.span[0] <= from &&
    to <= first.span[1] &&
    first.text.includes(loser.text)
  )
    return true;
  if (overlapping.some((a) => a.span[0] < from || a.span[1] > to)) return false;
  let text = '';
  let at = from;
  for (const a of [...overlapping].sort(byPosition)) {
    text += input.slice(at, a.span[0]) + a.text;
    at = a.span[1];
  }
  return text + input.slice(at, to) === loser.text;
}

function byPosition(a: Edit, b: Edit): number {
  return a.span[0] - b.span[0] || a.span[1] - b.span[1];
}

/** The thesauri with the spinners' curated swaps: where the decoder's candidates come from. */
export function contextThesaurus(options: RestoreOptions): Thesaurus {
  return withSpinnerChannel(options.thesaurus, spinnerChannel(options.dictionaries));
}

/** What the decoder works with, from the engine's options. */
export function decodeOptionsOf(
  lm: LanguageModel,
  options: RestoreOptions,
  codeWords: ReadonlySet<string>,
): DecodeOptions {
  return {
    lm,
    thesaurus: contextThesaurus(options),
    spinner: spinnerChannel(options.dictionaries),
    ...(options.inflections ? { inflections: options.inflections } : {}),
    ...(options.trace ? { trace: options.trace } : {}),
    ...(options.model ? { model: options.model } : {}),
    knownPairs: knownPairs(options.dictionaries),
    codeWords,
  };
}

/** The context engine: the thesauri with the spinners' curated swaps, decoded with the LM. */
function decodeInContext(
  tokens: readonly Token[],
  phrases: readonly PhraseCandidate[],
  lm: LanguageModel,
  options: RestoreOptions,
  codeWords: ReadonlySet<string>,
): Edit[] {
  return decode(tokens, phrases, decodeOptionsOf(lm, options, codeWords));
}

/** What restore() works from: the tokens, the ranges never rewritten, the phrase candidates. */
export interface PreparedText {
  readonly tokens: readonly Token[];
  readonly ranges: readonly Span[];
  /** `ranges` and the text kept as written by the user's word (pragmas, the allow-list). */
  readonly kept: readonly Span[];
  readonly phrases: readonly PhraseCandidate[];
  /** The language model, when the context engine is on. */
  readonly lm?: LanguageModel;
}

export function prepareText(input: string, options: RestoreOptions): PreparedText {
  const tokens = tokenize(input);
  const ranges = [...protectedRanges(input), ...formatRanges(input, options.format)];
  // Kept as written by the user's word: pragmas and the allow-list (not code: see below).
  const kept = [...ranges, ...pragmaRanges(input), ...allowedRanges(input, options.allow)];
  // Phrases inside code or kept text are neither rewritten nor evidence of spinning.
  const phrases = selectPhraseCandidates(
    findPhraseCandidates(tokens, options.dictionaries, options.inflections),
  ).filter((c) => !kept.some(([s, t]) => c.span[0] < t && s < c.span[1]));
  const lm = options.context === false ? undefined : options.lm;
  return { tokens, ranges, kept, phrases, ...(lm === undefined ? {} : { lm }) };
}

/** Dictionary phrases alone (no language model): each its preferred restoration. */
function phrasesAlone(phrases: readonly PhraseCandidate[], options: RestoreOptions): Edit[] {
  const { trace } = options;
  if (trace !== undefined) for (const c of phrases) phraseTrace(c).forEach((row) => trace(row));
  return phrases.map((c) => phraseEdit(c));
}

export function restore(input: string, options: RestoreOptions): RestoreResult {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const { tokens, ranges, kept, phrases, lm } = prepareText(input, options);
  const found: Edit[] =
    lm === undefined
      ? phrasesAlone(phrases, options)
      : decodeInContext(tokens, phrases, lm, options, codeVocabulary(input, tokens, ranges));
  const edits = outsideProtected(
    found.flatMap((e) => agreeArticle(input, e)),
    kept,
  );
  const fixable = edits.filter((e) => !e.suggestOnly && e.confidence >= minConfidence);
  const result = applyEdits(input, fixable);
  // A finding that the applied edits already carry out is not listed again.
  const suggestions = [
    ...edits.filter((e) => e.suggestOnly || e.confidence < minConfidence),
    ...result.skipped,
  ]
    .filter((e) => !saidBy(input, e, result.applied))
    .sort(byPosition);
  return { input, output: result.output, applied: result.applied, suggestions };
}
