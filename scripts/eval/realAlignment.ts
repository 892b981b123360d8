// A spun text aligned with its original as substitutions: the spun text cut to the stretch both
// texts share, and the substitutions (offsets in that stretch) that give the original back. Used
// by the evaluation's real pages (scripts/eval/real.ts). Pure.
import type { WordToken } from '../../src/core/align/wordTokens.js';
import { wordAlignment, type AlignOptions } from '../../src/core/align/wordAlignment.js';

/** One change of the spinner, with offsets in the spun text. */
export interface AlignedSubstitution {
  readonly start: number;
  readonly end: number;
  /** The text the spinner replaced. */
  readonly original: string;
  /** The spun text, equal to `spun.slice(start, end)`. */
  readonly spun: string;
}

export interface Alignment {
  /** The spun text from the first to the last anchor. */
  readonly spun: string;
  /** `spun` with every substitution undone. */
  readonly original: string;
  readonly substitutions: AlignedSubstitution[];
}

const isSpace = (s: string): boolean => s !== '' && /^\s+$/.test(s);
const sepKind = (s: string): 'none' | 'space' => (s === '' ? 'none' : 'space');

/**
 * The substitution turning spun tokens s0..s1 into original tokens o0..o1. Equal tokens keep the
 * spun text's typography, and the spun text's spacing is kept wherever it agrees in kind (space
 * or none) with the original's; the original's inner spacing is written as single spaces.
 */
export function substitution(
  spun: string,
  original: string,
  a: readonly WordToken[],
  b: readonly WordToken[],
  [s0, s1, o0, o1]: readonly [number, number, number, number],
): AlignedSubstitution {
  const gap = (text: string, t: readonly WordToken[], i: number): string =>
    i < 0 || i + 1 >= t.length
      ? ''
      : text.slice((t[i] as WordToken).end, (t[i + 1] as WordToken).start);
  const spunBefore = gap(spun, a, s0 - 1);
  const origBefore = gap(original, b, o0 - 1);
  const spunAfter = gap(spun, a, s1);
  const origAfter = gap(original, b, o1);
  let start = (a[s0] as WordToken).start;
  let end = (a[s1] as WordToken).end;
  let text = original
    .slice((b[o0] as WordToken).start, (b[o1] as WordToken).end)
    .replace(/\s+/g, ' ');
  if (sepKind(spunBefore) !== sepKind(origBefore)) {
    start = (a[s0 - 1] as WordToken).end;
    text = (isSpace(origBefore) ? ' ' : '') + text;
  }
  if (sepKind(spunAfter) !== sepKind(origAfter)) {
    end = (a[s1 + 1] as WordToken).start;
    text += isSpace(origAfter) ? ' ' : '';
  }
  return { start, end, original: text, spun: spun.slice(start, end) };
}

/**
 * Aligns `spun` with `original` (wordAlignment) and returns the spun text cut to the shared
 * stretch, with the substitutions that give the original wording back. Undefined when the texts
 * share no anchor.
 */
export function align(
  spun: string,
  original: string,
  options: AlignOptions = {},
): Alignment | undefined {
  const w = wordAlignment(spun, original, options);
  if (w === undefined) return undefined;
  const subs = w.regions.map((r) =>
    substitution(spun, original, w.spunTokens, w.originalTokens, r),
  );
  const shifted = subs.map((s) => ({ ...s, start: s.start - w.from, end: s.end - w.from }));
  const text = spun.slice(w.from, w.to);
  return { spun: text, original: undo(text, shifted), substitutions: shifted };
}

/** `spun` with the substitutions undone. */
export function undo(spun: string, substitutions: readonly AlignedSubstitution[]): string {
  let out = '';
  let pos = 0;
  for (const s of substitutions) {
    out += spun.slice(pos, s.start) + s.original;
    pos = s.end;
  }
  return out + spun.slice(pos);
}
