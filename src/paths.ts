// Where the package's own files are at run time (works from src/ under vitest/tsx and from dist/).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder that holds restore-text's package.json. */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
      if (name === 'restore-text') return (root = dir);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('restore-text: cannot find the package root');
    dir = parent;
  }
}

/** The folder of the built-in dictionaries and models. */
export function dictionariesDir(): string {
  return join(packageRoot(), 'dictionaries');
}
