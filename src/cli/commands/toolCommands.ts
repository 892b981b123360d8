// The subcommands beyond restoring: `learn` (a spinner's swaps as a dictionary), `compare`
// (evidence that a text is a spun copy of another) and `families` (which kind of spinner each
// document shows, and which documents one swap table spun). Registered here, in one place; run
// by runToolCommand.ts. Imports nothing of the engine: --help must stay light.
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MIN_CONFIDENCE } from '../../defaults.js';

export const COMPARE_FORMATS = ['text', 'json', 'html'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

export interface LearnRequest {
  readonly command: 'learn';
  /** A file and its spun copy, or two folders of such pairs matched by file name. */
  readonly original: string;
  readonly spun: string;
  /** Where to write the dictionary; standard output when absent. */
  readonly out?: string;
}

export interface CompareRequest {
  readonly command: 'compare';
  readonly original: string;
  readonly suspect: string;
  readonly format: CompareFormat;
  readonly dictPaths: readonly string[];
  readonly minConfidence: number;
  readonly color: boolean;
}

export const FAMILIES_FORMATS = ['text', 'json'] as const;
export type FamiliesFormat = (typeof FAMILIES_FORMATS)[number];

export interface FamiliesRequest {
  readonly command: 'families';
  /** Files and folders (walked as the restore command walks them); `-` is standard input. */
  readonly paths: readonly string[];
  readonly format: FamiliesFormat;
  readonly color: boolean;
}

export type ToolRequest = LearnRequest | CompareRequest | FamiliesRequest;

function parseConfidence(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new InvalidArgumentError('must be a number from 0 to 1.');
  }
  return n;
}

const LEARN_HELP = `
Writes a dictionary in the format of --dict (dictionaries/README.md): the spinner's swaps with
their counts, priors and the sentences they came from. Two folders are read as pairs of files
with the same name. Details: docs/learn.md. Exit 2 on a usage error or an unreadable input.
`;

const COMPARE_HELP = `
Similarity: the share of the suspect's words aligned with the same word of the original, and of
its word 5-grams found in the original, before and after restoring the suspect (the restoration
does not see the original). json: docs/compare-schema.md. Details: docs/compare.md.
`;

const FAMILIES_HELP = `
Families: news (phrase/thesaurus news spinner), wordnet (WordNet first-lemma), alpha
(alphabetically first synonym), paraphraser (Spinbot-style), tortured (tortured phrases), none
(genuine or fluent text). For several documents, the groups spun by one swap table. json:
docs/families-schema.md. Details: docs/families.md. Exit 2 on a usage error or an unreadable input.
`;

const collect = (value: string, previous: string[] | undefined): string[] => [
  ...(previous ?? []),
  value,
];

/** Adds `learn`, `compare` and `families` to the program; `done` receives what the user asked for. */
export function addToolCommands(program: Command, done: (request: ToolRequest) => void): void {
  const learn = program
    .command('learn')
    .description("ORIGINAL SPUN: learn a spinner's swaps from a text and its spun copy")
    .addHelpText('after', LEARN_HELP)
    .argument('<original>', 'the original text (or a folder of originals)')
    .argument('<spun>', 'its spun copy (or a folder of spun copies with the same file names)')
    .option('--out <file>', 'write the dictionary to this file (default: standard output)')
    .exitOverride()
    .action((original: string, spun: string) => {
      const out = learn.opts()['out'] as string | undefined;
      done({ command: 'learn', original, spun, ...(out === undefined ? {} : { out }) });
    });
  const compare = program
    .command('compare')
    .description('ORIGINAL SUSPECT: how close the suspect is, before and after restoring it')
    .addHelpText('after', COMPARE_HELP)
    .argument('<original>', 'the original text')
    .argument('<suspect>', 'the text suspected to be a spun copy of it')
    .addOption(
      new Option('-f, --format <format>', 'report format').choices(COMPARE_FORMATS).default('text'),
    )
    .option('--dict <path>', 'an extra dictionary for the restoration (repeatable)', collect)
    .option(
      '--min-confidence <n>',
      'restore only edits with at least this confidence (0..1)',
      parseConfidence,
      DEFAULT_MIN_CONFIDENCE,
    )
    .option('--no-color', 'no colors')
    .exitOverride()
    .action((original: string, suspect: string) => {
      const o = compare.opts();
      done({
        command: 'compare',
        original,
        suspect,
        format: o['format'] as CompareFormat,
        dictPaths: (o['dict'] as string[] | undefined) ?? [],
        minConfidence: o['minConfidence'] as number,
        color: o['color'] !== false,
      });
    });
  const families = program
    .command('families')
    .description('[paths...]: the kind of spinner each document shows, and groups of copies')
    .addHelpText('after', FAMILIES_HELP)
    .argument('<paths...>', 'files or folders (- for standard input)')
    .addOption(
      new Option('-f, --format <format>', 'report format')
        .choices(FAMILIES_FORMATS)
        .default('text'),
    )
    .option('--no-color', 'no colors')
    .exitOverride()
    .action((paths: string[]) => {
      const o = families.opts();
      done({
        command: 'families',
        paths,
        format: o['format'] as FamiliesFormat,
        color: o['color'] !== false,
      });
    });
}
