import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDocument, devDir, loadSlice, SLICES } from '../../scripts/eval/dataset.js';

// The committed dev set (eval/dev, built by `npm run spin`) must be internally consistent: every
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
        if (['clean', 'clean-email', 'clean-novel', 'tortured-clean'].includes(set))
          expect(d.spun).toBe(d.original);
        else expect(d.substitutions.length).toBeGreaterThan(0);
      }
    }
  });

  test('counts agree with the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(devDir(), 'manifest.json'), 'utf8')) as {
      counts: Record<string, Record<string, { documents: number; substitutions: number }>>;
    };
    for (const [set, docs] of sets) {
      expect(manifest.counts[slice]?.[set]).toMatchObject({
        documents: docs.length,
        substitutions: docs.reduce((n, d) => n + d.substitutions.length, 0),
      });
    }
  });
});
