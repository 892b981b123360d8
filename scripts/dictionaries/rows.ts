// Rows of the generated phrase dictionaries: rendered in the line format of dictionaries/README.md,
// parsed and validated before they are written (rows that fail are dropped, with the reason).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatProblem } from '../../src/dictionary/errors.js';
import { parseDictionary } from '../../src/dictionary/parse.js';
import { phraseWords } from '../../src/core/phraseEntry.js';
import { validateDictionary } from '../../src/dictionary/validate.js';

export interface Row {
  spun: string;
  canonical: string[];
  suggest: boolean;
  channel?: boolean;
  lowercase?: boolean;
  /** Build only (`p=` in the curated news source): the prior if the entry becomes `channel`. */
  channelPrior?: number;
  near?: number;
  pos?: string;
  requires: string[];
  excludes: string[];
  source: string;
  prior: number;
  examples: string[];
}

export const keyOf = (text: string): string => phraseWords(text).join(' ');

function flagsOf(row: Row): string {
  const flags = [
    ...(row.suggest ? ['suggest'] : []),
    ...(row.channel === true ? ['channel'] : []),
    ...(row.lowercase === true ? ['lower'] : []),
    ...(row.near !== undefined ? [`near=${row.near}`] : []),
    ...(row.pos !== undefined ? [`pos=${row.pos}`] : []),
    ...row.requires.map((t) => `and=${t}`),
    ...row.excludes.map((t) => `not=${t}`),
  ];
  return flags.length === 0 ? '-' : flags.join(',');
}

function rowLines(row: Row): string[] {
  const line = [row.spun, row.canonical.join('|'), flagsOf(row), row.source, String(row.prior)];
  return [line.join('\t'), ...row.examples.map((example) => `>\t${example}`)];
}

export function render(header: readonly string[], rows: readonly Row[]): string {
  return [...header, ...rows.flatMap(rowLines)].join('\n') + '\n';
}

/**
 * Renders, parses and validates; rows with problems are dropped (with their reason) until the
 * file is clean. Returns the final text.
 */
export function renderValid(name: string, header: readonly string[], input: readonly Row[]): string {
  let rows = [...input];
  for (let round = 0; round < 10; round++) {
    const text = render(header, rows);
    const dict = parseDictionary(text, name, `${name}.tsv`);
    const problems = validateDictionary(dict);
    if (problems.length === 0) {
      const dropped = input.length - rows.length;
      if (dropped > 0) console.log(`  ${name}: dropped ${dropped} row(s) that failed validation`);
      return text;
    }
    const bad = new Set<string>();
    for (const problem of problems) {
      const entry = dict.entries.find((e) => e.line === problem.line);
      if (entry === undefined) continue;
      bad.add(keyOf(entry.spun));
      console.log(`  drop ${formatProblem(problem)}`);
    }
    rows = rows.filter((row) => !bad.has(keyOf(row.spun)));
  }
  throw new Error(`${name}: still invalid after 10 rounds`);
}

export const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function writeIfChanged(path: string, text: string): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) {
    console.log(`  unchanged ${path}`);
    return;
  }
  writeFileSync(path, text);
  console.log(`  wrote ${path}`);
}
