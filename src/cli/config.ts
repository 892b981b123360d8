// The configuration file: restore-text.config.json, .restoretextrc.json, or a "restore-text"
// key in package.json, in the working folder or the nearest folder above it that has one (the
// first of those names wins within a folder); or the file given with --config. Its keys (all
// optional) are checked here; an unknown key or a wrong type stops the run with one line naming
// the file and the key. Paths in it are relative to its folder.
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { BUILTIN_DICTIONARIES } from '../builtinNames.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';

export interface Config {
  /** Absolute path of the file (package.json for its "restore-text" key). */
  readonly file: string;
  readonly dictionaries?: readonly string[];
  readonly noBuiltin?: boolean | readonly string[];
  readonly minConfidence?: number;
  readonly context?: boolean;
  readonly allow?: readonly string[];
  readonly ignore?: readonly string[];
  readonly extensions?: readonly string[];
  readonly jobs?: number;
}

export const CONFIG_NAMES = ['restore-text.config.json', '.restoretextrc.json', 'package.json'];

type Check = (value: unknown) => string | undefined;

const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
const strings: Check = (v) => (isStrings(v) ? undefined : 'must be a list of strings');
const KEYS: Readonly<Record<string, Check>> = {
  $schema: (v) => (typeof v === 'string' ? undefined : 'must be a string'),
  dictionaries: strings,
  noBuiltin: (v) => {
    if (typeof v === 'boolean') return undefined;
    if (!isStrings(v)) return 'must be true, false or a list of built-in dictionary names';
    const bad = v.find((n) => !BUILTIN_DICTIONARIES.includes(n));
    return bad === undefined
      ? undefined
      : `names an unknown built-in dictionary '${bad}' (known: ${BUILTIN_DICTIONARIES.join(', ')})`;
  },
  minConfidence: (v) =>
    typeof v === 'number' && v >= 0 && v <= 1 ? undefined : 'must be a number from 0 to 1',
  context: (v) => (typeof v === 'boolean' ? undefined : 'must be true or false'),
  allow: strings,
  ignore: strings,
  extensions: (v) =>
    isStrings(v) && v.length > 0 ? undefined : 'must be a non-empty list of extensions',
  jobs: (v) =>
    Number.isInteger(v) && (v as number) >= 1 ? undefined : 'must be a whole number of 1 or more',
};

export class ConfigError extends UsageError {}

function shown(io: Io, file: string): string {
  const rel = relative(io.cwd, file);
  return rel === '' || isAbsolute(rel) ? file : rel;
}

/** The checked configuration of one parsed JSON value. */
export function parseConfig(io: Io, file: string, raw: unknown, key?: string): Config {
  const where = key === undefined ? shown(io, file) : `${shown(io, file)}: "${key}"`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${where}: the configuration must be a JSON object`);
  }
  const entries = Object.entries(raw as Record<string, unknown>);
  for (const [name, value] of entries) {
    const check = KEYS[name];
    if (check === undefined) {
      throw new ConfigError(
        `${where}: unknown key '${name}' (known: ${Object.keys(KEYS).slice(1).join(', ')})`,
      );
    }
    const problem = check(value);
    if (problem !== undefined) throw new ConfigError(`${where}: '${name}' ${problem}`);
  }
  const config = raw as Omit<Config, 'file'>;
  const base = dirname(file);
  return {
    ...config,
    file,
    ...(config.dictionaries
      ? { dictionaries: config.dictionaries.map((d) => resolve(base, d)) }
      : {}),
    ...(config.extensions
      ? { extensions: config.extensions.map((e) => e.replace(/^\./, '').toLowerCase()) }
      : {}),
  };
}

async function readJson(io: Io, file: string): Promise<unknown> {
  const text = new TextDecoder().decode(await io.readFile(file));
  try {
    return JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ConfigError(`${shown(io, file)}: not valid JSON (${reason})`);
  }
}

async function readIfThere(io: Io, file: string): Promise<unknown> {
  try {
    await io.stat(file);
  } catch {
    return undefined;
  }
  return readJson(io, file);
}

/** The file given with --config, or the nearest one found upward from the working folder. */
export async function loadConfig(io: Io, explicit?: string): Promise<Config | undefined> {
  if (explicit !== undefined) {
    const file = resolve(io.cwd, explicit);
    let raw: unknown;
    try {
      raw = await readJson(io, file);
    } catch (err) {
      if (err instanceof ConfigError) throw err;
      throw new ConfigError(`${explicit}: cannot read the configuration file`);
    }
    const inPackage = file.endsWith('package.json') && typeof raw === 'object' && raw !== null;
    if (inPackage)
      return parseConfig(
        io,
        file,
        (raw as Record<string, unknown>)['restore-text'] ?? {},
        'restore-text',
      );
    return parseConfig(io, file, raw);
  }
  for (let dir = io.cwd; ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const file = resolve(dir, name);
      if (name !== 'package.json') {
        const raw = await readIfThere(io, file);
        if (raw !== undefined) return parseConfig(io, file, raw);
        continue;
      }
      // a package.json of another tool's making that is not JSON is none of our business
      const raw = await readIfThere(io, file).catch(() => undefined);
      const section = (raw as Record<string, unknown> | null)?.['restore-text'];
      if (section !== undefined) return parseConfig(io, file, section, 'restore-text');
    }
    if (dirname(dir) === dir) return undefined;
  }
}
