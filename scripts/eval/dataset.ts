// Reading the committed dev set (eval/dev/<slice>/<set>/<id>.json, written by `npm run spin`, and
// eval/genres/<slice>/<set>/<id>.json, the clean-genre sets written by `npm run corpus`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DevDocument, SetName } from './types.js';

export const SLICES = ['tune', 'heldout'] as const;
export type Slice = (typeof SLICES)[number];

/** Display order of the sets. */
export const SET_ORDER: readonly SetName[] = [
  'news-long',
  'news-short',
  'news-mixed',
  'wnfirst-long',
  'wnfirst-short',
  'wnfirst-mixed',
  'alpha-long',
  'alpha-short',
  'alpha-mixed',
  'spinbot-long',
  'spinbot-short',
  'spinbot-mixed',
  'mt-long',
  'mt-short',
  'clean-long',
  'clean-short',
  'stress-random',
  'spun-wordnet',
  'clean',
  'clean-email',
  'clean-novel',
  'clean-news',
  'clean-science',
  'clean-manual',
  'tortured',
  'tortured-other',
  'tortured-clean',
];

export function devDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'eval', 'dev');
}

/** The clean-genre sets (`npm run corpus`), laid out as the dev set. */
export function genresDir(): string {
  return resolve(devDir(), '..', 'genres');
}

/**
 * Documents of one slice, grouped by set in SET_ORDER, files sorted by name; from `dirs`, by
 * default the dev set and the clean-genre sets (a set is read from the first that has it).
 */
export function loadSlice(
  slice: Slice,
  dirs: string | readonly string[] = [devDir(), genresDir()],
): Map<SetName, DevDocument[]> {
  const out = new Map<SetName, DevDocument[]>();
  for (const set of SET_ORDER) {
    const setDir = (typeof dirs === 'string' ? [dirs] : dirs)
      .map((dir) => join(dir, slice, set))
      .find((d) => existsSync(d));
    if (setDir === undefined) continue;
    const files = readdirSync(setDir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    out.set(
      set,
      files.map((f) => JSON.parse(readFileSync(join(setDir, f), 'utf8')) as DevDocument),
    );
  }
  return out;
}

/**
 * Problems with a document: substitutions out of order, overlapping, not matching the spun text,
 * or not giving back the original when undone. Empty when the document is consistent.
 */
export function checkDocument(doc: DevDocument): string[] {
  const problems: string[] = [];
  let pos = 0;
  let rebuilt = '';
  for (const s of doc.substitutions) {
    if (s.start < pos || s.end < s.start)
      problems.push(`${doc.id}: substitution at ${s.start} out of order`);
    if (doc.spun.slice(s.start, s.end) !== s.spun)
      problems.push(`${doc.id}: spun text differs at ${s.start}`);
    rebuilt += doc.spun.slice(pos, s.start) + s.original;
    pos = s.end;
  }
  rebuilt += doc.spun.slice(pos);
  if (rebuilt !== doc.original)
    problems.push(`${doc.id}: undoing the substitutions does not give the original`);
  return problems;
}
