// Command-line paths -> the inputs to restore, in a stable order. `-` is standard input; a path
// named on the command line is always taken, file (any extension) or folder (as git and ripgrep
// do: an ignore file that excludes the folder itself is not applied inside it, its other patterns
// are); a glob (`docs/**/*.md`, quoted so that the
// shell leaves it) is matched against the files of the folder it starts from; a folder is
// walked recursively in name order. Walking skips node_modules, .git and other hidden entries,
// what .gitignore and .restoretextignore files exclude (in the folder, its subfolders, and its
// parents up to the working folder), the --exclude patterns and the configuration's `ignore`
// patterns, and files whose extension is not in the list (--ext). Symbolic links are followed;
// a link back into a folder already being walked (a loop), a broken link, a FIFO, socket or
// device (never opened), and a file larger than --max-size are skipped and reported, as binary
// files are when they are read.
import ignore, { type Ignore } from 'ignore';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { describeFsError } from './errors.js';
import type { EntryKind, Io } from './io.js';
import { formatSize } from './sizes.js';

export interface Input {
  /** Relative to the working directory, `/`-separated; `-` for standard input. */
  readonly path: string;
  /** Absolute path; undefined for standard input. */
  readonly abs?: string;
  /** Named on the command line (a binary file is then an error, not skipped). */
  readonly explicit: boolean;
  /** Size in bytes, when known (not for standard input). */
  readonly size?: number;
  /** The folder the input was found in when walking (for --output's mirrored tree). */
  readonly root?: string;
}

export interface InputProblem {
  readonly path: string;
  readonly reason: string;
}

export interface CollectedInputs {
  readonly inputs: readonly Input[];
  /** Paths that could not be read: errors (exit 2). */
  readonly problems: readonly InputProblem[];
  /** Files and links met while walking that were left out, and why (not errors). */
  readonly skipped: readonly InputProblem[];
  /** Entries left out while walking, counted (a run that finds no file says why). */
  readonly ignored: number;
  readonly hidden: number;
  readonly otherExtensions: number;
}

export interface WalkOptions {
  /** Lowercase extensions without the dot; `*` takes every file. */
  readonly extensions: readonly string[];
  /** gitignore-style patterns relative to the working folder (--exclude). */
  readonly exclude: readonly string[];
  /** gitignore-style patterns relative to `configDir` (the configuration's `ignore`). */
  readonly configIgnore?: readonly string[];
  readonly configDir?: string;
  /** Files met while walking that are larger than this are skipped (--max-size). */
  readonly maxSize: number;
}

interface IgnoreRule {
  readonly base: string;
  readonly ig: Ignore;
  /** The patterns, to drop those that exclude a folder named by the user. */
  readonly text: string;
}

interface Counts {
  ignored: number;
  hidden: number;
  otherExtensions: number;
}

interface Walk {
  readonly io: Io;
  readonly options: WalkOptions;
  readonly out: Input[];
  readonly problems: InputProblem[];
  readonly skipped: InputProblem[];
  readonly counts: Counts;
  /** Only files matching this (a glob's matcher over paths relative to cwd). */
  readonly match?: (rel: string) => boolean;
  readonly root: string;
}

const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const IGNORE_FILES = ['.gitignore', '.restoretextignore'];

/** How a path is shown: relative to cwd with `/` (`../x` outside it; absolute only across roots). */
export function shownPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  if (rel === '') return '.';
  if (isAbsolute(rel)) return abs.split(sep).join('/');
  return rel.split(sep).join('/');
}

function ruleOf(base: string, patterns: string | readonly string[]): IgnoreRule {
  const text = typeof patterns === 'string' ? patterns : patterns.join('\n');
  return { base, ig: ignore().add(text), text };
}

async function ignoreFilesAt(io: Io, dir: string, names = IGNORE_FILES): Promise<IgnoreRule[]> {
  const rules: IgnoreRule[] = [];
  for (const name of names) {
    try {
      const bytes = await io.readFile(join(dir, name));
      rules.push(ruleOf(dir, new TextDecoder().decode(bytes)));
    } catch {
      // no such file: nothing to ignore
    }
  }
  return rules;
}

function isIgnored(rules: readonly IgnoreRule[], abs: string, dir: boolean): boolean {
  return rules.some((r) => {
    const rel = relative(r.base, abs).split(sep).join('/');
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
    return r.ig.ignores(dir ? `${rel}/` : rel);
  });
}

/** The rule without the patterns that exclude `dir` itself (a folder the user named). */
function sparing(rule: IgnoreRule, dir: string): IgnoreRule {
  const rel = `${relative(rule.base, dir).split(sep).join('/')}/`;
  if (rel.startsWith('..') || isAbsolute(rel) || !rule.ig.ignores(rel)) return rule;
  const kept = rule.text.split(/\r?\n/).filter((line) => !ignore().add(line).ignores(rel));
  return ruleOf(rule.base, kept.join('\n'));
}

/**
 * Ignore files of the folders from cwd down to (not including) `dir`, when inside cwd, less the
 * patterns that exclude `dir` itself: it was named on the command line.
 */
async function parentRules(io: Io, dir: string): Promise<IgnoreRule[]> {
  const rel = relative(io.cwd, dir);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return [];
  const rules: IgnoreRule[] = [];
  let current = io.cwd;
  for (const part of ['', ...rel.split(sep).slice(0, -1)]) {
    current = part === '' ? current : join(current, part);
    rules.push(...(await ignoreFilesAt(io, current)).map((r) => sparing(r, dir)));
  }
  return rules;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function wanted(w: Walk, abs: string, name: string): boolean {
  if (w.match) return w.match(relative(w.io.cwd, abs).split(sep).join('/'));
  return w.options.extensions.includes('*') || w.options.extensions.includes(extensionOf(name));
}

/** What a directory entry is, following a symbolic link; a reason when it must be skipped. */
async function entryKind(
  io: Io,
  abs: string,
  kind: EntryKind,
  ancestors: ReadonlySet<string>,
): Promise<{ kind: EntryKind; size?: number; skip?: string }> {
  if (kind === 'dir') return { kind };
  try {
    const stat = await io.stat(abs);
    if (kind === 'symlink' && stat.kind === 'dir' && ancestors.has(await io.realpath(abs))) {
      return { kind: 'dir', skip: 'symbolic link loop, skipped' };
    }
    return { kind: stat.kind, size: stat.size };
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ELOOP') return { kind: 'other', skip: 'symbolic link loop, skipped' };
    if (code === 'ENOENT') return { kind: 'other', skip: 'broken symbolic link, skipped' };
    return { kind: 'other', skip: describeFsError(err) };
  }
}

async function walk(
  w: Walk,
  dir: string,
  inherited: readonly IgnoreRule[],
  ancestors: ReadonlySet<string>,
): Promise<void> {
  const { io } = w;
  let entries;
  try {
    entries = [...(await io.readdir(dir))].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch (err) {
    w.problems.push({ path: shownPath(io.cwd, dir), reason: describeFsError(err) });
    return;
  }
  const names = IGNORE_FILES.filter((n) => entries.some((e) => e.name === n));
  const own = names.length > 0 ? await ignoreFilesAt(io, dir, names) : [];
  const rules = own.length > 0 ? [...inherited, ...own] : inherited;
  const inside = new Set([...ancestors, await io.realpath(dir).catch(() => dir)]);
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) {
      w.counts.hidden++;
      continue;
    }
    const abs = join(dir, entry.name);
    const { kind, size, skip } = await entryKind(io, abs, entry.kind, inside);
    if (isIgnored(rules, abs, kind === 'dir')) {
      w.counts.ignored++;
      continue;
    }
    const shown = shownPath(io.cwd, abs);
    if (skip !== undefined) w.skipped.push({ path: shown, reason: skip });
    else if (kind === 'dir') await walk(w, abs, rules, inside);
    else if (!wanted(w, abs, entry.name)) w.counts.otherExtensions++;
    else if (kind !== 'file')
      w.skipped.push({ path: shown, reason: 'not a regular file, skipped' });
    else if ((size ?? 0) > w.options.maxSize) {
      w.skipped.push({
        path: shown,
        reason: `${formatSize(size ?? 0)} is over the --max-size limit of ${formatSize(w.options.maxSize)}, skipped`,
      });
    } else w.out.push({ path: shownPath(io.cwd, abs), abs, explicit: false, size, root: w.root });
  }
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Rules that apply everywhere: --exclude (from cwd) and the configuration's `ignore`. */
function globalRules(io: Io, options: WalkOptions): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  if (options.exclude.length > 0) rules.push(ruleOf(io.cwd, options.exclude));
  const { configIgnore, configDir } = options;
  if (configIgnore && configIgnore.length > 0)
    rules.push(ruleOf(configDir ?? io.cwd, configIgnore));
  return rules;
}

async function walkFrom(w: Omit<Walk, 'root'>, abs: string, globals: IgnoreRule[]): Promise<void> {
  const rules = [...globals, ...(await parentRules(w.io, abs))];
  await walk({ ...w, root: abs }, abs, rules, new Set());
}

/** A glob: the folder before its first pattern character is walked, and its files matched. */
async function expandGlob(w: Omit<Walk, 'root'>, pattern: string, globals: IgnoreRule[]) {
  const { base } = picomatch.scan(pattern);
  const start = resolve(w.io.cwd, base === '' ? '.' : base);
  const full = relative(w.io.cwd, resolve(w.io.cwd, pattern)).split(sep).join('/');
  const before = w.out.length;
  const isDir = await w.io.stat(start).then(
    (s) => s.kind === 'dir',
    () => false,
  );
  if (isDir) await walkFrom({ ...w, match: picomatch(full, { dot: false }) }, start, globals);
  if (w.out.length === before) {
    w.problems.push({ path: pattern, reason: 'no file matches this pattern' });
  }
}

export async function collectInputs(
  io: Io,
  paths: readonly string[],
  options: WalkOptions,
): Promise<CollectedInputs> {
  const w = {
    io,
    options,
    out: [] as Input[],
    problems: [] as InputProblem[],
    skipped: [] as InputProblem[],
    counts: { ignored: 0, hidden: 0, otherExtensions: 0 },
  };
  const globals = globalRules(io, options);
  for (const p of paths) {
    if (p === '-') {
      w.out.push({ path: '-', explicit: true });
      continue;
    }
    const abs = resolve(io.cwd, p);
    try {
      const { kind, size } = await io.stat(abs);
      if (kind === 'dir') await walkFrom(w, abs, globals);
      else if (kind === 'file')
        w.out.push({ path: shownPath(io.cwd, abs), abs, explicit: true, size });
      else w.problems.push({ path: p, reason: 'not a regular file or folder' });
    } catch (err) {
      if (GLOB_CHARS.test(p) && (err as { code?: string }).code === 'ENOENT') {
        await expandGlob(w, p, globals);
      } else w.problems.push({ path: p, reason: describeFsError(err) });
    }
  }
  const seen = new Set<string>();
  const unique = w.out.filter((i) => {
    const key = i.abs ?? '-';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { inputs: unique, problems: w.problems, skipped: w.skipped, ...w.counts };
}
