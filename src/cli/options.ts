// The command line: one commander program per run, with exitOverride() so that nothing calls
// process.exit, and output routed through the Io.
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MIN_CONFIDENCE } from '../defaults.js';
import type { SuggestionLevel } from '../types.js';
import type { Io } from './io.js';
import { DEFAULT_MAX_SIZE, formatSize, MAX_MAX_SIZE, parseSize } from './sizes.js';

export const FORMATS = ['text', 'diff', 'json', 'patch'] as const;
export const SUGGESTION_LEVELS = ['none', 'some', 'all'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  readonly paths: readonly string[];
  readonly format: Format;
  /** --format was given on the command line (not the default). */
  readonly formatGiven: boolean;
  readonly print: boolean;
  readonly write: boolean;
  readonly check: boolean;
  readonly explain: boolean;
  readonly minConfidence: number;
  readonly dictPaths: readonly string[];
  /** true: all built-ins; false: none (--no-builtin); names: all but these. */
  readonly builtin: boolean | readonly string[];
  readonly context: boolean;
  readonly color: boolean;
  /** Files larger than this many bytes are refused before they are read. */
  readonly maxSize: number;
  readonly suggestions: SuggestionLevel;
  /** --write also rewrites read-only files. */
  readonly force: boolean;
  /** --write keeps the evidence of spinning beside the files it writes (sidecar.ts). */
  readonly sidecar: boolean;
}

export type Parsed =
  | { readonly command: 'restore'; readonly options: CliOptions }
  | { readonly command: 'dicts'; readonly color: boolean }
  /** --help or --version was printed. */
  | { readonly command: 'none' };

export const HELP_AFTER = `
Exit codes:
  0  no error (and, with --check, nothing at or above the threshold)
  1  --check only: a change that --write would apply (confidence >= --min-confidence;
     suggestions do not count)
  2  usage error, a dictionary or model that cannot be loaded, or an input that could not be
     read, decoded (binary, not UTF-8) or written; this outranks 1: the other files are still
     processed and reported, but the run fails

Output formats (--format):
  text   path:line:col  spun -> restored  (confidence, source), then the changed lines
  diff   every line with a finding, drawn inline, with confidence and source per edit
  json   versioned document (docs/json-schema.md)
  patch  unified diff for \`git apply\` or \`patch -p1\`

Folders are walked recursively, skipping hidden entries, node_modules and what .gitignore
files exclude (a path named on the command line is always taken); binary files and FIFOs
found there are skipped with a note (named ones are an error). UTF-8 and UTF-16 with a byte
order mark are read and written back as they were. Lines and columns are 1-based; columns count
Unicode code points.

Suggestions (--suggestions): some (default) shows, in a text that shows spin (a sure phrase,
a supported change, or an earlier --write), those at 0.5 or more and every dictionary
phrase's; all shows every one; none hides them.

Safety: nothing on disk changes without --write; a file is written only if it changed, by a
temporary file renamed over it (mode, owner and group kept; hard links kept by an in-place
write after a verified copy); read-only files are skipped unless --force. After --write, the
suggestions left are kept in .NAME.restore-text.json beside the file (--no-sidecar: not), so a
later run still shows them. See docs/safety.md. Colors: only on a terminal; NO_COLOR and
FORCE_COLOR are honoured.
`;

function parseConfidence(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new InvalidArgumentError('must be a number from 0 to 1.');
  }
  return n;
}

function parseMaxSize(value: string): number {
  const n = parseSize(value);
  if (!Number.isFinite(n) || n < 1) {
    throw new InvalidArgumentError('must be a size such as 4M, 512K or 100000 (bytes).');
  }
  if (n > MAX_MAX_SIZE)
    throw new InvalidArgumentError(`must be at most ${formatSize(MAX_MAX_SIZE)}.`);
  return n;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function buildProgram(io: Io, version: string): Command {
  const program = new Command('restore-text')
    .description(
      'Find spun text and tortured phrases and restore the canonical wording, with a confidence on every change.',
    )
    .version(version, '-V, --version')
    .argument('[paths...]', 'files or folders to check; - for standard input')
    .option('--print', 'write the restored text of one input to standard output')
    .option('-w, --write', 'rewrite the files in place (only those that change)')
    .option('--check', 'exit 1 when something at or above the threshold is found')
    .addOption(
      new Option('-f, --format <format>', 'report format').choices(FORMATS).default('text'),
    )
    .option('--explain', 'show the alternatives considered and the reasons (text, diff)')
    .option(
      '--min-confidence <n>',
      'apply only edits with at least this confidence (0..1)',
      parseConfidence,
      DEFAULT_MIN_CONFIDENCE,
    )
    .option('--dict <path>', 'an extra dictionary file (repeatable)', collect)
    .option('--no-builtin [names...]', 'turn off all built-in dictionaries, or the ones named')
    .option('--no-context', 'dictionary phrases only: no language model, no thesauri')
    .addOption(
      new Option('--suggestions <level>', 'which suggestions to show')
        .choices(SUGGESTION_LEVELS)
        .default('some'),
    )
    .addOption(
      new Option(
        '--max-size <size>',
        `refuse files larger than this (K, M, G; at most ${formatSize(MAX_MAX_SIZE)})`,
      )
        .argParser(parseMaxSize)
        .default(DEFAULT_MAX_SIZE, formatSize(DEFAULT_MAX_SIZE)),
    )
    .option('--force', 'with --write, rewrite read-only files too')
    .option('--no-sidecar', 'with --write, keep no record of the suggestions left beside the file')
    .option('--no-color', 'no colors')
    .addHelpText('after', HELP_AFTER)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(s.replace(/^error: /, 'restore-text: ')),
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    });
  program
    .command('dicts')
    .description('list the built-in dictionaries with their entry counts and sources')
    .option('--no-color', 'no colors')
    .exitOverride()
    .action(() => undefined);
  return program;
}

/** Split `--no-builtin a,b c` into names. */
function builtinChoice(value: unknown): boolean | readonly string[] {
  if (Array.isArray(value)) {
    return value.flatMap((v: string) => v.split(',')).filter((v) => v !== '');
  }
  return value !== false;
}

export async function parseArgs(io: Io, argv: readonly string[], version: string): Promise<Parsed> {
  const program = buildProgram(io, version);
  let parsed: Parsed = { command: 'none' };
  program.action((paths: string[]) => {
    const o = program.opts();
    parsed = {
      command: 'restore',
      options: {
        paths,
        format: o['format'] as Format,
        formatGiven: program.getOptionValueSource('format') === 'cli',
        print: o['print'] === true,
        write: o['write'] === true,
        check: o['check'] === true,
        explain: o['explain'] === true,
        minConfidence: o['minConfidence'] as number,
        dictPaths: (o['dict'] as string[] | undefined) ?? [],
        builtin: builtinChoice(o['builtin']),
        context: o['context'] !== false,
        color: o['color'] !== false,
        maxSize: o['maxSize'] as number,
        suggestions: o['suggestions'] as SuggestionLevel,
        force: o['force'] === true,
        sidecar: o['sidecar'] !== false,
      },
    };
  });
  const dicts = program.commands.find((c) => c.name() === 'dicts');
  dicts?.action(() => {
    parsed = { command: 'dicts', color: dicts.opts()['color'] !== false };
  });
  await program.parseAsync([...argv], { from: 'user' });
  return parsed;
}
