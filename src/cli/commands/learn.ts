// `restore-text learn ORIGINAL SPUN [--out FILE]`: the spinner's swaps as a dictionary
// (src/learn/, docs/learn.md). The summary goes to standard error when the dictionary goes to
// standard output, else to standard output.
import { basename, extname, resolve } from 'node:path';
import { knownSwaps } from '../../learn/knownSwaps.js';
import { learnDictionary, type LearnResult } from '../../learn/learnDictionary.js';
import { thesaurusRelated } from '../../learn/thesaurusRelated.js';
import { validLearned } from '../../learn/validLearned.js';
import type { CliEngine } from '../engineLoader.js';
import { describeFsError, EXIT_ERROR, EXIT_OK, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { encodeText } from '../textEncoding.js';
import { readPairs } from './readPairs.js';
import type { LearnRequest } from './toolCommands.js';

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'spinner';

const stem = (path: string): string => basename(path, extname(path));

/** `1 entry`, `2 entries`. */
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function knownNote(result: LearnResult): string {
  const by = new Map<string, number>();
  for (const k of result.known) by.set(k.dictionary, (by.get(k.dictionary) ?? 0) + 1);
  const parts = [...by].map(([name, n]) => `${name} ${n}`).join(', ');
  return result.known.length === 0
    ? 'none of the swaps is in the built-in dictionaries'
    : `${count(result.known.length, 'swap', 'swaps')} already in the built-in dictionaries, counted here, not repeated: ${parts}`;
}

export async function runLearn(io: Io, request: LearnRequest, engine: CliEngine): Promise<number> {
  const read = await readPairs(io, request.original, request.spun);
  for (const p of read.problems) io.stderr(`restore-text: ${p}\n`);
  if (read.pairs.length === 0) throw new UsageError('no pair of texts to learn from');
  const options = engine.createRestoreOptions({});
  const result = learnDictionary(read.pairs, {
    ...(options.lm === undefined ? {} : { lm: options.lm }),
    ...(options.thesaurus === undefined ? {} : { related: thesaurusRelated(options.thesaurus) }),
    known: knownSwaps(options.dictionaries),
  });
  for (const u of result.unaligned) io.stderr(`restore-text: ${u}: the texts share no passage\n`);
  const name = request.out === undefined ? `${stem(request.spun)}-swaps` : stem(request.out);
  const what = read.folders
    ? `the ${result.pairs} texts of ${request.spun} (spun copies of ${request.original})`
    : `${request.spun} (a spun copy of ${request.original})`;
  const valid = validLearned(
    {
      name,
      description: `swaps of the spinner that wrote ${what}, learned by restore-text learn`,
      source: `learned-${slug(name)}`,
      pairs: read.pairs.filter((p) => !result.unaligned.includes(p.name)).map((p) => p.name),
      notes: [
        `${count(result.pairs, 'pair', 'pairs')}, ${result.words} words, ${count(result.swaps, 'swap', 'swaps')} seen`,
        knownNote(result),
      ],
    },
    result.entries,
  );
  const sure = valid.entries.filter((e) => !e.channel).length;
  const summary = `learned ${count(valid.entries.length, 'entry', 'entries')} (${sure} sure, ${valid.entries.length - sure} channel) from ${count(result.pairs, 'pair', 'pairs')}; ${knownNote(result)}\n`;
  if (request.out === undefined) {
    io.stdout(valid.text);
    io.stderr(summary);
  } else {
    try {
      await io.writeNewFile(resolve(io.cwd, request.out), encodeText(valid.text));
    } catch (err) {
      io.stderr(`restore-text: ${request.out}: cannot write: ${describeFsError(err)}\n`);
      return EXIT_ERROR;
    }
    io.stdout(`${request.out}: ${summary}`);
  }
  return read.errors > 0 || result.pairs === 0 ? EXIT_ERROR : EXIT_OK;
}
