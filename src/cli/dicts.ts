// `restore-text dicts`: the built-in dictionaries, their entry counts, sources and licences.
import type { ChalkInstance } from 'chalk';
import type { DictionaryDescription } from '../dictionary/load.js';

export function formatDicts(dicts: readonly DictionaryDescription[], chalk: ChalkInstance): string {
  const nameWidth = Math.max(4, ...dicts.map((d) => d.name.length));
  const countWidth = Math.max(7, ...dicts.map((d) => String(d.entries).length));
  const lines = [
    chalk.bold(`${'NAME'.padEnd(nameWidth)}  ${'ENTRIES'.padStart(countWidth)}  SOURCE`),
  ];
  for (const d of dicts) {
    const licence = d.licence === '' ? '' : ` (${d.licence})`;
    lines.push(
      `${d.name.padEnd(nameWidth)}  ${String(d.entries).padStart(countWidth)}  ${d.source}${licence}`,
    );
    if (d.description !== '')
      lines.push(`${' '.repeat(nameWidth + countWidth + 4)}${chalk.dim(d.description)}`);
  }
  return `${lines.join('\n')}\n`;
}
