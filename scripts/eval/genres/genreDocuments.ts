// The clean-genre sets of the dev set (eval/genres/<slice>/clean-<genre>/, written by
// `npm run corpus`): genuine texts of genres other than the SOTU addresses, unspun, so every
// applied edit on them is a false alarm.
import { sliceOf } from '../devset.js';
import type { DevDocument, SetName } from '../types.js';
import { genuineDocuments, type Genre, type GenuineText } from './genuineTexts.js';

/** Genres with a clean set in the dev set, and the set's name. */
export const DEV_GENRES: ReadonlyMap<Genre, SetName> = new Map<Genre, SetName>([
  ['news', 'clean-news'],
  ['science', 'clean-science'],
  ['manual', 'clean-manual'],
]);

/** Texts per genre in the dev set: 15 tune and 10 heldout (sliceOf), about 1,000 words each. */
export const DEV_TEXTS_PER_GENRE = 25;

/** `count` indexes spread evenly over 0..n-1 (all of them when n <= count). */
export function spreadIndexes(n: number, count: number): number[] {
  if (n <= count) return Array.from({ length: n }, (_, k) => k);
  return Array.from({ length: count }, (_, k) => Math.round((k * (n - 1)) / (count - 1)));
}

/** The texts of a genre that its dev set uses, in order. */
export function devTexts(genre: Genre): GenuineText[] {
  const all = genuineDocuments(genre);
  return spreadIndexes(all.length, DEV_TEXTS_PER_GENRE).map((i) => all[i] as GenuineText);
}

/** The texts of a genre that its dev set leaves out: source text for training or spinning. */
export function spareTexts(genre: Genre): GenuineText[] {
  const all = genuineDocuments(genre);
  const used = new Set(spreadIndexes(all.length, DEV_TEXTS_PER_GENRE));
  return all.filter((_, i) => !DEV_GENRES.has(genre) || !used.has(i));
}

/** The clean documents of every dev genre; a document's index in its set gives its slice. */
export function genreDevDocuments(): { doc: DevDocument; slice: 'tune' | 'heldout' }[] {
  return [...DEV_GENRES].flatMap(([genre, set]) =>
    devTexts(genre).map(({ text, source }, k) => ({
      slice: sliceOf(k),
      doc: {
        id: `${genre}-${String(k + 1).padStart(2, '0')}`,
        set,
        source,
        original: text,
        spun: text,
        substitutions: [],
      },
    })),
  );
}
