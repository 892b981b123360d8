// Quoted speech: whether this document's spinner spun it. Some spinners leave quotations
// untouched, others do not, and a news text quotes a lot: changes inside a quotation that the
// spinner left alone are all wrong (the LM prefers a common synonym in genuine speech too). So
// the document decides from its own evidence: the rate of sure changes outside quotations says
// how densely the spinner changed text; quoted words with far fewer changes than that rate
// predicts were not spun, and their changes are damped to suggestions.
import type { Edit, Span, Token } from '../types.js';
import {
  QUOTE_CHANGE_CONFIDENCE,
  QUOTE_GENUINE_RATE,
  QUOTE_SMOOTHING_WORDS,
  QUOTE_SPUN_PRIOR,
} from './tuning.js';

const CURLY_OPEN = '“';
const CURLY_CLOSE = '”';
const STRAIGHT = '"';

const isWord = (t: Token): boolean => t.kind === 'word' || t.kind === 'number';

/** True when token i is a newline that ends a paragraph (a blank line follows). */
function paragraphEnd(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.kind !== 'newline') return false;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'newline') return true;
    if (t.kind !== 'space') return false;
  }
  return true;
}

/**
 * The quotations of a text as offset spans, marks excluded: from an opening mark (“, or a
 * straight " in opening position) to its closing one, or to the end of the paragraph when the
 * quotation goes on in the next (news style: a quoted paragraph is not closed). Quotations
 * with no word are left out.
 */
export function quotations(tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  let open: { at: number; straight: boolean; words: number } | undefined;
  const close = (end: number): void => {
    if (open !== undefined && open.words > 0) out.push([open.at, end]);
    open = undefined;
  };
  tokens.forEach((t, i) => {
    if (open !== undefined && isWord(t)) open.words++;
    if (t.kind === 'newline' && paragraphEnd(tokens, i)) close(t.span[0]);
    if (t.kind !== 'punct') return;
    if (t.text === CURLY_OPEN) {
      close(t.span[0]);
      open = { at: t.span[1], straight: false, words: 0 };
    } else if (t.text === CURLY_CLOSE && open !== undefined && !open.straight) {
      close(t.span[0]);
    } else if (t.text === STRAIGHT) {
      if (open?.straight === true) close(t.span[0]);
      else if (open === undefined) open = { at: t.span[1], straight: true, words: 0 };
    }
  });
  close(tokens[tokens.length - 1]?.span[1] ?? 0);
  return out;
}

/** Words inside and outside the spans, and the sure changes (edits) inside and outside. */
export interface QuoteCounts {
  readonly wordsIn: number;
  readonly wordsOut: number;
  readonly changesIn: number;
  readonly changesOut: number;
}

/** True when `at` lies inside one of `spans` (sorted, disjoint): a binary search. */
function inside(spans: readonly Span[], at: Span): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid] as Span;
    if (at[0] < s) hi = mid - 1;
    else if (at[0] >= e) lo = mid + 1;
    else return at[1] <= e;
  }
  return false;
}

export function quoteCounts(
  tokens: readonly Token[],
  spans: readonly Span[],
  edits: readonly Edit[],
): QuoteCounts {
  let wordsIn = 0;
  let wordsOut = 0;
  for (const t of tokens) {
    if (!isWord(t)) continue;
    if (inside(spans, t.span)) wordsIn++;
    else wordsOut++;
  }
  let changesIn = 0;
  let changesOut = 0;
  for (const e of edits) {
    if (e.suggestOnly || e.confidence < QUOTE_CHANGE_CONFIDENCE) continue;
    if (inside(spans, e.span)) changesIn++;
    else changesOut++;
  }
  return { wordsIn, wordsOut, changesIn, changesOut };
}

/**
 * P(the quotations were spun like the rest of the text). Changes inside quotations are counted
 * as Poisson events: at the rate seen outside (smoothed towards the genuine rate) if the spinner
 * spun them, at the genuine-text rate if it did not.
 */
export function quotesSpun(c: QuoteCounts): number {
  const r0 = QUOTE_GENUINE_RATE;
  const r1 = Math.max(
    r0,
    (c.changesOut + r0 * QUOTE_SMOOTHING_WORDS) / (c.wordsOut + QUOTE_SMOOTHING_WORDS),
  );
  const logLr = c.changesIn * Math.log(r1 / r0) - c.wordsIn * (r1 - r0);
  const priorLogOdds = Math.log(QUOTE_SPUN_PRIOR / (1 - QUOTE_SPUN_PRIOR));
  return 1 / (1 + Math.exp(-(priorLogOdds + logLr)));
}

/**
 * The edits with those inside quotations (but suggestions only) damped (confidence times
 * P(quotations spun)) when the
 * document shows that its quotations were less likely spun than not. A document where no
 * quotation has words keeps its edits.
 */
export function weighQuotedSpeech(tokens: readonly Token[], edits: readonly Edit[]): Edit[] {
  const spans = quotations(tokens);
  if (spans.length === 0) return [...edits];
  const p = quotesSpun(quoteCounts(tokens, spans, edits));
  if (p >= 0.5) return [...edits];
  return edits.map((e) =>
    // A suggestion only stays one: its reasons already say why.
    !e.suggestOnly && inside(spans, e.span)
      ? {
          ...e,
          confidence: e.confidence * p,
          reasons: [
            ...e.reasons,
            `inside a quotation, and this text's quotations look unspun (P spun ${p.toFixed(2)}): confidence ${e.confidence.toFixed(2)} damped`,
          ],
        }
      : e,
  );
}
