// Command-line paths -> the inputs to restore, in a stable order. `-` is standard input; a file
// is taken as named (never ignored); a folder is walked recursively in name order, skipping
// node_modules, .git and other hidden entries, and whatever .gitignore files (in the folder, its
// subfolders, and its parents up to the working directory) exclude. Symbolic links to files are
// followed; symbolic links to folders are not (no cycles).
import ignore, { type Ignore } from 'ignore';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { describeFsError } from './errors.js';
import type { Io } from './io.js';

export interface Input {
  /** Relative to the working directory, `/`-separated; `-` for standard input. */
  readonly path: string;
  /** Absolute path; undefined for standard input. */
  readonly abs?: string;
  /** Named on the command line (a binary file is then an error, not silently skipped). */
  readonly explicit: boolean;
}

export interface InputProblem {
  readonly path: string;
  readonly reason: string;
}

export interface CollectedInputs {
  readonly inputs: readonly Input[];
  readonly problems: readonly InputProblem[];
}

interface IgnoreRule {
  readonly base: string;
  readonly ig: Ignore;
}

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** How a path is shown: relative to cwd with `/` (`../x` outside it; absolute only across roots). */
export function shownPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  if (rel === '') return '.';
  if (isAbsolute(rel)) return abs.split(sep).join('/');
  return rel.split(sep).join('/');
}

async function gitignoreAt(io: Io, dir: string): Promise<IgnoreRule | undefined> {
  try {
    const bytes = await io.readFile(join(dir, '.gitignore'));
    return { base: dir, ig: ignore().add(new TextDecoder().decode(bytes)) };
  } catch {
    return undefined;
  }
}

function isIgnored(rules: readonly IgnoreRule[], abs: string, dir: boolean): boolean {
  return rules.some((r) => {
    const rel = relative(r.base, abs).split(sep).join('/');
    if (rel === '' || rel.startsWith('..')) return false;
    return r.ig.ignores(dir ? `${rel}/` : rel);
  });
}

/** .gitignore rules of the folders from cwd down to (not including) `dir`, when inside cwd. */
async function parentRules(io: Io, dir: string): Promise<IgnoreRule[]> {
  const rel = relative(io.cwd, dir);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return [];
  const rules: IgnoreRule[] = [];
  let current = io.cwd;
  for (const part of ['', ...rel.split(sep).slice(0, -1)]) {
    current = part === '' ? current : join(current, part);
    const rule = await gitignoreAt(io, current);
    if (rule) rules.push(rule);
  }
  return rules;
}

async function walk(
  io: Io,
  dir: string,
  inherited: readonly IgnoreRule[],
  out: Input[],
  problems: InputProblem[],
): Promise<void> {
  let entries;
  try {
    entries = [...(await io.readdir(dir))].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch (err) {
    problems.push({ path: shownPath(io.cwd, dir), reason: describeFsError(err) });
    return;
  }
  const own = entries.some((e) => e.name === '.gitignore') ? await gitignoreAt(io, dir) : undefined;
  const rules = own ? [...inherited, own] : inherited;
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const abs = join(dir, entry.name);
    let kind = entry.kind;
    if (kind === 'symlink') {
      try {
        kind = (await io.stat(abs)).kind === 'file' ? 'file' : 'other';
      } catch {
        continue; // a dangling link
      }
    }
    if (kind !== 'file' && kind !== 'dir') continue;
    if (isIgnored(rules, abs, kind === 'dir')) continue;
    if (kind === 'dir') await walk(io, abs, rules, out, problems);
    else out.push({ path: shownPath(io.cwd, abs), abs, explicit: false });
  }
}

export async function collectInputs(io: Io, paths: readonly string[]): Promise<CollectedInputs> {
  const inputs: Input[] = [];
  const problems: InputProblem[] = [];
  for (const p of paths) {
    if (p === '-') {
      inputs.push({ path: '-', explicit: true });
      continue;
    }
    const abs = resolve(io.cwd, p);
    try {
      const { kind } = await io.stat(abs);
      if (kind === 'dir') await walk(io, abs, await parentRules(io, abs), inputs, problems);
      else if (kind === 'file') inputs.push({ path: shownPath(io.cwd, abs), abs, explicit: true });
      else problems.push({ path: p, reason: 'not a regular file or folder' });
    } catch (err) {
      problems.push({ path: p, reason: describeFsError(err) });
    }
  }
  const seen = new Set<string>();
  const unique = inputs.filter((i) => {
    const key = i.abs ?? '-';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { inputs: unique, problems };
}
