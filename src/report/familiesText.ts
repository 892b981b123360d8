// `families`' default report: per document the family found, P(spun), the fingerprints counted
// and the swaps the LM supports; then the groups of documents spun by one swap table. Pure.
import type { ChalkInstance } from 'chalk';
import { FINGERPRINTS } from '../core/spinFamily.js';
import type { DocumentFamily } from '../core/documentFamily.js';
import { SHOWN_SWAPS, type FamiliesReportInput } from './familiesJson.js';

const FAMILY_NAMES: Readonly<Record<string, string>> = {
  news: 'phrase/thesaurus news spinner',
  wordnet: 'WordNet first-lemma spinner',
  alpha: 'alphabetically-first-synonym spinner',
  paraphraser: 'Spinbot-style paraphraser',
  tortured: 'tortured phrases',
  none: 'none (genuine or fluent text)',
};

const pct = (x: number): string => `${Math.round(100 * x)}%`;

function documentLines(path: string, r: DocumentFamily, chalk: ChalkInstance): string[] {
  const c = r.counts;
  const name = FAMILY_NAMES[r.family] ?? r.family;
  const head = `${chalk.bold(path)}: ${r.family === 'none' ? name : chalk.yellow(name)}`;
  const others = Object.entries(r.posterior)
    .filter(([f, p]) => f !== r.family && p >= 0.01)
    .sort((a, b) => b[1] - a[1])
    .map(([f, p]) => `${f} ${pct(p)}`);
  const lines = [
    `${head} (${pct(r.posterior[r.family])}; P(spun) ${pct(r.spun)}${others.length > 0 ? `; ${others.join(', ')}` : ''})`,
    `  ${c.words} words, ${c.types} with a candidate; fingerprints (medium+strong): ${FINGERPRINTS.map((f) => `${f} ${c.hits[f][0]}+${c.hits[f][1]}`).join(', ')}`,
  ];
  const sure = Object.entries(c.sure).map(([f, n]) => `${f} ${n}`);
  if (sure.length > 0) lines.push(`  sure phrases: ${sure.join(', ')}`);
  if (c.swaps.length > 0) {
    const shown = c.swaps.slice(0, SHOWN_SWAPS).map((s) => {
      const tag = s.fingerprints.length > 0 ? ` ${s.fingerprints.join('+')}` : '';
      return `${s.written} <- ${s.original} (${s.gain.toFixed(1)}${tag})`;
    });
    const more = c.swaps.length > SHOWN_SWAPS ? `, … ${c.swaps.length - SHOWN_SWAPS} more` : '';
    lines.push(`  supported swaps (written <- original, LM gain): ${shown.join(', ')}${more}`);
  }
  return lines;
}

export function formatFamiliesText(input: FamiliesReportInput, chalk: ChalkInstance): string {
  const lines = input.documents.flatMap((d) => documentLines(d.path, d.result, chalk));
  if (input.documents.length > 1) {
    lines.push('', chalk.bold('groups spun by one swap table'));
    if (input.groups.length === 0) lines.push('  none: no two spun documents share their swaps');
    for (const g of input.groups) {
      const swaps = g.shared.map((s) => `${s.original} -> ${s.written}`).join(', ');
      lines.push(`  ${g.documents.join(', ')}: ${g.shared.length} shared swaps (${swaps})`);
    }
  }
  return `${lines.join('\n')}\n`;
}
