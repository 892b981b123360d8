// What the review remembers for the next runs: "never" phrases go to the project allow-list
// (.restore-text/allow.txt, one a line), "always" changes to the project dictionary
// (.restore-text/project.tsv, the dictionary format, prior 0.99). Both are read by the next run
// (applyConfig.ts). They are written when the review ends, so that undo can take them back.
import { join } from 'node:path';
import { PROJECT_ALLOW, PROJECT_DICTIONARY, PROJECT_DIR } from '../applyConfig.js';
import type { Io } from '../io.js';

export interface Remembered {
  readonly never: readonly string[];
  readonly always: readonly { readonly spun: string; readonly text: string }[];
}

const DICTIONARY_HEADER =
  '#! description: changes accepted with "always" in the interactive review (restore-text -i)\n' +
  '#! source: review\n';

/** A phrase as the lists store it: spaces and line breaks made single spaces. */
export function phraseOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether a replacement can be stored in the dictionary format (no tab, no `|`). */
export function storable(text: string): boolean {
  return text.trim() !== '' && !/[\t|\r\n]/.test(text);
}

async function readText(io: Io, path: string): Promise<string> {
  try {
    return new TextDecoder().decode(await io.readFile(path));
  } catch {
    return '';
  }
}

async function append(io: Io, path: string, header: string, lines: readonly string[]) {
  if (lines.length === 0) return;
  const old = await readText(io, path);
  const start = old === '' ? header : old.endsWith('\n') ? old : `${old}\n`;
  await io.writeNewFile(path, new TextEncoder().encode(`${start}${lines.join('\n')}\n`));
}

/** Appends what was remembered; resolves to the files written (absolute paths). */
export async function writeRemembered(
  io: Io,
  projectDir: string,
  r: Remembered,
): Promise<string[]> {
  const dir = join(projectDir, PROJECT_DIR);
  const allow = join(dir, PROJECT_ALLOW);
  const dictionary = join(dir, PROJECT_DICTIONARY);
  const unique = <T>(xs: readonly T[], key: (x: T) => string) =>
    xs.filter((x, i) => xs.findIndex((y) => key(y) === key(x)) === i);
  const never = unique(r.never.map(phraseOf), (x) => x.toLowerCase());
  const always = unique(r.always, (x) => phraseOf(x.spun).toLowerCase());
  await append(io, allow, '# phrases kept as written ("never" in restore-text -i)\n', never);
  await append(
    io,
    dictionary,
    DICTIONARY_HEADER,
    always.map((a) => `${phraseOf(a.spun).toLowerCase()}\t${a.text}\t-\treview\t0.99`),
  );
  return [...(never.length > 0 ? [allow] : []), ...(always.length > 0 ? [dictionary] : [])];
}
