// tokenize -> candidates -> decode -> confidence -> apply. The one entry point of the core.
import type { Edit, LanguageModel, RestoreOptions, RestoreResult, Span, Token } from '../types.js';
import { firstEndingAfter, greedyDisjoint } from './disjoint.js';
import { sectionSpans, shiftEdit } from './sections.js';
import { tokenize } from './tokenize.js';
import { findPhraseCandidates, type PhraseCandidate } from './phraseCandidates.js';
import { applyEdits } from './apply.js';
import { phraseEdit } from './phraseEdit.js';
import { decode } from './decode.js';
import { agreeArticle } from './article.js';
import { knownPairs } from './knownPairs.js';
import { spinnerChannel, withSpinnerChannel } from './spinnerChannel.js';
import { outsideProtected, protectedRanges } from './protect.js';
import { codeVocabulary } from './codeVocabulary.js';
import { DEFAULT_MIN_CONFIDENCE } from '../defaults.js';

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

/**
 * A finding (an overlap loser, or one below the threshold) that the applied edits already carry
 * out: inside one applied edit that writes its text ("within" -> "in" inside "within the" ->
 * "in the"), or covering applied edits that together give its text ("proper now" -> "right now"
 * when "proper" -> "right" won).
 * Listing it again would only repeat the change. `applied` are in text order (applyEdits).
 */
function saidBy(input: string, loser: Edit, applied: readonly Edit[]): boolean {
  const [from, to] = loser.span;
  const overlapping: Edit[] = [];
  for (let i = firstEndingAfter(applied, spanOf, from); i < applied.length; i++) {
    const a = applied[i] as Edit;
    if (a.span[0] >= to) break;
    if (from < a.span[1]) overlapping.push(a);
  }
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

const spanOf = (e: Edit): Span => e.span;

function byPosition(a: Edit, b: Edit): number {
  return a.span[0] - b.span[0] || a.span[1] - b.span[1];
}

/** The context engine: the thesauri with the spinners' curated swaps, decoded with the LM. */
function decodeInContext(
  tokens: readonly Token[],
  phrases: readonly PhraseCandidate[],
  lm: LanguageModel,
  options: RestoreOptions,
  codeWords: ReadonlySet<string>,
): Edit[] {
  const spinner = spinnerChannel(options.dictionaries);
  return decode(tokens, phrases, {
    lm,
    thesaurus: withSpinnerChannel(options.thesaurus, spinner),
    spinner,
    ...(options.inflections ? { inflections: options.inflections } : {}),
    ...(options.trace ? { trace: options.trace } : {}),
    ...(options.model ? { model: options.model } : {}),
    knownPairs: knownPairs(options.dictionaries),
    codeWords,
  });
}

/** One section (see sections.ts): the whole pipeline over its text. */
function restoreSection(input: string, options: RestoreOptions): RestoreResult {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const tokens = tokenize(input);
  const ranges = protectedRanges(input);
  // Phrases inside code are neither rewritten nor evidence of spinning.
  const phrases = selectPhraseCandidates(
    findPhraseCandidates(tokens, options.dictionaries, options.inflections),
  ).filter((c) => !ranges.some(([s, t]) => c.span[0] < t && s < c.span[1]));
  const lm = options.context === false ? undefined : options.lm;
  const found: Edit[] =
    lm === undefined
      ? phrases.map((c) => phraseEdit(c))
      : decodeInContext(tokens, phrases, lm, options, codeVocabulary(input, tokens, ranges));
  const edits = outsideProtected(
    found.flatMap((e) => agreeArticle(input, e)),
    ranges,
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

/**
 * Restores a text: tokens, dictionary phrases, the context engine, the edits applied. A text
 * longer than a section is restored section by section (sections.ts): what a document says is
 * evidence within its section only, and edits never cross sections.
 */
export function restore(input: string, options: RestoreOptions): RestoreResult {
  const spans = sectionSpans(input);
  if (spans.length === 1) return restoreSection(input, options);
  const outputs: string[] = [];
  const applied: Edit[] = [];
  const suggestions: Edit[] = [];
  for (const [start, end] of spans) {
    const r = restoreSection(input.slice(start, end), options);
    outputs.push(r.output);
    for (const e of r.applied) applied.push(shiftEdit(e, start));
    for (const e of r.suggestions) suggestions.push(shiftEdit(e, start));
  }
  return { input, output: outputs.join(''), applied, suggestions };
}
