import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BENCH_SPINNERS } from '../../scripts/eval/benchSpinners.js';
import { checkDocument, devDir, genresDir, loadSlice, SLICES } from '../../scripts/eval/dataset.js';
import type { DevDocument } from '../../scripts/eval/types.js';

const CLEAN = [
  'clean',
  'clean-email',
  'clean-novel',
  'tortured-clean',
  'clean-short',
  'clean-long',
];

// The committed dev set (eval/dev, built by `npm run spin`, and eval/genres, `npm run corpus`) must be internally consistent: every
// substitution matches the spun text, and undoing them gives the original back.
describe.each(SLICES)('committed dev set, %s slice', (slice) => {
  const sets = loadSlice(slice);

  test('has the SOTU sets', () => {
    expect([...sets.keys()]).toEqual(
      expect.arrayContaining(['stress-random', 'spun-wordnet', 'clean']),
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
        if (CLEAN.includes(set) || set.startsWith('clean-')) expect(d.spun).toBe(d.original);
        // A short text may give the fluent MT-like spinner nothing to change.
        else if (set !== 'mt-short') expect(d.substitutions.length).toBeGreaterThan(0);
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

// The benchmark sets: table spinners (scripts/eval/benchSpinners.ts) over short, long and mixed
// documents; tune and held-out slices spun by different spinners.
describe('committed benchmark sets', () => {
  const bench = SLICES.map((slice) => ({
    slice,
    docs: [...loadSlice(slice).values()].flat().filter((d) => d.family !== undefined),
  }));
  const bySpinner = new Map<string, DevDocument[]>();
  for (const { docs } of bench)
    for (const d of docs)
      bySpinner.set(d.spinner ?? '', [...(bySpinner.get(d.spinner ?? '') ?? []), d]);

  /** Lowercase written word or phrase -> the substitutes the spinner wrote for it. */
  const table = (docs: readonly DevDocument[]): Map<string, Set<string>> => {
    const out = new Map<string, Set<string>>();
    for (const d of docs)
      for (const s of d.substitutions) {
        const k = s.original.toLowerCase();
        out.set(k, (out.get(k) ?? new Set()).add(s.spun.toLowerCase()));
      }
    return out;
  };

  test('every spinner spun the documents of its own slice only', () => {
    for (const { slice, docs } of bench) {
      const spinners = new Set(docs.map((d) => d.spinner));
      const want = BENCH_SPINNERS.filter((s) => s.slice === slice).map((s) => s.id);
      expect([...spinners].sort()).toEqual([...want].sort());
    }
  });

  test.each(BENCH_SPINNERS.map((s) => s.id))('%s writes one substitute per written type', (id) => {
    const multiple = [...table(bySpinner.get(id) ?? [])].filter(([, subs]) => subs.size > 1);
    expect(multiple).toEqual([]);
  });

  /** Written types both tables swap, and those of them both swap the same way. */
  const overlap = (family: string): { shared: number; same: number } => {
    const tune = table(bySpinner.get(`${family}-tune`) ?? []);
    const heldout = table(bySpinner.get(`${family}-heldout`) ?? []);
    const shared = [...tune.keys()].filter((k) => heldout.has(k));
    const first = (m: Map<string, Set<string>>, k: string): string | undefined =>
      [...(m.get(k) ?? [])][0];
    return {
      shared: shared.length,
      same: shared.filter((k) => first(tune, k) === first(heldout, k)).length,
    };
  };

  test.each(['news', 'wnfirst', 'alpha', 'spinbot'])(
    '%s: held-out tables differ from tune tables for most types both swap',
    (family) => {
      const { shared, same } = overlap(family);
      expect(shared).toBeGreaterThan(100);
      expect(same).toBeLessThan(shared / 2);
    },
  );

  test('mt: held-out tables differ from tune tables (contractions the other way; a fluent synonym is often the only one, so those agree)', () => {
    const pairs = (id: string): string[] =>
      [...table(bySpinner.get(id) ?? [])].map(([k, v]) => `${k}->${[...v][0] ?? ''}`);
    const tune = pairs('mt-tune');
    const heldout = pairs('mt-heldout');
    expect(tune.filter((p) => /'.*->/.test(p)).length).toBeGreaterThan(0); // don't -> do not
    expect(tune.filter((p) => /->.*'/.test(p))).toEqual([]);
    expect(heldout.filter((p) => /->.*'/.test(p)).length).toBeGreaterThan(0); // we are -> we're
    expect(heldout.filter((p) => /'.*->/.test(p))).toEqual([]);
  });

  test('genuine paragraphs of mixed documents are unspun and hold no substitution', () => {
    const mixed = bench.flatMap((b) => b.docs).filter((d) => d.shape === 'mixed');
    expect(mixed.length).toBeGreaterThan(0);
    for (const d of mixed) {
      expect(d.genuine?.length).toBeGreaterThan(0);
      for (const [a, b] of d.genuine ?? []) {
        expect(d.original).toContain(d.spun.slice(a, b));
        expect(d.substitutions.filter((s) => s.start < b && a < s.end)).toEqual([]);
      }
    }
  });

  test('short documents have 30 to 300 words, long ones 1,000 to 5,000', () => {
    const words = (d: DevDocument): number =>
      d.original.split(/\s+/).filter((w) => w !== '').length;
    const docs = bench.flatMap((b) => b.docs);
    expect(
      docs.filter((d) => d.shape === 'short').every((d) => words(d) >= 30 && words(d) <= 300),
    ).toBe(true);
    expect(
      docs.filter((d) => d.shape === 'long').every((d) => words(d) >= 1000 && words(d) <= 5000),
    ).toBe(true);
  });
});
