// The command line: one commander program per run, with exitOverride() so that nothing calls
// process.exit, and output routed through the Io.
import { Command, InvalidArgumentError, Option } from 'commander';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { DEFAULT_MIN_CONFIDENCE } from '../defaults.js';
import type { SuggestionLevel } from '../types.js';
import { addBatchOptions, readBatchOptions, type BatchOptions } from './batchOptions.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { builtinChoice, explicitOptionalValues } from './optionalValues.js';
import { BUILTIN_DICTIONARIES } from '../builtinNames.js';
import { addToolCommands, type ToolRequest } from './commands/toolCommands.js';
import { DEFAULT_MAX_SIZE, formatSize, MAX_MAX_SIZE, parseSize } from './sizes.js';

export const FORMATS = ['text', 'diff', 'json', 'patch', 'sarif', 'github', 'html'] as const;
export const SUGGESTION_LEVELS = ['none', 'some', 'all'] as const;
const MAX_JOBS = 256;
export type Format = (typeof FORMATS)[number];

export interface CliOptions extends BatchOptions {
  readonly paths: readonly string[];
  readonly format: Format;
  /** --format was given on the command line (not the default). */
  readonly formatGiven: boolean;
  readonly print: boolean;
  readonly write: boolean;
  readonly check: boolean;
  readonly explain: boolean;
  /** --trace WORD: why each candidate for WORD was or was not applied, instead of the report. */
  readonly trace?: string;
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
  /** Files restored at once, in worker threads (--jobs; default: the number of processors). */
  readonly jobs: number;
  /** Read JSON lines {"id", "text"}, write one result line each (docs/stream-schema.md). */
  readonly jsonl: boolean;
}

export type Parsed =
  | { readonly command: 'restore'; readonly options: CliOptions }
  | { readonly command: 'dicts'; readonly color: boolean }
  /** `learn` and `compare` (commands/toolCommands.ts). */
  | { readonly command: 'tool'; readonly request: ToolRequest }
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
  130 Ctrl-C during --interactive: the file under review is not written

Output formats (--format):
  text    path:line:col  spun -> restored  (confidence, source), a snippet, then the files
          ranked by verdict (spun, suspicious, clean)
  diff    every line with a finding, drawn inline, with confidence and source per edit
  json    versioned document (docs/json-schema.md)
  patch   unified diff for \`git apply\` or \`patch -p1\` (files outside the working folder by
          their absolute path: \`patch -p1 -d /\`)
  sarif   SARIF 2.1.0 for code-scanning dashboards
  github  GitHub Actions annotations
  html    one self-contained page of tracked changes (with --report FILE)

--jsonl: one document per input line {"id": …, "text": "…"}, one result line per document
{"version", "id", "verdict": spun|suspicious|clean, "edits", …} in input order (with --print,
also "output": the restored text); a malformed line is reported on standard error with its
line number and the stream goes on (exit code 2 at the end). See docs/stream-schema.md.

Paths may be files, folders and quoted globs. Folders are walked recursively, skipping hidden
entries and node_modules, honouring .gitignore and .restoretextignore files and --exclude, and
reading text-like extensions only (--ext); binary files, FIFOs, files over --max-size and
symbolic link loops met there are skipped and listed. A path named on the command line is
always read (a named file over --max-size is an error). UTF-8 and UTF-16 with a byte order mark
are read and written back as they were.
Configuration: restore-text.config.json, .restoretextrc.json or "restore-text" in package.json,
found upward (--print-config shows what is in effect). Pragmas: restore-text-ignore,
restore-text-ignore-next-line, restore-text-disable / restore-text-enable.
Lines and columns are 1-based; columns count Unicode code points.

Suggestions (--suggestions): some (default) shows, in a text that shows spin (a sure phrase,
a supported change, or an earlier --write), those at 0.5 or more and every dictionary
phrase's; all shows every one; none hides them.

Safety: nothing on disk changes without --write, --output or -i; a file is written only if it
changed, by a temporary file renamed over it (mode, owner and group kept; hard links kept by an
in-place write after a verified copy); read-only files are skipped unless --force. After
--write, the suggestions left are kept in .NAME.restore-text.json beside the file
(--no-sidecar: not), so a later run still shows them. See docs/safety.md. Colors: only on a
terminal; NO_COLOR and FORCE_COLOR are honoured.
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

export function buildProgram(
  io: Io,
  version: string,
  onTool: (request: ToolRequest) => void = () => undefined,
): Command {
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
      '--trace <word>',
      'for each occurrence of WORD, every candidate considered and why it was or was not applied',
    )
    .option(
      '--min-confidence <n>',
      'apply only edits with at least this confidence (0..1)',
      parseConfidence,
      DEFAULT_MIN_CONFIDENCE,
    )
    .option('--dict <path>', 'an extra dictionary file (repeatable)', collect)
    .option(
      '--no-builtin [names]',
      'turn off all built-in dictionaries, or the ones named (comma-separated)',
    )
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
    .option(
      '--jsonl',
      'read documents as JSON lines {"id", "text"} from standard input (or the files given) and write one result line each',
    )
    .option(
      '-j, --jobs <n>',
      'files restored at once, in worker threads (default: the number of processors)',
      parseJobs,
    );
  addBatchOptions(program);
  program
    .addHelpText('after', HELP_AFTER)
    // a subcommand's options are its own (`compare -f html`), not the program's
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(s.replace(/^error: /, 'restore-text: ')),
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    // subcommands listed by name only, so the option column keeps its width
    .configureHelp({ subcommandTerm: (cmd) => `${cmd.name()} [options]` });
  program
    .command('dicts')
    .description('list the built-in dictionaries with their entry counts and sources')
    .option('--no-color', 'no colors')
    .exitOverride()
    .action(() => undefined);
  addToolCommands(program, onTool);
  return program;
}

export async function parseArgs(io: Io, argv: readonly string[], version: string): Promise<Parsed> {
  let parsed: Parsed = { command: 'none' };
  const program = buildProgram(io, version, (request) => {
    parsed = { command: 'tool', request };
  });
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
        ...(typeof o['trace'] === 'string' ? { trace: o['trace'] } : {}),
        minConfidence: o['minConfidence'] as number,
        dictPaths: (o['dict'] as string[] | undefined) ?? [],
        builtin: builtinChoice(o['builtin']),
        context: o['context'] !== false,
        color: o['color'] !== false,
        maxSize: o['maxSize'] as number,
        suggestions: o['suggestions'] as SuggestionLevel,
        force: o['force'] === true,
        sidecar: o['sidecar'] !== false,
        jsonl: o['jsonl'] === true,
        ...readBatchOptions(program),
        jobs: (o['jobs'] as number | undefined) ?? availableParallelism(),
      },
    };
  });
  const dicts = program.commands.find((c) => c.name() === 'dicts');
  dicts?.action(() => {
    parsed = { command: 'dicts', color: dicts.opts()['color'] !== false };
  });
  const exists = (p: string) =>
    io.stat(resolve(io.cwd, p)).then(
      () => true,
      () => false,
    );
  await program.parseAsync(await explicitOptionalValues(argv, exists), { from: 'user' });
  return parsed;
}

/** `--no-builtin=NAMES` names only built-in dictionaries. */
function validateBuiltinNames(builtin: CliOptions['builtin']): void {
  if (typeof builtin === 'boolean') return;
  for (const name of builtin) {
    if (!BUILTIN_DICTIONARIES.includes(name)) {
      throw new UsageError(
        `--no-builtin: unknown built-in dictionary '${name}' (known: ${BUILTIN_DICTIONARIES.join(', ')})`,
      );
    }
  }
}

/** Pairs of options that cannot go together (issue 16's options). */
function validateBatchCombination(o: CliOptions): void {
  const pairs: [boolean, string][] = [
    [o.interactive && o.print, '--interactive and --print cannot be combined'],
    [o.interactive && o.check, '--interactive and --check cannot be combined'],
    [o.interactive && o.formatGiven, '--interactive and --format cannot be combined'],
    [o.interactive && o.paths.includes('-'), '--interactive cannot review standard input'],
    [o.outputDir !== undefined && o.write, '--output and --write cannot be combined'],
    [o.outputDir !== undefined && o.print, '--output and --print cannot be combined'],
    [o.outputDir !== undefined && o.paths.includes('-'), '--output cannot place standard input'],
    [
      o.backup !== undefined && !o.write && !o.interactive,
      '--backup needs --write or --interactive',
    ],
    [o.reportPath !== undefined && o.print, '--report and --print cannot be combined'],
  ];
  const problem = pairs.find(([bad]) => bad);
  if (problem) throw new UsageError(problem[1]);
}

/** Options that cannot go together, or no input at all: a UsageError. */
export function validateCombination(options: CliOptions): void {
  validateBuiltinNames(options.builtin);
  if (options.printConfig) return;
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
  validateBatchCombination(options);
  if (options.trace !== undefined) validateTrace(options);
}

/** --trace replaces the report: it writes nothing and checks nothing. */
function validateTrace(options: CliOptions): void {
  for (const [given, name] of [
    [options.write, '--write'],
    [options.print, '--print'],
    [options.check, '--check'],
    [options.interactive, '--interactive'],
    [options.outputDir !== undefined, '--output'],
  ] as const) {
    if (given) throw new UsageError(`--trace and ${name} cannot be combined`);
  }
  if (options.format !== 'text' && options.format !== 'json')
    throw new UsageError(`--trace writes text or json, not ${options.format}`);
  if (options.trace?.trim() === '') throw new UsageError('--trace needs a word');
}
