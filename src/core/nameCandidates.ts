// Words of names. Spinners swap the words of names one by one ("White Home", "Los Angeles
// Worldwide Airport"), but a capitalised word is otherwise left as written: a name is not a
// synonym's business. A capitalised word inside a multi-word name may be restored when the
// language model knows the restored name and not the written one: none of the name's inner
// word pairs is a bigram the LM has seen as written, and each is a collocation it has seen with
// the restoration ("white house", far likelier than "house" alone; "white home" unseen).
import type { LanguageModel, Token } from '../types.js';
import type { Slot } from './slots.js';
import type { WordCandidate } from './wordCandidate.js';
import { NAME_HALF_RATE, NAME_KNOWN, NAME_PMI } from './tuning.js';

const CAPITAL = /^\p{Lu}/u;

/**
 * The LM ids of the capitalised words beside slot i inside its name (undefined: none). A
 * sentence's first word is capitalised anyway: it is not taken for a word of a name.
 */
export function nameNeighbours(
  tokens: readonly Token[],
  slots: readonly Slot[],
  i: number,
): { readonly left?: number; readonly right?: number } {
  const slot = slots[i] as Slot;
  const [from, to] = slot.sentence;
  const beside = (j: number): number | undefined => {
    if (j <= from || j >= to) return undefined;
    const other = slots[j] as Slot;
    const [a, b] = j < i ? [other.token, slot.token] : [slot.token, other.token];
    // Only spaces between the two words of a name.
    for (let t = a + 1; t < b; t++) if (tokens[t]?.kind !== 'space') return undefined;
    return CAPITAL.test(tokens[other.token]?.text ?? '') ? other.id : undefined;
  };
  const left = beside(i - 1);
  const right = beside(i + 1);
  return { ...(left === undefined ? {} : { left }), ...(right === undefined ? {} : { right }) };
}

/**
 * Inner bigrams of the name the LM has seen with `word` at the slot; with `collocation`, only
 * those whose second word is at least NAME_PMI (log10) likelier after the first than on its own
 * ("white house"; not "some manager", which almost any word before "manager" would give).
 */
function seenPairs(
  lm: LanguageModel,
  neighbours: { readonly left?: number; readonly right?: number },
  word: number,
  collocation: boolean,
): number {
  if (word < 0 || lm.matchOrder === undefined) return 0;
  const seen = (h: number | undefined, w: number): number =>
    h !== undefined &&
    h >= 0 &&
    w >= 0 &&
    (lm.matchOrder?.([h], w) ?? 0) >= 2 &&
    (!collocation || lm.logProb([h], w) - lm.logProb([], w) >= NAME_PMI)
      ? 1
      : 0;
  const right = neighbours.right;
  return seen(neighbours.left, word) + (right === undefined ? 0 : seen(word, right));
}

/**
 * The single-word thesaurus candidates (`singles`, of slot i, a capitalised word) that restore
 * a name the LM knows better than the written one, flagged `name`. Curated swaps are left out:
 * they reach names through the spinner gate (candidateChannel.ts openName).
 */
export function nameCandidates(
  tokens: readonly Token[],
  slots: readonly Slot[],
  lm: LanguageModel,
  i: number,
  singles: readonly WordCandidate[],
): WordCandidate[] {
  if ((slots[i] as Slot).sentenceStart) return [];
  const neighbours = nameNeighbours(tokens, slots, i);
  if (neighbours.left === undefined && neighbours.right === undefined) return [];
  // A name the LM has seen any inner pair of as written is the writer's ("National Board").
  if (seenPairs(lm, neighbours, (slots[i] as Slot).id, false) > 0) return [];
  // The restoration must fit the name on both sides ("Angeles International Airport").
  const inner = (neighbours.left === undefined ? 0 : 1) + (neighbours.right === undefined ? 0 : 1);
  const out: WordCandidate[] = [];
  for (const c of singles) {
    if (c.original.spinner !== undefined || c.ids.length !== 1 || c.first !== c.last) continue;
    if (seenPairs(lm, neighbours, c.ids[0] as number, true) === inner)
      out.push({ ...c, name: true });
  }
  return out;
}

/**
 * P(a name candidate is right): the name test makes the swap likely (NAME_KNOWN) if the text
 * was spun at all, and only where the LM prefers it here (`gain` > 0). `spun`: P(the text
 * was spun) from the spinner gate; `changedShare`: the share of its words (other written words
 * than this one) the decoder changed in the previous pass, which says the same of any spinner:
 * half as likely at NAME_HALF_RATE.
 */
export function nameProbability(gain: number, spun: number, changedShare: number): number {
  if (!(gain > 0)) return 0;
  const shown = Math.max(spun, changedShare / (changedShare + NAME_HALF_RATE));
  return NAME_KNOWN * shown;
}
