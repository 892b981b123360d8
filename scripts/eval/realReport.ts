// `npm run eval -- --real`: the engine on the real dev set (eval/real/), page by page, and the
// false alarms per 1,000 words of every clean set (genuine text of each genre).
import type { RestoreOptions, RestoreResult } from '../../src/types.js';
import { loadSlice, type Slice } from './dataset.js';
import { table } from './format.js';
import { aggregate, scoreDocument, type DocumentScore, type SetMetrics } from './metrics.js';
import { loadRealDocuments } from './real.js';

export interface RealEngine {
  readonly name: string;
  readonly options: RestoreOptions;
  restore(text: string, options: RestoreOptions): RestoreResult;
}

const pct = (x: number): string => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`);

const wrongOf = (scores: readonly DocumentScore[]): number =>
  scores.reduce((n, s) => n + s.applied - s.appliedCorrect, 0);

function row(label: string, family: string, engine: string, scores: DocumentScore[]): string[] {
  const m: SetMetrics = aggregate(scores);
  return [
    label,
    family,
    engine,
    String(m.words),
    String(m.substitutions),
    `${pct(m.werSpun)} → ${pct(m.werOutput)}`,
    pct(m.werReduction),
    pct(m.recall),
    pct(m.precision),
    String(m.applied),
    String(wrongOf(scores)),
  ];
}

/** Per page and pooled: words, spun spans, WER, WER cut, recall, precision, applied, wrong. */
export function realTable(engines: readonly RealEngine[]): string {
  const docs = loadRealDocuments();
  const rows: string[][] = [];
  for (const e of engines) {
    const scores: DocumentScore[] = [];
    for (const doc of docs) {
      const r = e.restore(doc.spun, e.options);
      const s = scoreDocument(doc, r.output, r.applied, r.suggestions);
      scores.push(s);
      rows.push(row(doc.id, doc.spinner, e.name, [s]));
    }
    rows.push(row(`all ${docs.length} pages`, '', e.name, scores));
  }
  return table(
    [
      'page',
      'family',
      'engine',
      'words',
      'spun spans',
      'WER spun → out',
      'WER cut',
      'recall',
      'precision',
      'applied',
      'wrong',
    ],
    rows,
  );
}

/** False alarms per 1,000 words of every clean set (set names starting with "clean"), per slice. */
export function cleanGenreTable(engines: readonly RealEngine[], slices: readonly Slice[]): string {
  const rows: string[][] = [];
  for (const slice of slices) {
    for (const [set, docs] of loadSlice(slice)) {
      if (!set.startsWith('clean')) continue;
      for (const e of engines) {
        const scores = docs.map((d) => {
          const r = e.restore(d.spun, e.options);
          return scoreDocument(d, r.output, r.applied, r.suggestions);
        });
        const m = aggregate(scores);
        rows.push([
          slice,
          set,
          e.name,
          String(m.words),
          String(wrongOf(scores)),
          m.falseAlarmsPer1k.toFixed(2),
        ]);
      }
    }
  }
  return table(['slice', 'clean set', 'engine', 'words', 'false alarms', 'FA/1k'], rows);
}
