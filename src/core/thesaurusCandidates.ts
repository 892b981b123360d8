// Slots -> candidate originals from the reversed thesauri, with the writer's inflection and case
// carried over: `companies` -> `agencies` (via company -> agency), `Informed` -> `Told`.
import type { Inflections, LanguageModel, Thesaurus, ThesaurusCandidate, Token } from '../types.js';
import type { Slot } from './slots.js';
import { transferCase } from './case.js';
import { carrySpacing } from './spacing.js';
import { inflectPhrase, readings, splitPossessive, type Suffix } from './morphology/index.js';
import { normalizeWord } from './normalize.js';
import { isRomanNumeral } from './numberWords.js';
import { lmIdsOf } from './lmWords.js';
import { isKnownPair, KNOWN_PAIR_CHANNEL } from './knownPairs.js';
import { familyLikelihood, spinnerLikelihood, type SpinnerGate } from './spinnerDecision.js';
import { inCodeVocabulary } from './codeVocabulary.js';
import { lowerAfterFirst } from './phraseCandidates.js';

export interface WordCandidate {
  /** First and last slot covered (inclusive). */
  readonly first: number;
  readonly last: number;
  /** Restoration as written into the text. */
  readonly text: string;
  /** LM ids of the restoration's words. */
  readonly ids: readonly number[];
  /** `observed-base→original-base`: one decision per word type of the document. */
  readonly typeKey: string;
  readonly original: ThesaurusCandidate;
  /** log10 P(observed | original): how likely a spinner writes this for that. */
  readonly channel: number;
}

/** log10 channel probabilities per thesaurus evidence; see docs/design.md. */
export const CHANNEL = {
  both: -0.9,
  moby: -1.3,
  wordnetFirstLemma: -0.6,
  wordnet: -1.6,
  /** A curated spinner swap no thesaurus lists. */
  none: -2,
} as const;

/**
 * log10 cost of a spinner writing one word for a phrase of several ("informed" for "up on"):
 * spinners mostly swap a word for a word.
 */
export const SPLIT_COST = -1;

export function channelLogProb(c: ThesaurusCandidate): number {
  if (c.channel !== undefined) return c.channel;
  const moby = c.sources.includes('moby');
  const wordnet = c.sources.includes('wordnet');
  if (!moby && !wordnet) return CHANNEL.none;
  if (wordnet && c.firstLemma)
    return moby ? Math.max(CHANNEL.both, CHANNEL.wordnetFirstLemma) : CHANNEL.wordnetFirstLemma;
  if (moby && wordnet) return CHANNEL.both;
  return moby ? CHANNEL.moby : CHANNEL.wordnet;
}

/**
 * Not a spinner's synonym swap: a spelling variant (hard-core / hardcore, e-mail / email), the
 * same phrase with words dropped or added (global climate change / climate change), or an
 * acronym and its expansion.
 */
export function isVariant(observed: string, candidate: string): boolean {
  const squash = (s: string): string => s.replace(/[\s-]+/g, '');
  if (squash(observed) === squash(candidate)) return true;
  const a = observed.split(/[\s-]+/);
  const b = candidate.split(/[\s-]+/);
  // An acronym and its expansion (world health organization / who): the curated spinner lists
  // hold the ones spinners write ("information technology" for "it").
  const initials = (words: readonly string[]): string => words.map((w) => w[0] ?? '').join('');
  if (a.length === 1 && b.length > 1 && initials(b) === a[0]) return true;
  if (b.length === 1 && a.length > 1 && initials(a) === b[0]) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length === long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, k) => long[i + k] === w)) return true;
  }
  return false;
}

/**
 * A curated original with capitals of its own ("the United States" for "america") is a
 * candidate only where the spinner left its mark, a proper noun in lower case: a writer who
 * capitalised "America" meant it.
 */
function lowercaseProperNoun(written: string, original: ThesaurusCandidate): boolean {
  return !ownCase(original) || !/\p{Lu}/u.test(written);
}

/** A curated proper noun is written as listed (the spinner's lower case is its own doing). */
function ownCase(original: ThesaurusCandidate): boolean {
  return original.spinner !== undefined && /\p{Lu}/u.test(original.text);
}

/** LM ids of a candidate's words, or null when the model does not know one of them. */
function lmIds(text: string, lm: LanguageModel): number[] | null {
  const ids = lmIdsOf(text, lm);
  return ids.length > 0 && ids.every((id) => id >= 0) ? ids : null;
}

export interface CandidateContext {
  readonly tokens: readonly Token[];
  readonly slots: readonly Slot[];
  readonly thesaurus: Thesaurus;
  readonly lm: LanguageModel;
  readonly inflections?: Inflections;
  /** Cap on candidates per slot and key (best channel first). */
  readonly maxPerKey?: number;
  /** Word pairs a spinner is known to write (from the curated dictionaries). */
  readonly knownPairs?: ReadonlySet<string>;
  /** How strongly the document shows the spinner of the curated swaps. */
  readonly gate?: SpinnerGate;
  /** Words the text uses in code, URLs and identifiers: its own terms, never single-word swaps. */
  readonly codeWords?: ReadonlySet<string>;
}

/**
 * The channel under the document's gate. A curated swap: likely in a document that shows its
 * spinner, the thesaurus's own otherwise. A thesaurus candidate: its own, less the share
 * (`shadow`) that curated swaps of the same written word claim.
 */
function gatedChannel(
  gate: SpinnerGate | undefined,
  original: ThesaurusCandidate,
  plain: number,
  shadow = 0,
): number {
  if (gate === undefined) return plain;
  // A thesaurus original of a word that a curated swap claims: the rest of the probability.
  if (original.spinner === undefined) return plain + Math.log10(Math.max(0.001, 1 - shadow));
  const p = familyLikelihood(gate, original.spinner.family);
  return Math.log10(p * original.spinner.prior + (1 - p) * 10 ** plain);
}

/**
 * How much of a written word the curated swaps claim in this text: the largest P(spun) ·
 * prior among its curated originals ("america" in a spun text is "the United States", not
 * the thesaurus's "us").
 */
function shadowOf(gate: SpinnerGate | undefined, originals: readonly ThesaurusCandidate[]): number {
  if (gate === undefined) return 0;
  let shadow = 0;
  for (const o of originals) {
    if (o.spinner === undefined) continue;
    shadow = Math.max(shadow, familyLikelihood(gate, o.spinner.family) * o.spinner.prior);
  }
  return shadow;
}

/**
 * singleWord for slot i, computed once per distinct written form in a call (candidates depend
 * on the token's text only; `first` and `last` are the slot's).
 */
function singleWordCached(
  ctx: CandidateContext,
  i: number,
  cache: Map<string, WordCandidate[]>,
): WordCandidate[] {
  const text = (ctx.tokens[(ctx.slots[i] as Slot).token] as Token).text;
  let template = cache.get(text);
  if (template === undefined) cache.set(text, (template = singleWord(ctx, i)));
  return template[0]?.first === i ? template : template.map((c) => ({ ...c, first: i, last: i }));
}

function singleWord(ctx: CandidateContext, i: number): WordCandidate[] {
  const slot = ctx.slots[i] as Slot;
  const token = ctx.tokens[slot.token] as Token;
  const [stem, possessive] = splitPossessive(token.text);
  const written = normalizeWord(stem);
  const out: WordCandidate[] = [];
  const seen = new Set<string>();
  // The thesaurus has keys for inflected forms; rules and irregular lemmas only when it has not.
  const direct = ctx.thesaurus.originals(written).length > 0;
  const forms = direct
    ? [{ base: written, suffix: 'none' as Suffix }]
    : readings(written, ctx.inflections);
  for (const { base, suffix } of forms) {
    const originals = ctx.thesaurus.originals(base);
    const shadow = shadowOf(ctx.gate, originals);
    for (const original of originals) {
      if (!lowercaseProperNoun(token.text, original)) continue;
      if (suffix !== 'none' && original.text.includes(' ') && suffix !== 'plural') continue;
      const inflected = inflectPhrase(
        original.text,
        { suffix, possessive },
        suffix === 'plural' ? 'noun' : 'verb',
        ctx.inflections,
      );
      const norm = normalizeWord(inflected);
      if (
        norm === normalizeWord(token.text) ||
        seen.has(norm) ||
        (original.spinner === undefined &&
          (isVariant(written, norm) || changesMeasure(base, original.text)))
      )
        continue;
      const ids = lmIds(inflected, ctx.lm);
      const typeKey = `${base}→${original.text}`;
      // One reading per original: the first (regular rules before irregular lemmas).
      if (ids === null || seen.has(typeKey)) continue;
      seen.add(norm);
      seen.add(typeKey);
      out.push({
        first: i,
        last: i,
        text: ownCase(original) ? inflected : transferCase([token.text], inflected),
        ids,
        typeKey,
        original,
        channel: gatedChannel(
          ctx.gate,
          original,
          (ctx.knownPairs !== undefined && isKnownPair(ctx.knownPairs, base, original.text)) ||
            (isRomanNumeral(base) && /^\d+$/.test(original.text))
            ? Math.max(KNOWN_PAIR_CHANNEL, channelLogProb(original))
            : channelLogProb(original) +
                (original.text.includes(' ') && original.spinner === undefined ? SPLIT_COST : 0),
          shadow,
        ),
      });
    }
  }
  if (out.length === 0 && slot.id < 0 && written.includes('-')) out.push(...compoundParts(ctx, i));
  return out;
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

/**
 * Units of time and round numbers: a thesaurus that lists "days" for "years" or "trillion" for
 * "billion" gives a figurative sense; restoring one for the other changes a fact, so only a
 * curated swap may.
 */
const MEASURES = new Set(
  (
    'second minute hour day week month year decade century millennium ' +
    'hundred thousand million billion trillion dozen'
  ).split(' '),
);

function changesMeasure(writtenBase: string, original: string): boolean {
  const o = original.toLowerCase();
  const unit = (w: string): string => (w === 'centuries' ? 'century' : w.replace(/s$/, ''));
  return MEASURES.has(unit(writtenBase)) && MEASURES.has(unit(o));
}

/**
 * The written phrase is the original with words added ("geological era" for "era", "felt up"
 * for "felt"): a WordNet spinner writes a collocation lemma for a word of it.
 */
export function isWordAdded(observed: string, original: string): boolean {
  const a = observed.split(' ');
  const b = original.split(' ');
  if (b.length >= a.length) return false;
  for (let i = 0; i + b.length <= a.length; i++) if (b.every((w, k) => a[i + k] === w)) return true;
  return false;
}

/**
 * A protected slot a multi-word key may still cover: a number after the first word ("atomic
 * number 85", a WordNet spinner's "at"), or a capitalised first word followed by lower-case
 * ones ("American english", "Statute law"): a writer capitalises every word of a name, a
 * spinner that writes a lemma with the case of one word does not.
 */
function openInPhrase(ctx: CandidateContext, first: number, count: number, k: number): boolean {
  const slot = ctx.slots[k] as Slot;
  if (slot.reason === 'number') return k > first;
  if (slot.reason !== 'proper name' || k !== first) return false;
  for (let j = first + 1; j < first + count; j++) {
    const next = ctx.slots[j];
    if (next === undefined || !/^\p{Ll}/u.test(ctx.tokens[next.token]?.text ?? '')) return false;
  }
  return true;
}

function phraseKey(ctx: CandidateContext, first: number, count: number): string | null {
  const words: string[] = [];
  const sentence = (ctx.slots[first] as Slot).sentence;
  for (let k = first; k < first + count; k++) {
    const slot = ctx.slots[k];
    if (
      slot === undefined ||
      k >= sentence[1] ||
      (slot.protected && !openName(ctx, slot) && !openInPhrase(ctx, first, count, k))
    )
      return null;
    if (k > first) {
      // Only spaces between the words of a phrase.
      const prev = (ctx.slots[k - 1] as Slot).token;
      for (let t = prev + 1; t < slot.token; t++) if (ctx.tokens[t]?.kind !== 'space') return null;
    }
    words.push(slot.word);
  }
  return words.join(' ');
}

function actualText(ctx: CandidateContext, first: number, last: number): string {
  const from = (ctx.slots[first] as Slot).token;
  const to = (ctx.slots[last] as Slot).token;
  return ctx.tokens
    .slice(from, to + 1)
    .map((t) => t.text)
    .join('');
}

/**
 * Curated spinner phrases under an inflection the list does not spell out ("legal professionals"
 * from "legal professional" -> "attorneys"; "targeted on" from "focus on" -> "focused"): the
 * plural on the last word, a verb ending on the first. The thesaurus has its inflected phrase keys
 * built in; the curated lists have base forms only.
 */
function inflectedCurated(ctx: CandidateContext, key: string): Restoration[] {
  const words = key.split(' ');
  const out: Restoration[] = [];
  const add = (base: string, inflect: (text: string) => string): void => {
    for (const original of ctx.thesaurus.originals(base)) {
      if (original.spinner === undefined || ownCase(original)) continue;
      out.push({ original, text: inflect(original.text) });
    }
  };
  const head = words.slice(0, -1).join(' ');
  for (const r of readings(words[words.length - 1] as string, ctx.inflections)) {
    if (r.suffix !== 'plural') continue;
    add(`${head} ${r.base}`, (text) =>
      inflectPhrase(text, { suffix: 'plural', possessive: '' }, 'noun', ctx.inflections),
    );
  }
  const tail = words.slice(1).join(' ');
  for (const r of readings(words[0] as string, ctx.inflections)) {
    if (r.suffix === 'none') continue;
    // A verb phrase inflects its first word; an irregular participle gives a participle ("has
    // grown to be" -> "has become").
    add(`${r.base} ${tail}`, (text) =>
      inflectPhrase(text, { suffix: r.suffix, possessive: '' }, 'verb', ctx.inflections),
    );
  }
  return out;
}

/** An original of a written phrase with the text it restores (inflected as written). */
interface Restoration {
  readonly original: ThesaurusCandidate;
  readonly text: string;
}

/**
 * The originals of a written phrase: the thesaurus's and, when no curated swap has the phrase as
 * written, the curated lists' under an inflection (inflectedCurated). A thesaurus original that
 * an inflected curated swap also gives takes the swap's prior and family ("makes use of" ->
 * "uses": Moby's and the spinner list's).
 */
function phraseOriginals(ctx: CandidateContext, key: string): Restoration[] {
  const direct = ctx.thesaurus.originals(key);
  const plain = (original: ThesaurusCandidate): Restoration => ({ original, text: original.text });
  if (direct.some((o) => o.spinner !== undefined)) return direct.map(plain);
  const inflected = inflectedCurated(ctx, key);
  const curated = new Map(inflected.map((x) => [x.text, x.original.spinner]));
  const texts = new Set(direct.map((o) => o.text));
  return [
    ...direct.map((o) => {
      const spinner = curated.get(o.text);
      return spinner === undefined ? plain(o) : plain({ ...o, spinner });
    }),
    ...inflected.filter((x) => !texts.has(x.text)),
  ];
}

function multiWord(ctx: CandidateContext, i: number, count: number): WordCandidate[] {
  const key = phraseKey(ctx, i, count);
  if (key === null) return [];
  const restorations = phraseOriginals(ctx, key);
  if (restorations.length === 0) return [];
  const first = ctx.tokens[(ctx.slots[i] as Slot).token] as Token;
  const lastSlot = ctx.slots[i + count - 1] as Slot;
  const written = ctx.tokens
    .slice(first === undefined ? 0 : (ctx.slots[i] as Slot).token, lastSlot.token + 1)
    .filter((t) => t.kind === 'word')
    .map((t) => t.text);
  const out: WordCandidate[] = [];
  const shadow = shadowOf(
    ctx.gate,
    restorations.map((r) => r.original),
  );
  for (const { original, text } of restorations) {
    if (!lowercaseProperNoun(written.join(' '), original)) continue;
    if (original.spinner?.lowercase === true && !lowerAfterFirst(written)) continue;
    // A spinner may write a phrase for a word of it ("geological era" for "era"): the model
    // weighs those with the number of words (an LM scores fewer words higher). A spelling
    // variant or an acronym is no swap.
    if (
      original.spinner === undefined &&
      isVariant(key, original.text) &&
      !isWordAdded(key, original.text)
    )
      continue;
    if (out.some((c) => c.typeKey === `${key}→${text}`)) continue;
    const ids = lmIds(text, ctx.lm);
    if (ids === null) continue;
    out.push({
      first: i,
      last: i + count - 1,
      text: carrySpacing(
        actualText(ctx, i, i + count - 1),
        ownCase(original) ? text : transferCase(written, text),
      ),
      ids,
      typeKey: `${key}→${text}`,
      original,
      channel: gatedChannel(ctx.gate, original, channelLogProb(original), shadow),
    });
  }
  return out;
}

/**
 * A document this likely run through the spinner has its names spun too ("Mexico Metropolis",
 * "White Home Workplace of Nationwide Drug Management Coverage"): the curated swaps may then
 * rewrite capitalised words of a name, and only they.
 */
export const NAME_GATE = 0.5;

function openName(ctx: CandidateContext, slot: Slot): boolean {
  return (
    slot.reason === 'proper name' &&
    ctx.gate !== undefined &&
    spinnerLikelihood(ctx.gate) >= NAME_GATE
  );
}

/** A candidate over a protected slot (multi-word keys only get there through openInPhrase). */
function touchesName(ctx: CandidateContext, c: WordCandidate): boolean {
  for (let k = c.first; k <= c.last; k++) if (ctx.slots[k]?.protected) return true;
  return false;
}

/** Longest written phrase looked up ("in spite of the fact that" -> "although"). */
const MAX_PHRASE_WORDS = 6;

/**
 * Candidates for every unprotected slot not in `claimed` (slots covered by phrase candidates);
 * in a document that shows the spinner, curated swaps for the words of names too.
 */
export function thesaurusCandidates(
  ctx: CandidateContext,
  claimed: ReadonlySet<number>,
): WordCandidate[] {
  const single = new Map<string, WordCandidate[]>();
  const out: WordCandidate[] = [];
  const max = ctx.maxPerKey ?? 40;
  for (let i = 0; i < ctx.slots.length; i++) {
    const slot = ctx.slots[i] as Slot;
    if (claimed.has(i)) continue;
    const open = !slot.protected || openName(ctx, slot);
    if (!open && slot.reason !== 'proper name') continue;
    const here: WordCandidate[] = [];
    for (let n = Math.min(ctx.thesaurus.maxPhraseWords, MAX_PHRASE_WORDS); n >= 2; n--) {
      let free = true;
      for (let k = i; k < i + n; k++) if (claimed.has(k)) free = false;
      if (free) here.push(...multiWord(ctx, i, n).slice(0, max));
    }
    // A word the LM does not know is no reason to skip it: spinners write rare forms
    // (well-nigh, xiv); the thesaurus only has keys for words it can restore.
    const ownTerm = ctx.codeWords !== undefined && inCodeVocabulary(ctx.codeWords, slot.word);
    if (open && !ownTerm) here.push(...singleWordCached(ctx, i, single).slice(0, max));
    out.push(
      ...here.filter(
        (c) => !touchesName(ctx, c) || c.original.spinner !== undefined || c.last > c.first,
      ),
    );
  }
  return out;
}
