// Word-level alignment of a spun text with its original: the tokens of both, the equal tokens
// the spinner left alone (a longest common subsequence, anchored for long texts), cut to the
// stretch both texts share, and the changed regions between them. Pure.
import { commonSubsequence } from './commonSubsequence.js';
import { splitRun, type Region, type Related } from './splitRun.js';
import { typographic, wordTokens, type WordToken } from './wordTokens.js';

export interface AlignOptions {
  /** Equal tokens in a row that mark where both texts start and end sharing text (default 3). */
  readonly anchor?: number;
  /** Keep both texts whole (they are known to match from start to end): no cutting. */
  readonly whole?: boolean;
  /**
   * Whether a spun word and an original word are a swap (synonyms, say): a changed run with
   * unequal lengths is split at such pairs ("attacks in opposition to" / "assaults against"
   * becomes "attacks" / "assaults" and "in opposition to" / "against").
   */
  readonly related?: Related;
  /**
   * A changed run with as many tokens on both sides is split one token per token (default: true,
   * spinners mostly swap word by word); false cuts it at `related` pairs like any other run, so
   * "due to" / "because of" stays one swap.
   */
  readonly wordByWord?: boolean;
}

export interface WordAlignment {
  /** Tokens of the spun text and of the original (with `whole`, an empty token at each end). */
  readonly spunTokens: readonly WordToken[];
  readonly originalTokens: readonly WordToken[];
  /** Equal token pairs (spun index, original index) from the first anchor to the last. */
  readonly pairs: ReadonlyArray<readonly [number, number]>;
  /** Changed regions, in order: spun tokens s0..s1 for original tokens o0..o1 (inclusive). */
  readonly regions: readonly Region[];
  /** The shared stretch of the spun text: [from, to). */
  readonly from: number;
  readonly to: number;
}

/** Words that tie a run to the word before it rather than after it. */
const LINKING = new Set(
  'of to that which in on at for with by from as and or but the a an than'.split(' '),
);

const sepKind = (s: string): 'none' | 'space' => (s === '' ? 'none' : 'space');

function withEnds(text: string, tokens: WordToken[], whole: boolean): WordToken[] {
  // With `whole`, zero-width start and end tokens that always match make the ends anchors.
  return whole
    ? [
        { text: '\u0002', start: 0, end: 0 },
        ...tokens,
        { text: '\u0003', start: text.length, end: text.length },
      ]
    : tokens;
}

/** The pairs from the first run of `anchor` consecutive pairs to the last; [] when none. */
function anchoredPairs(pairs: [number, number][], anchor: number): [number, number][] {
  const runs: [number, number][] = []; // [first pair index, last pair index]
  for (let p = 0; p < pairs.length; p++) {
    const prev = pairs[p - 1];
    const cur = pairs[p] as [number, number];
    if (prev !== undefined && prev[0] + 1 === cur[0] && prev[1] + 1 === cur[1])
      (runs[runs.length - 1] as [number, number])[1] = p;
    else runs.push([p, p]);
  }
  const long = runs.filter(([s, e]) => e - s + 1 >= anchor);
  if (long.length === 0) return [];
  return pairs.slice(
    (long[0] as [number, number])[0],
    (long[long.length - 1] as [number, number])[1] + 1,
  );
}

/**
 * Aligns `spun` with `original` word by word (tokens compared after `typographic`), cut to the
 * stretch between the first and the last run of `anchor` equal tokens:
 * - a run of changed tokens is one region; when it has as many tokens on both sides, one per
 *   token (spinners swap word by word); otherwise it is cut at `related` word pairs;
 * - a run of tokens only one side has is joined to the equal token after it, or before it when
 *   it ends in a linking word ("of", "that", "the", ...);
 * - a region that touches the one before it in the spun text, where the original is not spaced
 *   alike between them, is one region with it (their spacing cannot be split).
 * Returns undefined when the texts share no anchor.
 */
export function wordAlignment(
  spun: string,
  original: string,
  options: AlignOptions = {},
): WordAlignment | undefined {
  const whole = options.whole ?? false;
  const a = withEnds(spun, wordTokens(spun), whole);
  const b = withEnds(original, wordTokens(original), whole);
  const kept = anchoredPairs(
    commonSubsequence(
      a.map((t) => typographic(t.text)),
      b.map((t) => typographic(t.text)),
    ),
    whole ? 1 : (options.anchor ?? 3),
  );
  if (kept.length === 0) return undefined;
  const regions: Region[] = [];
  for (let p = 1; p < kept.length; p++) {
    const [i0, j0] = kept[p - 1] as [number, number];
    const [i1, j1] = kept[p] as [number, number];
    if (i1 !== i0 + 1 || j1 !== j0 + 1)
      addRegions(spun, original, a, b, [i0, j0, i1, j1], options, regions);
  }
  const from = (a[(kept[0] as [number, number])[0]] as WordToken).start;
  const to = (a[(kept[kept.length - 1] as [number, number])[0]] as WordToken).end;
  return { spunTokens: a, originalTokens: b, pairs: kept, regions, from, to };
}

/**
 * Whether the texts share a passage: `n` equal tokens in a row (the anchor), not counting the
 * ends that `whole` adds.
 */
export function sharesPassage(w: WordAlignment, n = 3): boolean {
  let run = 0;
  let prev: readonly [number, number] | undefined;
  for (const p of w.pairs) {
    const real = (w.spunTokens[p[0]] as WordToken).end > (w.spunTokens[p[0]] as WordToken).start;
    const next = real && prev !== undefined && prev[0] + 1 === p[0] && prev[1] + 1 === p[1];
    run = real ? (next ? run + 1 : 1) : 0;
    if (run >= n) return true;
    prev = p;
  }
  return false;
}

/** The regions of the changed run between two equal pairs (i0, j0) and (i1, j1). */
function addRegions(
  spun: string,
  original: string,
  a: readonly WordToken[],
  b: readonly WordToken[],
  [i0, j0, i1, j1]: readonly [number, number, number, number],
  { related, wordByWord = true }: AlignOptions,
  regions: Region[],
): void {
  let si = i0 + 1;
  let oj = j0 + 1;
  let ns = i1 - si;
  let no = j1 - oj;
  if (ns === 0 || no === 0) {
    // One side empty: the run joins the equal token after it ("sidereal day" for "day"), or
    // the one before it when it ends in a linking word ("by way of" for "by").
    const lastWord = ((ns === 0 ? b[j1 - 1] : a[i1 - 1]) as WordToken).text.toLowerCase();
    if (LINKING.has(lastWord)) {
      si--;
      oj--;
    }
    ns++;
    no++;
  }
  const parts: Region[] =
    wordByWord && ns === no && ns > 1
      ? Array.from({ length: ns }, (_, k): Region => [si + k, si + k, oj + k, oj + k])
      : splitRun(a, b, [si, si + ns - 1, oj, oj + no - 1], related);
  for (const r of parts) {
    const [s0, s1, o0, o1] = r;
    const same =
      s0 === s1 &&
      o0 === o1 &&
      typographic((a[s0] as WordToken).text) === typographic((b[o0] as WordToken).text);
    if (same) continue;
    const last = regions[regions.length - 1];
    const touching =
      last !== undefined &&
      last[1] + 1 === s0 &&
      (last[3] + 1 !== o0 ||
        sepKind(spun.slice((a[last[1]] as WordToken).end, (a[s0] as WordToken).start)) !==
          sepKind(original.slice((b[last[3]] as WordToken).end, (b[o0] as WordToken).start)));
    if (touching) {
      last[1] = s1;
      last[3] = o1;
    } else regions.push([s0, s1, o0, o1]);
  }
}
