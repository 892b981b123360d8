// Command-line paths -> the inputs to restore, in a stable order. `-` is standard input; a path
// named on the command line is always taken, file or folder (as git and ripgrep do: a .gitignore
// that excludes the folder itself is not applied inside it, its other patterns are); a folder is
// walked recursively in name order, skipping node_modules, .git and other hidden entries, and
// whatever .gitignore files (in the folder, its subfolders, and its parents up to the working
// directory) exclude. Symbolic links to files are followed; symbolic links to folders are not
// (no cycles). FIFOs, sockets and devices met while walking are noted, never opened.
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
  /** Entries skipped while walking that are worth a word (not regular files): not errors. */
  readonly notes: readonly InputProblem[];
  /** Entries left out while walking: by .gitignore, and hidden ones (dot names, node_modules). */
  readonly ignored: number;
  readonly hidden: number;
}

interface IgnoreRule {
  readonly base: string;
  readonly ig: Ignore;
  /** The .gitignore's text, to drop the patterns that exclude a folder named by the user. */
  readonly text: string;
}

interface Walk {
  readonly out: Input[];
  readonly problems: InputProblem[];
  readonly notes: InputProblem[];
  ignored: number;
  hidden: number;
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
    const text = new TextDecoder().decode(await io.readFile(join(dir, '.gitignore')));
    return { base: dir, ig: ignore().add(text), text };
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

/** The rule without the patterns that exclude `dir` itself (a folder the user named). */
function sparing(rule: IgnoreRule, dir: string): IgnoreRule {
  const rel = `${relative(rule.base, dir).split(sep).join('/')}/`;
  if (!rule.ig.ignores(rel)) return rule;
  const kept = rule.text.split(/\r?\n/).filter((line) => !ignore().add(line).ignores(rel));
  const text = kept.join('\n');
  return { base: rule.base, ig: ignore().add(text), text };
}

/**
 * .gitignore rules of the folders from cwd down to (not including) `dir`, when inside cwd, less
 * the patterns that exclude `dir` itself: it was named on the command line.
 */
async function parentRules(io: Io, dir: string): Promise<IgnoreRule[]> {
  const rel = relative(io.cwd, dir);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return [];
  const rules: IgnoreRule[] = [];
  let current = io.cwd;
  for (const part of ['', ...rel.split(sep).slice(0, -1)]) {
    current = part === '' ? current : join(current, part);
    const rule = await gitignoreAt(io, current);
    if (rule) rules.push(sparing(rule, dir));
  }
  return rules;
}

async function walk(io: Io, dir: string, inherited: readonly IgnoreRule[], w: Walk): Promise<void> {
  let entries;
  try {
    entries = [...(await io.readdir(dir))].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch (err) {
    w.problems.push({ path: shownPath(io.cwd, dir), reason: describeFsError(err) });
    return;
  }
  const own = entries.some((e) => e.name === '.gitignore') ? await gitignoreAt(io, dir) : undefined;
  const rules = own ? [...inherited, own] : inherited;
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) {
      w.hidden++;
      continue;
    }
    const abs = join(dir, entry.name);
    let kind = entry.kind;
    if (kind === 'symlink') {
      try {
        kind = (await io.stat(abs)).kind === 'file' ? 'file' : 'symlink';
      } catch {
        continue; // a dangling link
      }
      if (kind === 'symlink') continue; // a link to a folder: not followed (no cycles)
    }
    if (isIgnored(rules, abs, kind === 'dir')) {
      w.ignored++;
      continue;
    }
    if (kind === 'dir') await walk(io, abs, rules, w);
    else if (kind === 'file') w.out.push({ path: shownPath(io.cwd, abs), abs, explicit: false });
    else w.notes.push({ path: shownPath(io.cwd, abs), reason: 'not a regular file, skipped' });
  }
}

export async function collectInputs(io: Io, paths: readonly string[]): Promise<CollectedInputs> {
  const w: Walk = { out: [], problems: [], notes: [], ignored: 0, hidden: 0 };
  for (const p of paths) {
    if (p === '-') {
      w.out.push({ path: '-', explicit: true });
      continue;
    }
    const abs = resolve(io.cwd, p);
    try {
      const { kind } = await io.stat(abs);
      if (kind === 'dir') await walk(io, abs, await parentRules(io, abs), w);
      else if (kind === 'file') w.out.push({ path: shownPath(io.cwd, abs), abs, explicit: true });
      else w.problems.push({ path: p, reason: 'not a regular file or folder' });
    } catch (err) {
      w.problems.push({ path: p, reason: describeFsError(err) });
    }
  }
  const seen = new Set<string>();
  const inputs = w.out.filter((i) => {
    const key = i.abs ?? '-';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { inputs, problems: w.problems, notes: w.notes, ignored: w.ignored, hidden: w.hidden };
}
