import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDocument, devDir, genresDir, loadSlice, SLICES } from '../../scripts/eval/dataset.js';

// The committed dev set (eval/dev, built by `npm run spin`, and eval/genres, `npm run corpus`) must be internally consistent: every
// substitution matches the spun text, and undoing them gives the original back.
describe.each(SLICES)('committed dev set, %s slice', (slice) => {
  const sets = loadSlice(slice);

  test('has the SOTU sets', () => {
    expect([...sets.keys()]).toEqual(
      expect.arrayContaining(['spun-news', 'spun-wordnet', 'clean']),
    );
  });

  test('every document is consistent', () => {
    const problems = [...sets.values()].flat().flatMap(checkDocument);
    expect(problems).toEqual([]);
  });

  test('clean documents are unspun; spun documents are spun', () => {
    for (const [set, docs] of sets) {
      for (const d of docs) {
        expect(d.set).toBe(set);
        if (set.startsWith('clean') || set === 'tortured-clean') expect(d.spun).toBe(d.original);
        else expect(d.substitutions.length).toBeGreaterThan(0);
      }
    }
  });

  test('counts agree with the manifests', () => {
    type Counts = Record<string, Record<string, { documents: number; substitutions?: number }>>;
    const read = (dir: string): Counts =>
      (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { counts: Counts }).counts;
    const dev = read(devDir());
    const genres = read(genresDir());
    for (const [set, docs] of sets) {
      const counted = dev[slice]?.[set] ?? genres[slice]?.[set];
      expect(counted?.documents).toBe(docs.length);
      expect(counted?.substitutions ?? 0).toBe(
        docs.reduce((n, d) => n + d.substitutions.length, 0),
      );
    }
  });
});
