// The options of review, folder batches, configuration and reports (issue 16): added to the
// program and read back here, so that options.ts only wires them in.
import { type Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_BACKUP_SUFFIX, DEFAULT_EXTENSIONS } from './walkDefaults.js';

export interface BatchOptions {
  /** -i: review each finding in the terminal, then write what was accepted. */
  readonly interactive: boolean;
  /** --output DIR: restored copies under DIR (mirroring the tree) instead of in place. */
  readonly outputDir?: string;
  /** --backup[=SUFFIX]: with --write, keep the original as FILE + SUFFIX. */
  readonly backup?: string;
  /** --exclude: gitignore-style patterns (relative to the working folder) not to read. */
  readonly exclude: readonly string[];
  /** Extensions (lowercase, no dot) read in folders; `*` reads every file. */
  readonly extensions: readonly string[];
  /** Phrases and words never changed. */
  readonly allow: readonly string[];
  /** No progress bar. */
  readonly quiet: boolean;
  /** --report FILE: the report goes to FILE instead of standard output. */
  readonly reportPath?: string;
  /** --config FILE instead of the one found upward from the working folder. */
  readonly configPath?: string;
  readonly printConfig: boolean;
  /** Worker threads (--jobs, or the config's `jobs`). */
  readonly jobs?: number;
  /** The configuration's ignore patterns (gitignore syntax, relative to its folder). */
  readonly configIgnore?: readonly string[];
  /** The configuration file that was read (absolute), if any. */
  readonly configFile?: string;
  /** Where the review's allow-list and dictionary go: the config's folder, or the working folder. */
  readonly projectDir?: string;
  /** Options set on the command line, by commander name: the config does not override them. */
  readonly given: readonly string[];
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `md,.TXT, tex` -> ['md', 'txt', 'tex']. */
export function parseExtensions(value: string): string[] {
  const list = value
    .split(',')
    .map((e) => e.trim().replace(/^\./, '').toLowerCase())
    .filter((e) => e !== '');
  if (list.length === 0) throw new InvalidArgumentError('give extensions such as md,txt or *.');
  return list;
}

export function addBatchOptions(program: Command): void {
  program
    .option('-i, --interactive', 'review each finding in the terminal, then write what you accept')
    .option('--output <dir>', 'write restored copies under DIR, mirroring the tree')
    .addOption(
      new Option(
        '--backup [suffix]',
        `with --write, keep the original as FILE${DEFAULT_BACKUP_SUFFIX} (--backup=SUFFIX: another suffix)`,
      ).argParser((v: string) => v || DEFAULT_BACKUP_SUFFIX),
    )
    .option(
      '--exclude <glob>',
      'skip paths matching this gitignore-style pattern (repeatable)',
      collect,
    )
    .option(
      '--ext <list>',
      `extensions read in folders, comma-separated, * for all (default: ${DEFAULT_EXTENSIONS.join(',')})`,
      parseExtensions,
    )
    .option('--context', 'use the context engine (the default; overrides a configuration)')
    .option('--allow <phrase>', 'never change this phrase or word (repeatable)', collect)
    .option('-q, --quiet', 'no progress bar')
    .option('--report <file>', 'write the report to FILE instead of standard output')
    .option('--config <file>', 'read this configuration file (default: found upward)')
    .option('--print-config', 'print the configuration in effect and exit');
}

/** Names of the options the config may also set. */
const CONFIGURABLE = [
  'minConfidence',
  'builtin',
  'context',
  'ext',
  'dict',
  'allow',
  'exclude',
  'jobs',
];

export function readBatchOptions(program: Command): BatchOptions {
  const o = program.opts();
  const str = (key: string) => (typeof o[key] === 'string' ? (o[key] as string) : undefined);
  const outputDir = str('output');
  const backup = str('backup');
  const reportPath = str('report');
  const configPath = str('config');
  return {
    interactive: o['interactive'] === true,
    ...(outputDir !== undefined ? { outputDir } : {}),
    ...(backup !== undefined ? { backup } : {}),
    exclude: (o['exclude'] as string[] | undefined) ?? [],
    extensions: (o['ext'] as string[] | undefined) ?? DEFAULT_EXTENSIONS,
    allow: (o['allow'] as string[] | undefined) ?? [],
    quiet: o['quiet'] === true,
    ...(reportPath !== undefined ? { reportPath } : {}),
    ...(configPath !== undefined ? { configPath } : {}),
    printConfig: o['printConfig'] === true,
    given: CONFIGURABLE.filter((k) => program.getOptionValueSource(k) === 'cli'),
  };
}
