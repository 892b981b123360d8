// Reading the committed dev set (eval/dev/<slice>/<set>/<id>.json).
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
  'tortured',
  'tortured-other',
  'tortured-clean',
];

export function devDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'eval', 'dev');
}

/** Documents of one slice, grouped by set in SET_ORDER, files sorted by name. */
export function loadSlice(slice: Slice, dir = devDir()): Map<SetName, DevDocument[]> {
  const out = new Map<SetName, DevDocument[]>();
  for (const set of SET_ORDER) {
    const setDir = join(dir, slice, set);
    if (!existsSync(setDir)) continue;
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
