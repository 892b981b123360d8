// The options in effect: the command line over the configuration file over the defaults, plus
// the project's own lists that the interactive review keeps (.restore-text/allow.txt, one
// phrase a line, and .restore-text/project.tsv, a dictionary), in the configuration's folder or
// else the working folder. Lists (dictionaries, allow, ignore/exclude) add up; single values
// given on the command line win.
import { join, resolve } from 'node:path';
import { shownPath } from './files.js';
import { loadConfig, type Config } from './config.js';
import type { Io } from './io.js';
import type { CliOptions } from './options.js';

export const PROJECT_DIR = '.restore-text';
export const PROJECT_ALLOW = 'allow.txt';
export const PROJECT_DICTIONARY = 'project.tsv';

async function exists(io: Io, path: string): Promise<boolean> {
  return io.stat(path).then(
    () => true,
    () => false,
  );
}

/** Lines of the project allow-list, without blank lines and `#` comments. */
async function projectAllow(io: Io, dir: string): Promise<string[]> {
  const file = join(dir, PROJECT_DIR, PROJECT_ALLOW);
  if (!(await exists(io, file))) return [];
  const text = new TextDecoder().decode(await io.readFile(file));
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function builtinOf(config: Config, options: CliOptions): CliOptions['builtin'] {
  if (options.given.includes('builtin') || config.noBuiltin === undefined) return options.builtin;
  if (typeof config.noBuiltin === 'boolean') return !config.noBuiltin;
  return config.noBuiltin;
}

function merge(options: CliOptions, config: Config | undefined): CliOptions {
  if (!config) return options;
  const given = (k: string) => options.given.includes(k);
  return {
    ...options,
    builtin: builtinOf(config, options),
    minConfidence:
      given('minConfidence') || config.minConfidence === undefined
        ? options.minConfidence
        : config.minConfidence,
    context: given('context') || config.context === undefined ? options.context : config.context,
    extensions:
      given('ext') || config.extensions === undefined ? options.extensions : config.extensions,
    dictPaths: [...(config.dictionaries ?? []), ...options.dictPaths],
    allow: [...(config.allow ?? []), ...options.allow],
    ...(config.jobs !== undefined && !given('jobs') ? { jobs: config.jobs } : {}),
    configFile: config.file,
  };
}

export async function withConfig(io: Io, options: CliOptions): Promise<CliOptions> {
  const config = await loadConfig(io, options.configPath);
  const merged = merge(options, config);
  const projectDir = config ? join(config.file, '..') : io.cwd;
  const dictionary = join(projectDir, PROJECT_DIR, PROJECT_DICTIONARY);
  return {
    ...merged,
    projectDir,
    configIgnore: config?.ignore ?? [],
    dictPaths: [...merged.dictPaths, ...((await exists(io, dictionary)) ? [dictionary] : [])],
    allow: [...merged.allow, ...(await projectAllow(io, projectDir))],
  };
}

/** What --print-config prints: the options in effect, as JSON. */
export function formatConfig(io: Io, options: CliOptions): string {
  const { builtin } = options;
  const shown = {
    configFile: options.configFile === undefined ? null : shownPath(io.cwd, options.configFile),
    dictionaries: options.dictPaths.map((p) => shownPath(io.cwd, resolve(io.cwd, p))),
    noBuiltin: typeof builtin === 'boolean' ? !builtin : builtin,
    minConfidence: options.minConfidence,
    context: options.context,
    allow: options.allow,
    ignore: options.configIgnore ?? [],
    exclude: options.exclude,
    extensions: options.extensions,
    jobs: options.jobs ?? null,
  };
  return `${JSON.stringify(shown, null, 2)}\n`;
}
