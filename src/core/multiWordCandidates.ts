// The thesaurus candidates of a written phrase of several words: the thesaurus's phrase keys
// ("in spite of the fact that" -> "although"), and the curated spinner phrases under an
// inflection their lists do not spell out ("legal professionals" -> "attorneys").
import type { ThesaurusCandidate } from '../types.js';
import type { Slot } from './slots.js';
import type { CandidateContext, WordCandidate } from './wordCandidate.js';
import { transferCase } from './case.js';
import { carrySpacing } from './spacing.js';
import { inflectPhrase, readings } from './morphology/index.js';
import { knownLmIds } from './lmWords.js';
import { lowerAfterFirst } from './phraseCandidates.js';
import { channelLogProb, gatedChannel, openName, shadowOf } from './candidateChannel.js';
import { isVariant, isWordAdded, lowercaseProperNoun, ownCase } from './swapFilters.js';

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
      (slot.protected && !openName(ctx.gate, slot) && !openInPhrase(ctx, first, count, k))
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

/** The written words of slots [first, last]. */
function writtenWords(ctx: CandidateContext, first: number, last: number): string[] {
  return ctx.tokens
    .slice((ctx.slots[first] as Slot).token, (ctx.slots[last] as Slot).token + 1)
    .filter((t) => t.kind === 'word')
    .map((t) => t.text);
}

/**
 * A restoration of the written phrase `key` that a spinner may have swapped. A spinner may write
 * a phrase for a word of it ("geological era" for "era"): the model weighs those with the number
 * of words (an LM scores fewer words higher). A spelling variant or an acronym is no swap.
 */
function isPhraseSwap(
  key: string,
  written: readonly string[],
  original: ThesaurusCandidate,
): boolean {
  if (!lowercaseProperNoun(written.join(' '), original)) return false;
  if (original.spinner?.lowercase === true && !lowerAfterFirst(written)) return false;
  return (
    original.spinner !== undefined ||
    !isVariant(key, original.text) ||
    isWordAdded(key, original.text)
  );
}

/** Candidates over the `count` slots from slot i. */
export function multiWord(ctx: CandidateContext, i: number, count: number): WordCandidate[] {
  const key = phraseKey(ctx, i, count);
  if (key === null) return [];
  const restorations = phraseOriginals(ctx, key);
  if (restorations.length === 0) return [];
  const last = i + count - 1;
  const written = writtenWords(ctx, i, last);
  const shadow = shadowOf(
    ctx.gate,
    restorations.map((r) => r.original),
  );
  const out: WordCandidate[] = [];
  for (const { original, text } of restorations) {
    const typeKey = `${key}→${text}`;
    if (!isPhraseSwap(key, written, original) || out.some((c) => c.typeKey === typeKey)) continue;
    const ids = knownLmIds(text, ctx.lm);
    if (ids === null) continue;
    out.push({
      first: i,
      last,
      text: carrySpacing(
        actualText(ctx, i, last),
        ownCase(original) ? text : transferCase(written, text),
      ),
      ids,
      typeKey,
      original,
      channel: gatedChannel(ctx.gate, original, channelLogProb(original), shadow),
    });
  }
  return out;
}
