// `--trace WORD`: for each occurrence of the word, every candidate the engine considered there,
// with its evidence and why it was or was not applied. A pure function of the core's WordTrace.
import type { ChalkInstance } from 'chalk';
import type {
  OccurrenceTrace,
  TracedCandidate,
  TraceOutcome,
  WordNote,
  WordTrace,
} from '../core/wordTrace.js';
import { fixed2, oneLine, plural } from './describeEdit.js';
import { LineIndex } from './lines.js';
import { displayPath } from './types.js';

/** The model's features shown for a scored candidate (JSON carries them all). */
export const MAIN_FEATURES = [
  'margin',
  'rank',
  'unigramDelta',
  'observedTrigrams',
  'originalTrigrams',
  'present',
  'docDensity',
  'docAccepted',
  'spinnerFamily',
] as const;

const quoted = (s: string): string => `“${oneLine(s)}”`;
const signed = (n: number): string => `${n >= 0 ? '+' : ''}${fixed2(n)}`;

/** Why a candidate was or was not applied, in words. */
export function outcomeText(o: TraceOutcome): string {
  switch (o.kind) {
    case 'applied':
      return 'applied';
    case 'below threshold':
      return `suggestion: confidence below --min-confidence ${fixed2(o.minConfidence)}`;
    case 'suggest only':
      return `suggestion only${o.reasons.length > 0 ? `: ${o.reasons.join('; ')}` : ''}`;
    case 'overlapped':
      return `not applied: overlapped by ${quoted(o.by.actual)} -> ${quoted(o.by.text)} (confidence ${fixed2(o.by.confidence)})`;
    case 'carried out':
      return `not listed: the applied ${o.by.map((e) => `${quoted(e.actual)} -> ${quoted(e.text)}`).join(', ')} already make it`;
    case 'unreported':
      return `not reported: less likely than ${fixed2(o.floor)}`;
    case 'in code':
      return 'never rewritten: inside code or a link target';
    case 'lost':
      return `lost to ${quoted(o.to)}`;
    case 'unranked':
      return `not scored: rank ${o.rank + 1} of ${o.of} originals of the word by noisy-channel score`;
  }
}

/** Why a written word has no candidate of its own, in words. */
export function noteText(n: WordNote): string {
  switch (n.kind) {
    case 'in code':
      return 'inside code or a link target: never rewritten';
    case 'no context':
      return 'no context engine (--no-context): dictionary phrases only';
    case 'protected':
      return n.reason === 'proper name'
        ? 'protected (proper name): only the curated swaps of a spinner the text shows may rewrite it'
        : `protected (${n.reason}): no thesaurus swap`;
    case 'code word':
      return 'the text uses this word in code, URLs or identifiers: no single-word swap';
    case 'no entry':
      return 'no thesaurus entry';
    case 'no candidate':
      return 'thesaurus entries, but no candidate here (a spelling variant, a word the LM does not know, a changed measure or a capitalised name)';
  }
}

/** The evidence line: prior/channel, LM gains, the model and the final confidence. */
function evidenceText(c: TracedCandidate): string {
  const parts: string[] = [];
  if (c.prior !== undefined) parts.push(`prior ${fixed2(c.prior)}`);
  if (c.channel !== undefined) parts.push(`channel ${fixed2(c.channel)}`);
  if (c.gain !== undefined)
    parts.push(
      `LM ${signed(c.gain)} here${c.typeGain === undefined ? '' : `, ${signed(c.typeGain)} over the word's occurrences`}`,
    );
  const odds: string[] = [];
  if (c.model !== undefined) odds.push(`model ${fixed2(c.model)}`);
  if (c.spinner !== undefined) odds.push(`spinner evidence ${fixed2(c.spinner)}`);
  if (c.confidence !== undefined) odds.push(`confidence ${fixed2(c.confidence)}`);
  if (odds.length > 0) parts.push(odds.join(', '));
  return parts.join('; ');
}

function featuresText(features: Readonly<Record<string, number>>): string {
  const value = (x: number): string => (Number.isInteger(x) ? String(x) : fixed2(x));
  return MAIN_FEATURES.map((n) => `${n} ${value(features[n] ?? 0)}`).join(', ');
}

/** Applied in green, not chosen dimmed, chosen but not applied in yellow. */
function outcomeStyle(o: TraceOutcome, chalk: ChalkInstance): ChalkInstance {
  if (o.kind === 'applied') return chalk.green;
  if (o.kind === 'lost' || o.kind === 'unranked') return chalk.dim;
  return chalk.yellow;
}

function candidateLines(c: TracedCandidate, chalk: ChalkInstance): string[] {
  const why = outcomeText(c.outcome);
  const style = outcomeStyle(c.outcome, chalk);
  const written = c.actual.length > 0 ? `${quoted(c.actual)} -> ` : '';
  const lines = [`  ${written}${quoted(c.text)}  ${c.source} ${c.origin}: ${style(why)}`];
  const evidence = evidenceText(c);
  if (evidence !== '') lines.push(chalk.dim(`      ${evidence}`));
  if (c.features !== undefined)
    lines.push(chalk.dim(`      features: ${featuresText(c.features)}`));
  return lines;
}

function occurrenceLines(
  path: string,
  o: OccurrenceTrace,
  index: LineIndex,
  chalk: ChalkInstance,
): string[] {
  const { line, column } = index.position(o.span[0]);
  const head = `${chalk.bold(`${displayPath(path)}:${line}:${column}`)}  ${o.written}`;
  const note = o.note === undefined ? undefined : noteText(o.note);
  if (o.candidates.length === 0) return [head, `  no candidate${note ? `: ${note}` : ''}`];
  const noted = note === undefined ? [] : [chalk.dim(`  note: ${note}`)];
  return [head, ...noted, ...o.candidates.flatMap((c) => candidateLines(c, chalk))];
}

/** The trace of one file (`input` is its text). */
export function formatTraceFile(
  path: string,
  input: string,
  trace: WordTrace,
  chalk: ChalkInstance,
): string {
  const shown = displayPath(path);
  const count = trace.occurrences.length;
  if (count === 0) return `${shown}: ${quoted(trace.word)} does not occur\n`;
  const index = new LineIndex(input);
  const lines = [`${shown}: ${quoted(trace.word)}, ${plural(count, 'occurrence')}`];
  for (const o of trace.occurrences) lines.push(...occurrenceLines(path, o, index, chalk));
  return `${lines.join('\n')}\n\n`;
}
