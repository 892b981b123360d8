// Markdown tables for the evaluation results (pure).
import type { Calibration, SetMetrics } from './metrics.js';

export interface Row {
  readonly set: string;
  readonly engine: string;
  readonly metrics: SetMetrics;
  readonly wordsPerSecond: number;
}

const pct = (x: number): string => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`);
const num = (x: number, digits = 2): string => (Number.isNaN(x) ? '–' : x.toFixed(digits));
const int = (x: number): string => Math.round(x).toLocaleString('en-US');

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function metricsTable(rows: readonly Row[]): string {
  return table(
    [
      'set',
      'engine',
      'words',
      'spun',
      'recall',
      'found',
      'applied',
      'precision',
      'WER spun → out',
      'WER cut',
      'FA/1k',
      'ECE',
      'words/s',
    ],
    rows.map((r) => {
      const m = r.metrics;
      return [
        r.set,
        r.engine,
        int(m.words),
        m.substitutions === 0 ? '–' : int(m.substitutions),
        pct(m.recall),
        pct(m.foundRate),
        int(m.applied),
        pct(m.precision),
        `${pct(m.werSpun)} → ${pct(m.werOutput)}`,
        pct(m.werReduction),
        num(m.falseAlarmsPer1k),
        num(m.calibration.ece, 3),
        int(r.wordsPerSecond),
      ];
    }),
  );
}

export function reliabilityTable(c: Calibration): string {
  return table(
    ['confidence', 'edits', 'mean confidence', 'accuracy'],
    c.bins.map((b) => [
      `${b.lo.toFixed(1)}–${b.hi.toFixed(1)}`,
      String(b.count),
      num(b.confidence),
      num(b.accuracy),
    ]),
  );
}
