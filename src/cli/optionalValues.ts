// Options whose value is optional would swallow the path after them (`--no-builtin paper.txt`,
// `--write --backup docs/`), so before commander parses, each is made explicit:
//   --no-builtin WORD  WORD is its value only when it names built-in dictionaries
//                      (comma-separated), or when it looks like a name (no dot, slash or glob
//                      character) and no file of that name exists: a misspelt dictionary, which
//                      then stops the run with the list of known names. Otherwise the flag
//                      stands alone (all built-ins off) and WORD is a path.
//   --backup           never takes the next word: a suffix is given as --backup=SUFFIX.
// `--no-builtin=NAMES` is always a value. Nothing after `--` is touched.
import { BUILTIN_DICTIONARIES } from '../builtinNames.js';

const NAME_LIKE = /^[A-Za-z0-9_-]+(,[A-Za-z0-9_-]+)*$/;

export function namesBuiltins(value: string): boolean {
  const names = value.split(',').filter((n) => n !== '');
  return names.length > 0 && names.every((n) => BUILTIN_DICTIONARIES.includes(n));
}

async function isNoBuiltinValue(
  next: string | undefined,
  exists: (path: string) => Promise<boolean>,
): Promise<boolean> {
  if (next === undefined || next.startsWith('-')) return false;
  return namesBuiltins(next) || (NAME_LIKE.test(next) && !(await exists(next)));
}

/** argv with `--no-builtin` and `--backup` written with `=`; `exists` tells if a path exists. */
export async function explicitOptionalValues(
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
    if (arg === '--backup') out.push('--backup=');
    else if (arg !== '--no-builtin') out.push(arg);
    else if (await isNoBuiltinValue(argv[i + 1], exists)) out.push(`--no-builtin=${argv[++i]}`);
    else out.push('--no-builtin=');
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
