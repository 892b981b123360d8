// The thesaurus candidates of one written word: the originals of its form (or of its base, with
// the writer's inflection carried over: `companies` -> `agencies` via company -> agency), in
// the writer's case; a hyphenated compound the LM does not know by its parts.
import type { Inflections, Thesaurus, ThesaurusCandidate, Token } from '../types.js';
import type { Slot } from './slots.js';
import type { CandidateContext, WordCandidate } from './wordCandidate.js';
import { transferCase } from './case.js';
import { inflectPhrase, readings, splitPossessive, type Reading } from './morphology/index.js';
import { normalizeWord } from './normalize.js';
import { isRomanNumeral } from './numberWords.js';
import { knownLmIds } from './lmWords.js';
import { isKnownPair } from './knownPairs.js';
import { channelLogProb, gatedChannel, shadowOf } from './candidateChannel.js';
import { changesMeasure, isVariant, lowercaseProperNoun, ownCase } from './swapFilters.js';
import { KNOWN_PAIR_CHANNEL, SPLIT_COST } from './tuning.js';

/** The written word at a slot. */
interface WrittenWord {
  readonly slot: number;
  /** As written. */
  readonly text: string;
  /** Normalized. */
  readonly norm: string;
  /** Normalized, without a possessive ending. */
  readonly stem: string;
  readonly possessive: string;
}

/**
 * singleWord for slot i, computed once per distinct written form in a call (candidates depend
 * on the token's text only; `first` and `last` are the slot's).
 */
export function singleWordCached(
  ctx: CandidateContext,
  i: number,
  cache: Map<string, WordCandidate[]>,
): WordCandidate[] {
  const text = (ctx.tokens[(ctx.slots[i] as Slot).token] as Token).text;
  let template = cache.get(text);
  if (template === undefined) cache.set(text, (template = singleWord(ctx, i)));
  return template[0]?.first === i ? template : template.map((c) => ({ ...c, first: i, last: i }));
}

export function singleWord(ctx: CandidateContext, i: number): WordCandidate[] {
  const slot = ctx.slots[i] as Slot;
  const token = ctx.tokens[slot.token] as Token;
  const [stem, possessive] = splitPossessive(token.text);
  const word: WrittenWord = {
    slot: i,
    text: token.text,
    norm: normalizeWord(token.text),
    stem: normalizeWord(stem),
    possessive,
  };
  const out: WordCandidate[] = [];
  const seen = new Set<string>();
  for (const reading of readingsOf(ctx.thesaurus, word.stem, ctx.inflections)) {
    const originals = ctx.thesaurus.originals(reading.base);
    const shadow = shadowOf(ctx.gate, originals);
    for (const original of originals) {
      const found = readingCandidate(ctx, word, reading, original, { shadow, seen });
      if (found === undefined) continue;
      seen.add(found.norm);
      seen.add(found.candidate.typeKey);
      out.push(found.candidate);
    }
  }
  if (out.length === 0 && slot.id < 0 && word.stem.includes('-'))
    out.push(...compoundParts(ctx, i));
  return out;
}

/** The thesaurus has keys for inflected forms; rules and irregular lemmas only when it has not. */
function readingsOf(thesaurus: Thesaurus, written: string, inflections?: Inflections): Reading[] {
  if (thesaurus.originals(written).length > 0) return [{ base: written, suffix: 'none' }];
  return readings(written, inflections);
}

/** The thesaurus has originals for the written word (as written, or for a reading of it). */
export function hasThesaurusEntry(
  thesaurus: Thesaurus,
  text: string,
  inflections?: Inflections,
): boolean {
  const stem = normalizeWord(splitPossessive(text)[0]);
  return readingsOf(thesaurus, stem, inflections).some(
    (r) => thesaurus.originals(r.base).length > 0,
  );
}

/**
 * What an original restores under one reading of the written word, when it is a swap and new:
 * `seen` holds the restorations and word types already found (one reading per original, the
 * first: regular rules before irregular lemmas); `shadow` is what curated swaps claim of the word.
 */
function readingCandidate(
  ctx: CandidateContext,
  word: WrittenWord,
  { base, suffix }: Reading,
  original: ThesaurusCandidate,
  { shadow, seen }: { readonly shadow: number; readonly seen: ReadonlySet<string> },
): { candidate: WordCandidate; norm: string } | undefined {
  if (!lowercaseProperNoun(word.text, original)) return undefined;
  if (suffix !== 'none' && original.text.includes(' ') && suffix !== 'plural') return undefined;
  const inflected = inflectPhrase(
    original.text,
    { suffix, possessive: word.possessive },
    suffix === 'plural' ? 'noun' : 'verb',
    ctx.inflections,
  );
  const norm = normalizeWord(inflected);
  if (norm === word.norm || seen.has(norm)) return undefined;
  const plain = original.spinner === undefined;
  if (plain && (isVariant(word.stem, norm) || changesMeasure(base, original.text)))
    return undefined;
  const ids = knownLmIds(inflected, ctx.lm);
  const typeKey = `${base}→${original.text}`;
  if (ids === null || seen.has(typeKey)) return undefined;
  const candidate: WordCandidate = {
    first: word.slot,
    last: word.slot,
    text: ownCase(original) ? inflected : transferCase([word.text], inflected),
    ids,
    typeKey,
    original,
    channel: gatedChannel(ctx.gate, original, plainChannel(ctx, base, original), shadow),
  };
  return { candidate, norm };
}

/**
 * The channel of a single-word swap before the gate: at least KNOWN_PAIR_CHANNEL for a pair the
 * curated lists show (or a Roman numeral for its number); an original of several words costs
 * SPLIT_COST.
 */
function plainChannel(ctx: CandidateContext, base: string, original: ThesaurusCandidate): number {
  const known =
    (ctx.knownPairs !== undefined && isKnownPair(ctx.knownPairs, base, original.text)) ||
    (isRomanNumeral(base) && /^\d+$/.test(original.text));
  if (known) return Math.max(KNOWN_PAIR_CHANNEL, channelLogProb(original));
  const split = original.text.includes(' ') && original.spinner === undefined ? SPLIT_COST : 0;
  return channelLogProb(original) + split;
}

/**
 * A compound the LM does not know whose part a curated swap restores to a compound it knows
 * ("center-class" -> "middle-class", "excessive-level" -> "high-level"): spinners swap the
 * parts of hyphenated words one by one. The swap keeps its curated prior and family.
 */
function compoundParts(ctx: CandidateContext, i: number): WordCandidate[] {
  const token = ctx.tokens[(ctx.slots[i] as Slot).token] as Token;
  const written = normalizeWord(token.text);
  const parts = written.split('-');
  const out: WordCandidate[] = [];
  parts.forEach((part, k) => {
    for (const original of ctx.thesaurus.originals(part)) {
      if (original.spinner === undefined || original.text.includes(' ')) continue;
      const compound = parts.map((p, j) => (j === k ? original.text.toLowerCase() : p)).join('-');
      const id = ctx.lm.id(compound);
      if (id < 0 || out.some((c) => c.ids[0] === id)) continue;
      const whole = { ...original, text: compound };
      out.push({
        first: i,
        last: i,
        text: transferCase([token.text], compound),
        ids: [id],
        typeKey: `${written}→${compound}`,
        original: whole,
        channel: gatedChannel(ctx.gate, whole, channelLogProb(whole)),
      });
    }
  });
  return out;
}
