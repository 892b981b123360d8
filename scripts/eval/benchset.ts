// The benchmark sets of the dev set: every planned document (docPlan.ts) of a slice spun by each
// of that slice's spinners (benchSpinners.ts), plus the unspun short and long documents as
// genuine text. scripts/spin.ts writes them under eval/dev/<slice>/<family>-<shape>/.
import {
  BENCH_SPINNERS,
  spinnerTable,
  type BenchSlice,
  type BenchSpinner,
} from './benchSpinners.js';
import { planDocuments, type PlanBudget, type PlannedDocument } from './docPlan.js';
import type { Lexicon } from './lexicon.js';
import { hashString, mulberry32 } from './rng.js';
import { spinWithTable } from './tableSpinner.js';
import { sotuSource, type TextSource } from './textSource.js';
import type { DevDocument, SetName, Substitution } from './types.js';

export const BENCH_SETTINGS = {
  seed: 20261213,
  /** Words per shape and slice; every spinner of the slice spins them all. */
  budget: { long: 7000, short: 5000, mixed: 3000 } as PlanBudget,
  /** The MT-like family is not spun into mixed documents (it is almost genuine already). */
  mixedFamilies: ['news', 'wnfirst', 'alpha', 'spinbot'],
};

const seedOf = (...parts: string[]): number =>
  (hashString(parts.join('\u0000')) ^ BENCH_SETTINGS.seed) >>> 0;

/** ~60/40 by text index, as the other sets: texts 0, 1, 2 of every 5 are tune, 3 and 4 heldout. */
const sliceOfText = (index: number): BenchSlice => (index % 5 < 3 ? 'tune' : 'heldout');

/** The document's paragraphs, the spun ones through `spin`, joined by blank lines. */
export function assembleDocument(
  planned: PlannedDocument,
  spin: (paragraph: string) => { spun: string; substitutions: readonly Substitution[] },
): Pick<DevDocument, 'original' | 'spun' | 'substitutions' | 'genuine'> {
  let original = '';
  let spun = '';
  const substitutions: Substitution[] = [];
  const genuine: Array<readonly [number, number]> = [];
  planned.paragraphs.forEach((p, k) => {
    if (k > 0) {
      original += '\n\n';
      spun += '\n\n';
    }
    if (planned.spun[k] === true) {
      const r = spin(p);
      for (const s of r.substitutions)
        substitutions.push({ ...s, start: s.start + spun.length, end: s.end + spun.length });
      spun += r.spun;
    } else {
      genuine.push([spun.length, spun.length + p.length]);
      spun += p;
    }
    original += p;
  });
  const hasGenuine = planned.shape === 'mixed';
  return {
    original: original + '\n',
    spun: spun + '\n',
    substitutions,
    ...(hasGenuine ? { genuine } : {}),
  };
}

function spunDocument(
  planned: PlannedDocument,
  spinner: BenchSpinner,
  spin: (text: string, seed: number) => ReturnType<typeof spinWithTable>,
): DevDocument {
  const seed = seedOf(spinner.id, planned.id);
  let paragraph = 0;
  return {
    id: planned.id,
    set: `${spinner.family}-${planned.shape}` as SetName,
    source: planned.source,
    genre: planned.genre,
    family: spinner.family,
    spinner: spinner.id,
    shape: planned.shape,
    ...assembleDocument(planned, (p) => spin(p, seed + paragraph++)),
  };
}

export interface SlicedDocument {
  readonly slice: BenchSlice;
  readonly doc: DevDocument;
}

/** All benchmark documents of both slices from `source` (default: the dev set's SOTU addresses). */
export function benchDocuments(
  lex: Lexicon,
  source: TextSource = sotuSource(1961, 24),
): SlicedDocument[] {
  const texts = source.texts();
  const out: SlicedDocument[] = [];
  for (const slice of ['tune', 'heldout'] as const) {
    const mine = texts.filter((_, i) => sliceOfText(i) === slice);
    const rng = mulberry32(seedOf('plan', source.genre, slice));
    const plan = planDocuments(mine, source.genre, BENCH_SETTINGS.budget, rng);
    for (const planned of plan) {
      if (planned.shape === 'mixed') continue;
      const set: SetName = planned.shape === 'short' ? 'clean-short' : 'clean-long';
      const { original } = assembleDocument(planned, (p) => ({ spun: p, substitutions: [] }));
      const doc = { id: planned.id, set, source: planned.source, genre: planned.genre };
      out.push({
        slice,
        doc: { ...doc, shape: planned.shape, original, spun: original, substitutions: [] },
      });
    }
    for (const spinner of BENCH_SPINNERS.filter((s) => s.slice === slice)) {
      const table = spinnerTable(spinner, lex);
      const spin = (text: string, seed: number): ReturnType<typeof spinWithTable> =>
        spinWithTable(text, table, spinner.behaviour, mulberry32(seed), lex.capitalShare);
      for (const planned of plan) {
        if (planned.shape === 'mixed' && !BENCH_SETTINGS.mixedFamilies.includes(spinner.family))
          continue;
        out.push({ slice, doc: spunDocument(planned, spinner, spin) });
      }
    }
  }
  return out;
}
