// The command line: one commander program per run, with exitOverride() so that nothing calls
// process.exit, and output routed through the Io.
import { Command, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { DEFAULT_MIN_CONFIDENCE } from '../defaults.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';

export const FORMATS = ['text', 'diff', 'json', 'patch'] as const;
const MAX_JOBS = 256;
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
  /** Files restored at once, in worker threads (--jobs; default: the number of processors). */
  readonly jobs: number;
  /** Read JSON lines {"id", "text"}, write one result line each (docs/stream-schema.md). */
  readonly jsonl: boolean;
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

--jsonl: one document per input line {"id": …, "text": "…"}, one result line per document
{"version", "id", "verdict": spun|suspicious|clean, "edits", …} in input order (with --print,
also "output": the restored text); a malformed line is reported on standard error with its
line number and the stream goes on (exit code 2 at the end). See docs/stream-schema.md.

Folders are walked recursively, skipping hidden entries, node_modules and what .gitignore
files exclude; binary files found there are skipped silently (named ones are an error).
Lines and columns are 1-based; columns count Unicode code points. Nothing on disk changes
without --write. Colors: only on a terminal; NO_COLOR and FORCE_COLOR are honoured.
`;

function parseConfidence(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new InvalidArgumentError('must be a number from 0 to 1.');
  }
  return n;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > MAX_JOBS) {
    throw new InvalidArgumentError(`must be a whole number from 1 to ${MAX_JOBS}.`);
  }
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
    .option('--no-color', 'no colors')
    .option(
      '--jsonl',
      'read documents as JSON lines {"id", "text"} from standard input (or the files given) and write one result line each',
    )
    .option(
      '-j, --jobs <n>',
      'files restored at once, in worker threads (default: the number of processors)',
      parseJobs,
    )
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
        jobs: (o['jobs'] as number | undefined) ?? availableParallelism(),
        jsonl: o['jsonl'] === true,
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

/** Options that cannot go together, or no input at all: a UsageError. */
export function validateCombination(options: CliOptions): void {
  if (options.jsonl) {
    if (options.write) throw new UsageError('--jsonl and --write cannot be combined');
    if (options.formatGiven) throw new UsageError('--jsonl and --format cannot be combined');
    return; // no paths: standard input
  }
  if (options.paths.length === 0) {
    throw new UsageError('no input: give files or folders, or - for standard input (see --help)');
  }
  if (options.print && options.write)
    throw new UsageError('--print and --write cannot be combined');
  if (options.print && options.formatGiven)
    throw new UsageError('--print and --format cannot be combined');
  if (options.write && options.paths.includes('-')) {
    throw new UsageError('--write cannot rewrite standard input (use --print)');
  }
}
