// Dictionary phrases in the decoder: per occurrence, the entry's prior plus a bounded share of
// the LM gain decides, and the LM chooses between the entry's alternatives.
import type { Edit } from '../types.js';
import { suggestionOnly, type PhraseCandidate } from './phraseCandidates.js';
import type { Slot } from './slots.js';
import type { LocalScorer } from './localScore.js';
import { phraseEdit } from './phraseEdit.js';
import { confidenceFromLogOdds, phraseLogOdds } from './confidence.js';
import { ALTERNATIVE_COST, PHRASE_LM_CLAMP, PHRASE_LM_WEIGHT } from './tuning.js';

export interface PhraseSlotCandidate {
  readonly candidate: PhraseCandidate;
  readonly first: number;
  readonly last: number;
  /** LM ids of each option's words. */
  readonly ids: ReadonlyArray<readonly number[]>;
}

export interface PhraseChoice {
  readonly option: number;
  readonly gain: number;
  readonly logOdds: number;
}

/** A phrase that may be written automatically (not flagged, not matched apart). */
export function rewritable(p: PhraseSlotCandidate): boolean {
  const entry = p.candidate.options[0]?.entry;
  return entry !== undefined && !entry.suggestOnly && !suggestionOnly(p.candidate);
}

/** Slots covered by tokens [firstToken, lastToken], or null. */
export function slotRange(
  slots: readonly Slot[],
  firstToken: number,
  lastToken: number,
): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < slots.length; i++) {
    const t = (slots[i] as Slot).token;
    if (t >= firstToken && t <= lastToken) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? null : [first, last];
}

/** One restoration of a phrase scored in the scorer's context. */
export interface PhraseOptionScore extends PhraseChoice {
  /** What the choice between the options goes by (higher is better). */
  readonly choice: number;
}

/**
 * Each restoration of a phrase: its LM gain (0 when the LM does not know a word of it), its
 * log10 odds, and the choice between the options: there the LM decides both ways, while the
 * confidence it only raises.
 */
export function phraseOptionScores(
  p: PhraseSlotCandidate,
  scorer: LocalScorer,
): PhraseOptionScore[] {
  return p.candidate.options.map((option, index) => {
    const ids = p.ids[index] ?? [];
    const gain =
      ids.length === 0 || ids.some((id) => id < 0)
        ? 0
        : scorer.gain({ first: p.first, last: p.last, ids });
    // A trigram LM scores fewer words higher ("internet" over "World Wide Web"), so an
    // alternative of another length than the preferred one counts its gain only up to the clamp.
    const otherLength = ids.length !== (p.ids[0] ?? []).length;
    const ceiling = otherLength ? PHRASE_LM_CLAMP : Infinity;
    const clamped = Math.min(ceiling, Math.max(-PHRASE_LM_CLAMP, gain));
    return {
      option: index,
      gain,
      logOdds: phraseLogOdds(option.entry.prior, gain, option.rank),
      choice: PHRASE_LM_WEIGHT * clamped - ALTERNATIVE_COST * option.rank,
    };
  });
}

/** Each phrase's best restoration (the first of equals). */
export function decidePhrases(
  phraseSlots: readonly PhraseSlotCandidate[],
  scorer: LocalScorer,
): Map<PhraseSlotCandidate, PhraseChoice> {
  const out = new Map<PhraseSlotCandidate, PhraseChoice>();
  for (const p of phraseSlots) {
    let best: PhraseChoice = { option: 0, gain: 0, logOdds: -Infinity };
    let bestChoice = -Infinity;
    for (const { option, gain, logOdds, choice } of phraseOptionScores(p, scorer)) {
      if (choice > bestChoice) {
        bestChoice = choice;
        best = { option, gain, logOdds };
      }
    }
    out.set(p, best);
  }
  return out;
}

export function phraseEditsOf(choices: ReadonlyMap<PhraseSlotCandidate, PhraseChoice>): Edit[] {
  const out: Edit[] = [];
  for (const [p, c] of choices) {
    const edit = phraseEdit(p.candidate, c.option, confidenceFromLogOdds(c.logOdds));
    const sign = c.gain >= 0 ? '+' : '';
    out.push({
      ...edit,
      reasons: [...edit.reasons, `LM ${sign}${c.gain.toFixed(2)} (log10, restored vs as written)`],
      alternatives: edit.alternatives.map((a, i) =>
        i === 0 ? { ...a, lm: c.gain, score: c.logOdds } : a,
      ),
    });
  }
  return out;
}
