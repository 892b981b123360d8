// The benchmark part of `npm run eval`: the summary of targets, the per-family table, false
// alarms on genuine text per genre and wrong edits by candidate source. Pure: it formats the
// scores eval.ts collected.
import { sumBench, type BenchScore, type BenchTotals } from './benchMetrics.js';
import { table } from './format.js';
import { aggregate, type DocumentScore, type SetMetrics } from './metrics.js';
import type { Family } from './types.js';

/** Scores of one set under one engine. */
export interface SetResult {
  readonly set: string;
  readonly engine: string;
  readonly scores: readonly DocumentScore[];
  readonly bench: readonly BenchScore[];
}

export const TARGET_FAMILIES: readonly Family[] = ['news', 'wnfirst', 'alpha', 'spinbot'];
const FAMILIES: readonly Family[] = [...TARGET_FAMILIES, 'mt'];
const SHAPES = ['long', 'short', 'mixed'] as const;

/** The genre of each set of genuine text; mixed documents' genuine paragraphs count as `sotu`. */
export const GENUINE_SETS: Readonly<Record<string, string>> = {
  clean: 'sotu',
  'clean-short': 'sotu',
  'clean-long': 'sotu',
  'clean-email': 'email',
  'clean-novel': 'novel',
  'clean-news': 'news',
  // Learned prose of the Brown Corpus and the tortured sets' bland scientific sentences.
  'clean-science': 'science',
  'clean-manual': 'manual',
  'tortured-clean': 'science',
};

export const TARGETS = {
  werCut: 0.7,
  precision: 0.95,
  shortWerCut: 0.6,
  crossFamily: 0.01,
  genuinePer1k: 0.05,
} as const;

interface Pooled {
  readonly metrics: SetMetrics;
  readonly bench: BenchTotals;
}

function pool(results: readonly SetResult[], keep: (set: string) => boolean): Pooled | undefined {
  const chosen = results.filter((r) => keep(r.set));
  if (chosen.length === 0) return undefined;
  return {
    metrics: aggregate(chosen.flatMap((r) => r.scores)),
    bench: sumBench(chosen.flatMap((r) => r.bench)),
  };
}

const pct = (x: number): string => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`);
const per1k = (n: number, words: number): number => (words === 0 ? NaN : (n / words) * 1000);
const num = (x: number): string => (Number.isNaN(x) ? '–' : x.toFixed(2));
const ratio = (a: number, b: number): number => (b === 0 ? NaN : a / b);

const familySets = (f: Family, shape?: string) => (set: string) =>
  shape === undefined ? set.startsWith(`${f}-`) : set === `${f}-${shape}`;

/** Per family and shape: recall, precision, WER cut, false alarms, cross-family share, outside recall. */
export function familyTable(results: readonly SetResult[]): string {
  const rows: string[][] = [];
  for (const f of FAMILIES) {
    for (const shape of [...SHAPES, undefined]) {
      const p = pool(results, familySets(f, shape));
      if (p === undefined) continue;
      const m = p.metrics;
      const b = p.bench;
      rows.push([
        shape === undefined ? `${f} (all)` : `${f}-${shape}`,
        String(m.documents),
        m.words.toLocaleString('en-US'),
        m.substitutions.toLocaleString('en-US'),
        pct(m.recall),
        pct(m.precision),
        pct(m.werReduction),
        num(m.falseAlarmsPer1k),
        pct(ratio(b.crossFamily, m.applied)),
        `${pct(ratio(b.outsideRestored, b.outside))} of ${b.outside}`,
        num(per1k(b.changes, m.words)),
      ]);
    }
  }
  return table(
    [
      'set',
      'docs',
      'words',
      'spun',
      'recall',
      'precision',
      'WER cut',
      'FA/1k',
      'cross-family',
      'outside-thesauri recall',
      'changes/1k',
    ],
    rows,
  );
}

/** Genuine text per genre: applied changes per 1,000 words (every change is a false alarm). */
function genuineByGenre(
  results: readonly SetResult[],
): Map<string, { words: number; changes: number }> {
  const out = new Map<string, { words: number; changes: number }>();
  const add = (genre: string, words: number, changes: number): void => {
    const t = out.get(genre) ?? { words: 0, changes: 0 };
    out.set(genre, { words: t.words + words, changes: t.changes + changes });
  };
  for (const r of results) {
    const genre = GENUINE_SETS[r.set];
    const b = sumBench(r.bench);
    if (genre !== undefined) add(genre, aggregate(r.scores).words, b.changes);
    else if (b.genuineWords > 0) add('sotu', b.genuineWords, b.genuineFalseAlarms);
  }
  return out;
}

export function genuineTable(results: readonly SetResult[]): string {
  const rows = [...genuineByGenre(results)].map(([genre, t]) => [
    genre,
    t.words.toLocaleString('en-US'),
    String(t.changes),
    num(per1k(t.changes, t.words)),
  ]);
  return table(['genre', 'genuine words', 'changes', 'changes/1k'], rows);
}

/** Wrong applied edits in the benchmark's spun texts, by the candidate source that proposed them. */
export function sourceTable(results: readonly SetResult[]): string {
  const p = pool(results, (set) => FAMILIES.some((f) => set.startsWith(`${f}-`)));
  if (p === undefined) return '';
  const rows = Object.entries(p.bench.wrongBySource)
    .sort(
      (a, b) => b[1].untouched + b[1].wrongRestoration - (a[1].untouched + a[1].wrongRestoration),
    )
    .map(([source, w]) => [source, String(w.untouched), String(w.wrongRestoration)]);
  return table(['source', 'wrong, untouched place', 'wrong, other than the original'], rows);
}

export interface TargetLine {
  readonly target: string;
  readonly measured: string;
  /** true / false, or undefined when reported only or not run. */
  readonly met?: boolean;
}

/** Every target with its measured value (on the given slice's results, full engine). */
export function targetLines(results: readonly SetResult[]): TargetLine[] {
  const lines: TargetLine[] = [];
  for (const f of TARGET_FAMILIES) {
    const all = pool(results, familySets(f));
    const short = pool(results, familySets(f, 'short'));
    const t = `${f}: WER cut ≥ ${pct(TARGETS.werCut)} at precision ≥ ${pct(TARGETS.precision)}`;
    lines.push(
      all === undefined
        ? { target: t, measured: 'not run' }
        : {
            target: t,
            measured: `${pct(all.metrics.werReduction)} at ${pct(all.metrics.precision)}`,
            met:
              all.metrics.werReduction >= TARGETS.werCut &&
              all.metrics.precision >= TARGETS.precision,
          },
    );
    const ts = `${f} short docs: WER cut ≥ ${pct(TARGETS.shortWerCut)}`;
    lines.push(
      short === undefined
        ? { target: ts, measured: 'not run' }
        : {
            target: ts,
            measured: pct(short.metrics.werReduction),
            met: short.metrics.werReduction >= TARGETS.shortWerCut,
          },
    );
  }
  const spun = pool(results, (set) => FAMILIES.some((f) => set.startsWith(`${f}-`)));
  const tc = `cross-family ≤ ${pct(TARGETS.crossFamily)} of applied`;
  if (spun === undefined) lines.push({ target: tc, measured: 'not run' });
  else {
    const share = ratio(spun.bench.crossFamily, spun.metrics.applied);
    lines.push({
      target: tc,
      measured: `${pct(share)} (${spun.bench.crossFamily} of ${spun.metrics.applied})`,
      met: !(share > TARGETS.crossFamily),
    });
  }
  for (const [genre, g] of genuineByGenre(results)) {
    const rate = per1k(g.changes, g.words);
    lines.push({
      target: `genuine ${genre}: ≤ ${TARGETS.genuinePer1k} changes per 1,000 words`,
      measured: `${num(rate)} (${g.changes} in ${g.words.toLocaleString('en-US')} words)`,
      met: rate <= TARGETS.genuinePer1k,
    });
  }
  const tortured = pool(results, (set) => set === 'tortured');
  lines.push(
    tortured === undefined
      ? { target: 'tortured: 100% exact', measured: 'not run' }
      : {
          target: 'tortured: 100% exact (recall and precision)',
          measured: `${pct(tortured.metrics.recall)} recall, ${pct(tortured.metrics.precision)} precision`,
          met: tortured.metrics.recall === 1 && tortured.metrics.precision === 1,
        },
  );
  const mt = pool(results, familySets('mt'));
  if (mt !== undefined) {
    lines.push({
      target: 'mt (fluent rewrites): almost untouched (reported)',
      measured: `${num(per1k(mt.bench.changes, mt.metrics.words))} changes/1k, ${num(mt.metrics.falseAlarmsPer1k)} wrong/1k`,
    });
  }
  const stress = pool(results, (set) => set === 'stress-random');
  if (stress !== undefined) {
    lines.push({
      target: 'stress-random (reported, not a target)',
      measured: `WER cut ${pct(stress.metrics.werReduction)} at ${pct(stress.metrics.precision)}`,
    });
  }
  return lines;
}

export function summaryTable(lines: readonly TargetLine[]): string {
  const met = (m: boolean | undefined): string => (m === undefined ? '–' : m ? 'yes' : 'NO');
  return table(
    ['target', 'measured', 'met'],
    lines.map((l) => [l.target, l.measured, met(l.met)]),
  );
}
