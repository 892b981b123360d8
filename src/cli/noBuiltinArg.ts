// `--no-builtin` takes an optional value, and a value would swallow the path after it
// (`--no-builtin tortured-phrases paper.txt` vs `--no-builtin paper.txt`). The word after it is
// its value only when it names built-in dictionaries (comma-separated), or when it looks like a
// name (no dot, slash or glob character) and no file of that name exists: then it is a
// misspelt dictionary and the run stops with the list of known names. Otherwise the flag stands
// alone (all built-ins off) and the word is a path. `--no-builtin=NAMES` is always a value.
import { BUILTIN_DICTIONARIES } from '../builtinNames.js';

const NAME_LIKE = /^[A-Za-z0-9_-]+(,[A-Za-z0-9_-]+)*$/;

export function namesBuiltins(value: string): boolean {
  const names = value.split(',').filter((n) => n !== '');
  return names.length > 0 && names.every((n) => BUILTIN_DICTIONARIES.includes(n));
}

/**
 * argv with every `--no-builtin WORD` made explicit: `--no-builtin=WORD` when WORD is its value,
 * `--no-builtin=` (all off) when WORD is a path. `exists` tells whether a path exists.
 */
export async function splitNoBuiltin(
  argv: readonly string[],
  exists: (path: string) => Promise<boolean>,
): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    if (arg !== '--no-builtin') {
      out.push(arg);
      continue;
    }
    const next = argv[i + 1];
    const isValue =
      next !== undefined &&
      !next.startsWith('-') &&
      (namesBuiltins(next) || (NAME_LIKE.test(next) && !(await exists(next))));
    out.push(isValue ? `--no-builtin=${next}` : '--no-builtin=');
    if (isValue) i++;
  }
  return out;
}

/** The --no-builtin value: true (all on), false (all off) or the names to turn off. */
export function builtinChoice(value: unknown): boolean | readonly string[] {
  if (typeof value === 'string') {
    const names = value.split(',').filter((v) => v !== '');
    return names.length === 0 ? false : names;
  }
  return value !== false;
}
