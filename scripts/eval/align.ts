// Word-level alignment of a spun text with its original, for the real dev set (eval/real/): the
// spun text cut to the stretch both texts share, and the substitutions (offsets in the spun text)
// that give the original back. Pure; see eval/README.md, "Real pages".
import type { Substitution } from './types.js';

/** A token: a run of letters and digits with inner apostrophes, periods and hyphens, "...", or one other mark. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.\-‐][\p{L}\p{N}]+)*(?:\.(?!\.))?|\.\.\.|[^\s\p{L}\p{N}]/gu;

/**
 * The tokens of a text. A word keeps inner apostrophes, periods and hyphens ("DEA’s", "U.S.",
 * "well-being") and one final period only when it has an inner one ("U.S." but "nations" + ".").
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    if (word.endsWith('.') && word.length > 1 && !/\./.test(word.slice(0, -1))) {
      word = word.slice(0, -1);
      out.push({ text: word, start: m.index, end: m.index + word.length });
      out.push({ text: '.', start: m.index + word.length, end: m.index + word.length + 1 });
      continue;
    }
    out.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return out;
}

/** Typography that does not count as a change: curly quotes, dashes, ellipsis, NBSP. */
export function typographic(token: string): string {
  return token
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[—–‐‒]/g, '-')
    .replace(/…/g, '...');
}

/** Pairs of equal token indexes (spun, original) of a longest common subsequence. */
export function commonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? (table[(i + 1) * width + j + 1] as number) + 1
          : Math.max(table[(i + 1) * width + j] as number, table[i * width + j + 1] as number);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] as number) >= (table[i * width + j + 1] as number)) i++;
    else j++;
  }
  return pairs;
}

export interface Alignment {
  /** The spun text from the first to the last anchor. */
  readonly spun: string;
  /** `spun` with every substitution undone. */
  readonly original: string;
  readonly substitutions: Substitution[];
}

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
  readonly related?: (spunWord: string, originalWord: string) => boolean;
}

/** Words that tie a run to the word before it rather than after it. */
const LINKING = new Set(
  'of to that which in on at for with by from as and or but the a an than'.split(' '),
);

const isSpace = (s: string): boolean => s !== '' && /^\s+$/.test(s);
const sepKind = (s: string): 'none' | 'space' => (s === '' ? 'none' : 'space');

/**
 * Aligns `spun` with `original` word by word (tokens compared after `typographic`) and returns the
 * spun text cut to the stretch between the first and the last run of `anchor` equal tokens, with
 * the substitutions that give the original wording back:
 * - a run of changed tokens is one substitution; when it has as many tokens on both sides, one
 *   per token (spinners swap word by word); otherwise it is cut at `related` word pairs;
 * - a run of tokens only one side has is joined to the equal token after it, or before it when
 *   it ends in a linking word ("of", "that", "the", ...);
 * - equal tokens keep the spun text's typography, and the spun text's spacing is kept wherever
 *   it agrees in kind (space or none) with the original's; the original's inner spacing is
 *   written as single spaces.
 * Returns undefined when the texts share no anchor.
 */
export function align(
  spun: string,
  original: string,
  options: AlignOptions = {},
): Alignment | undefined {
  const whole = options.whole ?? false;
  const anchor = whole ? 1 : (options.anchor ?? 3);
  // With `whole`, zero-width start and end tokens that always match make the ends anchors.
  const ends = (text: string, tokens: Token[]): Token[] =>
    whole
      ? [
          { text: '\u0002', start: 0, end: 0 },
          ...tokens,
          { text: '\u0003', start: text.length, end: text.length },
        ]
      : tokens;
  const a = ends(spun, tokenize(spun));
  const b = ends(original, tokenize(original));
  const pairs = commonSubsequence(
    a.map((t) => typographic(t.text)),
    b.map((t) => typographic(t.text)),
  );
  // Runs of consecutive pairs; keep from the first run of `anchor` to the last.
  const runs: [number, number][] = []; // [first pair index, last pair index]
  for (let p = 0; p < pairs.length; p++) {
    const prev = pairs[p - 1];
    const cur = pairs[p] as [number, number];
    if (prev !== undefined && prev[0] + 1 === cur[0] && prev[1] + 1 === cur[1])
      (runs[runs.length - 1] as [number, number])[1] = p;
    else runs.push([p, p]);
  }
  const long = runs.filter(([s, e]) => e - s + 1 >= anchor);
  if (long.length === 0) return undefined;
  const firstPair = (long[0] as [number, number])[0];
  const lastPair = (long[long.length - 1] as [number, number])[1];
  const kept = pairs.slice(firstPair, lastPair + 1);
  const from = (a[(kept[0] as [number, number])[0]] as Token).start;
  const to = (a[(kept[kept.length - 1] as [number, number])[0]] as Token).end;

  // Changed regions between consecutive kept pairs: spun tokens (i0, i1], original (j0, j1].
  // Regions: spun tokens s0..s1 and original tokens o0..o1, inclusive.
  const regions: Region[] = [];
  for (let p = 1; p < kept.length; p++) {
    const [i0, j0] = kept[p - 1] as [number, number];
    const [i1, j1] = kept[p] as [number, number];
    if (i1 === i0 + 1 && j1 === j0 + 1) continue;
    let si = i0 + 1;
    let oj = j0 + 1;
    let ns = i1 - si;
    let no = j1 - oj;
    if (ns === 0 || no === 0) {
      // One side empty: the run joins the equal token after it ("sidereal day" for "day"), or
      // the one before it when it ends in a linking word ("by way of" for "by").
      const lastWord = ((ns === 0 ? b[j1 - 1] : a[i1 - 1]) as Token).text.toLowerCase();
      if (LINKING.has(lastWord)) {
        si--;
        oj--;
      }
      ns++;
      no++;
    }
    const parts: Region[] =
      ns === no && ns > 1
        ? Array.from({ length: ns }, (_, k): Region => [si + k, si + k, oj + k, oj + k])
        : splitRun(a, b, [si, si + ns - 1, oj, oj + no - 1], options.related);
    for (const r of parts) {
      const [s0, s1, o0, o1] = r;
      if (
        s0 === s1 &&
        o0 === o1 &&
        typographic((a[s0] as Token).text) === typographic((b[o0] as Token).text)
      )
        continue;
      // A region that touches the one before it in the spun text, where the original is not
      // spaced alike between them, is one change with it (their spacing cannot be split).
      const last = regions[regions.length - 1];
      if (
        last !== undefined &&
        last[1] + 1 === s0 &&
        (last[3] + 1 !== o0 ||
          sepKind(spun.slice((a[last[1]] as Token).end, (a[s0] as Token).start)) !==
            sepKind(original.slice((b[last[3]] as Token).end, (b[o0] as Token).start)))
      ) {
        last[1] = s1;
        last[3] = o1;
      } else regions.push([s0, s1, o0, o1]);
    }
  }
  const subs = regions.map(([s0, s1, o0, o1]) =>
    substitution(spun, original, a, b, s0, s1, o0, o1),
  );
  const shifted = subs.map((s) => ({ ...s, start: s.start - from, end: s.end - from }));
  const text = spun.slice(from, to);
  return { spun: text, original: undo(text, shifted), substitutions: shifted };
}

type Region = [number, number, number, number];

/**
 * A changed run cut at the most pairs of related words (in order): each pair is its own region,
 * and so is each stretch between them that has a word of 4 letters or more on both sides; any
 * other stretch goes with the pair after it (with the last region at the end of the run).
 */
export function splitRun(
  a: readonly Token[],
  b: readonly Token[],
  run: Region,
  related: ((spunWord: string, originalWord: string) => boolean) | undefined,
): Region[] {
  const [s0, s1, o0, o1] = run;
  if (related === undefined || s1 < s0 || o1 < o0) return [run];
  const ns = s1 - s0 + 1;
  const no = o1 - o0 + 1;
  const rel = (x: number, y: number): boolean =>
    related((a[s0 + x] as Token).text, (b[o0 + y] as Token).text);
  // Longest chain of related pairs (a common subsequence under `related`).
  const best = Array.from({ length: ns + 1 }, () => new Array<number>(no + 1).fill(0));
  for (let x = ns - 1; x >= 0; x--)
    for (let y = no - 1; y >= 0; y--)
      (best[x] as number[])[y] = Math.max(
        rel(x, y) ? ((best[x + 1] as number[])[y + 1] as number) + 1 : 0,
        (best[x + 1] as number[])[y] as number,
        (best[x] as number[])[y + 1] as number,
      );
  const pairs: [number, number][] = [];
  for (let x = 0, y = 0; x < ns && y < no;) {
    const here = (best[x] as number[])[y] as number;
    if (here === 0) break;
    if (rel(x, y) && here === ((best[x + 1] as number[])[y + 1] as number) + 1) {
      pairs.push([s0 + x, o0 + y]);
      x++;
      y++;
    } else if (((best[x + 1] as number[])[y] as number) === here) x++;
    else y++;
  }
  if (pairs.length === 0) return [run];
  const out: Region[] = [];
  let ps = s0;
  let po = o0;
  // A stretch stands alone when both its sides have a word of 4 letters or more; otherwise
  // ("a" / "at" before "minimum of" / "least") it goes with the pair after it.
  const substantive = (t: readonly Token[], from: number, to: number): boolean =>
    t.slice(from, to + 1).some((k) => /^\p{L}{4,}/u.test(k.text));
  const alone = (x0: number, x1: number, y0: number, y1: number): boolean =>
    substantive(a, x0, x1) && substantive(b, y0, y1);
  for (const [x, y] of pairs) {
    if (x > ps && y > po && alone(ps, x - 1, po, y - 1))
      out.push([ps, x - 1, po, y - 1], [x, x, y, y]);
    else out.push([ps, x, po, y]);
    ps = x + 1;
    po = y + 1;
  }
  if (ps <= s1 && po <= o1 && alone(ps, s1, po, o1)) out.push([ps, s1, po, o1]);
  else if (ps <= s1 || po <= o1) {
    const last = out[out.length - 1] as Region;
    last[1] = s1;
    last[3] = o1;
  }
  return out;
}

/** The substitution turning spun tokens s0..s1 into original tokens o0..o1. */
function substitution(
  spun: string,
  original: string,
  a: readonly Token[],
  b: readonly Token[],
  s0: number,
  s1: number,
  o0: number,
  o1: number,
): Substitution {
  const gap = (text: string, t: readonly Token[], i: number): string =>
    i < 0 || i + 1 >= t.length ? '' : text.slice((t[i] as Token).end, (t[i + 1] as Token).start);
  const spunBefore = gap(spun, a, s0 - 1);
  const origBefore = gap(original, b, o0 - 1);
  const spunAfter = gap(spun, a, s1);
  const origAfter = gap(original, b, o1);
  let start = (a[s0] as Token).start;
  let end = (a[s1] as Token).end;
  let text = original.slice((b[o0] as Token).start, (b[o1] as Token).end).replace(/\s+/g, ' ');
  if (sepKind(spunBefore) !== sepKind(origBefore)) {
    start = (a[s0 - 1] as Token).end;
    text = (isSpace(origBefore) ? ' ' : '') + text;
  }
  if (sepKind(spunAfter) !== sepKind(origAfter)) {
    end = (a[s1 + 1] as Token).start;
    text += isSpace(origAfter) ? ' ' : '';
  }
  return { start, end, original: text, spun: spun.slice(start, end) };
}

/** `spun` with the substitutions undone. */
export function undo(spun: string, substitutions: readonly Substitution[]): string {
  let out = '';
  let pos = 0;
  for (const s of substitutions) {
    out += spun.slice(pos, s.start) + s.original;
    pos = s.end;
  }
  return out + spun.slice(pos);
}
