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
import { greedyDisjoint } from './disjoint.js';
import { sectionSpans, shiftEdit } from './sections.js';
import { tokenize } from './tokenize.js';
import { findPhraseCandidates, suggestionOnly, type PhraseCandidate } from './phraseCandidates.js';
import { applyEdits } from './apply.js';
import { phraseEdit, phraseTrace } from './phraseEdit.js';
import { decode, type DecodeOptions } from './decode/decode.js';
import { agreeArticle } from './article.js';
import { knownPairs } from './knownPairs.js';
import { spinnerChannel, withSpinnerChannel } from './spinnerChannel.js';
import { outsideProtected, protectedRanges, SpanSet } from './protect.js';
import { codeVocabulary } from './codeVocabulary.js';
import { formatRanges } from './protect/formatRanges.js';
import { pragmaRanges } from './pragmas.js';
import { allowedRanges } from './allowList.js';
import { weighQuotedSpeech } from './quotedSpeech.js';
import { DEFAULT_MIN_CONFIDENCE } from '../defaults.js';
import { alreadySaid } from './alreadySaid.js';
import { documentApostrophe, withApostrophe } from './quoteStyle.js';
import { EVIDENCE_CONFIDENCE, weighIsolated } from './spinEvidence.js';
import { keptSuggestions } from './suggestionPolicy.js';
import { composeResults } from './compose.js';

export { DEFAULT_MIN_CONFIDENCE } from '../defaults.js';

/** Longest match first, then an exact (uninflected) match, then the higher prior. */
function byMatchStrength(a: PhraseCandidate, b: PhraseCandidate): number {
  const strength = (c: PhraseCandidate): number => c.options[0]?.entry.prior ?? 0;
  return (
    // Words matched apart (proximity entries) are suggestions: they never hide a contiguous match.
    Number(a.spread) - Number(b.spread) ||
    b.span[1] - b.span[0] - (a.span[1] - a.span[0]) ||
    Number(a.inflected) - Number(b.inflected) ||
    strength(b) - strength(a) ||
    a.span[0] - b.span[0]
  );
}

/** The strongest candidates (byMatchStrength) that overlap no stronger one, in text order. */
export function selectPhraseCandidates(candidates: readonly PhraseCandidate[]): PhraseCandidate[] {
  const keep = greedyDisjoint(candidates, (c) => c.span, byMatchStrength);
  const kept = candidates
    .map((c, i) => ({ c, i }))
    .filter(({ i }) => keep[i])
    .sort((a, b) => a.c.span[0] - b.c.span[0] || byMatchStrength(a.c, b.c) || a.i - b.i);
  return kept.map(({ c }) => c);
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

/** Markdown's indented code blocks are protected in Markdown; a plain text is guessed from. */
function isMarkdown(options: RestoreOptions): boolean | undefined {
  const { format } = options;
  return format === undefined || format === 'plain' ? undefined : format === 'markdown';
}

export function prepareText(input: string, options: RestoreOptions): PreparedText {
  const tokens = tokenize(input);
  const ranges = [
    ...protectedRanges(input, isMarkdown(options)),
    ...formatRanges(input, options.format),
  ];
  // Kept as written by the user's word: pragmas and the allow-list (not code: see below).
  const kept = [...ranges, ...pragmaRanges(input), ...allowedRanges(input, options.allow)];
  const keptSet = new SpanSet(kept);
  // Phrases inside code or kept text are neither rewritten nor evidence of spinning.
  const phrases = selectPhraseCandidates(
    findPhraseCandidates(tokens, options.dictionaries, options.inflections),
  ).filter((c) => !keptSet.overlaps(c.span));
  const lm = options.context === false ? undefined : options.lm;
  return { tokens, ranges, kept, phrases, ...(lm === undefined ? {} : { lm }) };
}

/** Dictionary phrases alone (no language model): each its preferred restoration. */
function phrasesAlone(phrases: readonly PhraseCandidate[], options: RestoreOptions): Edit[] {
  const { trace } = options;
  if (trace !== undefined) for (const c of phrases) phraseTrace(c).forEach((row) => trace(row));
  return phrases.map((c) => phraseEdit(c));
}

/** A section restored, before the suggestions are chosen. */
interface Restored {
  readonly output: string;
  readonly applied: readonly Edit[];
  readonly suggestions: readonly Edit[];
  readonly showsSpin: boolean;
  /** Edits that come from a dictionary phrase (and not the thesauri). */
  readonly fromPhrase: ReadonlySet<Edit>;
}

/** A phrase that shows spin on its own: whole, not quoted, conditions met, a sure prior. */
function surePhrase(c: PhraseCandidate): boolean {
  return !suggestionOnly(c) && (c.options[0]?.entry.prior ?? 0) >= EVIDENCE_CONFIDENCE;
}

function restoreSection(input: string, options: RestoreOptions): Restored {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const { tokens, ranges, kept, phrases, lm } = prepareText(input, options);
  const found: Edit[] =
    lm === undefined
      ? phrasesAlone(phrases, options)
      : decodeInContext(tokens, phrases, lm, options, codeVocabulary(input, tokens, ranges));
  const apostrophe = documentApostrophe(input);
  const byEnd = new Map(phrases.map((c) => [c.span[1], c]));
  const phraseOf = (e: Edit): PhraseCandidate | undefined => {
    const c = byEnd.get(e.span[1]);
    const said = (o: { text: string }): boolean =>
      e.text.endsWith(withApostrophe(o.text, apostrophe));
    return c?.options.some(said) === true ? c : undefined;
  };
  // Isolated changes weighed first: they are no evidence that the quotations were spun.
  const edits = weighQuotedSpeech(
    tokens,
    weighIsolated(
      tokens,
      outsideProtected(
        found
          .flatMap((e) => agreeArticle(input, e))
          .map((e) => ({ ...e, text: withApostrophe(e.text, apostrophe) })),
        kept,
      ).filter((e) => e.text !== e.actual), // an edit that changes nothing is no finding
    ),
  );
  const fromPhrase = new Set(edits.filter((e) => phraseOf(e) !== undefined));
  const fixable = edits.filter((e) => !e.suggestOnly && e.confidence >= minConfidence);
  const result = applyEdits(input, fixable);
  const suggestions = [
    ...edits.filter((e) => e.suggestOnly || e.confidence < minConfidence),
    ...result.skipped,
  ]
    .filter((e) => !alreadySaid(input, e, result.applied))
    .sort(byPosition);
  const strong = edits.some((e) => !e.suggestOnly && e.confidence >= EVIDENCE_CONFIDENCE);
  return {
    output: result.output,
    applied: result.applied,
    suggestions,
    showsSpin: options.spun === true || phrases.some(surePhrase) || strong,
    fromPhrase,
  };
}

/**
 * Passes at most: a restoration can make a new match with its neighbours ("by way of Getty
 * Photos" -> "via Getty Photos" -> "via Getty Images"), or change the context of a thesaurus
 * decision; a pass is run again on the output until it changes nothing more, and the passes are
 * composed into one set of edits over the input (compose.ts). So restoring the output of
 * restore again at the same threshold changes nothing more (unless a text needs more passes).
 */
export const MAX_PASSES = 3;

/**
 * Restores a text: tokens, dictionary phrases, the context engine, the edits applied. A text
 * longer than a section is restored section by section (sections.ts): what a document says is
 * evidence within its section only (the suggestions shown too), and edits never cross sections.
 * Passes are run until the output is a fixed point (MAX_PASSES).
 */
export function restore(input: string, options: RestoreOptions): RestoreResult {
  let result = restoreOnce(input, options);
  // Later passes report no progress and trace nothing (their spans are on the output).
  const quiet: RestoreOptions = { ...options, progress: undefined, trace: undefined };
  for (let pass = 1; pass < MAX_PASSES && result.applied.length > 0; pass++) {
    const again = restoreOnce(result.output, quiet);
    if (again.applied.length === 0) break;
    result = composeResults(result, again);
  }
  return result;
}

/** One pass over the text, section by section. */
function restoreOnce(input: string, options: RestoreOptions): RestoreResult {
  const spans = sectionSpans(input);
  const level = options.suggestions ?? 'all';
  const outputs: string[] = [];
  const applied: Edit[] = [];
  const suggestions: Edit[] = [];
  let showsSpin = false;
  let hidden = 0;
  for (const [start, end] of spans) {
    const part = restoreSection(spans.length === 1 ? input : input.slice(start, end), options);
    const shown = keptSuggestions(part.suggestions, level, part.showsSpin, (e) =>
      part.fromPhrase.has(e),
    );
    outputs.push(part.output);
    for (const e of part.applied) applied.push(shiftEdit(e, start));
    for (const e of shown) suggestions.push(shiftEdit(e, start));
    showsSpin ||= part.showsSpin;
    hidden += part.suggestions.length - shown.length;
    if (spans.length > 1) options.progress?.(outputs.length, spans.length);
  }
  return {
    input,
    output: outputs.length === 1 ? (outputs[0] as string) : outputs.join(''),
    applied,
    suggestions,
    showsSpin,
    hiddenSuggestions: hidden,
  };
}
