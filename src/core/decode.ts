// Noisy-channel decoding. The spinner is modelled as: pick word types of the original to spin
// (rate p, estimated per document), replace each by one thesaurus synonym (the channel), the
// same way at every occurrence. So a change is decided per (observed type -> original type):
// its log-odds are the sum over the occurrences of the trigram LM gain in context, plus the
// channel log-probability, plus log p. Dictionary phrases are decided per occurrence from their
// prior and the LM gain. Decisions are refined by iterated conditional modes: each pass scores
// candidates in the context of the previous pass's choices, so neighbouring spins help each
// other ("regulation enforcement companies" -> "law enforcement agencies").
import type { Alternative, Edit, Inflections, LanguageModel, Thesaurus, Token } from '../types.js';
import type { PhraseCandidate } from './phraseCandidates.js';
import { phraseEdit } from './phraseEdit.js';
import { buildSlots, type Slot } from './slots.js';
import { thesaurusCandidates, type WordCandidate } from './thesaurusCandidates.js';
import { LocalScorer } from './localScore.js';
import { confidenceFromLogOdds, docSpinLogPrior, phraseLogOdds } from './confidence.js';
import { normalizeWord } from './normalize.js';

export interface DecodeOptions {
  readonly lm: LanguageModel;
  readonly thesaurus?: Thesaurus;
  readonly inflections?: Inflections;
  /** Passes of iterated conditional modes. */
  readonly passes?: number;
}

interface Choice {
  readonly first: number;
  readonly last: number;
  readonly ids: readonly number[];
}

interface PhraseSlotCandidate {
  readonly candidate: PhraseCandidate;
  readonly first: number;
  readonly last: number;
  readonly options: ReadonlyArray<{ readonly ids: readonly number[]; readonly index: number }>;
}

function slotRange(
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

function idsOf(text: string, lm: LanguageModel): number[] {
  return normalizeWord(text)
    .split(/[^\p{L}\p{N}'.-]+/u)
    .filter((w) => w !== '')
    .map((w) => lm.id(w.replace(/\.$/, '')));
}

interface TypeDecision {
  readonly key: string;
  readonly score: number;
  readonly members: readonly WordCandidate[];
  readonly gains: readonly number[];
}

export function decode(
  tokens: readonly Token[],
  phrases: readonly PhraseCandidate[],
  options: DecodeOptions,
): Edit[] {
  const { lm } = options;
  const slots = buildSlots(tokens, lm);
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
      options: candidate.options.map((o, index) => ({ ids: idsOf(o.text, lm), index })),
    });
    for (let k = range[0]; k <= range[1]; k++) claimed.add(k);
  }
  const words = options.thesaurus
    ? thesaurusCandidates(
        {
          tokens,
          slots,
          thesaurus: options.thesaurus,
          lm,
          ...(options.inflections ? { inflections: options.inflections } : {}),
        },
        claimed,
      )
    : [];

  // Pass 0 context: sure dictionary phrases applied, everything else as written.
  for (const p of phraseSlots) {
    const best = p.options[0];
    if (
      best !== undefined &&
      !p.candidate.options[0]?.entry.suggestOnly &&
      (p.candidate.options[0]?.entry.prior ?? 0) >= 0.5
    ) {
      scorer.choose({ first: p.first, last: p.last, ids: best.ids });
    }
  }
  const sure = phraseSlots.filter((p) => (p.candidate.options[0]?.entry.prior ?? 0) >= 0.8).length;
  let accepted = 0;
  let decisions = new Map<string, TypeDecision>();
  let phraseChoices = new Map<
    PhraseSlotCandidate,
    { option: number; gain: number; logOdds: number }
  >();
  const passes = options.passes ?? 3;
  for (let pass = 0; pass < passes; pass++) {
    const logPrior = docSpinLogPrior(sure, accepted, slots.length);
    phraseChoices = decidePhrases(phraseSlots, scorer);
    decisions = decideTypes(words, scorer, logPrior);
    scorer.reset();
    for (const [p, c] of phraseChoices) {
      if (c.logOdds > 0)
        scorer.choose({ first: p.first, last: p.last, ids: p.options[c.option]?.ids ?? [] });
    }
    accepted = 0;
    for (const d of decisions.values()) {
      if (d.score <= 0) continue;
      d.members.forEach((m, k) => {
        if ((d.gains[k] ?? 0) > OCCURRENCE_VETO && scorer.free(m.first, m.last)) {
          scorer.choose({ first: m.first, last: m.last, ids: m.ids });
          accepted++;
        }
      });
    }
  }
  return [
    ...phraseEditsOf(phraseChoices),
    ...wordEditsOf(words, decisions, scorer, slots, tokens),
  ].sort((a, b) => a.span[0] - b.span[0]);
}

function rewritable(p: PhraseSlotCandidate): boolean {
  const entry = p.candidate.options[0]?.entry;
  return entry !== undefined && !entry.suggestOnly && !p.candidate.spread;
}

/** An occurrence whose own LM evidence is this much against the change keeps its word. */
const OCCURRENCE_VETO = -1.0;

function decidePhrases(phraseSlots: readonly PhraseSlotCandidate[], scorer: LocalScorer) {
  const out = new Map<PhraseSlotCandidate, { option: number; gain: number; logOdds: number }>();
  for (const p of phraseSlots) {
    let best = { option: 0, gain: -Infinity, logOdds: -Infinity };
    for (const o of p.options) {
      const entry = p.candidate.options[o.index]?.entry;
      if (entry === undefined) continue;
      const gain = o.ids.some((id) => id < 0)
        ? 0
        : scorer.gain({ first: p.first, last: p.last, ids: o.ids });
      const logOdds = phraseLogOdds(entry.prior, gain, o.index);
      if (logOdds > best.logOdds) best = { option: o.index, gain, logOdds };
    }
    out.set(p, best);
  }
  return out;
}

function decideTypes(
  words: readonly WordCandidate[],
  scorer: LocalScorer,
  logPrior: number,
): Map<string, TypeDecision> {
  const byType = new Map<string, { members: WordCandidate[]; gains: number[] }>();
  for (const w of words) {
    const gain = scorer.gain(w);
    let t = byType.get(w.typeKey);
    if (t === undefined) byType.set(w.typeKey, (t = { members: [], gains: [] }));
    t.members.push(w);
    t.gains.push(gain);
  }
  // One original per observed type: the best-scoring key wins its observed base.
  const best = new Map<string, TypeDecision>();
  for (const [key, t] of byType) {
    const channel = t.members[0]?.channel ?? -3;
    const sum = t.gains.reduce((a, g) => a + Math.max(g, -3), 0);
    const score = sum + channel + logPrior;
    const observed = key.slice(0, key.indexOf('→'));
    const current = best.get(observed);
    if (current === undefined || score > current.score)
      best.set(observed, { key, score, members: t.members, gains: t.gains });
  }
  return best;
}

function phraseEditsOf(
  choices: Map<PhraseSlotCandidate, { option: number; gain: number; logOdds: number }>,
): Edit[] {
  const out: Edit[] = [];
  for (const [p, c] of choices) {
    const edit = phraseEdit(p.candidate, c.option, confidenceFromLogOdds(c.logOdds, 'dictionary'));
    out.push({
      ...edit,
      reasons: [
        ...edit.reasons,
        `LM ${c.gain >= 0 ? '+' : ''}${c.gain.toFixed(2)} (log10, restored vs as written)`,
      ],
      alternatives: edit.alternatives.map((a, i) =>
        i === 0 ? { ...a, lm: c.gain, score: c.logOdds } : a,
      ),
    });
  }
  return out;
}

function wordEditsOf(
  words: readonly WordCandidate[],
  decisions: Map<string, TypeDecision>,
  scorer: LocalScorer,
  slots: readonly Slot[],
  tokens: readonly Token[],
): Edit[] {
  const out: Edit[] = [];
  const bySlot = new Map<number, WordCandidate[]>();
  for (const w of words) {
    const list = bySlot.get(w.first) ?? [];
    list.push(w);
    bySlot.set(w.first, list);
  }
  for (const d of decisions.values()) {
    if (d.score <= -2) continue;
    d.members.forEach((m, k) => {
      const gain = d.gains[k] ?? 0;
      if (gain <= OCCURRENCE_VETO && d.score > 0) return;
      const firstToken = tokens[(slots[m.first] as Slot).token] as Token;
      const lastToken = tokens[(slots[m.last] as Slot).token] as Token;
      const actual = tokens
        .slice((slots[m.first] as Slot).token, (slots[m.last] as Slot).token + 1)
        .map((t) => t.text)
        .join('');
      const others = (bySlot.get(m.first) ?? []).filter((o) => o !== m);
      const alternatives: Alternative[] = [
        {
          text: m.text,
          source: m.original.sources.join('+'),
          prior: 10 ** m.channel,
          lm: gain,
          score: d.score,
        },
        ...others
          .map((o) => ({
            text: o.text,
            source: o.original.sources.join('+'),
            prior: 10 ** o.channel,
            lm: scorer.gain(o),
            score:
              decisions.get(o.typeKey.slice(0, o.typeKey.indexOf('→')))?.key === o.typeKey
                ? d.score
                : -Infinity,
          }))
          .sort((a, b) => b.lm - a.lm)
          .slice(0, 5),
      ];
      out.push({
        span: [firstToken.span[0], lastToken.span[1]],
        actual,
        text: m.text,
        alternatives,
        confidence: confidenceFromLogOdds(d.score, 'thesaurus'),
        source: m.original.sources.join('+'),
        reasons: [
          `${m.original.sources.join(' and ')} list “${actual.toLowerCase()}” as a synonym of “${m.original.text}”${m.original.firstLemma ? ' (first WordNet lemma)' : ''}`,
          `LM ${gain >= 0 ? '+' : ''}${gain.toFixed(2)} here; type evidence ${d.score.toFixed(2)} over ${d.members.length} occurrence(s)`,
        ],
        suggestOnly: false,
      });
    });
  }
  return out;
}
